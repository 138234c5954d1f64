"""Spec-valid sample values: the fake server's answers where the document gives no example."""

from __future__ import annotations

import re
from typing import Any

from .schemas import Schemas

_DEPTH = 5
_FULL = 2  # the depth up to which optional properties are filled in too
_STRINGS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.test/a",
    "url": "https://example.test/a",
    "email": "a@example.test",
}


def sample(schema: dict[str, Any], schemas: Schemas, depth: int = 0) -> Any:
    """A value `schema` accepts: every property near the top and the required ones below, first
    alternatives, minimal sizes."""
    if "$ref" in schema:
        return sample(schemas.resolve(schema), schemas, depth)
    documented = [schema.get("example"), schema.get("default"), *(schema.get("examples") or [])]
    scalar = next((v for v in documented if isinstance(v, str | int | float | bool)), None)
    scalar_type = schema.get("type") in ("string", "integer", "number", "boolean")
    if scalar is not None and (scalar_type or "properties" not in schema):
        return scalar  # the document's own value for a scalar (objects are built, not copied)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next((v for v in schema["enum"] if v is not None), None)
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return sample(schema["allOf"][0], schemas, depth)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, schemas, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    options = schema.get("oneOf") or schema.get("anyOf")
    if options:
        real = [o for o in options if schemas.resolve(o).get("type") != "null"]
        return sample((real or options)[0], schemas, depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required") or [])
        return {  # near the top every property, so a list reply holds an item; deeper the required
            name: sample(prop, schemas, depth + 1)
            for name, prop in (schema.get("properties") or {}).items()
            if name in required or depth < _FULL or "const" in schemas.resolve(prop)
        }
    if kind == "array":
        if "prefixItems" in schema:  # a tuple
            return [sample(item, schemas, depth + 1) for item in schema["prefixItems"]]
        if "items" not in schema:
            return []
        count = max(int(schema.get("minItems", 0)), 1 if depth < _DEPTH else 0)
        return [sample(schema["items"], schemas, depth + 1) for _ in range(count)]
    if kind == "string":
        text = _STRINGS.get(schema.get("format", ""), "string")
        pattern = schema.get("pattern")
        if pattern:
            text = _matching(pattern, text)
        text += "x" * max(0, int(schema.get("minLength", 0)) - len(text))
        return text[: int(schema.get("maxLength", len(text)))]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.0))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return {}


def response_example(content: dict[str, Any], schemas: Schemas) -> Any:
    """The document's example of a JSON response, else a sample of its schema."""
    if "example" in content:
        return content["example"]
    for example in (content.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return sample(content.get("schema", {}), schemas)


def _matching(pattern: str, fallback: str) -> str:
    """A string `pattern` accepts: a fixed-length class (`^[0-9a-f]{32}$`) filled, or a guess."""
    fixed = re.fullmatch(r"\^?\[([^\]]+)\]\{(\d+)\}\$?", pattern)
    if fixed:
        return fixed.group(1)[0] * int(fixed.group(2))
    for guess in (fallback, "a", "1", "a1", "en", "a-1", "a_1"):
        if re.search(pattern, guess):
            return guess
    return fallback
