"""The generated service modules: one class per API area, one method per operation."""

from __future__ import annotations

import keyword
import textwrap
from dataclasses import dataclass, field
from typing import Any

from .naming import BODY_NAMES, REPLACEMENTS
from .paging import Paging, paging, walker_name
from .render_types import HEADER
from .schemas import Emitted, Schemas, class_name, field_name, ref_name, strip_tolerant, summary
from .spec import Operation, Parameter, pascal, snake

OPTION_NAMES = {
    "timeout",
    "extra_headers",
    "extra_query",
    "extra_body",
    "options",
    "request",
    "self",
}
OPTIONS = "**options: Unpack[CallOptions]"


def service_class(area: tuple[str, ...]) -> str:
    return "".join(pascal(part) for part in area) + "Service"


def parameters(op: Operation) -> list[Parameter]:
    """Path parameters in the order of the path, then query and header ones."""
    found = []
    for raw in op.op.get("parameters", []):
        name = snake(raw["name"])
        if keyword.iskeyword(name) or name in OPTION_NAMES:
            name += "_"
        content = raw.get("content", {}).get("application/json")
        schema = content["schema"] if content else raw.get("schema", {})
        found.append(
            Parameter(
                raw["name"],
                name,
                raw["in"],
                schema,
                bool(raw.get("required")),
                content is not None,
            )
        )
    taken: set[str] = set()
    for parameter in sorted(found, key=lambda p: p.wire != p.name):  # plain names first
        if parameter.name in taken:  # `sort.direction` beside `sort_direction`
            parameter.name += "_header" if parameter.where == "header" else "_dotted"
        taken.add(parameter.name)
    order = {name: i for i, name in enumerate(_path_names(op.url))}
    found.sort(key=lambda p: (p.where != "path", order.get(p.wire, 0)))
    return found


def _path_names(url: str) -> list[str]:
    return [part[1:-1] for part in url.split("/") if part.startswith("{")]


@dataclass
class Body:
    kind: str  # "model" (keywords + request=), "value" (one argument), or "" (none)
    model: str = ""
    schema: dict[str, Any] = field(default_factory=dict)
    optional: bool = False
    argument: str = "body"


@dataclass
class Reply:
    kind: str  # "model", "root" (a RootModel alias), "none", "events"
    annotation: str = "None"
    parse: str = ""  # the class parsed into
    item: str = ""  # events: the data's annotation


def body_of(op: Operation, schemas: Schemas) -> Body:
    request = op.op.get("requestBody")
    if not request:
        return Body("")
    schema = request["content"]["application/json"]["schema"]
    options = schema.get("anyOf") or [schema]
    real = [o for o in options if schemas.resolve(o).get("type") != "null"]
    optional = len(real) < len(options) or not request.get("required", False)
    if len(real) == 1 and "$ref" in real[0] and schemas.is_class(ref_name(real[0]["$ref"])):
        return Body("model", class_name(ref_name(real[0]["$ref"])), real[0], optional)
    argument = BODY_NAMES.get(op.op["operationId"], "body")
    return Body("value", schema=schema, optional=optional, argument=argument)


def reply_of(op: Operation, schemas: Schemas, out: Emitted, roots: dict[str, str]) -> Reply:
    for status, response in op.op["responses"].items():
        if not status.startswith("2"):
            continue
        content = response.get("content") or {}
        if "text/event-stream" in content:
            data = content["text/event-stream"]["schema"]["properties"]["data"]
            item = schemas.annotation(data, out, service_class(op.area) + "Event")
            root = _root(roots, f"_{pascal(op.name)}Event", item)
            return Reply("events", "EventStream", root, item)
        if "application/json" in content:
            schema = content["application/json"]["schema"]
            if "$ref" in schema and schemas.is_class(ref_name(schema["$ref"])):
                name = schemas.annotation(schema, out, "")
                return Reply("model", name, name)
            ann = schemas.annotation(schema, out, pascal(op.name) + "Result")
            if ann == "Any":
                out.typing.add("Any")
            return Reply("root", ann, _root(roots, f"_{pascal(op.name)}Result", ann))
        return Reply("none")
    return Reply("none")


def _root(roots: dict[str, str], name: str, annotation: str) -> str:
    """A module-level `RootModel` alias for a reply that is not an object (one per shape)."""
    for existing, ann in roots.items():
        if ann == annotation:
            return existing
    while name in roots:
        name += "_"
    roots[name] = annotation
    return name


@dataclass
class ServiceModule:
    module: str
    classes: list[tuple[str, tuple[str, ...], list[str]]] = field(default_factory=list)
    out: Emitted = field(default_factory=Emitted)
    roots: dict[str, str] = field(default_factory=dict)
    helpers: set[str] = field(default_factory=set)
    pages: set[str] = field(default_factory=set)
    deprecated: bool = False
    events: bool = False
    overloads: bool = False


