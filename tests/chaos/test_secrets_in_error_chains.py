"""The key is kept out of every error's `__context__` and `__cause__`
chain too, whichever path raised it (a 2xx body that does not fit, a malformed stream event, a
key function's own exception)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiohttp import web

import integrations_mistral as im
from tests.support.apps import CHAT_REPLY, HELLO, App, client_for

KEY = "sk-chain-0123456789abcdef"


def chain(error: BaseException) -> Iterator[BaseException]:
    """`error` and everything reachable through `__cause__` and `__context__`."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        link = todo.pop()
        if id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        todo.extend(x for x in (link.__cause__, link.__context__) if x is not None)


def assert_no_key(error: BaseException) -> None:
    for link in chain(error):
        assert KEY not in f"{link}{link.args!r}{getattr(link, 'body', '')!r}", type(link)


async def test_a_2xx_body_that_does_not_fit_keeps_the_key_out_of_its_chain(apps: App) -> None:
    async def echo(request: web.Request) -> web.StreamResponse:
        await request.read()
        return web.json_response({**CHAT_REPLY, "created": KEY, "choices": KEY})

    async with client_for(await apps.start(echo), api_key=KEY) as client:
        with pytest.raises(im.ResponseValidationError) as caught:
            await client.chat.create(model="m", messages=HELLO)
    assert caught.value.__context__ is None
    assert_no_key(caught.value)


@pytest.mark.parametrize("event", [f'{{"choices": "{KEY}"}}', f"{{not json {KEY}"])
async def test_a_malformed_stream_event_keeps_the_key_out_of_its_chain(
    apps: App, event: str
) -> None:
    async def stream(request: web.Request) -> web.StreamResponse:
        await request.read()
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(f"data: {event}\n\n".encode())
        return response

    async with client_for(await apps.start(stream), api_key=KEY) as client:
        chunks = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.ResponseValidationError) as caught:
            await chunks.final_response()
    assert_no_key(caught.value)


async def test_a_key_functions_own_exception_keeps_the_key_out_of_the_chain(apps: App) -> None:
    calls: list[int] = []

    def key() -> str:
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError(f"vault: {KEY} has expired")
        return KEY

    async def ok(request: web.Request) -> web.StreamResponse:
        await request.read()
        return web.json_response(CHAT_REPLY)

    async with client_for(await apps.start(ok), api_key=key) as client:
        await client.chat.create(model="m", messages=HELLO)
        with pytest.raises(im.CredentialsError) as caught:
            await client.chat.create(model="m", messages=HELLO)
    assert "RuntimeError" in str(caught.value)
    assert_no_key(caught.value)
