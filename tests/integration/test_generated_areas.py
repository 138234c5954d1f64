"""The generated areas behave as the hand-written ones do: typed requests and replies, pages,
event streams, header parameters, deprecation warnings, per-call options and the blocking client."""

from __future__ import annotations

import json
import logging
import warnings
from typing import Any

import pytest

from integrations_mistral import (
    MistralClient,
    NotFoundError,
    RequestTimeoutError,
    RequestValidationError,
    ResponseValidationError,
    StreamInterruptedError,
    SyncMistralClient,
)
from integrations_mistral.testing import FakeMistralServer
from integrations_mistral.types import Judge, Prompt, WorkflowWithWorkerStatus
from tests.conftest import local_overrides

JUDGE = {
    "id": "j1",
    "name": "tone",
    "description": "d",
    "model_name": "m",
    "output": {
        "type": "REGRESSION",
        "min": 0,
        "max": 1,
        "min_description": "a",
        "max_description": "b",
    },
    "instructions": "i",
    "tools": [],
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
    "deleted_at": None,
    "owner_id": "u",
    "workspace_id": "w",
}


def _documented(method: str, path: str) -> Any:
    """The fake server's answer to an operation (a spec-valid reply), as a base to vary."""
    from importlib import resources

    text = resources.files("integrations_mistral.testing").joinpath("_generated_responses.json")
    table = json.loads(text.read_text())
    return next(e["json"] for e in table if (e["method"], e["path"]) == (method, path))


async def _drain(stream: Any) -> None:
    async with stream:
        async for _ in stream:
            pass


def _client(server: FakeMistralServer, **extra: Any) -> MistralClient:
    return MistralClient(**local_overrides(server, retry={"max_attempts": 1}, **extra))


async def test_request_built_from_keywords_and_reply_typed(server: FakeMistralServer) -> None:
    server.enqueue("/v1/observability/judges", json=JUDGE)
    async with _client(server) as client:
        judge = await client.observability.judges.create(
            name="tone",
            description="d",
            model_name="m",
            output={"type": "REGRESSION", "min_description": "a", "max_description": "b"},
            instructions="i",
            tools=[],
        )
    assert isinstance(judge, Judge)
    assert judge.raw.status_code == 200
    sent = json.loads(server.requests[-1].body)
    assert sent["output"] == {"type": "REGRESSION", "min_description": "a", "max_description": "b"}
    assert "id" not in sent


async def test_a_whole_request_goes_positionally_or_by_keyword(server: FakeMistralServer) -> None:
    """`create(request)`, the design's form, after any path parameter: typed as it runs."""
    from integrations_mistral.types import CreateJudgeRequest, UpdateJudgeRequest

    fields = {
        "name": "tone", "description": "d", "model_name": "m", "instructions": "i", "tools": [],
        "output": {"type": "REGRESSION", "min_description": "a", "max_description": "b"},
    }  # fmt: skip
    whole = CreateJudgeRequest.model_validate(fields)
    server.enqueue("/v1/observability/judges", json=JUDGE)
    server.enqueue("/v1/observability/judges", json=JUDGE)
    async with _client(server) as client:
        await client.observability.judges.create(whole)
        await client.observability.judges.create(request=whole)
        changed = UpdateJudgeRequest.model_validate({**fields, "name": "polite"})
        await client.observability.judges.update("j1", changed)
        with pytest.raises(RequestValidationError, match="expected a CreateJudgeRequest"):
            await client.observability.judges.create({"name": "tone"})  # type: ignore[call-overload]
    first, second, third = (json.loads(r.body) for r in server.requests)
    assert first == second and first["name"] == "tone"
    assert server.requests[2].path.endswith("/judges/j1") and third["name"] == "polite"


async def test_a_mistyped_request_is_refused_before_sending(server: FakeMistralServer) -> None:
    async with _client(server) as client:
        with pytest.raises(RequestValidationError, match="output"):
            await client.observability.judges.create(
                name="t", description="d", model_name="m", output={"type": "NOPE"}, instructions=""
            )
        with pytest.raises(RequestValidationError, match="unknown argument 'nmae'"):
            await client.observability.judges.create(nmae="t")
    assert server.requests == []


