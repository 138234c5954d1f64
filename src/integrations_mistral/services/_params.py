"""Query parameters and path segments as the API expects them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from multidict import MultiDict

from ..errors import RequestValidationError

__all__ = ["query", "segment"]


def query(**params: Any) -> MultiDict[str]:
    """Query parameters as the API expects them: None dropped, booleans lower-case, a list sent
    as the parameter repeated (`status=QUEUED&status=RUNNING`, OpenAPI's `form` style)."""
    out: MultiDict[str] = MultiDict()
    for name, value in params.items():
        if value is None:
            continue
        for item in value if isinstance(value, list | tuple) else (value,):
            if isinstance(item, bool):
                out.add(name, "true" if item else "false")
            elif isinstance(item, Mapping):
                out.add(name, json.dumps(item, separators=(",", ":"), allow_nan=False))
            else:
                out.add(name, str(item))
    return out


def segment(value: str, name: str) -> str:
    """One path segment (an id), percent-encoded; an empty id is refused before sending.

    `.` and `..` are encoded too (`%2E`), so no id can address another path.
    """
    if not isinstance(value, str) or not value.strip():
        raise RequestValidationError(f"{name}: expected a non-empty string, got {value!r}")
    encoded = quote(value, safe="")
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded
