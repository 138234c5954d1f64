"""The API key leaks nowhere: logs, spans, metrics, exceptions (whole chains), reprs, CLI output."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.cli import main
from integrations_mistral.observability import JsonFormatter
from integrations_mistral.testing import (
    FakeMistralServer,
    ScriptedReply,
    chat_reply,
    reset_shared_state,
    sse_body,
    stream_chunks,
)
from tests.support.telemetry import FAST_RETRY, Telemetry

SENTINEL = "sk-LEAKCHECK-9f2c47e1b8a3d5064c7e2a91"
FRAGMENTS = (SENTINEL, SENTINEL[:12], SENTINEL[-12:])
PATH = "/v1/chat/completions"
HELLO = [{"role": "user", "content": "hello"}]


def chain(error: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def texts_of(error: BaseException) -> list[str]:
    """Everything printing an exception could show: str, repr, args, attributes, the chain."""
    out = []
    for item in chain(error):
        out += [str(item), repr(item), repr(item.args)]
        out += [repr(v) for v in vars(item).values()]
    return out


def assert_clean(*texts: str) -> None:
    for text in texts:
        for fragment in FRAGMENTS:
            assert fragment not in text, f"{fragment!r} leaked in: {text[:300]!r}"


def client_for(server: FakeMistralServer, otel: Telemetry, **extra: Any) -> MistralClient:
    return MistralClient.from_env(
        api_key=SENTINEL,
        base_url=server.url,
        client={"allow_insecure_http": True},
        retry=FAST_RETRY,
        logging={"level": "DEBUG", "redaction_level": "none"},
        tracing={"enabled": True, "spans": "http"},
        metrics={"enabled": True, "conventions": ["mistral", "gen_ai"]},
        tracer_provider=otel.tracer_provider,
        meter_provider=otel.meter_provider,
        **extra,
    )


async def test_sentinel_key_appears_nowhere(
    otel: Telemetry,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG, logger="integrations_mistral")
    errors: list[BaseException] = []
    async with FakeMistralServer(api_key=SENTINEL) as server:
        server.enqueue(PATH, ScriptedReply(status=503, json={"message": "busy"}))
        async with client_for(server, otel, circuit_breaker={"failure_threshold": 2}) as client:
            assert_clean(repr(client), repr(client.settings), str(client.settings))
            await client.chat.create(model="m", messages=HELLO)  # retried once
            server.enqueue(PATH, ScriptedReply(status=401, json={"message": f"bad {SENTINEL}"}))
            with pytest.raises(im.AuthenticationError) as caught:
                await client.chat.create(model="m", messages=HELLO)
            errors.append(caught.value)
            stream = await client.chat.create_stream(model="m", messages=HELLO)
            await stream.final_response()
            server.enqueue(
                PATH,
                ScriptedReply(
                    chunks=[
                        sse_body(stream_chunks(chat_reply({"messages": HELLO}))[:2], done=False)
                    ],
                    headers={"Content-Type": "text/event-stream"},
                    drop_after_chunks=True,
                ),
            )
            broken = await client.chat.create_stream(model="m", messages=HELLO)
            with pytest.raises(im.StreamInterruptedError) as cut:
                await broken.final_response()
            errors.append(cut.value)
            server.enqueue(PATH, *[ScriptedReply(status=500, json={"message": "down"})] * 6)
            for _ in range(3):  # the circuit opens, then refuses
                with pytest.raises(im.MistralError) as failed:
                    await client.chat.create(model="m", messages=HELLO)
                errors.append(failed.value)
    assert isinstance(errors[-1], im.CircuitOpenError)
    # configuration errors with the key where it does not belong
    reset_shared_state()
    caplog.set_level(logging.DEBUG, logger="integrations_mistral")
    config = tmp_path / "mistral.toml"
    config.write_text(f'[default.client]\napi_key = "{SENTINEL}"\n')
    attempts: list[dict[str, Any]] = [
        {"config_file": config},
        {"client": {"api_key": SENTINEL}},
        {"retry": {"max_attempts": SENTINEL}},
        {"max_retries": SENTINEL},
    ]
    for overrides in attempts:
        with pytest.raises(im.ConfigurationError) as bad:
            MistralClient.from_profile("default", **overrides)
        errors.append(bad.value)
    monkeypatch.setenv("MISTRAL_CLIENT__API_KEY", SENTINEL)
    with pytest.raises(im.ConfigurationError) as from_env:
        MistralClient.from_env()
    errors.append(from_env.value)
    assert main(["config", "show"]) == 2  # the same mistake through the CLI
    monkeypatch.delenv("MISTRAL_CLIENT__API_KEY")
    monkeypatch.setenv("MISTRAL_API_KEY", SENTINEL)
    assert main(["config", "show"]) == 0
    assert main(["config", "show", "--format", "json"]) == 0
    cli = capsys.readouterr()
    assert "[REDACTED]" in cli.out and "client.api_key: unknown setting" in cli.err

    formatter = JsonFormatter()
    logged = [formatter.format(r) for r in caplog.records]
    logged += [repr(vars(r)) for r in caplog.records]
    spans = otel.spans()
    span_texts = [repr(dict(s.attributes or {})) for s in spans]
    span_texts += [repr(dict(e.attributes or {})) for s in spans for e in s.events]
    span_texts += [s.to_json() for s in spans]
    metric_texts = [repr(dict(p.attributes)) for m in otel.metrics() for p in otel.points(m)]
    error_texts = [text for error in errors for text in texts_of(error)]
    assert len(logged) > 20 and len(spans) > 15 and metric_texts and len(errors) == 10
    assert_clean(*logged, *span_texts, *metric_texts, *error_texts, cli.out, cli.err)


def test_config_errors_mask_secret_names_and_secret_looking_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MISTRAL_RATE_LIMIT__REDIS_PASSWORD", "hunter2")
    with pytest.raises(im.ConfigurationError) as caught:
        im.load_settings(retry={"max_attempts": "lots"}, rate_limit={"tokens_per_minute": "x"})
    message = str(caught.value)
    assert "rate_limit.redis_password: unknown setting (got [REDACTED]" in message
    assert "hunter2" not in message
    assert "retry.max_attempts: Input should be a valid integer" in message
    assert "(got 'lots', from explicit)" in message
    assert "rate_limit.tokens_per_minute" in message and "(got 'x'" in message  # plain setting
    assert caught.value.__context__ is None
    with pytest.raises(im.ConfigurationError) as url:
        im.load_settings(max_retries="redis://:hunter2@cache:6379/0")
    assert "hunter2" not in str(url.value) and "redis://:[REDACTED]@cache" in str(url.value)


async def test_redirect_loop_keeps_no_authorization_header(otel: Telemetry) -> None:
    async with FakeMistralServer(api_key=SENTINEL) as server:
        server.enqueue(PATH, *[ScriptedReply(status=307, headers={"Location": PATH}, json={})] * 30)
        async with client_for(server, otel) as client:
            with pytest.raises(im.APIConnectionError, match="too many redirects") as caught:
                await client.chat.create(model="m", messages=HELLO)
        assert server.requests_to(PATH)[0].headers["Authorization"] == f"Bearer {SENTINEL}"
    assert caught.value.__context__ is None and caught.value.__cause__ is None
    assert_clean(*texts_of(caught.value))


def test_repr_of_a_client_whose_constructor_failed() -> None:
    settings = im.load_settings()  # no key, and the default profile requires one
    with pytest.raises(im.ConfigurationError) as caught:
        MistralClient(settings)
    frame_locals = [tb.tb_frame.f_locals for tb in _frames(caught.value.__traceback__)]
    half_built = next(f["self"] for f in frame_locals if isinstance(f.get("self"), MistralClient))
    assert repr(half_built) == "MistralClient(<not built>)"


def _frames(tb: Any) -> Iterator[Any]:
    while tb is not None:
        yield tb
        tb = tb.tb_next


def test_error_bodies_echoing_the_key_are_scrubbed() -> None:
    from integrations_mistral.transport import SessionHolder
    from integrations_mistral.transport.http import HttpTransport

    settings = im.load_settings(api_key=SENTINEL)
    transport = HttpTransport(SessionHolder(settings.client), settings)
    body = f'{{"message": "key {SENTINEL} is revoked"}}'.encode()
    with pytest.raises(im.AuthenticationError) as caught:
        transport._raise_for_status(401, body, {}, "rid")  # type: ignore[arg-type]
    assert str(caught.value) == "HTTP 401: key [REDACTED] is revoked"
    assert_clean(*texts_of(caught.value))
    assert sys.modules["integrations_mistral"] is im


def test_plain_http_is_refused_even_for_hand_built_settings() -> None:
    from integrations_mistral.config.models import ClientSettings

    client = ClientSettings.model_construct(base_url="http://api.example.test")
    settings = im.load_settings(api_key="k").model_copy(update={"client": client})
    with pytest.raises(im.ConfigurationError, match="http:// is refused"):
        MistralClient(settings)
