"""Every query parameter with an object or array schema (or JSON content) that the client sends
is encoded in the style the spec declares: OpenAPI's default `form`, exploded (arrays repeated,
objects one parameter per property), or JSON for `content: application/json`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

import pytest

from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides

from .spec import SPEC_PATH, document_of, operation

if not SPEC_PATH.is_file():
    pytest.skip(
        f"no OpenAPI spec at {SPEC_PATH} (set MISTRAL_OPENAPI_SPEC; CI has ../shared/spec)",
        allow_module_level=True,
    )

Call = Callable[[MistralClient], Awaitable[Any]]

# (path, method) -> the call, and the query pairs it must send for its structured parameters
STYLED: dict[tuple[str, str], tuple[Call, list[tuple[str, str]]]] = {
    ("/v1/batch/jobs", "GET"): (
        lambda c: c.batch.list(metadata={"job": "nightly", "n": 2}, status=["QUEUED", "RUNNING"]),
        [("job", "nightly"), ("n", "2"), ("status", "QUEUED"), ("status", "RUNNING")],
    ),
    ("/v1/files", "GET"): (
        lambda c: c.files.list(
            sample_type=["pretrain", "instruct"], source=["upload"], mimetypes=["text/plain"]
        ),
        [
            ("sample_type", "pretrain"),
            ("sample_type", "instruct"),
            ("source", "upload"),
            ("mimetypes", "text/plain"),
        ],
    ),
    ("/v1/agents/pages", "GET"): (
        lambda c: c.agents.list(sources=["api", "playground"], metadata={"team": "a"}),
        [("sources", "api"), ("sources", "playground"), ("metadata", '{"team":"a"}')],
    ),
    ("/v1/agents", "GET"): (
        lambda c: c.agents.list_legacy(sources=["api"], metadata={"team": "a"}),
        [("sources", "api"), ("metadata", '{"team":"a"}')],
    ),
    ("/v1/conversations", "GET"): (
        lambda c: c.conversations.list(metadata={"team": "a"}),
        [("metadata", '{"team":"a"}')],
    ),
    # generated areas
    ("/v1/admin/audit-logs", "GET"): (
        lambda c: c.admin.audit_logs.list(
            actor_type=["user", "api_key"], event_type=["user.created"], target_type=["user"]
        ),
        [("actor_type", "user"), ("actor_type", "api_key"), ("event_type", "user.created")],
    ),
    ("/v1/connectors", "GET"): (
        lambda c: c.connectors.list(query_filters={"active": True}),
        [("active", "true")],
    ),
    ("/v1/observability/judges", "GET"): (
        lambda c: c.observability.judges.list(type_filter=["REGRESSION"], model_filter=["a", "b"]),
        [("type_filter", "REGRESSION"), ("model_filter", "a"), ("model_filter", "b")],
    ),
    ("/v1/workflows", "GET"): (
        lambda c: c.workflows.list(status=["RUNNING", "FAILED"], tags=["x", "y"]),
        [("status", "RUNNING"), ("status", "FAILED"), ("tags", "x"), ("tags", "y")],
    ),
    ("/v1/workflows/events/stream", "GET"): (
        lambda c: _drained(
            c.workflows.events.stream(
                metadata_filters={"team": "a"}, workflow_event_types=["WORKFLOW_EXECUTION_STARTED"]
            )
        ),
        [("team", "a"), ("workflow_event_types", "WORKFLOW_EXECUTION_STARTED")],
    ),
    ("/v1/workflows/runs", "GET"): (
        lambda c: c.workflows.runs.list(status="RUNNING"),
        [("status", "RUNNING")],
    ),
    **{
        (path, "GET"): (call, [("fields", "id"), ("fields", "name")])
        for path, call in (
            ("/v2/prompts", lambda c: c.prompts.list(fields=["id", "name"])),
            ("/v2/prompts/{prompt_id}", lambda c: c.prompts.get("p", fields=["id", "name"])),
            (
                "/v2/prompts/{prompt_id}/versions/{version}",
                lambda c: c.prompts.get_version("p", "1", fields=["id", "name"]),
            ),
            ("/v2/skills", lambda c: c.skills.list(fields=["id", "name"])),
            ("/v2/skills/{skill_id}", lambda c: c.skills.get("s", fields=["id", "name"])),
            (
                "/v2/skills/{skill_id}/versions/{version}",
                lambda c: c.skills.get_version("s", "1", fields=["id", "name"]),
            ),
        )
    },
}


async def _drained(opening: Awaitable[Any]) -> None:
    async with await opening as stream:
        await stream.final_response()


def _kinds(schema: dict[str, Any], document: dict[str, Any]) -> set[str]:
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    kinds = {schema["type"]} if isinstance(schema.get("type"), str) else set()
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key, []):
            kinds |= _kinds(option, document)
    return kinds


def structured(path: str, method: str) -> dict[str, str]:
    """The operation's query parameters that are objects, arrays or JSON content: name -> how."""
    found = {}
    document = document_of(path, method)()
    for parameter in operation(path, method).get("parameters", []):
        if parameter.get("in") != "query":
            continue
        if "content" in parameter:
            found[parameter["name"]] = "json"
        elif _kinds(parameter.get("schema", {}), document) & {"object", "array"}:
            assert parameter.get("style", "form") == "form", parameter
            assert parameter.get("explode", True) is True, parameter
            found[parameter["name"]] = "form-explode"
    return found


