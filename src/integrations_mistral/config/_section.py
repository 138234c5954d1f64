"""The base of every settings section, and checks shared by several of them."""

from __future__ import annotations

import json
import os
import re
import shlex
from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from .._secrets import mask_url

__all__ = ["CONTROL", "REVEAL", "Section", "check_readable", "text_list"]

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
REVEAL = {"reveal": True}
"""`model_dump(context=REVEAL)`: the values as they are (proxy passwords too), for the loader."""


def text_list(value: Any) -> Any:
    """A list setting as written: `"a, b"` (the environment) or a TOML array -> a tuple of its
    items; anything else is left for validation to refuse."""
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    if isinstance(value, list):
        return tuple(value)
    return value


class Section(BaseModel):
    """A settings section: strict about unknown keys and types (`enabled = "yes"` in a file is
    an error; environment strings are converted by the env layer), every number finite,
    immutable once built."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, validate_default=True, strict=True, allow_inf_nan=False
    )

    masked: ClassVar[frozenset[str]] = frozenset()
    """Fields whose values are URLs that may carry a password: shown with it masked."""

    def _refuse(self, field: str, message: str) -> ValidationError:
        """A validation error located at `field`, for checks that span several fields."""
        error = PydanticCustomError("invalid_combination", message)
        details = InitErrorDetails(type=error, loc=(field,), input=getattr(self, field))
        return ValidationError.from_exception_data(type(self).__name__, [details])

    @model_serializer(mode="wrap")
    def _mask_in_dumps(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        """Dumps (what gets logged, stored or printed) mask the passwords of `masked` URLs; the
        loader's own copies ask for them with `context=REVEAL`."""
        data = handler(self)
        if isinstance(info.context, dict) and info.context.get("reveal"):
            return data
        for name in self.masked:
            if isinstance(data.get(name), str):
                data[name] = mask_url(data[name])
        return data

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        for name, value in super().__repr_args__():
            if name in self.masked and isinstance(value, str):
                value = mask_url(value)
            yield name, value


def check_readable(value: str, *, directory: bool = False) -> str:
    """A path setting: the file (or, with `directory`, a directory) must exist and be readable.
    The path is taken as written: no `~` or variable is expanded."""
    what = "file or directory" if directory else "file"
    if not value.strip():
        raise PydanticCustomError("path", "must be a path, not an empty string")
    if CONTROL.search(value):
        raise PydanticCustomError("path", "must not contain control characters")
    exists = os.path.isfile(value) or (directory and os.path.isdir(value))
    if not exists:
        if os.path.isdir(value):
            raise PydanticCustomError("path", "is a directory, not a file")
        raise PydanticCustomError("path", "{what} does not exist", {"what": what})
    if not os.access(value, os.R_OK):
        raise PydanticCustomError("path", "cannot be read (permission denied)")
    return value


def command_words(value: Any) -> Any:
    """A command as given in settings: a string split into words as a shell would (quotes kept
    together) but nothing in it expanded or run by a shell; an array taken as the words."""
    if isinstance(value, str):
        try:
            value = tuple(shlex.split(value))
        except ValueError as exc:
            raise PydanticCustomError(
                "command", "cannot be split into words ({e})", {"e": str(exc)}
            ) from None
    if isinstance(value, list):
        value = tuple(value)
    if isinstance(value, tuple) and not value:
        raise PydanticCustomError("command", "must name a program to run")
    return value


def named_tables(value: Any, what: str, noun: str, names: re.Pattern[str], allowed: str) -> Any:
    """Tables by name (`mcp` servers, `deployments`) as a layer gives them: JSON text from the
    environment read as data, never evaluated; each name checked against `names`."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise PydanticCustomError(
                what,
                "expected a JSON object of {noun}s by name ({e})",
                {"noun": noun, "e": str(exc)},
            ) from None
    if isinstance(value, dict):
        for name in value:
            if not isinstance(name, str) or not names.match(name):
                raise PydanticCustomError(
                    what, "{noun} name {n!r}: use {allowed}",
                    {"noun": noun, "n": name, "allowed": allowed},
                )  # fmt: skip
    return value
