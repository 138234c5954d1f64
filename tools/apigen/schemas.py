"""JSON schemas of the document as Python annotations and pydantic model classes."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from .spec import pascal, snake

_RESERVED = set(dir(BaseModel)) | {"raw", "to_json", "sent_always", "model_config"}
_FORMAT_TYPES = {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


RENAMED: dict[str, str] = {}
"""Schemas whose class would take the name of a hand-written model: schema -> the class name."""


def class_name(schema_name: str) -> str:
    return RENAMED.get(schema_name) or pascal(schema_name)


def field_name(wire: str) -> str:
    """A Python attribute for a JSON property (the wire name becomes its alias)."""
    name = snake(wire) if not wire.isidentifier() or wire != wire.lower() else wire
    name = name.lstrip("_") or "field"
    if name[0].isdigit():
        name = f"n{name}"
    if keyword.iskeyword(name) or name in _RESERVED:
        name = f"{name}_"
    return name


def summary(text: str | None, limit: int = 96) -> str:
    """The first sentence of a description, on one line, for a docstring."""
    if not text:
        return ""
    line = " ".join(text.strip().split())
    line = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
    if len(line) > limit:
        line = line[: limit - 3].rsplit(" ", 1)[0] + "..."
    line = line.replace("\\", "\\\\").replace('"""', "'''")
    return line if line.endswith((".", "!", "?", "...")) else line + "."


@dataclass
class Emitted:
    """What one module needs besides its own definitions."""

    typing: set[str] = field(default_factory=set)  # Any, Literal, Annotated
    tolerant: bool = False
    uses_field: bool = False  # pydantic's `Field` is used (a discriminated union)
    names: set[str] = field(default_factory=set)  # the classes and aliases referenced


@dataclass
class ModelClass:
    name: str
    doc: str
    fields: list[tuple[str, str, str, str | None]]  # python name, annotation, default, alias
    sent_always: list[str]


