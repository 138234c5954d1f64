"""How an operation pages, when it does: the document's `x-speakeasy-pagination`, else what its
parameters and reply show (a `cursor`, `page` and `page_size`, `offset` and `limit`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .schemas import Schemas, field_name
from .spec import Operation, snake

_ITEMS = ("results", "items", "data")
_NEXT = ("next_cursor", "next_page_token", "nextPageToken", "cursor")

# Replies with more than one list: the one a page walks (keyed by the spec's operationId).
ITEMS = {
    "users_api_admin_users_get_users": "members",
    "get_workflow_registrations_v1_workflows_registrations_get": "workflow_registrations",
}


@dataclass(frozen=True)
class Paging:
    kind: str  # "cursor", "page" or "offset"
    items: str  # the dotted attribute holding a page's items (`judges.results`)
    item_schema: dict[str, Any]
    cursor: str = ""  # cursor: the argument taking the next cursor
    next: str = ""  # cursor: the dotted attribute holding it
    page: str = ""  # page: the page number argument, and where pages start
    first: int = 1
    size: str = ""  # page, offset: the page size argument
    offset: str = ""
    total: str = ""  # page: the dotted attribute counting every item, if the reply has one


def _reply(op: Operation, schemas: Schemas) -> dict[str, Any]:
    content = op.op["responses"].get("200", {}).get("content", {}).get("application/json", {})
    return schemas.resolve(content.get("schema", {}))


def _properties(schema: dict[str, Any], schemas: Schemas) -> dict[str, dict[str, Any]]:
    """Property -> its schema, a nullable one's non-null alternative taken."""
    found = {}
    for name, prop in (schema.get("properties") or {}).items():
        options = prop.get("anyOf") or [prop]
        real = [schemas.resolve(o) for o in options if schemas.resolve(o).get("type") != "null"]
        if len(real) == 1:
            found[name] = real[0]
    return found


def _container(reply: dict[str, Any], schemas: Schemas) -> tuple[str, dict[str, Any]] | None:
    """Where the items are: the reply itself, or its one property that holds `results`."""
    props = _properties(reply, schemas)
    arrays = [n for n, p in props.items() if p.get("type") == "array"]
    if arrays:
        return ("", reply) if len(arrays) == 1 or any(a in _ITEMS for a in arrays) else None
    nested = [(n, p) for n, p in props.items() if "results" in (p.get("properties") or {})]
    return (nested[0][0], nested[0][1]) if len(nested) == 1 else None


def _join(*parts: str) -> str:
    return ".".join(field_name(p) for p in parts if p)


def paging(op: Operation, schemas: Schemas) -> Paging | None:
    declared = op.op.get("x-speakeasy-pagination")
    reply = _reply(op, schemas)
    params = {p["name"]: p for p in op.op.get("parameters", []) if p["in"] == "query"}
    if declared:
        inputs = {i["type"]: snake(i["name"]) for i in declared["inputs"]}
        outputs = declared["outputs"]
        items = outputs["results"].removeprefix("$.")
        schema = _properties(reply, schemas)[items]
        if declared["type"] == "cursor":
            nxt = outputs["nextCursor"].removeprefix("$.")
            return Paging("cursor", _join(items), schema, inputs["cursor"], _join(nxt))
        return Paging("offset", _join(items), schema, size=inputs["limit"], offset=inputs["offset"])
    chosen = ITEMS.get(op.op["operationId"])
    found = ("", reply) if chosen else _container(reply, schemas)
    if found is None:
        return None
    where, container = found
    props = _properties(container, schemas)
    arrays = [n for n, p in props.items() if p.get("type") == "array"]
    items = chosen or next(
        (a for a in arrays if a in _ITEMS), arrays[0] if len(arrays) == 1 else None
    )
    if items is None:
        return None
    schema = props[items]
    size = next((n for n in ("page_size", "limit") if n in params), "")
    if "cursor" in params:
        nxt = next((n for n in _NEXT if n in props), None)
        if nxt is not None:
            return Paging("cursor", _join(where, items), schema, "cursor", _join(where, nxt))
        pagination = props.get("pagination", {}).get("properties", {})
        if "next_cursor" in pagination:
            nxt = _join("pagination", "next_cursor")
            return Paging("cursor", _join(where, items), schema, "cursor", nxt)
        return None
    if "page" in params and size:
        first = int(params["page"].get("schema", {}).get("default", 1))
        total = next((n for n in ("count", "total") if n in props), "")
        return Paging(
            "page",
            _join(where, items),
            schema,
            page="page",
            first=first,
            size=size,
            total=_join(where, total) if total else "",
        )
    if "offset" in params and size:
        return Paging("offset", _join(where, items), schema, size=size, offset="offset")
    return None


def walker_name(op: Operation) -> str:
    """`list` -> `iterate`; `list_records` / `get_spans` -> `iterate_records` / `iterate_spans`;
    `search` -> `iterate_search`."""
    if op.name == "list":
        return "iterate"
    for verb in ("list_", "get_"):
        if op.name.startswith(verb):
            return "iterate_" + op.name.removeprefix(verb)
    return f"iterate_{op.name}"
