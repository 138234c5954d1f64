"""Spec-valid instances generated from a JSON schema of the spec: one per alternative a response
may take (`anyOf` / `oneOf`, discriminators honoured), each with every property filled or with
only the required ones, so every shape the spec allows can be parsed by the typed models."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any

from .spec import spec

_DEPTH = 6  # past this, optional properties are left out and arrays empty (recursive schemas)
_STRINGS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.test/a",
    "url": "https://example.test/a",
    "email": "a@example.test",
}


_SOURCE: list[Callable[[], dict[str, Any]]] = [spec]  # the document `$ref`s point into


@contextlib.contextmanager
def document(source: Callable[[], dict[str, Any]]) -> Iterator[None]:
    """Generate from another OpenAPI document (the current one, for the generated areas)."""
    _SOURCE.append(source)
    try:
        yield
    finally:
        _SOURCE.pop()


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = _SOURCE[-1]()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def alternatives(schema: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The shapes `schema` allows at its top: (schema, forced property values), nested
    `anyOf`/`oneOf` flattened, a discriminator's value forced for each mapped schema."""
    schema = resolve(schema)
    options = schema.get("anyOf") or schema.get("oneOf")
    if not options:
        return [(schema, {})]
    mapping = schema.get("discriminator", {})
    by_ref = {ref: key for key, ref in mapping.get("mapping", {}).items()}
    shapes = []
    for option in options:
        if resolve(option).get("type") == "null":
            continue
        forced = {}
        if "$ref" in option and option["$ref"] in by_ref:
            forced[mapping["propertyName"]] = by_ref[option["$ref"]]
        for inner, inner_forced in alternatives(option):
            shapes.append((inner, {**inner_forced, **forced}))
    return shapes


def instances(schema: dict[str, Any]) -> list[Any]:
    """For each alternative: an instance with every property, and one with the required only."""
    found = []
    for shape, forced in alternatives(schema):
        for full in (True, False):
            value = generate(shape, 0, full)
            if isinstance(value, dict):
                value.update(forced)
            if value not in found:
                found.append(value)
    return found


def _flattened(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The properties and required names of an `allOf`, its parts' own `allOf`s included."""
    schema = resolve(schema)
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    required: list[str] = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, needed = _flattened(part)
        properties.update(more)
        required += needed
    return properties, required


def generate(schema: dict[str, Any], depth: int, full: bool = True) -> Any:
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "allOf" in schema:  # one object: the parts' properties, and what any part requires
        properties, required = _flattened(schema)
        merged = {"type": "object", "properties": properties, "required": required}
        return generate(merged, depth, full)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        shape, forced = alternatives(schema)[0] if alternatives(schema) else ({"type": "null"}, {})
        value = generate(shape, depth + 1, full)
        if isinstance(value, dict):
            value.update(forced)
        return value
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        required = set(schema.get("required", []))
        keep_all = full and depth < _DEPTH
        properties = schema.get("properties", {})
        value = {
            name: generate(sub, depth + 1, full)
            for name, sub in properties.items()
            if keep_all or name in required
        }
        extra = schema.get("additionalProperties")
        for name in sorted(required - set(properties)):  # required, described nowhere
            value[name] = generate(extra, depth + 1, full) if isinstance(extra, dict) else "text"
        return value
    if kind == "array" and "prefixItems" in schema:
        return [generate(item, depth + 1, full) for item in schema["prefixItems"]]
    if kind == "array":
        count = max(schema.get("minItems", 0), 1 if full and depth < _DEPTH else 0)
        return [generate(schema.get("items", {}), depth + 1, full) for _ in range(count)]
    if kind == "string":
        text = _STRINGS.get(schema.get("format", ""), "text")
        pattern = schema.get("pattern")
        if pattern:  # the spec's own example or default first, then a few plain guesses
            guesses = [*schema.get("examples", []), schema.get("default"), "en", "a", "1", "a1"]
            text = next((g for g in guesses if isinstance(g, str) and re.search(pattern, g)), text)
        return text.ljust(schema.get("minLength", 0), "x")[: schema.get("maxLength", None)]
    if kind in ("integer", "number"):
        low = schema.get(
            "minimum", schema.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in schema else 1
        )
        high = schema.get("maximum", low)
        value = min(max(low, 1), high)
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    return None
