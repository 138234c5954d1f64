"""Everything the generator writes, as {path: text}."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from .layers import split
from .naming import area_of, method_name
from .paging import paging, walker_name
from .render_services import ServiceModule, render_method, service_class
from .render_types import HEADER, SHARED, plan, refs_in, render_module
from .samples import FAKE_DEPTH, Samples, response_example
from .schemas import RENAMED, Schemas, class_name, ref_name, summary
from .spec import Operation, load, operations, pascal, spec_paths

TYPES = "src/integrations_mistral/types/_generated"
SERVICES = "src/integrations_mistral/services/_generated"
OPERATION_ROWS = "src/integrations_mistral/operations/_generated.py"
RESPONSES = "src/integrations_mistral/testing/_generated_responses.json"
REFERENCE = "docs/api-reference.md"
MAX_OPERATIONS = 12  # a service class with more is cut in two modules (files stay short)


def prepared() -> tuple[dict[str, Any], list[Operation], Schemas]:
    full, _ = spec_paths()
    document = load(full)
    ops = operations(document)
    for op in ops:
        op.area = area_of(op.tag)
        op.name = method_name(op)
    for op in ops:
        _hoist(document, op)
    schemas = Schemas(document)
    _rename_clashes(ops, schemas)
    for op in ops:
        _note_roles(op, schemas)
    seen: dict[str, str] = {}
    for op in ops:
        if op.dotted in seen:
            raise SystemExit(f"two operations named {op.dotted}: {seen[op.dotted]} and {op.key}")
        seen[op.dotted] = op.key
    return document, ops, schemas


def _hoist(document: dict[str, Any], op: Operation) -> None:
    """An object written inline as a request or response body becomes a named schema (its
    title, else the operation's), so it gets a model class like the others."""
    components = document["components"]["schemas"]
    bodies = [op.op.get("requestBody", {}).get("content", {}).get("application/json")]
    for status, response in op.op["responses"].items():
        if status.startswith("2"):
            bodies.append((response.get("content") or {}).get("application/json"))
    for index, media in enumerate(bodies):
        schema = (media or {}).get("schema") or {}
        if "$ref" in schema or not schema.get("properties"):
            continue
        name = pascal(schema.get("title") or f"{op.name} {'request' if index == 0 else 'response'}")
        while name in components and components[name] is not schema:
            name += "Body"
        components[name] = schema
        media["schema"] = {"$ref": f"#/components/schemas/{name}"}


def _rename_clashes(ops: list[Operation], schemas: Schemas) -> None:
    """A schema named like a hand-written model (`Tool`) is prefixed with its area
    (`ConnectorsTool`), so `integrations_mistral.types` reaches both."""
    from integrations_mistral import types

    generated = set(types._generated.__all__)
    taken = (set(types.__all__) - generated) | set(types._AREA_OF)  # the hand-written ones
    for op in ops:
        for name in sorted(refs_in(op.op, schemas, set())):
            if pascal(name) in taken and name not in RENAMED:
                RENAMED[name] = pascal(op.area[0]) + pascal(name)


def _note_roles(op: Operation, schemas: Schemas) -> None:
    """What a body or reply model is for: the docstring of one the document does not describe."""
    where = f"`{op.method} {op.url}`"
    media = op.op.get("requestBody", {}).get("content", {}).get("application/json", {})
    bodies = [("Body of", media.get("schema", {}))]
    for status, response in op.op["responses"].items():
        if status.startswith("2"):
            reply = (response.get("content") or {}).get("application/json", {})
            bodies.append(("Reply of", reply.get("schema", {})))
    for role, schema in bodies:
        if "$ref" in schema:
            schemas.roles.setdefault(class_name(ref_name(schema["$ref"])), f"{role} {where}.")


def tag_titles(document: dict[str, Any]) -> dict[str, str]:
    return {t["name"]: summary(t.get("description")) for t in document.get("tags", [])}


def build() -> dict[str, str]:
    document, ops, schemas = prepared()
    placed = plan(ops, schemas)
    by_module: dict[str, list[str]] = defaultdict(list)
    for name in schemas.components:  # the document's order
        if name in placed:
            by_module[placed[name]].append(name)
    modules: dict[str, tuple[list[str], str]] = {}
    for module, names in sorted(by_module.items()):
        title = "Shared" if module == SHARED else module.replace("_", " ").capitalize()
        parts = split(names, schemas)
        for number, part in enumerate(parts, 1):
            name = module if len(parts) == 1 else f"{module}_{number}"
            suffix = "" if len(parts) == 1 else f" (part {number} of {len(parts)})"
            modules[name] = (part, title + suffix)
            placed.update(dict.fromkeys(part, name))
    where = {class_name(name): module for name, module in placed.items()}
    files: dict[str, str] = {}
    for module, (names, title) in modules.items():
        files[f"{TYPES}/{module}.py"] = render_module(module, names, schemas, where, title)
    files[f"{TYPES}/__init__.py"] = _types_init(where)
    files.update(_services(document, ops, schemas, where))
    files[RESPONSES] = _responses(ops, schemas)
    files[REFERENCE] = _reference(document, ops, schemas)
    return files


def _reference(document: dict[str, Any], ops: list[Operation], schemas: Schemas) -> str:
    """The docs page listing every generated method, area by area."""
    titles = tag_titles(document)
    lines = [
        "# Generated API reference",
        "",
        "Every method below is generated from Mistral's OpenAPI document by "
        "`python tools/generate_api.py` (see [API areas](api.md)); this page is too, so it "
        "always matches the code. Path parameters are positional, everything else is a "
        "keyword argument named like the API's field (snake_case); the typed models are in "
        "`integrations_mistral.types`.",
    ]
    by_area: dict[tuple[str, ...], list[Operation]] = defaultdict(list)
    for op in ops:
        by_area[op.area].append(op)
    for area in sorted(by_area):
        own = by_area[area]
        about = titles.get(own[0].tag, "")
        lines += ["", f"## `client.{'.'.join(area)}`", ""]
        if about:
            lines += [about, ""]
        lines += ["| method | HTTP | what it does |", "| --- | --- | --- |"]
        for op in own:
            what = summary(op.op.get("summary")) or summary(op.op.get("description"))
            if op.op.get("deprecated"):
                what = f"**Deprecated** (warns). {what}"
            if paging(op, schemas) is not None:
                what += f" Paged: `{walker_name(op)}(**filters)` walks every page."
            what = what.replace("|", "\\|")
            lines.append(f"| `{op.name}` | `{op.method} {op.url}` | {what} |")
    return "\n".join(lines) + "\n"


def _types_init(where: dict[str, str]) -> str:
    rows = "\n".join(f'    "{name}": "{module}",' for name, module in sorted(where.items()))
    stars = "\n".join(
        f"    from .{module} import *  # noqa: F403" for module in sorted(set(where.values()))
    )
    return (
        f'"""The models of the generated areas. {HEADER}"""\n\n'
        "# ruff: noqa: F405  (`__all__` names what the star imports give type checkers)\n\n"
        "from typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:  # what `integrations_mistral.types` gives, as type checkers see it\n"
        + stars
        + "\n\nMODULES: dict[str, str] = {\n"
        + rows
        + "\n}\n"
        '"""Each generated model\'s module (imported on first use)."""\n\n'
        "__all__ = [\n" + "\n".join(f'    "{name}",' for name in sorted(where)) + "\n]\n"
    )


def _nodes(ops: list[Operation]) -> dict[tuple[str, ...], list[Operation]]:
    """Every service of the tree (areas without operations of their own included)."""
    nodes: dict[tuple[str, ...], list[Operation]] = {}
    for op in ops:
        for size in range(1, len(op.area) + 1):
            nodes.setdefault(op.area[:size], [])
        nodes[op.area].append(op)
    return nodes


def _services(
    document: dict[str, Any], ops: list[Operation], schemas: Schemas, where: dict[str, str]
) -> dict[str, str]:
    from .render_services_text import method_names, module_text

    titles = tag_titles(document)
    nodes = _nodes(ops)
    files = {}
    for area, own in sorted(nodes.items()):
        module = "_".join(area)
        children = sorted(a for a in nodes if a[:-1] == area and len(a) == len(area) + 1)
        tag = own[0].tag if own else ""
        doc = titles.get(tag) or ""
        parent = None
        inherited: tuple[list[str], list[str], frozenset[str]] = ([], [], frozenset())
        if len(own) > MAX_OPERATIONS:  # the first half in a class of its own, extended here
            first, own = own[: len(own) // 2], own[len(own) // 2 :]
            part = ServiceModule(f"{module}_part")
            shadowed = any(op.name == "list" for op in first)
            methods = [render_method(op, schemas, part, shadowed) for op in first]
            files[f"{SERVICES}/{part.module}.py"] = module_text(
                part, area, first, [], methods, where, doc, shadowed, part=part.module
            )
            parent = (part.module, service_class(area) + "Part")
            inherited = method_names("\n".join("\n".join(m) for m in methods))
        mod = ServiceModule(module)
        shadowed = any(op.name == "list" for op in own)
        methods = [render_method(op, schemas, mod, shadowed) for op in own]
        files[f"{SERVICES}/{module}.py"] = module_text(
            mod,
            area,
            own,
            children,
            methods,
            where,
            doc,
            shadowed,
            parent=parent,
            inherited=inherited,
        )
    files[f"{SERVICES}/__init__.py"] = _services_init(nodes)
    files[OPERATION_ROWS] = _operation_rows(ops)
    return files


def _services_init(nodes: dict[tuple[str, ...], list[Operation]]) -> str:
    tops = sorted(a for a in nodes if len(a) == 1)
    areas = "\n".join(f'    "{a[0]}": "{service_class(a)}",' for a in tops)
    return (
        f'"""The generated areas. {HEADER}"""\n\n'
        "AREAS: dict[str, str] = {\n" + areas + "\n}\n"
        '"""The client attribute (= module) of each generated area -> its service class."""\n'
    )


def _operation_rows(ops: list[Operation]) -> str:
    """The generated operations' rows of the operation table: method, the document's path
    key, the name under the client, and the facts that differ from the defaults."""
    rows = []
    for op in ops:
        facts = "" if _idempotent(op) else ", idempotent=False"
        facts += f', key_header="{op.key_header}"' if op.key_header else ""
        facts += ", streams=True" if _streams(op) else ""
        rows.append(f'    Operation("{op.method}", "{op.path}", "{op.dotted}"{facts}),')
    return (
        f'"""The generated operations\' rows. {HEADER}"""\n\n'
        "from .row import Operation\n\n"
        "OPERATIONS: tuple[Operation, ...] = (\n" + "\n".join(rows) + "\n)\n"
        '"""A POST or PATCH that is no search changes state: not idempotent."""\n'
    )


def _streams(op: Operation) -> bool:
    """The operation answers server-sent events."""
    for status, response in op.op["responses"].items():
        if status.startswith("2"):
            return "text/event-stream" in (response.get("content") or {})
    return False


def _idempotent(op: Operation) -> bool:
    """GET, PUT and DELETE are idempotent by HTTP's rules; a POST or PATCH only if it reads."""
    reads = op.name.startswith(("search", "aggregate", "get", "list", "query"))
    return op.method in ("GET", "PUT", "DELETE") or reads


def _responses(ops: list[Operation], schemas: Schemas) -> str:
    """The fake server's answer to each generated operation (the document's example, else a
    spec-valid sample)."""
    samples = Samples(schemas.resolve, documented=True)
    table = []
    for op in ops:
        for status, response in op.op["responses"].items():
            if not status.startswith("2"):
                continue
            content = response.get("content") or {}
            entry: dict[str, Any] = {"method": op.method, "path": op.url, "status": int(status)}
            if "text/event-stream" in content:
                data = content["text/event-stream"]["schema"]["properties"]["data"]
                entry["events"] = [response_example({"schema": data}, samples)]
            elif "application/json" in content:
                entry["json"] = valid_example(content["application/json"], schemas, samples)
            table.append(entry)
            break
    return json.dumps(table, indent=1, sort_keys=True) + "\n"


def valid_example(content: dict[str, Any], schemas: Schemas, samples: Samples) -> Any:
    """The document's example if its schema accepts it, else a sample."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    example = response_example(content, samples)
    document = {"components": {"schemas": schemas.components}}
    registry: Registry = Registry().with_resource(  # type: ignore[type-arg]
        "urn:doc", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    schema = json.loads(json.dumps(content.get("schema", {})).replace('"#/', '"urn:doc#/'))
    validator = Draft202012Validator(schema, registry=registry)
    if validator.is_valid(example):
        return example
    made = samples.generate(content.get("schema", {}), 0, FAKE_DEPTH)
    errors = [e.message for e in validator.iter_errors(made)]
    if errors:
        raise SystemExit(f"no spec-valid sample for {schema}: {errors[:3]}")
    return made


__all__ = ["REFERENCE", "RESPONSES", "SERVICES", "TYPES", "build", "prepared"]