async def test_an_enum_value_the_api_added_is_kept_in_a_reply(server: FakeMistralServer) -> None:
    reply = {**JUDGE, "output": {"type": "RANKING", "levels": 3}}
    server.enqueue("/v1/observability/judges/j1", json=reply)
    async with _client(server) as client:
        judge = await client.observability.judges.get("j1")
    assert judge.output == {"type": "RANKING", "levels": 3}


async def test_camel_case_wire_names_are_snake_case_arguments(server: FakeMistralServer) -> None:
    async with _client(server) as client:
        await client.prompts.update("p1", title="t", sharing_scope="workspace")
        await client.prompts.list(page_size=5, page_token="c1")
    body = json.loads(server.requests[-2].body)
    assert body == {"title": "t", "sharingScope": "workspace"}
    assert server.requests[-1].query == {"pageSize": "5", "pageToken": "c1"}


async def test_iterate_follows_the_cursor_to_the_last_page(server: FakeMistralServer) -> None:
    def page(ids: list[str], token: str | None) -> dict[str, Any]:
        workflows = [{"id": i, "name": i, "display_name": i, "archived": False} for i in ids]
        return {"workflows": workflows, "next_cursor": token}

    server.enqueue("/v1/workflows", json=page(["a", "b"], "c2"))
    server.enqueue("/v1/workflows", json=page(["c"], None))
    async with _client(server) as client:
        names = [w.name async for w in client.workflows.iterate(limit=2, active_only=True)]
    assert names == ["a", "b", "c"]
    assert [r.query.get("cursor") for r in server.requests] == [None, "c2"]
    assert all(r.query["active_only"] == "true" for r in server.requests)


async def test_iterate_moves_the_offset_on(server: FakeMistralServer) -> None:
    orgs = [{"id": f"o{i}", "name": f"o{i}"} for i in range(3)]
    server.enqueue("/v1/users/me/organizations", json={"organizations": orgs[:2], "total": 3})
    server.enqueue("/v1/users/me/organizations", json={"organizations": orgs[2:], "total": 3})
    async with _client(server) as client:
        found = [o.id async for o in client.users.iterate_organizations(limit=2)]
    assert found == ["o0", "o1", "o2"]
    assert [r.query["offset"] for r in server.requests] == ["0", "2"]


async def test_event_stream_yields_typed_events_and_sends_the_resume_header(
    server: FakeMistralServer,
) -> None:
    record = {
        "timestamp": "t",
        "trace_id": "x",
        "span_id": "y",
        "severity_text": "INFO",
        "body": "hi",
        "log_attributes": {},
    }
    chunks = [f"id: 7\nevent: log\ndata: {json.dumps(record)}\n\n".encode()]
    server.enqueue("/v1/workflows/executions/e1/logs/stream", chunks=chunks)
    async with (
        _client(server) as client,
        await client.workflows.executions.stream_logs("e1", last_event_id_header="6") as stream,
    ):
        events = [event async for event in stream]
    assert [(e.event, e.id, e.data.body) for e in events] == [("log", "7", "hi")]
    assert server.requests[-1].headers["Last-Event-ID"] == "6"


async def test_a_cut_event_stream_keeps_what_arrived(server: FakeMistralServer) -> None:
    record = {
        "timestamp": "t",
        "trace_id": "x",
        "span_id": "y",
        "severity_text": "INFO",
        "body": "a",
        "log_attributes": {},
    }
    chunks = [f"data: {json.dumps(record)}\n\n".encode(), b'data: {"timest']
    server.enqueue(
        "/v1/workflows/deployments/d1/logs/stream", chunks=chunks, drop_after_chunks=True
    )
    async with _client(server) as client:
        stream = await client.workflows.deployments.stream_logs("d1")
        with pytest.raises(StreamInterruptedError) as cut:
            await _drain(stream)
    assert [e.data.body for e in cut.value.partial] == ["a"]


async def test_an_error_event_raises_its_typed_error(server: FakeMistralServer) -> None:
    chunks = [b'event: error\ndata: {"message": "no such execution", "code": 404}\n\n']
    server.enqueue("/v1/workflows/executions/e1/stream", chunks=chunks)
    async with _client(server) as client:
        stream = await client.workflows.executions.stream("e1")
        with pytest.raises(NotFoundError, match="no such execution"):
            await _drain(stream)


