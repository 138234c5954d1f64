"""The text of one generated service module."""

from __future__ import annotations

import re
from collections import defaultdict

from .render_faces import RAW_PROPERTY, face_names, faces
from .render_services import ServiceModule, service_class
from .render_types import HEADER
from .spec import Operation

_BASE_HELPERS = {
    "build_request",
    "fields_of",
    "json_body",
    "json_param",
    "optional_request",
    "query",
    "segment",
}


def module_text(
    mod: ServiceModule,
    area: tuple[str, ...],
    own: list[Operation],
    children: list[tuple[str, ...]],
    methods: list[list[str]],
    where: dict[str, str],
    doc: str,
    shadowed: bool,
    *,
    part: str = "",
    parent: tuple[str, str] | None = None,
    inherited: tuple[list[str], list[str], frozenset[str]] = ([], [], frozenset()),
) -> str:
    """One service class; `part` names the first half of a long one (its module, its class
    `<Service>Part`), which the class itself (`parent`) extends."""
    cls = service_class(area) + ("Part" if part else "")
    base = parent[1] if parent else ("Service" if own else "ServiceGroup")
    body = "\n".join("\n".join(m) + "\n" for m in methods)
    roots = "".join(f"{name} = RootModel[{ann}]\n" for name, ann in mod.roots.items())
    used = body + roots
    lines = [
        f'"""`client.{".".join(area)}`. {HEADER}"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    if shadowed and "builtins." in used:
        lines.append("import builtins")
    if "AsyncIterator[" in used:
        lines.append("from collections.abc import AsyncIterator")
    typing = [n for n in ("Annotated", "Any", "Literal") if re.search(rf"\b{n}\b", used)]
    if mod.overloads:
        typing.append("overload")
    if typing:
        lines.append(f"from typing import {', '.join(typing)}")
    if roots:
        pydantic = ["Field", "RootModel"] if "Field(" in roots else ["RootModel"]
        lines += ["", f"from pydantic import {', '.join(pydantic)}"]
    if "Unpack[" in used:
        lines.append("from typing_extensions import Unpack")
    lines.append("")
    imports: dict[str, set[str]] = defaultdict(set)
    for name in mod.out.names:
        if re.search(rf"\b{name}\b", used):
            imports[where[name]].add(name)
    for module in sorted(imports):
        names = ", ".join(sorted(imports[module]))
        lines.append(f"from ...types._generated.{module} import {names}")
    helpers = sorted(h for h in mod.helpers & _BASE_HELPERS if re.search(rf"\b{h}\(", used))
    from_base = sorted({*helpers} if parent else {base, *helpers})
    if from_base:
        lines.append(f"from .._base import {', '.join(from_base)}")
    if parent:
        lines.append(f"from .{parent[0]} import {parent[1]}")
    if not part:
        lines.append(
            "from .._faces import BlockingService, Face"
            + (", blocking, blocking_raw, raw" if own else "")
            + (", streaming" if "-> EventStream:" in body else "")
        )
    if own and not part:
        lines.append("from .._base import RawResponses")
    if children or not own:
        lines.append("from .._fallback import Caller")
    if "Tolerant]" in used:
        lines.append("from ...types._base import Tolerant")
    options = [n for n in ("CallOptions", "takes_arguments_of") if n in used]
    if options:
        lines.append(f"from .._options import {', '.join(options)}")
    if mod.deprecated:
        lines.append("from .._deprecation import deprecated")
    if mod.events:
        lines.append("from .._events import EventStream")
    walks = sorted(w for w in ("walk_cursor", "walk_offset", "walk_pages") if w in used)
    if walks:
        lines.append(f"from .._pagination import {', '.join(walks)}")
    for child in children:
        names = [service_class(child), face_names(service_class(child))[1]]
        lines.append(f"from .{'_'.join(child)} import {', '.join(names)}")
    exported = [cls]  # and its faces, in the module that completes it
    if not part:
        exported += face_names(cls) if own else [face_names(cls)[1]]
    lines += ["", f"__all__ = {exported!r}".replace("'", '"'), ""]
    if roots:
        lines += [roots]
    lines += ["", f"class {cls}({base}):"]
    title = f"`client.{'.'.join(area)}`" + (f": {doc[0].lower()}{doc[1:]}" if doc else ".")
    if part:
        title = (
            f"The first operations of `client.{'.'.join(area)}`; `{service_class(area)}` adds "
            "the others (one class in two modules, to keep files short)."
        )
    if children:
        names = ", ".join(f"`{c[-1]}`" for c in children)
        title = title.rstrip(".") + f" (and {names})."
    lines += [f'    """{title}"""', ""]
    if own:
        lines += [f'    area = "{".".join(area)}"', ""]
    if own and not part:
        lines.append(RAW_PROPERTY.format(raw=face_names(cls)[0]))
    if children:
        lines.append("    def __init__(self, caller: Caller) -> None:")
        if own:
            lines.append("        super().__init__(caller)")
        for child in children:
            lines.append(f"        self.{child[-1]} = {service_class(child)}(caller)")
        lines.append("")
    lines.append(body)
    if not part:
        coroutines, iterators, streams = method_names(body)
        lines += [
            "",
            faces(
                cls,
                [*inherited[0], *coroutines],
                [*inherited[1], *iterators],
                [(child[-1], service_class(child)) for child in children],
                ".".join(area),
                inherited[2] | streams,
            ),
        ]
    return "\n".join(lines).rstrip() + "\n"


def method_names(body: str) -> tuple[list[str], list[str], frozenset[str]]:
    """The public coroutine methods, the (page-walking) others, in order, and the coroutines
    that open an event stream, of a class body."""
    coroutines = list(dict.fromkeys(re.findall(r"^    async def ([a-z]\w*)\(", body, re.M)))
    iterators = list(dict.fromkeys(re.findall(r"^    def ([a-z]\w*)\(", body, re.M)))
    streams = re.findall(
        r"^    async def ([a-z]\w*)\((?:[^()]|\([^()]*\))*\) -> EventStream:", body, re.M
    )
    return coroutines, iterators, frozenset(streams)
