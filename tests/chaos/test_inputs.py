"""Bad input, from the user or the server, ends in a typed error naming the culprit."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral.cli import main
from tests.support.apps import App, client_for

HELLO = [{"role": "user", "content": "hi"}]
DEEP = "[" * 100_000 + "]" * 100_000


async def test_deeply_nested_error_body_is_a_typed_error(apps: App) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=400, text='{"message": ' + DEEP + "}")

    async with client_for(await apps.start(handler)) as client:
        with pytest.raises(im.BadRequestError, match=r"HTTP 400: \{\"message\": \[\[\["):
            await client.chat.create(model="m", messages=HELLO)


async def test_deeply_nested_stream_event_is_a_typed_error(apps: App) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(f"data: {DEEP}\n\n".encode())
        return response

    async with client_for(await apps.start(handler)) as client:
        stream = await client.chat.create_stream(model="m", messages=HELLO)
        with pytest.raises(im.ResponseValidationError, match="malformed stream event"):
            await stream.final_response()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"metadata": {"score": math.nan}}, r"metadata\.score: NaN and infinity are not JSON"),
        (
            {
                "tools": [
                    {"type": "function", "function": {"name": "f", "parameters": {"max": math.inf}}}
                ]
            },
            r"tools\[0\]\.function\.parameters\.max: NaN and infinity",
        ),
        (
            {"messages": [{"role": "user", "content": "a\ud800b"}]},
            r"messages\[0\]\.content: is not valid UTF-8 \(lone surrogate\)",
        ),
    ],
)
async def test_values_json_cannot_carry_are_refused_before_sending(
    apps: App, arguments: dict[str, Any], message: str
) -> None:
    seen: list[bytes] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(await request.read())
        return web.json_response({})

    async with client_for(await apps.start(handler)) as client:
        with pytest.raises(im.RequestValidationError, match=message):
            await client.chat.create(**{"model": "m", "messages": HELLO, **arguments})
    assert seen == []


async def test_the_word_nan_inside_a_string_is_fine(apps: App) -> None:
    bodies: list[bytes] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        bodies.append(await request.read())
        usage = {"prompt_tokens": 2, "total_tokens": 2}
        return web.json_response(
            {"id": "e", "object": "list", "data": [], "model": "m", "usage": usage}
        )

    async with client_for(await apps.start(handler)) as client:
        await client.embeddings.create(model="m", input=["NaN", "Infinity"])
    assert b'["NaN","Infinity"]' in bodies[0]


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"api_key": "sk-123\r\nX-Injected: 1"}, "api_key"),
        ({"client": {"user_agent": "tool/1.0\r\nX-Injected: 1"}}, "client.user_agent"),
    ],
)
def test_header_injection_is_refused_at_config_time(overrides: dict[str, Any], key: str) -> None:
    with pytest.raises(im.ConfigurationError, match=f"{key}: must not contain") as caught:
        im.load_settings(**overrides)
    assert "X-Injected" not in str(caught.value) or key != "api_key"


async def test_dot_ids_are_encoded(apps: App) -> None:
    paths: list[str] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        paths.append(request.raw_path)
        return web.json_response({"id": "x", "object": "file", "deleted": True})

    async with client_for(await apps.start(handler)) as client:
        for file_id in (".", ".."):
            await client.files.delete(file_id)
    assert paths == ["/v1/files/%2E", "/v1/files/%2E%2E"]


async def test_list_query_parameters_repeat(apps: App) -> None:
    queries: list[list[tuple[str, str]]] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        queries.append(list(request.query.items()))
        return web.json_response({"data": [], "object": "list", "total": 0})

    async with client_for(await apps.start(handler)) as client:
        await client.batch.list(status=["QUEUED", "RUNNING"])
        await client.files.list(purpose="batch", mimetypes=["text/plain", "application/json"])
    assert ("status", "QUEUED") in queries[0] and ("status", "RUNNING") in queries[0]
    assert [v for k, v in queries[1] if k == "mimetypes"] == ["text/plain", "application/json"]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[default.rate_limit]\nenabled = "yes"\n',
            "rate_limit.enabled: Input should be a valid boolean",
        ),
        (
            '[default.retry]\nretryable_status_codes = [429, "500"]\n',
            "retry.retryable_status_codes: Input should be a valid integer (got '500'",
        ),
        (
            '[default.client]\ntimeout_secs = "30"\n',
            "client.timeout_secs: Input should be a valid number",
        ),
    ],
)
def test_wrong_types_in_a_file_are_errors(tmp_path: Path, toml: str, message: str) -> None:
    config = tmp_path / "mistral.toml"
    config.write_text(toml)
    with pytest.raises(im.ConfigurationError, match=re.escape(message)):
        im.load_settings(config_file=config)


def test_environment_text_is_converted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_RATE_LIMIT__ENABLED", "true")
    monkeypatch.setenv("MISTRAL_RETRY__RETRYABLE_STATUS_CODES", "429,503")
    monkeypatch.setenv("MISTRAL_TIMEOUT_SECS", "30")
    settings = im.load_settings()
    assert settings.rate_limit.enabled is True
    assert settings.retry.retryable_status_codes == (429, 503)
    assert settings.client.timeout_secs == 30.0
    monkeypatch.setenv("MISTRAL_RATE_LIMIT__ENABLED", "maybe")
    with pytest.raises(
        im.ConfigurationError, match=r"rate_limit\.enabled: .*got 'maybe', from env"
    ):
        im.load_settings()


def test_empty_profile_missing_credentials_and_directory_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "show", "--profile", ""]) == 2
    assert "profile '': not a valid profile name" in capsys.readouterr().err
    with pytest.raises(im.ConfigurationError, match="is a directory, not a file"):
        im.load_settings(config_file=tmp_path)
    monkeypatch.setenv("MISTRAL_CREDENTIALS_FILE", str(tmp_path / "nope"))
    with pytest.raises(
        im.ConfigurationError,
        match=r"credentials file .*nope \(from MISTRAL_CREDENTIALS_FILE\) does not exist",
    ):
        im.load_settings()
