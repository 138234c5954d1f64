"""Base classes for wire models.

One class serves both directions: built by user code it is strict (an unknown field is an error
naming it); parsed from a server response it keeps unknown fields, so new server fields never break.
Strictness costs nothing on the response path: it is pydantic's own `extra` setting, overridden
per call by `parse_response`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
)
from pydantic_core import PydanticSerializationError

from ..errors import RequestValidationError, raise_clean

__all__ = ["RESPONSE_CONTEXT", "WireModel", "parse_response", "parse_value"]

RESPONSE_CONTEXT: dict[str, bool] = {"response": True}
M = TypeVar("M", bound=BaseModel)


class WireModel(BaseModel):
    """A JSON object of the Mistral API: strict when built, lenient when parsed from a response.

    Serializing writes back any unknown fields a response carried (nothing is lost on a round
    trip), and always includes `sent_always` fields (discriminators such as `role`).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        serialize_by_alias=True,
        ser_json_inf_nan="constants",  # written as NaN/Infinity so to_json can find and refuse them
    )
    sent_always: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _serialize(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            extra = self.__pydantic_extra__
            if extra:
                for key, value in extra.items():
                    data.setdefault(key, value)
            if self.sent_always and info.exclude_unset:
                fields = type(self).model_fields
                for name in self.sent_always:
                    data.setdefault(fields[name].alias or name, getattr(self, name))
        return data

    @property
    def raw(self) -> Any:
        """The HTTP response a result came from (`status_code`, `headers`, `request_id`);
        None for a model built in code or nested in another."""
        return self.__dict__.get("_raw")

    def to_json(self) -> bytes:
        """The request body: only fields that were set, as compact UTF-8 JSON.

        A value JSON cannot carry (NaN, infinity, a lone surrogate) is a `RequestValidationError`
        naming where it is, before anything is sent.
        """
        try:
            body = self.__pydantic_serializer__.to_json(self, exclude_unset=True, by_alias=True)
        except PydanticSerializationError:
            raise_clean(_unsendable(self, _is_unencodable, "is not valid UTF-8 (lone surrogate)"))
        if b"NaN" in body or b"Infinity" in body:
            try:
                json.loads(body, parse_constant=_refuse_constant)
            except ValueError:
                raise_clean(_unsendable(self, _is_non_finite, "NaN and infinity are not JSON"))
        return body


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def _is_non_finite(value: Any) -> bool:
    return isinstance(value, float) and not math.isfinite(value)


def _is_unencodable(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _find(value: Any, bad: Callable[[Any], bool], path: str) -> str | None:
    """The dotted path of the first value (or dict key) for which `bad` holds."""
    if bad(value):
        return path or "<root>"
    if isinstance(value, dict):
        for key, item in value.items():
            found = _find(key, bad, path) or _find(item, bad, f"{path}.{key}" if path else str(key))
            if found:
                return found
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _find(item, bad, f"{path}[{index}]")
            if found:
                return found
    return None


def _unsendable(model: BaseModel, bad: Callable[[Any], bool], why: str) -> RequestValidationError:
    where = _find(model.model_dump(exclude_unset=True, by_alias=True), bad, "") or "a value"
    return RequestValidationError(f"{type(model).__name__}.{where}: {why}; nothing was sent")


def parse_response(model: type[M], body: bytes | str) -> M:
    """Parse a response body leniently (unknown fields kept); raises pydantic's ValidationError."""
    return model.model_validate_json(body, extra="allow", context=RESPONSE_CONTEXT)


def parse_value(model: type[M], value: Any) -> M:
    """`parse_response` for data already decoded (e.g. assembled from a stream)."""
    return model.model_validate(value, extra="allow", context=RESPONSE_CONTEXT)