def render_method(op: Operation, schemas: Schemas, mod: ServiceModule, shadowed: bool) -> list[str]:
    """One `async def` (and its `iterate` companion when the API pages)."""
    out = mod.out
    params = parameters(op)
    body = body_of(op, schemas)
    reply = reply_of(op, schemas, out, mod.roots)
    listed = "builtins.list" if shadowed else "list"
    args = ["self"]
    for p in params:
        if p.where == "path":
            ann = strip_tolerant(schemas.annotation(p.schema, out, "", loose=True))
            args.append(f"{p.name}: {_fix(ann, listed)}")
    keywords = []
    for p in params:
        if p.where == "path":
            continue
        ann = _fix(schemas.annotation(p.schema, out, pascal(p.name), loose=True), listed)
        if p.required:
            keywords.append(f"{p.name}: {ann}")
        else:
            keywords.append(f"{p.name}: {_optional(ann)} = None")
    fields: list[str] = []  # the body's fields, each optional in the method itself
    required: dict[str, str] = {}  # the required ones, as the keyword overload has them
    if body.kind == "model":
        target = schemas.resolve(body.schema)
        props, needed = schemas._properties(target)
        for wire, prop in props.items():
            python = field_name(wire)
            ann = _fix(schemas.annotation(prop, out, "", loose=True), listed)
            fields.append(f"{python}: {_optional(ann)} = None")
            if wire in needed and not body.optional:
                required[python] = f"{python}: {ann}"
        out.names.add(body.model)
    elif body.kind == "value":
        ann = _fix(schemas.annotation(body.schema, out, "", loose=True), listed)
        root = _root(
            mod.roots,
            f"_{pascal(op.name)}Body",
            _fix(schemas.annotation(body.schema, out, ""), listed),
        )
        body.model = root
        if body.optional:
            keywords.append(f"{body.argument}: {_optional(ann)} = None")
        else:
            keywords.append(f"{body.argument}: {ann}")
    returns = strip_tolerant(_fix(reply.annotation, listed))
    head = f"    async def {op.name}"
    lines = []
    variants: list[str] = []  # the overloads of a page walker over this method
    if required:  # required fields required, unless the request comes whole: `create(request)`
        mod.overloads = True
        rest = [f for f in fields if f.split(":")[0] not in required]
        whole = [*args, f"request: {body.model}"]
        by_fields = _signature(args, [*keywords, *required.values(), *rest])
        for variant in (_signature(whole, keywords), by_fields):
            lines += ["    @overload", f"{head}({variant}) -> {returns}: ..."]
        # a page walker passes its arguments on by keyword: the whole request as `request=`
        variants = [_signature(args, [*keywords, f"request: {body.model}"]), by_fields]
    if body.kind == "model":  # the request whole, positional or `request=`; or its fields
        args = [*args, f"request: {body.model} | None = None"]
        keywords += fields
    lines.append(f"{head}({_signature(args, keywords)}) -> {returns}:")
    doc = summary(op.op.get("summary")) or summary(op.op.get("description"))
    instead = REPLACEMENTS.get(op.op["operationId"]) or op.op.get(
        "x-speakeasy-deprecation-message", "a newer endpoint (see Mistral's API reference)"
    )
    if op.op.get("deprecated"):
        doc = f"Deprecated: use {instead}. {doc}"
    lines += _docstring(doc, op.op.get("description") if op.op.get("summary") else None)
    if op.op.get("deprecated"):
        mod.deprecated = True
        lines.append(f'        deprecated("{op.dotted}", "{op.method} {op.url}", "{instead}")')
    path_expr = _path_expr(op, params, mod)
    lines.append(f"        path = {path_expr}")
    call_args = [f'"{op.dotted}"', f'"{op.method}"', "path"]
    extra = []
    query_expr = _query_expr(params, mod)
    if query_expr:
        extra.append(f"params={query_expr}")
    headers = [p for p in params if p.where == "header"]
    if headers:  # headers the operation declares: None is not sent, `extra_headers` win
        pairs = ", ".join(f'"{p.wire}": {p.name}' for p in headers)
        extra.append(f"headers={{{pairs}}}")
    indent = "        "
    if body.kind == "model":  # the body's fields by name (not `locals()`: what is sent is read)
        names = [f.split(":")[0] for f in fields]
        fields_text = "{" + ", ".join(f'"{n}": {n}' for n in names) + "}"
        if body.optional:
            mod.helpers.add("optional_request")
            body_value = f"optional_request({body.model}, request, {fields_text}, options)"
        else:
            mod.helpers.add("build_request")
            body_value = f"build_request({body.model}, request, {fields_text}, options)"
        extra.append(f"body={body_value}")
    elif body.kind == "value":
        mod.helpers.add("json_body")
        extra.append(f'body=json_body({body.model}, {body.argument}, "{body.argument}")')
    extra.append("options=options")
    if reply.kind == "events":
        mod.events = True
        call = f"self._events({', '.join([call_args[0], call_args[2], reply.parse, *extra])})"
        lines.append(f"{indent}return await {call}")
    elif reply.kind == "none":
        lines.append(f"{indent}await self._raw({', '.join(call_args + extra)})")
    else:
        call = f"self._call({', '.join([*call_args, reply.parse, *extra])})"
        suffix = ".root" if reply.kind == "root" else ""
        lines.append(
            f"{indent}return (await {call}){suffix}" if suffix else f"{indent}return await {call}"
        )
    pages = paging(op, schemas)
    if pages is not None:
        lines += ["", *_iterate(op, pages, schemas, mod, variants)]
    return lines


