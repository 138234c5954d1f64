"""Deprecated endpoints: still callable, a warning at the caller's line, one log record per process."""

from __future__ import annotations

import sys
import warnings

from ..observability.logs import warn_deprecated

__all__ = ["deprecated"]

_PACKAGE = __name__.partition(".")[0]


def deprecated(operation: str, endpoint: str, instead: str) -> None:
    """A DeprecationWarning at the caller's line (shown once per line by Python's default
    filters), and one log record per process naming what replaces the endpoint."""
    warnings.warn(
        f"{operation} uses the deprecated endpoint {endpoint}; use {instead}",
        DeprecationWarning,
        stacklevel=_outside_level(),
    )
    warn_deprecated(operation, endpoint, instead)


def _outside_level() -> int:
    """The `stacklevel` of the first frame outside this package, seen from `deprecated`: the
    user's line, however many of our frames (with per-call options or without) lie between."""
    frame, level = sys._getframe(2), 2
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith(_PACKAGE):
        frame, level = frame.f_back, level + 1
    return level
