"""Every generated operation against the current OpenAPI document: the request its method sends
fits the spec, every response it declares (each alternative, error bodies too) comes back typed
or as the typed error, and the fake server answers it with a spec-valid reply."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from integrations_mistral import APIStatusError, MistralClient
from integrations_mistral.operations._generated import OPERATIONS
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides

from .spec import FULL_SPEC_PATH, errors_of, full_validator, path_regex

if not FULL_SPEC_PATH.is_file():
    pytest.skip(
        f"no OpenAPI document at {FULL_SPEC_PATH} (set MISTRAL_OPENAPI_FULL_SPEC; CI has it)",
        allow_module_level=True,
    )

from .examples import document, instances
from .generated_world import (
    _document,
    bound,
    call_arguments,
    declared_query,
    json_responses,
    spec_operation,
)

ROWS = [(row.method, row.path, row.name) for row in OPERATIONS]
IDS = [f"{dotted} ({method} {path})" for method, path, dotted in ROWS]


@pytest.fixture
async def client() -> AsyncIterator[tuple[MistralClient, FakeMistralServer]]:
    async with FakeMistralServer(api_key="test-key") as server:
        overrides = local_overrides(
            server, retry={"max_attempts": 1}, circuit_breaker={"enabled": False}
        )
        async with MistralClient(**overrides) as client:
            yield client, server


async def _call(client: MistralClient, dotted: str, method: str, path: str) -> Any:
    args, kwargs = call_arguments(method, path)
    result = await bound(client, dotted)(*args, **kwargs)
    if hasattr(result, "final_response"):  # an event stream: read it to the end
        async with result:
            return await result.final_response()
    return result


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(("method", "path", "dotted"), ROWS, ids=IDS)
async def test_request_fits_spec(
    client: tuple[MistralClient, FakeMistralServer], method: str, path: str, dotted: str
) -> None:
    api, server = client
    before = len(server.requests)
    await _call(api, dotted, method, path)
    sent = server.requests[before:]
    assert len(sent) == 1, [r.path for r in sent]
    request = sent[0]
    assert request.method == method
    assert path_regex(path).match(request.path), f"{request.path} does not match {path}"
    undeclared = set(request.query) - declared_query(method, path)
    assert not undeclared, f"query parameters not in the spec: {sorted(undeclared)}"
    declared_body = spec_operation(method, path).get("requestBody")
    if declared_body is None:
        assert request.body == b""
        return
    validator = full_validator(
        "paths", path, method.lower(), "requestBody", "content", "application/json", "schema"
    )
    body = json.loads(request.body)
    errors = errors_of(validator, body)
    assert not errors, f"body {request.body[:400]!r} violates the spec: {errors}"


def _shapes() -> list[tuple[str, str, str, str, int, Any]]:
    found = []
    for method, path, dotted in ROWS:
        for status, schema in json_responses(method, path):
            with document(_document):
                examples = instances(schema)
            for index, example in enumerate(examples):
                found.append((method, path, dotted, status, index, example))
    return found


SHAPES = _shapes()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(
    ("method", "path", "dotted", "status", "index", "example"),
    SHAPES,
    ids=[f"{s[2]} {s[3]} #{s[4]}" for s in SHAPES],
)
async def test_declared_response_parses(
    client: tuple[MistralClient, FakeMistralServer],
    method: str,
    path: str,
    dotted: str,
    status: str,
    index: int,
    example: Any,
) -> None:
    """A spec-valid body of each declared status: a typed result, or the typed error with the
    status and the body kept."""
    api, server = client
    args, _ = call_arguments(method, path)
    concrete = _concrete(path, args)
    server.enqueue(concrete, status=int(status), json=example)
    if status.startswith("2"):
        result = await _call(api, dotted, method, path)
        assert result is not None or example is None
        return
    with pytest.raises(APIStatusError) as raised:
        await _call(api, dotted, method, path)
    assert raised.value.status_code == int(status)
    assert raised.value.body is not None


def _concrete(path: str, args: list[Any]) -> str:
    """The request path the positional values make of a path template."""
    from urllib.parse import quote

    parts = path.split("#")[0].split("/")
    values = iter(args)
    return "/".join(quote(str(next(values)), safe="") if p.startswith("{") else p for p in parts)


def test_fake_server_replies_fit_spec() -> None:
    """What the test kit answers each generated operation validates against the spec."""
    from importlib import resources

    table = json.loads(
        resources.files("integrations_mistral.testing")
        .joinpath("_generated_responses.json")
        .read_text()
    )
    keys = {(m, p.split("#")[0]) for m, p, _ in ROWS}
    assert {(e["method"], e["path"]) for e in table} == keys
    by_url = {(m, p.split("#")[0]): p for m, p, _ in ROWS}
    for entry in table:
        path = by_url[(entry["method"], entry["path"])]
        where = ("paths", path, entry["method"].lower(), "responses", str(entry["status"]))
        if "json" in entry:
            validator = full_validator(*where, "content", "application/json", "schema")
            assert not errors_of(validator, entry["json"]), (path, entry["json"])
        if "events" in entry:
            schema = (*where, "content", "text/event-stream", "schema", "properties", "data")
            for event in entry["events"]:
                assert not errors_of(full_validator(*schema), event), (path, event)


def test_every_public_operation_is_implemented() -> None:
    """Every operation of the current document (and the older one's fine-tuning jobs) has a
    method: the coverage table reads 100 % in every area."""
    from .spec import coverage_table, public_operations
    from .test_contract import implemented_operations

    missing = sorted(public_operations() - implemented_operations())
    assert missing == [], f"no method for: {missing}"
    table = coverage_table(implemented_operations())
    total = len(public_operations())
    assert table[0] == f"spec operations implemented: {total} of {total}"
    for row in table[1:]:
        done, described = row.split()[-3], row.split()[-1]
        assert done == described, row


def test_generating_again_changes_nothing() -> None:
    """The checked-in generated code is what the generator makes of the document today."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from .spec import FULL_SPEC_PATH, SPEC_PATH

    root = Path(__file__).resolve().parents[2]
    env = {  # the documents these tests found (the isolation fixture strips MISTRAL_*)
        **os.environ,
        "MISTRAL_OPENAPI_FULL_SPEC": str(FULL_SPEC_PATH),
        "MISTRAL_OPENAPI_SPEC": str(SPEC_PATH),
    }
    done = subprocess.run(
        [sys.executable, "tools/generate_api.py", "--check"],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout


def test_checking_without_the_document_says_skipped_and_fails_in_ci(tmp_path: Any) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    missing = str(tmp_path / "no-such.yaml")
    env = {**os.environ, "MISTRAL_OPENAPI_FULL_SPEC": missing, "MISTRAL_OPENAPI_SPEC": missing}
    for ci, code in (("", 0), ("true", 1)):
        done = subprocess.run(
            [sys.executable, "tools/generate_api.py", "--check"],
            cwd=root,
            capture_output=True,
            text=True,
            env={**env, "CI": ci},
        )
        assert done.returncode == code, done.stderr
        assert "skipped: no OpenAPI document" in done.stderr