class Schemas:
    """Turns the document's schemas into annotations and class definitions."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.components: dict[str, Any] = document["components"]["schemas"]
        self.inline: dict[str, tuple[str, dict[str, Any]]] = {}  # class -> (owner, schema)
        self._inline_ids: dict[int, str] = {}
        self.roles: dict[str, str] = {}  # class -> "Body of `POST /v2/prompts`." (a fallback doc)

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.components[ref_name(schema["$ref"])]
        return schema

    def is_class(self, schema_name: str) -> bool:
        """A component emitted as a model class (an object with properties, or a merge)."""
        schema = self.components[schema_name]
        return bool(schema.get("properties")) or "allOf" in schema

    def annotation(
        self, schema: dict[str, Any], out: Emitted, owner: str, *, loose: bool = False
    ) -> str:
        """The annotation for `schema`; `loose` (a method's argument) also takes plain dicts
        where a model is expected."""
        if schema.get("nullable"):
            inner = {k: v for k, v in schema.items() if k != "nullable"}
            text = self.annotation(inner, out, owner, loose=loose)
            return text if text in ("Any", "None") or text.endswith("| None") else f"{text} | None"
        if "$ref" in schema:
            name = ref_name(schema["$ref"])
            cls = class_name(name)
            out.names.add(cls)
            if loose and self.is_class(name):
                out.typing.add("Any")
                return f"{cls} | dict[str, Any]"
            return cls
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.annotation(schema["allOf"][0], out, owner, loose=loose)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            return self._union(options, out, owner, loose, self._discriminator(schema))
        if "const" in schema:
            out.typing.add("Literal")
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            literal = f"Literal[{', '.join(repr(v) for v in values)}]"
            out.typing.add("Literal")
            kind = literal
            if not loose:  # a model's field: any value the server adds is kept
                out.typing.add("Annotated")
                out.tolerant = True
                kind = "Annotated[" + literal + ", Tolerant]"
            return kind + " | None" if None in schema["enum"] else kind
        kind = schema.get("type")
        if isinstance(kind, list):
            return self._union([{**schema, "type": k} for k in kind], out, owner, loose)
        if kind == "array" and "prefixItems" in schema:
            parts = [
                self.annotation(item, out, owner, loose=loose) for item in schema["prefixItems"]
            ]
            return f"tuple[{', '.join(parts)}]"
        if kind == "array":
            items = schema.get("items")
            inner = self.annotation(items, out, owner, loose=loose) if items else "Any"
            if not items:
                out.typing.add("Any")
            return f"list[{inner}]"
        if kind == "object" or (kind is None and "properties" in schema):
            if schema.get("properties"):
                inline = self._inline_class(schema, owner)
                out.names.add(inline)
                if loose:
                    out.typing.add("Any")
                    return f"{inline} | dict[str, Any]"
                return inline
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return f"dict[str, {self.annotation(extra, out, owner + 'Value', loose=loose)}]"
            out.typing.add("Any")
            return "dict[str, Any]"
        if kind == "null":
            return "None"
        if kind in _FORMAT_TYPES:
            return _FORMAT_TYPES[kind]
        out.typing.add("Any")
        return "Any"

    def _discriminator(self, schema: dict[str, Any]) -> str | None:
        """The property telling a union's models apart, when every one of them has it as a
        constant (pydantic then picks the model by its value, and names a wrong one)."""
        name = (schema.get("discriminator") or {}).get("propertyName")
        if not name or field_name(name) != name:
            return None
        for option in schema.get("anyOf") or schema.get("oneOf") or []:
            if self.resolve(option).get("type") == "null":
                continue
            if "$ref" not in option or not self.is_class(ref_name(option["$ref"])):
                return None
            prop = (self.resolve(option).get("properties") or {}).get(name, {})
            if "const" not in prop or "$ref" in prop:
                return None
        return str(name)

    def _union(
        self,
        options: list[dict[str, Any]],
        out: Emitted,
        owner: str,
        loose: bool,
        discriminator: str | None = None,
    ) -> str:
        nullable = any(self.resolve(o).get("type") == "null" for o in options)
        kinds: list[str] = []
        for option in options:
            if self.resolve(option).get("type") == "null":
                continue
            text = self.annotation(option, out, owner, loose=loose)
            for part in _split_union(text):
                if part not in kinds:
                    kinds.append(part)
        if "Any" in kinds:
            kinds = ["Any"]
        if loose and "dict[str, Any]" in kinds:  # the models first, a plain dict last
            kinds = [k for k in kinds if k != "dict[str, Any]"] + ["dict[str, Any]"]
        union = " | ".join(kinds) or "None"
        if len(kinds) > 1 and not loose and any(_is_model(k) for k in kinds):
            out.typing.add("Annotated")
            out.tolerant = True
            tag = ""
            if discriminator is not None and all(_is_model(k) for k in kinds):
                out.uses_field = True
                tag = f'Field(discriminator="{discriminator}"), '
            union = f"Annotated[{union}, {tag}Tolerant]"
        return f"{union} | None" if nullable and union not in ("Any", "None") else union

    def _inline_class(self, schema: dict[str, Any], owner: str) -> str:
        known = self._inline_ids.get(id(schema))
        if known is not None:
            return known
        if not owner:
            raise ValueError(f"an inline object outside any schema: {sorted(schema['properties'])}")
        name = owner
        taken = self.inline.get(name)
        if taken is not None and taken[1] is not schema:
            index = 2
            while (
                f"{owner}{index}" in self.inline and self.inline[f"{owner}{index}"][1] is not schema
            ):
                index += 1
            name = f"{owner}{index}"
        self.inline[name] = (owner, schema)
        self._inline_ids[id(schema)] = name
        return name

    def model_class(self, name: str, schema: dict[str, Any], out: Emitted) -> ModelClass:
        """The class for an object schema (`allOf` parts merged)."""
        properties, required = self._properties(schema)
        fields = []
        sent_always = []
        for wire, prop in properties.items():
            python = field_name(wire)
            owner = name + pascal(python)
            ann = self.annotation(prop, out, owner)
            default: str = ""
            if "const" in self.resolve(prop) and "$ref" not in prop:
                default = repr(prop["const"])
                sent_always.append(python)
            elif wire not in required:
                if ann != "Any" and not _nullable(ann):
                    ann = f"{ann} | None"
                default = "None"
            fields.append((python, ann, default, wire if python != wire else None))
        doc = summary(schema.get("description"))
        title = schema.get("title") or ""
        if not doc and title and pascal(title) != name:
            doc = summary(title)
        return ModelClass(name, doc or self.roles.get(name, ""), fields, sent_always)

    def _properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in schema.get("allOf", []):
            more, needed = self._properties(self.resolve(part))
            properties.update(more)
            required |= needed
        properties.update(schema.get("properties") or {})
        required |= set(schema.get("required") or [])
        return properties, required


def _nullable(annotation: str) -> bool:
    return annotation == "None" or annotation.endswith("| None")


def _split_union(text: str) -> list[str]:
    """Top-level `|` parts of an annotation (brackets respected)."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p for p in parts if p]


def _is_model(annotation: str) -> bool:
    return annotation[:1].isupper() and annotation not in ("Any", "None") and "[" not in annotation


def strip_tolerant(text: str) -> str:
    """`Annotated[X, Tolerant]` -> `X`, wherever it is nested (for signatures)."""
    marker = "Annotated["
    while marker in text:
        start = text.index(marker)
        depth, index = 0, start + len(marker) - 1
        for index in range(start + len(marker) - 1, len(text)):
            depth += text[index] == "["
            depth -= text[index] == "]"
            if depth == 0:
                break
        inner = text[start + len(marker) : index].removesuffix(", Tolerant")
        inner = re.sub(r', Field\(discriminator="\w+"\)$', "", inner)
        text = text[:start] + inner + text[index + 1 :]
    return text
