"""Every response schema an implemented operation declares (each `anyOf` / `oneOf` alternative,
error responses included) is parsed by the typed models from a spec-valid instance generated
from it: a shape the spec allows is never a parse failure."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import BaseModel

from integrations_mistral import APIStatusError
from integrations_mistral.errors import error_for_status
from integrations_mistral.services.fine_tuning import _job_or_estimate
from integrations_mistral.types import parse_response

from .examples import document, instances
from .spec import SPEC_PATH, document_of, errors_of, operation, response_validator

if not SPEC_PATH.is_file():
    pytest.skip(
        f"no OpenAPI spec at {SPEC_PATH} (set MISTRAL_OPENAPI_SPEC; CI has ../shared/spec)",
        allow_module_level=True,
    )

from .test_contract import CASES  # after the skip: it needs the spec

# operations whose reply takes more than one model: the function the service picks it with
CHOOSERS: dict[tuple[str, str], Callable[[bytes], type[BaseModel]]] = {
    ("/v1/fine_tuning/jobs", "POST"): _job_or_estimate,
}


def _json_responses(path: str, method: str) -> list[str]:
    responses = operation(path, method).get("responses", {})
    return [
        status
        for status, response in responses.items()
        if status.isdigit() and "application/json" in response.get("content", {})
    ]


SHAPES = sorted(
    {
        (case.path, case.method, status, case.model)
        for case in CASES
        if case.model is not None
        for status in _json_responses(case.path, case.method)
    },
    key=lambda s: (s[0], s[1], s[2]),
)


@pytest.mark.parametrize("shape", SHAPES, ids=[f"{s[1]} {s[0]} {s[2]}" for s in SHAPES])
def test_every_declared_response_shape_parses(shape: tuple[str, str, str, Any]) -> None:
    path, method, status, model = shape
    schema = operation(path, method)["responses"][status]["content"]["application/json"]["schema"]
    with document(
        document_of(path, method)
    ):  # an operation the current document added resolves there
        generated = instances(schema)
    assert generated, "no instance could be generated"
    validator = response_validator(path, method, status)
    for instance in generated:
        problems = errors_of(validator, instance)
        assert not problems, f"generated instance is not spec-valid: {problems[:3]}"
        body = json.dumps(instance).encode()
        if status.startswith("2"):
            chosen = CHOOSERS.get((path, method), lambda _: model)(body)
            parsed = parse_response(chosen, body)
            assert isinstance(parsed, BaseModel)
        else:
            error = error_for_status(
                int(status), body, {}, request_id="r", retryable_status_codes=()
            )
            assert isinstance(error, APIStatusError) and str(error).startswith(f"HTTP {status}:")


def test_the_dry_run_shape_is_among_them() -> None:
    shapes = instances(
        operation("/v1/fine_tuning/jobs", "POST")["responses"]["200"]["content"][
            "application/json"
        ]["schema"]
    )
    kinds = {
        type(
            parse_response(_job_or_estimate(json.dumps(s).encode()), json.dumps(s).encode())
        ).__name__
        for s in shapes
    }
    assert kinds == {"FineTuningJob", "FineTuningJobEstimate"}
