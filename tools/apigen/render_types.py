"""The generated model modules: which schema goes where, and each module's text."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .schemas import Emitted, ModelClass, Schemas, class_name, ref_name, summary
from .spec import Operation

HEADER = "Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."
SHARED = "shared"


def refs_in(node: Any, schemas: Schemas, seen: set[str]) -> set[str]:
    """Every component schema `node` reaches, directly or through others."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref_name(ref)
            if name not in seen:
                seen.add(name)
                refs_in(schemas.components[name], schemas, seen)
        for value in node.values():
            refs_in(value, schemas, seen)
    elif isinstance(node, list):
        for value in node:
            refs_in(value, schemas, seen)
    return seen


def module_of_op(op: Operation) -> str:
    return "_".join(op.area)


def plan(ops: list[Operation], schemas: Schemas) -> dict[str, str]:
    """Schema name -> module: its operation's module if one uses it, the area's first module
    if several of one area do, `shared` if several areas do."""
    users: dict[str, set[tuple[str, str]]] = defaultdict(set)  # (module, area) using it
    for op in ops:
        for name in refs_in(op.op, schemas, set()):
            users[name].add((module_of_op(op), op.area[0]))
    placed = {}
    for name, using in users.items():
        modules, areas = {m for m, _ in using}, {a for _, a in using}
        if len(areas) > 1:
            placed[name] = SHARED
        elif len(modules) > 1:
            placed[name] = areas.pop()
        else:
            placed[name] = modules.pop()
    return placed


def render_module(
    module: str, names: list[str], schemas: Schemas, where: dict[str, str], title: str
) -> str:
    """The text of one model module (its classes, then the aliases they use)."""
    out = Emitted()
    before = set(schemas.inline)
    classes: list[ModelClass] = []
    aliases: list[tuple[str, str, str]] = []  # name, annotation, doc
    for name in names:
        schema = schemas.components[name]
        if schemas.is_class(name):
            classes.append(schemas.model_class(class_name(name), schema, out))
        else:
            ann = schemas.annotation(schema, out, class_name(name))
            aliases.append((class_name(name), ann, summary(schema.get("description"))))
    done: set[str] = set()
    while True:  # inline objects found while writing classes become classes of their own
        pending = [n for n in schemas.inline if n not in before and n not in done]
        if not pending:
            break
        for inline in pending:
            done.add(inline)
            classes.append(schemas.model_class(inline, schemas.inline[inline][1], out))
    own = {c.name for c in classes} | {a[0] for a in aliases}
    for name in own:
        where[name] = module
    imports: dict[str, set[str]] = defaultdict(set)
    for name in out.names - own:
        imports[where[name]].add(name)
    return _text(module, title, classes, _ordered(aliases), out, imports)


def _ordered(aliases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Aliases after the aliases they mention (they are evaluated when the module loads)."""
    by_name = {a[0]: a for a in aliases}
    result: list[tuple[str, str, str]] = []
    placed: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if name in placed or name in trail:
            return
        for other in by_name:
            if other != name and _mentions(by_name[name][1], other):
                visit(other, (*trail, name))
        placed.add(name)
        result.append(by_name[name])

    for name in by_name:
        visit(name, ())
    return result


def _mentions(annotation: str, name: str) -> bool:
    import re

    return re.search(rf"\b{re.escape(name)}\b", annotation) is not None


def _text(
    module: str,
    title: str,
    classes: list[ModelClass],
    aliases: list[tuple[str, str, str]],
    out: Emitted,
    imports: dict[str, set[str]],
) -> str:
    uses_field = out.uses_field or any(alias for c in classes for (_, _, _, alias) in c.fields)
    lines = [f'"""{title} models. {HEADER}"""', "", "from __future__ import annotations", ""]
    typing = sorted(out.typing)
    if typing:
        lines.append(f"from typing import {', '.join(typing)}")
        lines.append("")
    if uses_field:
        lines += ["from pydantic import Field", ""]
    base = ["WireModel"] + (["Tolerant"] if out.tolerant else [])
    lines.append(f"from .._base import {', '.join(sorted(base))}")
    for where in sorted(imports):
        lines.append(f"from .{where} import {', '.join(sorted(imports[where]))}")
    names = sorted({c.name for c in classes} | {a[0] for a in aliases})
    lines += ["", "__all__ = [", *[f'    "{n}",' for n in names], "]", ""]
    for cls in classes:
        lines += ["", f"class {cls.name}(WireModel):"]
        body = [f'    """{cls.doc}"""', ""] if cls.doc else []
        if cls.sent_always:
            body += [f"    sent_always = ({', '.join(repr(s) for s in cls.sent_always)},)", ""]
        for python, ann, default, alias in cls.fields:
            if alias is not None:
                value = f'Field(alias="{alias}")' if not default else None
                if default:
                    value = f'Field(default={default}, alias="{alias}")'
                body.append(f"    {python}: {ann} = {value}")
            elif default:
                body.append(f"    {python}: {ann} = {default}")
            else:
                body.append(f"    {python}: {ann}")
        if not cls.fields:
            body.append("    pass" if not cls.doc else "")
        while body and body[-1] == "":
            body.pop()
        lines += [*body, ""]
    for name, ann, doc in aliases:
        lines += ["", f"{name} = {ann}"]
        if doc:
            lines.append(f'"""{doc}"""')
    return "\n".join(lines) + "\n"
