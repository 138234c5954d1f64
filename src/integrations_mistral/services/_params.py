"""Query parameters and path segments as the API expects them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from multidict import MultiDict
from pydantic import BaseModel

from ..errors import RequestValidationError

__all__ = ["json_param", "query", "segment"]


def query(**params: Any) -> MultiDict[str]:
    """Query parameters in OpenAPI's default style (`form`, exploded): None dropped, booleans
    lower-case, a list sent as the parameter repeated (`status=QUEUED&status=RUNNING`), an object
    as one parameter per property (`metadata={"job": "nightly"}` -> `job=nightly`). A parameter
    the spec declares as JSON content is given already encoded, by `json_param`."""
    out: MultiDict[str] = MultiDict()
    for name, value in params.items():
        if value is None:
            continue
        if isinstance(value, BaseModel):  # a typed form-style object: its properties
            value = value.model_dump(mode="json", by_alias=True, exclude_none=True)
        if isinstance(value, Mapping):
            for key, item in value.items():
                if item is not None:
                    out.add(str(key), _scalar(item))
            continue
        for item in value if isinstance(value, list | tuple) else (value,):
            out.add(name, _scalar(item))
    return out


def json_param(value: Any) -> str | None:
    """A query parameter the spec declares as `content: application/json` (an object sent
    whole, `metadata={"team":"a"}`), encoded; None stays None (not sent)."""
    if value is None:
        return None
    try:
        return json.dumps(value, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise RequestValidationError(f"query parameter cannot be sent as JSON: {exc}") from None


def _scalar(item: Any) -> str:
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, Mapping | list):
        return json.dumps(item, separators=(",", ":"), allow_nan=False)
    return str(item)


def segment(value: str | int, name: str) -> str:
    """One path segment (an id, or a number such as a version), percent-encoded; an empty id
    is refused before sending.

    `.` and `..` are encoded too (`%2E`), so no id can address another path.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise RequestValidationError(f"{name}: expected a non-empty string, got {value!r}")
    encoded = quote(value, safe="")
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded
