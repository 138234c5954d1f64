"""Base classes for wire models.

One class serves both directions: built by user code it is strict (an unknown field is an error
naming it); parsed from a server response it keeps unknown fields, so new server fields never break.
Strictness costs nothing on the response path: it is pydantic's own `extra` setting, overridden
per call by `parse_response`.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
)

__all__ = ["RESPONSE_CONTEXT", "WireModel", "parse_response", "parse_value"]

RESPONSE_CONTEXT: dict[str, bool] = {"response": True}
M = TypeVar("M", bound=BaseModel)


class WireModel(BaseModel):
    """A JSON object of the Mistral API: strict when built, lenient when parsed from a response.

    Serializing writes back any unknown fields a response carried (nothing is lost on a round
    trip), and always includes `sent_always` fields (discriminators such as `role`).
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)
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

    def to_json(self) -> bytes:
        """The request body: only fields that were set, as compact UTF-8 JSON."""
        return self.__pydantic_serializer__.to_json(self, exclude_unset=True, by_alias=True)


def parse_response(model: type[M], body: bytes | str) -> M:
    """Parse a response body leniently (unknown fields kept); raises pydantic's ValidationError."""
    return model.model_validate_json(body, extra="allow", context=RESPONSE_CONTEXT)


def parse_value(model: type[M], value: Any) -> M:
    """`parse_response` for data already decoded (e.g. assembled from a stream)."""
    return model.model_validate(value, extra="allow", context=RESPONSE_CONTEXT)
