"""Every operation: the request the client sends fits the spec, and the spec's examples fit the client."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from pydantic import BaseModel

from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from integrations_mistral.types import parse_response
from tests.conftest import local_overrides

from .spec import (
    SPEC_PATH,
    errors_of,
    operation,
    path_regex,
    request_validator,
    response_examples,
    response_validator,
)

if not SPEC_PATH.is_file():
    pytest.skip(
        f"no OpenAPI spec at {SPEC_PATH} (set MISTRAL_OPENAPI_SPEC; CI has ../shared/spec)",
        allow_module_level=True,
    )

from .cases import Case, World
from .cases_core import CORE
from .cases_resources import RESOURCES

CASES = [*CORE, *RESOURCES]


@pytest.fixture
async def world(server: FakeMistralServer) -> AsyncIterator[World]:
    async with MistralClient.from_env(**local_overrides(server)) as client:
        uploaded = await client.files.upload(
            file=("seed.jsonl", b'{"x": 1}\n'), purpose="fine-tune"
        )
        agent = await client.agents.create(model="mistral-large-latest", name="seed")
        job = await client.fine_tuning.create(
            model="open-mistral-7b",
            hyperparameters={"training_steps": 1},
            training_files=[{"file_id": uploaded.id}],
        )
        batch = await client.batch.create(
            endpoint="/v1/chat/completions", model="m", input_files=[uploaded.id]
        )
        turn = await client.conversations.start(model="mistral-small-latest", inputs="seed")
        history = await client.conversations.history(turn.conversation_id)
        voice = await client.audio.voices.create(name="seed", sample_audio=b"RIFF")
        library = await client.libraries.create(name="seed")
        document = await client.libraries.documents.upload(library.id, file=("a.txt", b"hello"))
        yield World(
            client,
            server,
            uploaded.id,
            agent.id,
            job.id,
            batch.id,
            turn.conversation_id,
            history.entries[0].id or "",
            voice.id,
            library.id,
            document.id,
        )


def case_id(case: Case) -> str:
    return f"{case.method} {case.path}"


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{case_id(c)}" for i, c in enumerate(CASES)])
async def test_request_fits_spec(world: World, case: Case) -> None:
    before = len(world.server.requests)
    await case.call(world)
    sent = world.server.requests[before:]
    assert len(sent) == 1, [r.path for r in sent]
    request = sent[0]
    assert request.method == case.method
    assert path_regex(case.path).match(request.path), f"{request.path} does not match {case.path}"
    for name in request.query:
        declared = {
            p["name"]
            for p in operation(case.path, case.method).get("parameters", [])
            if p.get("in") == "query"
        }
        assert name in declared, f"query parameter {name!r} is not in the spec ({sorted(declared)})"
    if case.body == "json":
        errors = errors_of(request_validator(case.path, case.method), request.json)
        assert not errors, f"body {json.dumps(request.json)[:400]} violates the spec: {errors}"
    elif case.body == "multipart":
        assert request.headers["Content-Type"].startswith("multipart/form-data")
    else:
        assert request.body == b""


async def test_multipart_fields_fit_spec(world: World) -> None:
    schema = operation("/v1/files", "POST")["requestBody"]["content"]["multipart/form-data"][
        "schema"
    ]
    await world.client.files.upload(
        file=("a.jsonl", b"{}\n"), purpose="batch", visibility="user", expiry=1
    )
    meta = world.server.api.files
    assert any(m["filename"] == "a.jsonl" and m["purpose"] == "batch" for m in meta.values())
    assert set(schema["required"]) == {"file"}
    assert {"file", "purpose", "visibility", "expiry"} <= set(schema["properties"])


EXAMPLE_CASES = [c for c in CASES if c.model is not None and response_examples(c.path, c.method)]


def test_every_operation_is_covered() -> None:
    covered = {(c.path, c.method) for c in CASES}
    required = {
        ("/v1/chat/completions", "POST"),
        ("/v1/fim/completions", "POST"),
        ("/v1/embeddings", "POST"),
        ("/v1/models", "GET"),
        ("/v1/models/{model_id}", "GET"),
        ("/v1/models/{model_id}", "DELETE"),
        ("/v1/fine_tuning/models/{model_id}", "PATCH"),
        ("/v1/files", "POST"),
        ("/v1/files", "GET"),
        ("/v1/files/{file_id}", "GET"),
        ("/v1/files/{file_id}", "DELETE"),
        ("/v1/files/{file_id}/content", "GET"),
        ("/v1/files/{file_id}/url", "GET"),
        ("/v1/fine_tuning/jobs", "POST"),
        ("/v1/fine_tuning/jobs", "GET"),
        ("/v1/fine_tuning/jobs/{job_id}", "GET"),
        ("/v1/fine_tuning/jobs/{job_id}/cancel", "POST"),
        ("/v1/fine_tuning/jobs/{job_id}/start", "POST"),
        ("/v1/fine_tuning/models/{model_id}/archive", "POST"),
        ("/v1/fine_tuning/models/{model_id}/archive", "DELETE"),
        ("/v1/agents", "POST"),
        ("/v1/agents", "GET"),
        ("/v1/agents/{agent_id}", "GET"),
        ("/v1/agents/{agent_id}", "PATCH"),
        ("/v1/agents/{agent_id}", "DELETE"),
        ("/v1/agents/completions", "POST"),
        ("/v1/batch/jobs", "POST"),
        ("/v1/batch/jobs", "GET"),
        ("/v1/batch/jobs/{job_id}", "GET"),
        ("/v1/batch/jobs/{job_id}/cancel", "POST"),
        ("/v1/moderations", "POST"),
        ("/v1/chat/moderations", "POST"),
        ("/v1/classifications", "POST"),
        ("/v1/chat/classifications", "POST"),
        ("/v1/ocr", "POST"),
    }
    assert required <= covered, sorted(required - covered)
    documented = [c for c in CASES if response_examples(c.path, c.method)]
    assert len({(c.path, c.method) for c in documented}) >= 10
    assert all(
        c.model is not None for c in documented if c.body != "none" or c.method != "GET" or c.model
    )


@pytest.mark.parametrize("case", EXAMPLE_CASES, ids=[case_id(c) for c in EXAMPLE_CASES])
def test_spec_response_examples_parse(case: Case) -> None:
    assert case.model is not None
    for example in response_examples(case.path, case.method):
        parsed = parse_response(case.model, json.dumps(example).encode())
        assert isinstance(parsed, case.model)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.model is not None], ids=lambda c: case_id(c)
)
def test_unknown_response_fields_are_kept(case: Case) -> None:
    assert case.model is not None
    examples = response_examples(case.path, case.method)
    if not examples:
        pytest.skip("the spec has no example for this response")
    example = examples[0]
    payload = dict(example) if isinstance(example, dict) else {"object": "list", "data": example}
    payload["field_from_the_future"] = {"nested": True}
    parsed = parse_response(case.model, json.dumps(payload).encode())
    assert parsed.model_extra is not None
    assert parsed.model_extra["field_from_the_future"] == {"nested": True}


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{case_id(c)}" for i, c in enumerate(CASES)])
async def test_fake_server_replies_fit_spec(world: World, case: Case) -> None:
    """The test kit's answers are realistic: they validate against the spec's response schema."""
    responses = (
        operation(case.path, case.method).get("responses", {}).get("200", {}).get("content", {})
    )
    if "application/json" not in responses:
        pytest.skip("no JSON response documented")
    before = len(world.server.requests)
    result = await case.call(world)
    assert len(world.server.requests) == before + 1
    if not isinstance(result, BaseModel | list):
        pytest.skip("the client returns the content itself (bytes), not the JSON envelope")
    payload = (
        result.model_dump(mode="json", exclude_unset=True, by_alias=True)
        if isinstance(result, BaseModel)
        else [a.model_dump(mode="json", exclude_unset=True) for a in result]
    )
    errors = [
        e
        for e in errors_of(response_validator(case.path, case.method), payload)
        if e not in SPEC_ERRATA
    ]
    assert not errors, errors


# Places where the spec contradicts the API it describes; each is checked to still be there.
SPEC_ERRATA = {
    # ChatCompletionResponse lists `data` as required, but chat, FIM and agent completions have none.
    "<root>: 'data' is a required property",
}


def test_spec_errata_are_still_errata() -> None:
    required = operation("/v1/chat/completions", "POST")["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert required == {"$ref": "#/components/schemas/ChatCompletionResponse"}
    from .spec import spec

    assert (
        "data" in spec()["components"]["schemas"]["ChatCompletionResponse"]["allOf"][1]["required"]
    )


def implemented_operations() -> set[tuple[str, str]]:
    """The hand-written operations (each has its case here) and the generated ones."""
    from integrations_mistral.operations._generated import OPERATIONS

    return {(case.path, case.method) for case in CASES} | {(o.path, o.method) for o in OPERATIONS}


def test_implemented_operations_have_not_drifted_from_the_spec() -> None:
    """Every operation the client implements is one the spec describes, same path, same method."""
    from .spec import all_operations, coverage_table

    drifted = sorted(implemented_operations() - all_operations())
    assert drifted == [], f"not in the spec: {drifted}"
    assert coverage_table(implemented_operations())[0].startswith("spec operations implemented: ")
