"""The OpenAPI spec (`MISTRAL_OPENAPI_SPEC`, else ../shared/spec/mistral-openapi.yaml) as validators."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(
    os.environ.get("MISTRAL_OPENAPI_SPEC")
    or Path(__file__).resolve().parents[3] / "shared" / "spec" / "mistral-openapi.yaml"
)
_NUMERIC = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}


def _numbers(node: Any) -> Any:
    """PyYAML (YAML 1.1) reads `1e-08` as a string; schema keywords need numbers back."""
    if isinstance(node, dict):
        return {
            k: (float(v) if k in _NUMERIC and isinstance(v, str) else _numbers(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_numbers(v) for v in node]
    return node


@functools.cache
def spec() -> dict[str, Any]:
    if not SPEC_PATH.is_file():
        raise FileNotFoundError(f"contract tests need the spec at {SPEC_PATH}")
    loaded: dict[str, Any] = _numbers(yaml.safe_load(SPEC_PATH.read_text()))
    return loaded


@functools.cache
def _registry() -> Registry:  # type: ignore[type-arg]
    return Registry().with_resource(
        "urn:spec", Resource.from_contents(spec(), default_specification=DRAFT202012)
    )


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def operation(path: str, method: str) -> dict[str, Any]:
    op: dict[str, Any] = spec()["paths"][path][method.lower()]
    return op


def request_validator(
    path: str, method: str, content_type: str = "application/json"
) -> Draft202012Validator:
    ref = "urn:spec#/" + _pointer(
        "paths", path, method.lower(), "requestBody", "content", content_type, "schema"
    )
    return Draft202012Validator({"$ref": ref}, registry=_registry())


def response_validator(path: str, method: str, status: str = "200") -> Draft202012Validator:
    ref = "urn:spec#/" + _pointer(
        "paths", path, method.lower(), "responses", status, "content", "application/json", "schema"
    )
    return Draft202012Validator({"$ref": ref}, registry=_registry())


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


def all_operations() -> set[tuple[str, str]]:
    """Every (path key, METHOD) the spec describes."""
    return {
        (path, method.upper())
        for path, item in spec()["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }


def coverage_table(implemented: set[tuple[str, str]]) -> list[str]:
    """Lines of a table: per area (first path segment after /v1), implemented / described."""
    areas: dict[str, list[int]] = {}
    for path, method in all_operations():
        area = path.split("/")[2].split("#")[0] if path.startswith("/v1/") else path
        counts = areas.setdefault(area, [0, 0])
        counts[1] += 1
        counts[0] += (path, method) in implemented
    done = sum(c[0] for c in areas.values())
    total = sum(c[1] for c in areas.values())
    lines = [f"spec operations implemented: {done} of {total}"]
    lines += [f"  {area:<22} {c[0]:>3} / {c[1]:<3}" for area, c in sorted(areas.items())]
    return lines
