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

from .spec import SPEC_PATH, operation, spec

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
}


def _kinds(schema: dict[str, Any]) -> set[str]:
    if "$ref" in schema:
        schema = spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    kinds = {schema["type"]} if isinstance(schema.get("type"), str) else set()
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key, []):
            kinds |= _kinds(option)
    return kinds


def structured(path: str, method: str) -> dict[str, str]:
    """The operation's query parameters that are objects, arrays or JSON content: name -> how."""
    found = {}
    for parameter in operation(path, method).get("parameters", []):
        if parameter.get("in") != "query":
            continue
        if "content" in parameter:
            found[parameter["name"]] = "json"
        elif _kinds(parameter.get("schema", {})) & {"object", "array"}:
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
