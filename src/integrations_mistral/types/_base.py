"""Base classes for wire models.

One class serves both directions: built by user code it is strict (an unknown field is an error
naming it); parsed from a server response it keeps unknown fields, so new server fields never break.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, model_validator
from pydantic_core import InitErrorDetails

__all__ = ["RESPONSE_CONTEXT", "WireModel", "parse_response"]

RESPONSE_CONTEXT: dict[str, bool] = {"response": True}
_KNOWN: dict[type[BaseModel], frozenset[str]] = {}
M = TypeVar("M", bound=BaseModel)


def _known_names(cls: type[BaseModel]) -> frozenset[str]:
    names = _KNOWN.get(cls)
    if names is None:
        names = frozenset(
            name
            for key, info in cls.model_fields.items()
            for name in (key, info.alias)
            if name is not None
        )
        _KNOWN[cls] = names
    return names


class WireModel(BaseModel):
    """A JSON object of the Mistral API; `sent_always` fields are serialized even when defaulted."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, serialize_by_alias=True)
    sent_always: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="before")
    @classmethod
    def _reject_unknown_fields(cls, data: Any, info: ValidationInfo) -> Any:
        if info.context is RESPONSE_CONTEXT or not isinstance(data, dict):
            return data
        known = _known_names(cls)
        unknown = [key for key in data if key not in known]
        if unknown:
            details = [
                InitErrorDetails(type="extra_forbidden", loc=(key,), input=data[key])
                for key in unknown
            ]
            raise ValidationError.from_exception_data(cls.__name__, details)
        return data

    def model_post_init(self, context: Any, /) -> None:
        if self.sent_always:
            self.__pydantic_fields_set__.update(self.sent_always)

    def to_json(self) -> bytes:
        """The request body: only fields that were set, as compact UTF-8 JSON."""
        return self.__pydantic_serializer__.to_json(self, exclude_unset=True, by_alias=True)


def parse_response(model: type[M], body: bytes) -> M:
    """Parse a response body leniently (unknown fields kept); raises pydantic's ValidationError."""
    return model.model_validate_json(body, context=RESPONSE_CONTEXT)