def _docstring(first: str, description: str | None) -> list[str]:
    """The summary line, then the first lines of the description when it says more."""
    more = " ".join((description or "").split())
    if not more or summary(more) == first:
        return [f'        """{first}"""']
    more = more.replace("\\", "\\\\").replace('"""', "'''")
    wrapped = textwrap.wrap(more, 88, max_lines=3, placeholder=" ...")
    return [f'        """{first}', "", *(f"        {line}" for line in wrapped), '        """']


def _signature(args: list[str], keywords: list[str]) -> str:
    """`self, <path parameters>, *, <keywords>, **options`."""
    return ", ".join([*args, *(["*", *keywords] if keywords else []), OPTIONS])


def _optional(annotation: str) -> str:
    return (
        annotation
        if annotation.endswith("| None") or annotation == "Any"
        else f"{annotation} | None"
    )


def _fix(annotation: str, listed: str) -> str:
    if listed == "list":
        return annotation
    import re

    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def _path_expr(op: Operation, params: list[Parameter], mod: ServiceModule) -> str:
    url = op.url
    by_wire = {p.wire: p for p in params if p.where == "path"}
    if not by_wire:
        return f'"{url}"'
    mod.helpers.add("segment")
    for wire, p in by_wire.items():
        url = url.replace("{" + wire + "}", "{segment(" + p.name + ", '" + p.name + "')}")
    return f'f"{url}"'


def _query_expr(params: list[Parameter], mod: ServiceModule) -> str:
    query = [p for p in params if p.where == "query"]
    if not query:
        return ""
    mod.helpers.add("query")
    plain, odd = [], []
    for p in query:
        value = p.name
        if p.as_json:
            mod.helpers.add("json_param")
            value = f"json_param({p.name})"
        if p.wire == p.name:
            plain.append(f"{p.name}={value}")
        else:
            odd.append(f'"{p.wire}": {value}')
    if odd:
        plain.append("**{" + ", ".join(odd) + "}")
    return f"query({', '.join(plain)})"


def _iterate(
    op: Operation, pages: Paging, schemas: Schemas, mod: ServiceModule, variants: list[str]
) -> list[str]:
    """`iterate` (or `iterate_<what>`): every item, page after page; it takes the arguments of
    the method it pages through (its overloads too: a ParamSpec would carry only the first)."""
    items = pages.item_schema.get("items")
    item = strip_tolerant(schemas.annotation(items, mod.out, "")) if items else "Any"
    mod.helpers.add("Any")
    doc = f"Every item `{op.name}` returns, page after page (its keyword arguments filter)."
    fetch = f"self.{op.name}, filters"
    if pages.kind == "cursor":
        call = (
            f'walk_cursor({fetch}, cursor="{pages.cursor}", items="{pages.items}", '
            f'next="{pages.next}")'
        )
    elif pages.kind == "page":
        total = f', total="{pages.total}"' if pages.total else ""
        call = (
            f'walk_pages({fetch}, page="{pages.page}", first={pages.first}, '
            f'size="{pages.size}", items="{pages.items}"{total})'
        )
    else:
        call = (
            f'walk_offset({fetch}, offset="{pages.offset}", limit="{pages.size}", '
            f'items="{pages.items}")'
        )
    returns = f"AsyncIterator[{item}]"
    if variants:
        typed = [
            f"    @overload\n    def {walker_name(op)}({v}) -> {returns}: ..." for v in variants
        ]
    else:
        mod.helpers.add("takes_arguments_of")
        typed = [f"    @takes_arguments_of({op.name})"]
    return [
        *typed,
        f"    def {walker_name(op)}(self, **filters: Any) -> {returns}:",
        f'        """{doc}"""',
        f"        return {call}",
    ]


__all__ = ["HEADER", "ServiceModule", "render_method", "service_class"]
