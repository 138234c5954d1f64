"""Calling a generated operation from the current OpenAPI document alone: the arguments its
method takes (path, query and header parameters, the body as keyword arguments), each filled
with a spec-valid value."""

from __future__ import annotations

import functools
import importlib
from typing import Any

from tools.apigen.build import prepared
from tools.apigen.render_services import body_of, parameters
from tools.apigen.spec import Operation

from integrations_mistral import MistralClient
from integrations_mistral.types._generated import MODULES

from .examples import document, generate, resolve

GENERATED_PACKAGE = "integrations_mistral.types._generated"


@functools.cache
def _prepared() -> tuple[dict[str, Any], dict[tuple[str, str], Operation], Any]:
    """The document as the generator reads it (inline bodies named), its operations by key."""
    loaded, ops, schemas = prepared()
    return loaded, {(op.method, op.path): op for op in ops}, schemas


def _document() -> dict[str, Any]:
    return _prepared()[0]


def spec_operation(method: str, path: str) -> dict[str, Any]:
    op: dict[str, Any] = _document()["paths"][path][method.lower()]
    return op


def model(name: str) -> Any:
    """A generated model class by name."""
    return getattr(importlib.import_module(f"{GENERATED_PACKAGE}.{MODULES[name]}"), name)


def bound(client: MistralClient, dotted: str) -> Any:
    """`client.workflows.executions.get` from "workflows.executions.get"."""
    target: Any = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def _value(schema: dict[str, Any]) -> Any:
    with document(_document):
        return generate(schema, 0, True)


def call_arguments(method: str, path: str) -> tuple[list[Any], dict[str, Any]]:
    """Positional path values and keyword arguments for every parameter and body field."""
    _, ops, schemas = _prepared()
    op = ops[(method, path)]
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in parameters(op):
        value = _value(parameter.schema)
        if parameter.where == "path":
            args.append(value if not isinstance(value, str) else f"{value}-1")
        else:
            kwargs[parameter.name] = value
    body = body_of(op, schemas)
    if body.kind == "model":
        cls = model(body.model)
        names = {(f.alias or n): n for n, f in cls.model_fields.items()}
        sample = _value(body.schema)
        kwargs.update({names[wire]: value for wire, value in sample.items()})
    elif body.kind == "value":
        kwargs[body.argument] = _value(body.schema)
    return args, kwargs


def declared_query(method: str, path: str) -> set[str]:
    """The query names the operation may send: its parameters, and the properties of a
    form-style object parameter (sent one per property)."""
    names = set()
    for parameter in spec_operation(method, path).get("parameters", []):
        if parameter["in"] != "query":
            continue
        names.add(parameter["name"])
        with document(_document):
            schema = resolve(parameter.get("schema", {}))
        names |= set(schema.get("properties", {}))
    return names


def json_responses(method: str, path: str) -> list[tuple[str, dict[str, Any]]]:
    """(status, schema) of every JSON response the operation declares."""
    return [
        (status, response["content"]["application/json"]["schema"])
        for status, response in spec_operation(method, path)["responses"].items()
        if "application/json" in (response.get("content") or {})
    ]


__all__ = [
    "bound",
    "call_arguments",
    "declared_query",
    "json_responses",
    "model",
    "spec_operation",
]
