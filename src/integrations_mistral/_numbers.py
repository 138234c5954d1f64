"""Numbers a server sends in headers and stream fields, read strictly: ASCII digits only and
bounded, so `²`, an Arabic-Indic digit, `1_000` or a 30-digit count is "not sent", never a crash or a huge budget."""

from __future__ import annotations

import re

__all__ = ["MAX_WIRE_INT", "wire_int", "wire_seconds"]

MAX_WIRE_INT = 10**15
"""The largest count taken from the wire: above any real quota, far below what breaks a float."""

_INT = re.compile(r"[0-9]{1,16}")
_SECONDS = re.compile(r"[0-9]{1,16}(?:\.[0-9]{1,9})?")


def wire_int(value: str | None) -> int | None:
    """A non-negative integer of at most `MAX_WIRE_INT`, or None when `value` is anything else."""
    if value is None:
        return None
    value = value.strip(" \t")
    if not _INT.fullmatch(value):
        return None
    number = int(value)
    return number if number <= MAX_WIRE_INT else None


def wire_seconds(value: str | None) -> float | None:
    """A non-negative decimal number of seconds (`1`, `0.25`), or None for anything else."""
    if value is None:
        return None
    value = value.strip(" \t")
    if not _SECONDS.fullmatch(value):
        return None
    seconds = float(value)
    return seconds if seconds <= MAX_WIRE_INT else None
