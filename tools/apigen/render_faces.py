"""The faces of one service class: `with_raw_response` and the blocking client's, declared
from the async methods (`services/_faces.py`), written beside the class they face."""

from __future__ import annotations

RAW_PROPERTY = '''    @property
    def with_raw_response(self) -> {raw}:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return {raw}(self)
'''


def face_names(cls: str) -> tuple[str, str, str]:
    """`XService` -> its raw-response class, its blocking class and that one's raw class."""
    stem = cls.removesuffix("Service")
    return f"{stem}RawResponses", f"Sync{cls}", f"Sync{stem}RawResponses"


def faces(
    cls: str,
    coroutines: list[str],
    iterators: list[str],
    children: list[tuple[str, str]],
    where: str,
    streams: frozenset[str] = frozenset(),
) -> str:
    """The classes facing `cls` (`where` names it in docstrings, `chat`): its raw responses
    (when it has methods; `streams`, the coroutines opening one, have none), their blocking
    face, and its own blocking face, whose nested services (`children`: attribute, async
    class) are blocking faces too."""
    raw, sync, sync_raw = face_names(cls)
    replies = [name for name in coroutines if name not in streams]
    lines: list[str] = []
    if replies:
        lines += [
            f"class {raw}(RawResponses):",
            f'    """`{where}.with_raw_response`: each call answers `APIResponse[reply]`."""',
            "",
            *(f"    {name} = raw({cls}.{name})" for name in replies),
            "",
            "",
            f"class {sync_raw}(BlockingService):",
            f'    """`{where}.with_raw_response` of the blocking client."""',
            "",
            *(f"    {name} = blocking_raw({cls}.{name})" for name in replies),
            "",
            "",
        ]
    lines += [
        f"class {sync}(BlockingService):",
        f'    """`{where}` of the blocking client (`SyncMistralClient`)."""',
        "",
    ]
    if replies:
        lines.append(f"    with_raw_response = Face({sync_raw})")
    lines += [f"    {attr} = Face({face_names(child)[1]})" for attr, child in children]
    lines += [
        f"    {name} = {'streaming' if name in streams else 'blocking'}({cls}.{name})"
        for name in [*coroutines, *iterators]
    ]
    return "\n".join(lines) + "\n"
