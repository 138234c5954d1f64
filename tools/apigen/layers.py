"""Large model modules cut into parts that import only from earlier parts (no import cycles)."""

from __future__ import annotations

from typing import Any

from .schemas import Schemas, ref_name

LIMIT = 250  # estimated lines of a part (long annotations wrap, so files run longer)


def _size(schema: Any) -> int:
    """Roughly the lines a schema's class (and its inline classes) takes."""
    if isinstance(schema, dict):
        own = len(schema.get("properties") or {})
        nested = sum(_size(v) for k, v in schema.items() if k != "$ref")
        return own + nested + (4 if schema.get("properties") else 0)
    if isinstance(schema, list):
        return sum(_size(v) for v in schema)
    return 0


def _refs(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            found.add(ref_name(node["$ref"]))
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)
    return found


def _components(names: list[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups (recursive schemas stay together), dependencies first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(name: str) -> None:
        index[name] = low[name] = len(index)
        stack.append(name)
        on_stack.add(name)
        for other in sorted(edges[name]):
            if other not in index:
                visit(other)
                low[name] = min(low[name], low[other])
            elif other in on_stack:
                low[name] = min(low[name], index[other])
        if low[name] == index[name]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == name:
                    break
            groups.append(sorted(group, key=names.index))

    for name in names:
        if name not in index:
            visit(name)
    return groups


def split(names: list[str], schemas: Schemas) -> list[list[str]]:
    """`names` in parts of about `LIMIT` lines, each using only itself and earlier parts."""
    sizes = {n: _size(schemas.components[n]) + 2 for n in names}
    if sum(sizes.values()) <= LIMIT:
        return [names]
    members = set(names)
    edges = {n: _refs(schemas.components[n], set()) & members - {n} for n in names}
    parts: list[list[str]] = [[]]
    used = 0
    for group in _components(names, edges):
        size = sum(sizes[n] for n in group)
        if parts[-1] and used + size > LIMIT:
            parts.append([])
            used = 0
        parts[-1].extend(group)
        used += size
    return parts