async def test_a_deprecated_operation_warns_and_logs_once(
    server: FakeMistralServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    async with _client(server) as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for _ in range(2):
                await client.workflows.execute_registration("r1", input={"a": 1})
    assert str(caught[0].message).endswith("use client.workflows.execute(workflow_identifier, ...)")
    assert caught[0].filename == __file__  # at the caller's line
    logged = [r for r in caplog.records if "deprecated endpoint" in r.getMessage()]
    assert len(logged) == 1
    assert server.requests[-1].path == "/v1/workflows/registrations/r1/execute"


async def test_per_call_options_reach_a_generated_call(server: FakeMistralServer) -> None:
    async with _client(server) as client:
        await client.connectors.list(extra_headers={"X-Team": "a"}, extra_query={"trace": "1"})
        server.enqueue("/v1/connectors/c1", status=404, json={"message": "gone"})
        with pytest.raises(NotFoundError):
            await client.connectors.get("c1")
    assert server.requests[0].headers["X-Team"] == "a"
    assert server.requests[0].query["trace"] == "1"


async def test_a_state_changing_post_is_not_resent_after_a_timeout(
    server: FakeMistralServer,
) -> None:
    server.enqueue("/v1/workflows/w1/execute", delay=1.0, json={})
    overrides = local_overrides(server, retry={"max_attempts": 3, "initial_delay_ms": 1})
    async with MistralClient(**overrides, timeout_secs=0.2) as client:
        with pytest.raises(RequestTimeoutError):
            await client.workflows.execute("w1", input={})
    assert len(server.requests_to("/v1/workflows/w1/execute")) == 1


def test_the_blocking_client_reaches_generated_areas(threaded_server_url: str) -> None:
    overrides = {
        "api_key": "test-key",
        "base_url": threaded_server_url,
        "client": {"allow_insecure_http": True},
    }
    with SyncMistralClient(**overrides) as client:
        workflow = client.workflows.get("w1").workflow
        events = client.workflows.events.stream().final_response()
        prompts = list(client.prompts.iterate(page_size=1))
    assert isinstance(workflow, WorkflowWithWorkerStatus)
    assert events and events[0].id == "1"
    assert prompts and all(isinstance(p, Prompt) for p in prompts)


async def test_iterate_walks_numbered_pages_to_the_total(server: FakeMistralServer) -> None:
    def page(ids: list[str]) -> dict[str, Any]:
        return {"judges": {"results": [{**JUDGE, "id": i} for i in ids], "count": 3}}

    server.enqueue("/v1/observability/judges", json=page(["a", "b"]))
    server.enqueue("/v1/observability/judges", json=page(["c"]))
    async with _client(server) as client:
        found = [j.id async for j in client.observability.judges.iterate(q="tone")]
    assert found == ["a", "b", "c"]
    assert [r.query["page"] for r in server.requests] == ["1", "2"]
    assert all(r.query["q"] == "tone" for r in server.requests)


async def test_iterate_follows_a_cursor_nested_in_the_reply(server: FakeMistralServer) -> None:
    log = _documented("POST", "/v1/observability/logs/search")["logs"]["results"][0]

    def feed(n: int, cursor: str | None) -> dict[str, Any]:
        return {"logs": {"results": [{**log, "body": f"l{n}"}], "cursor": cursor}}

    server.enqueue("/v1/observability/logs/search", json=feed(1, "c2"))
    server.enqueue("/v1/observability/logs/search", json=feed(2, None))
    async with _client(server) as client:
        found = [
            entry.body async for entry in client.observability.logs.iterate_search(page_size=1)
        ]
    assert found == ["l1", "l2"]
    assert [r.query.get("cursor") for r in server.requests] == [None, "c2"]


async def test_an_event_that_fits_no_declared_shape_is_named(server: FakeMistralServer) -> None:
    chunks = [b"data: not json\n\n"]
    server.enqueue("/v1/workflows/events/stream", chunks=chunks)
    async with _client(server) as client:
        stream = await client.workflows.events.stream()
        with pytest.raises(ResponseValidationError, match="not an event this stream declares"):
            await _drain(stream)


async def test_errors_name_the_method_by_its_path_on_the_client(server: FakeMistralServer) -> None:
    async with _client(server) as client:
        with pytest.raises(RequestValidationError, match=r"^connectors\.share: unknown argument"):
            await client.connectors.share("c1", sharing=True)  # in the first half of the class
        with pytest.raises(TypeError, match=r"judge_id"):  # Python's own, as for any function
            await client.observability.judges.get()  # type: ignore[call-arg]
