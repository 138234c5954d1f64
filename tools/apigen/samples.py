"""Spec-valid values made from a JSON schema of the document: the fake server's answers where the
document gives no example, and the contract tests' instances of every shape a reply may take."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

DEPTH = 6  # past this, optional properties are left out and arrays empty (recursive schemas)
LEAN = -1  # `full` for values with the required only at every depth, arrays of one item
FAKE_DEPTH = 3  # the fake server's replies: every property of the top levels, then the required
_STRINGS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.test/a",
    "url": "https://example.test/a",
    "email": "a@example.test",
}
Schema = dict[str, Any]


class Samples:
    """Values for the schemas of one document (`resolve` follows its `$ref`s).

    `full` is the depth up to which optional properties are filled in too (arrays get an item);
    below it only what is required. `LEAN` (negative): only what is required at every depth,
    but arrays still get an item, so the objects inside them are seen with the required only. With `documented`, a scalar takes the document's own example
    or default where it fits the schema.
    """

    def __init__(self, resolve: Callable[[Schema], Schema], *, documented: bool = False) -> None:
        self.resolve = resolve
        self.documented = documented

    def alternatives(self, schema: Schema) -> list[tuple[Schema, dict[str, Any]]]:
        """The shapes `schema` allows at its top: (schema, forced property values), nested
        `anyOf`/`oneOf` flattened, a discriminator's value forced for each mapped schema."""
        schema = self.resolve(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if not options:
            return [(schema, {})]
        mapping = schema.get("discriminator", {})
        by_ref = {ref: key for key, ref in mapping.get("mapping", {}).items()}
        shapes = []
        for option in options:
            if self.resolve(option).get("type") == "null":
                continue
            forced = {}
            if "$ref" in option and option["$ref"] in by_ref:
                forced[mapping["propertyName"]] = by_ref[option["$ref"]]
            for inner, inner_forced in self.alternatives(option):
                shapes.append((inner, {**inner_forced, **forced}))
        return shapes

    def instances(self, schema: Schema) -> list[Any]:
        """For each alternative: one value with every property, one with the required only, one
        with the required only at every depth of its array items too."""
        found = []
        for shape, forced in self.alternatives(schema):
            for full in (DEPTH, 0, LEAN):
                value = self.generate(shape, 0, full)
                if isinstance(value, dict):
                    value.update(forced)
                if value not in found:
                    found.append(value)
        return found

    def _flattened(self, schema: Schema) -> tuple[dict[str, Any], list[str]]:
        """The properties and required names of an `allOf`, its parts' own `allOf`s included."""
        schema = self.resolve(schema)
        properties: dict[str, Any] = dict(schema.get("properties", {}))
        required: list[str] = list(schema.get("required", []))
        for part in schema.get("allOf", []):
            more, needed = self._flattened(part)
            properties.update(more)
            required += needed
        return properties, required

    def generate(self, schema: Schema, depth: int = 0, full: int = DEPTH) -> Any:
        schema = self.resolve(schema)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return next((v for v in schema["enum"] if v is not None), None)
        if self.documented:
            value = _documented(schema)
            if value is not None:
                return value
        if "allOf" in schema:
            if len(schema["allOf"]) == 1:
                return self.generate(schema["allOf"][0], depth, full)
            properties, required = self._flattened(schema)  # one object: every part's properties
            merged = {"type": "object", "properties": properties, "required": required}
            return self.generate(merged, depth, full)
        if schema.get("anyOf") or schema.get("oneOf"):
            shapes = self.alternatives(schema) or [({"type": "null"}, {})]
            value = self.generate(shapes[0][0], depth + 1, full)
            if isinstance(value, dict):
                value.update(shapes[0][1])
            return value
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema else "string"
        if kind == "object":
            return self._object(schema, depth, full)
        if kind == "array":
            if "prefixItems" in schema:  # a tuple
                return [self.generate(item, depth + 1, full) for item in schema["prefixItems"]]
            one = depth < DEPTH and (depth < full or full == LEAN)
            count = max(schema.get("minItems", 0), 1 if one else 0)
            return [self.generate(schema.get("items", {}), depth + 1, full) for _ in range(count)]
        if kind == "string":
            return _string(schema)
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "boolean":
            return True
        return None

    def _object(self, schema: Schema, depth: int, full: int) -> dict[str, Any]:
        required = set(schema.get("required", []))
        properties = schema.get("properties", {})
        value = {
            name: self.generate(sub, depth + 1, full)
            for name, sub in properties.items()
            if name in required
            or (depth < full and depth < DEPTH)
            or "const" in self.resolve(sub)  # a discriminator: always there
        }
        extra = schema.get("additionalProperties")
        for name in sorted(required - set(properties)):  # required, described nowhere
            value[name] = (
                self.generate(extra, depth + 1, full) if isinstance(extra, dict) else "text"
            )
        return value


def _documented(schema: Schema) -> Any:
    """The document's own example or default of a scalar, if it fits the schema's constraints."""
    if "properties" in schema or schema.get("type") in ("object", "array"):
        return None
    given = [schema.get("example"), schema.get("default"), *(schema.get("examples") or [])]
    for value in given:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        if isinstance(value, str) and not _fits(value, schema):
            continue
        return value
    return None


def _fits(text: str, schema: Schema) -> bool:
    pattern = schema.get("pattern")
    return (
        (pattern is None or re.search(pattern, text) is not None)
        and len(text) >= schema.get("minLength", 0)
        and len(text) <= schema.get("maxLength", len(text))
    )


def _string(schema: Schema) -> str:
    text = _STRINGS.get(schema.get("format", ""), "text")
    pattern = schema.get("pattern")
    if pattern:  # a fixed-length class filled, the document's own values, then plain guesses
        fixed = re.fullmatch(r"\^?\[([^\]]+)\]\{(\d+)\}\$?", pattern)
        guesses = [*schema.get("examples", []), schema.get("default"), "en", "a", "1", "a1"]
        if fixed:
            guesses.insert(0, fixed.group(1)[0] * int(fixed.group(2)))
        text = next((g for g in guesses if isinstance(g, str) and re.search(pattern, g)), text)
    return text.ljust(schema.get("minLength", 0), "x")[: schema.get("maxLength", None)]


def _number(schema: Schema, kind: str) -> int | float:
    low = schema.get(
        "minimum", schema.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in schema else 1
    )
    high = schema.get("maximum", low)
    value = min(max(low, 1), high)
    return int(value) if kind == "integer" else float(value)


def response_example(content: Schema, samples: Samples) -> Any:
    """The document's example of a JSON response, else a sample of its schema."""
    if "example" in content:
        return content["example"]
    for example in (content.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return samples.generate(content.get("schema", {}), 0, FAKE_DEPTH)