def test_every_structured_query_parameter_of_the_client_is_checked() -> None:
    from .test_contract import implemented_operations

    missing = sorted(op for op in implemented_operations() if structured(*op) and op not in STYLED)
    assert missing == [], f"add these to STYLED: {missing}"


@pytest.mark.parametrize("op", sorted(STYLED), ids=lambda op: f"{op[1]} {op[0]}")
async def test_structured_query_parameters_follow_their_style(
    server: FakeMistralServer, op: tuple[str, str]
) -> None:
    call, expected = STYLED[op]
    assert structured(*op), f"{op} has no structured query parameter in the spec"
    async with MistralClient(**local_overrides(server)) as client:
        await call(client)
    sent = parse_qsl(server.requests[-1].raw_query, keep_blank_values=True)
    for pair in expected:
        assert pair in sent, f"{pair} not in {sent}"
    for name, how in structured(*op).items():
        if how == "form-explode" and name == "metadata":
            assert name not in dict(sent), f"{name} sent whole: {sent}"


async def test_multipart_array_fields_are_repeated_parts() -> None:
    """A multipart body's arrays are sent as the spec's default encoding has them (`form`,
    exploded): one part per item, never one part holding JSON."""
    from aiohttp import web

    parts: list[tuple[str, str]] = []

    async def transcribe(request: web.Request) -> web.Response:
        reader = await request.multipart()
        async for part in reader:
            parts.append((part.name or "", await part.text()))  # type: ignore[union-attr]
        return web.json_response({"model": "m", "text": "", "usage": {}})

    app = web.Application()
    app.router.add_post("/v1/audio/transcriptions", transcribe)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        overrides = {"api_key": "k", "base_url": url, "client": {"allow_insecure_http": True}}
        async with MistralClient(**overrides) as client:
            await client.audio.transcriptions.create(
                model="m",
                file_url="https://x.test/a.mp3",
                context_bias=["alpha", "beta"],
                timestamp_granularities=["segment", "word"],
            )
    finally:
        await runner.cleanup()
    schema = operation("/v1/audio/transcriptions", "POST")["requestBody"]["content"][
        "multipart/form-data"
    ]
    assert "encoding" not in schema  # the defaults apply: form, exploded
    assert [v for k, v in parts if k == "context_bias"] == ["alpha", "beta"]
    assert [v for k, v in parts if k == "timestamp_granularities"] == ["segment", "word"]
