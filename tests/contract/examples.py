"""Spec-valid instances generated from a JSON schema of the spec: one per alternative a response
may take (`anyOf` / `oneOf`, discriminators honoured), each with every property filled or with
only the required ones, so every shape the spec allows can be parsed by the typed models.

The generator's own `Samples` makes them (the fake server's replies come from it too); this
module says which document the `$ref`s point into."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from tools.apigen.samples import DEPTH, Samples

from .spec import spec

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


_SAMPLES = Samples(resolve)


def alternatives(schema: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return _SAMPLES.alternatives(schema)


def instances(schema: dict[str, Any]) -> list[Any]:
    """For each alternative: an instance with every property, and one with the required only."""
    return _SAMPLES.instances(schema)


def generate(schema: dict[str, Any], depth: int, full: bool = True) -> Any:
    return _SAMPLES.generate(schema, depth, DEPTH if full else 0)
