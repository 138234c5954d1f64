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

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, WrapValidator
from pydantic_core import PydanticSerializationError
from typing_extensions import Self

from ..errors import RequestValidationError, raise_clean

__all__ = ["RESPONSE_CONTEXT", "Tolerant", "WireModel", "parse_response", "parse_value"]

RESPONSE_CONTEXT: dict[str, bool] = {"response": True}
M = TypeVar("M", bound=BaseModel)


class WireModel(BaseModel):
    """A JSON object of the Mistral API: strict when built, lenient when parsed from a response.

    Serializing writes back any unknown fields a response carried (nothing is lost on a round
    trip), and always includes `sent_always` fields (discriminators such as `role`).

    Serialization is pydantic's own, in Rust, with no Python serializer per nested model: extra
    fields are kept natively (`extra="allow"`) and `sent_always` fields count as set from the
    start. Strictness is applied where user code builds models (`Model(...)`, `model_validate*`
    default to `extra="forbid"`, and so does everything nested in them); `parse_response` asks
    for "allow".
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        serialize_by_alias=True,
        ser_json_inf_nan="constants",  # written as NaN/Infinity so to_json can find and refuse them
    )
    sent_always: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.sent_always:
            cls.model_post_init = _mark_sent_always  # type: ignore[method-assign,assignment]

    def __init__(self, /, **data: Any) -> None:
        __tracebackhide__ = True
        self.__pydantic_validator__.validate_python(data, self_instance=self, extra="forbid")

    # pydantic calls a custom __init__ for every nested model it validates; this one only
    # changes `extra`, which a validation already passes down, so pydantic may skip it.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in type(self).__pydantic_fields__ and not name.startswith("_"):
            extra = self.__pydantic_extra__
            if extra is None or name not in extra:
                raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        super().__setattr__(name, value)

    @classmethod
    def model_validate(cls, obj: Any, *, extra: Any = None, **options: Any) -> Self:
        """As pydantic's, strict about unknown fields unless `extra` says otherwise."""
        return super().model_validate(obj, extra=extra or "forbid", **options)

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray, *, extra: Any = None, **options: Any
    ) -> Self:
        """As pydantic's, strict about unknown fields unless `extra` says otherwise."""
        return super().model_validate_json(json_data, extra=extra or "forbid", **options)

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


def _mark_sent_always(self: WireModel, context: Any, /) -> None:
    """`model_post_init` of models with `sent_always` fields: they count as set, so
    `exclude_unset` serialization writes them."""
    self.__pydantic_fields_set__.update(self.sent_always)


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


def _tolerate(value: Any, handler: Callable[[Any], Any], info: ValidationInfo) -> Any:
    """Strict for a request; in a response, a value the model does not know (an enum member
    or a union variant the API added since) is kept as it came rather than failing the reply."""
    try:
        return handler(value)
    except ValidationError:
        if info.context is not None and info.context.get("response"):
            return value
        raise


Tolerant = WrapValidator(_tolerate)
"""`Annotated[Literal["a", "b"], Tolerant]`: the generated models' enums and unions."""


def parse_response(model: type[M], body: bytes | str) -> M:
    """Parse a response body leniently (unknown fields kept); raises pydantic's ValidationError.

    Strict first: the lenient pass needs a validation context, which costs on every reply, and
    almost no reply needs it (an enum member or a content part the API added since)."""
    validator = model.__pydantic_validator__
    try:
        validated: M = validator.validate_json(body, extra="allow")
    except ValidationError:
        validated = validator.validate_json(body, extra="allow", context=RESPONSE_CONTEXT)
    return validated


def parse_value(model: type[M], value: Any) -> M:
    """`parse_response` for data already decoded (e.g. assembled from a stream)."""
    return model.model_validate(value, extra="allow", context=RESPONSE_CONTEXT)
