"""The OpenAPI documents (the current one and the older one; paths as the generator finds them) as validators."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from tools.apigen.spec import load, spec_paths

# MISTRAL_OPENAPI_FULL_SPEC / MISTRAL_OPENAPI_SPEC, else ../shared/spec (as the generator reads)
FULL_SPEC_PATH, SPEC_PATH = spec_paths()


@functools.cache
def spec() -> dict[str, Any]:
    if not SPEC_PATH.is_file():
        raise FileNotFoundError(f"contract tests need the spec at {SPEC_PATH}")
    return load(SPEC_PATH)


@functools.cache
def full_spec() -> dict[str, Any]:
    """The current document (`mistral-openapi-full.yaml`), which the generated areas follow."""
    if not FULL_SPEC_PATH.is_file():
        raise FileNotFoundError(f"contract tests need the spec at {FULL_SPEC_PATH}")
    return load(FULL_SPEC_PATH)


@functools.cache
def _full_registry() -> Registry:  # type: ignore[type-arg]
    return Registry().with_resource(
        "urn:full", Resource.from_contents(full_spec(), default_specification=DRAFT202012)
    )


def full_validator(*parts: str) -> Draft202012Validator:
    """A validator for the schema at `parts` of the current document."""
    return Draft202012Validator(
        {"$ref": "urn:full#/" + _pointer(*parts)}, registry=_full_registry()
    )


@functools.cache
def _registry() -> Registry:  # type: ignore[type-arg]
    return Registry().with_resource(
        "urn:spec", Resource.from_contents(spec(), default_specification=DRAFT202012)
    )


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _in_old(path: str, method: str) -> bool:
    """Only the older document has the operation (the fine-tuning jobs): it is checked there;
    every other operation against the current document."""
    return method.lower() not in full_spec()["paths"].get(path, {})


def document_of(path: str, method: str) -> Callable[[], dict[str, Any]]:
    """The document an operation is checked against (its loader)."""
    return spec if _in_old(path, method) else full_spec


def operation(path: str, method: str) -> dict[str, Any]:
    """An operation of the current document, else of the older one (which alone has it)."""
    op: dict[str, Any] = document_of(path, method)()["paths"][path][method.lower()]
    return op


def _validator(path: str, method: str, *parts: str) -> Draft202012Validator:
    if not _in_old(path, method):
        return full_validator("paths", path, method.lower(), *parts)
    ref = "urn:spec#/" + _pointer("paths", path, method.lower(), *parts)
    return Draft202012Validator({"$ref": ref}, registry=_registry())


def request_validator(
    path: str, method: str, content_type: str = "application/json"
) -> Draft202012Validator:
    return _validator(path, method, "requestBody", "content", content_type, "schema")


def response_validator(path: str, method: str, status: str = "200") -> Draft202012Validator:
    return _validator(path, method, "responses", status, "content", "application/json", "schema")


def response_examples(path: str, method: str) -> list[Any]:
    content = operation(path, method).get("responses", {}).get("200", {}).get("content", {})
    media = content.get("application/json", {})
    examples = [
        example["value"] for example in media.get("examples", {}).values() if "value" in example
    ]
    if "example" in media:
        examples.append(media["example"])
    return examples


def path_regex(template: str) -> re.Pattern[str]:
    """`/v1/files/{file_id}` -> a regex matching concrete paths (spec keys may end in `#variant`)."""
    plain = template.split("#")[0]
    return re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", plain) + "$")


def errors_of(validator: Draft202012Validator, instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:300]}"
        for e in validator.iter_errors(instance)
    ]


HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def _operations_of(document: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (path, method.upper())
        for path, item in document["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }


def all_operations() -> set[tuple[str, str]]:
    """Every (path key, METHOD) either document describes."""
    return _operations_of(spec()) | _operations_of(full_spec())


def public_operations() -> set[tuple[str, str]]:
    """What the client must cover: every operation of the current document, and the
    fine-tuning job operations only the older one still has."""
    fine_tuning = {
        key
        for key in _operations_of(spec())
        if key[0].startswith("/v1/fine_tuning/jobs") and key not in _operations_of(full_spec())
    }
    return _operations_of(full_spec()) | fine_tuning


def coverage_table(implemented: set[tuple[str, str]]) -> list[str]:
    """Lines of a table: per area (first path segment after the version), implemented /
    described, over the operations the client must cover."""
    areas: dict[str, list[int]] = {}
    for path, method in public_operations():
        area = path.split("/")[2].split("#")[0]
        counts = areas.setdefault(area, [0, 0])
        counts[1] += 1
        counts[0] += (path, method) in implemented
    done = sum(c[0] for c in areas.values())
    total = sum(c[1] for c in areas.values())
    lines = [f"spec operations implemented: {done} of {total}"]
    lines += [f"  {area:<22} {c[0]:>3} / {c[1]:<3}" for area, c in sorted(areas.items())]
    return lines
