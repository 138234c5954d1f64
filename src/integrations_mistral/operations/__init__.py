"""One table of what each operation is, read by every policy that asks: whether resending it is
safe, whether it may fall back to another deployment, its OpenTelemetry GenAI name, the header
its key goes in. Rows are declared (`hand_written.py`, and the generator's `_generated.py`),
found by the operation's name (`chat.create`), the generated ones loaded on first need."""

from __future__ import annotations

import functools

from .hand_written import OPERATIONS as _HAND_WRITTEN
from .row import Operation

__all__ = ["UNLISTED", "Operation", "operation"]

UNLISTED = Operation("", "", "")
"""The row of an operation in no table (an escape-hatch call, `client.request`): the defaults."""


def operation(name: str) -> Operation:
    """The row of the operation called `name` (defaults for a name in no table)."""
    return _BY_NAME.get(name) or _generated_rows().get(name, UNLISTED)


_BY_NAME = {row.name: row for row in _HAND_WRITTEN}


@functools.cache
def _generated_rows() -> dict[str, Operation]:
    """The generated areas' rows: imported by the first call of a generated operation."""
    from ._generated import OPERATIONS

    return {row.name: row for row in OPERATIONS}
