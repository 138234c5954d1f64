"""Per-call options on every public service method: `timeout=`, `extra_headers=`,
`extra_query=`, `extra_body=` (a field the API adds tomorrow is usable today). They are ordinary
keyword parameters (`**options: Unpack[CallOptions]`), so type checkers see them; the method
hands them to the request value it builds (`Service._request`), which checks them: a mistyped
keyword lands there too and is refused with a typed error naming the closest parameter.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, TypeVar

from typing_extensions import ParamSpec, TypedDict  # pydantic reads these on Python < 3.12

from ..errors import RequestValidationError

__all__ = [
    "OPTION_NAMES",
    "CallOptions",
    "RequestExtras",
    "check_names",
    "signature_of",
    "take_options",
    "takes_arguments_of",
    "unknown_arguments",
]

_OPTIONS_PARAMETER = "options"  # `**options: Unpack[CallOptions]`: the per-call options only


class RequestExtras(TypedDict, total=False):
    """What one call adds to its request (the options of a method with a `timeout` of its own)."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None


class CallOptions(RequestExtras, total=False):
    """The per-call options every service method takes (`**options: Unpack[CallOptions]`), so
    type checkers see them: seconds for the whole call, and what is added to the request."""

    timeout: float | None
    priority: Literal["high", "normal", "low"] | None
    cache: bool | Literal["refresh"] | None
    cache_ttl_secs: float | None


# a checker reading the signature (pydantic's `validate_call`, behind the CLI's `call`) refuses
# a keyword no parameter names, as the method itself does, rather than dropping it
RequestExtras.__pydantic_config__ = CallOptions.__pydantic_config__ = {"extra": "forbid"}  # type: ignore[attr-defined]

OPTION_NAMES = frozenset(CallOptions.__annotations__)
_OPTION_ORDER = tuple(CallOptions.__annotations__)


def take_options(arguments: dict[str, Any]) -> dict[str, Any]:
    """The per-call options taken out of a method's `**arguments` (the rest build its body)."""
    return {name: arguments.pop(name) for name in _OPTION_ORDER if name in arguments}


def signature_of(owner: type, name: str) -> tuple[inspect.Signature, bool]:
    """The parameters method `name` of `owner` takes, as a reader sees them (the CLI's `call`,
    the mock client, the suggestion for a mistyped keyword): `x_stream` shows `x`'s, and
    `**arguments: Unpack[SomeArguments]` and `**options` are spelled out as keywords. The flag
    says whether that lists every keyword (a plain `**rest` is checked where it is passed on)."""
    method = getattr(owner, name)
    like = getattr(owner, name.removesuffix("_stream"), None) if name.endswith("_stream") else None
    return _signature_with_options(method, like)


def _signature_with_options(
    method: Callable[..., Any], like: Callable[..., Any] | None
) -> tuple[inspect.Signature, bool]:
    """The signature to show, and whether it lists every keyword (a `**rest` it passes on to
    another wrapped method is checked there). `**options` holds the per-call options alone,
    and `**arguments: Unpack[SomeArguments]` that TypedDict's keys: both shown as keywords."""
    source = like or method
    signature = inspect.signature(source)
    parameters, rest = [], []
    for parameter in signature.parameters.values():
        if parameter.kind is not inspect.Parameter.VAR_KEYWORD:
            parameters.append(parameter)
        elif parameter.name != _OPTIONS_PARAMETER:
            typed = _typed_keywords(parameter, source)
            if typed is None:
                rest.append(parameter)
            else:
                parameters += [
                    p
                    for p in typed
                    if p.name not in signature.parameters and p.name not in OPTION_NAMES
                ]
    names = {p.name for p in parameters}
    parameters += [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None)
        for name in _OPTION_ORDER
        if name not in names
    ]
    return signature.replace(parameters=parameters + rest), not rest


def _typed_keywords(
    parameter: inspect.Parameter, method: Callable[..., Any]
) -> list[inspect.Parameter] | None:
    """`**arguments: Unpack[SomeArguments]` as that TypedDict's keywords (None: not so typed);
    a key annotated `Required[...]` has no default."""
    annotation = parameter.annotation
    if not (isinstance(annotation, str) and annotation.startswith("Unpack[")):
        return None
    typed = getattr(method, "__globals__", {}).get(annotation[len("Unpack[") : -1])
    if typed is None:
        return None
    keywords = []
    for name, hint in typed.__annotations__.items():
        text = getattr(hint, "__forward_arg__", hint)
        required = isinstance(text, str) and text.startswith("Required[")
        keywords.append(
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                default=inspect.Parameter.empty if required else None,
                annotation=text[len("Required[") : -1] if required else text,
            )
        )
    return keywords


def check_names(qualname: str, given: Mapping[str, Any], known: frozenset[str]) -> None:
    """Refuse keywords not in `known`, naming the closest known one for each."""
    unknown = sorted(given.keys() - known)
    if unknown:
        raise unknown_arguments(qualname, unknown, known)


def unknown_arguments(
    qualname: str, unknown: Iterable[str], known: frozenset[str]
) -> RequestValidationError:
    """The error for keywords a method does not take: each with the closest it does."""
    import difflib  # only for a mistake: not with the package

    hints = []
    for name in sorted(unknown):
        close = difflib.get_close_matches(name, known, n=1)
        hints.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    return RequestValidationError(f"{qualname}: unknown argument {', '.join(hints)}")


Params = ParamSpec("Params")
R = TypeVar("R")


def takes_arguments_of(
    original: Callable[Params, object],
) -> Callable[[Callable[..., R]], Callable[Params, R]]:
    """For type checkers: the decorated method takes exactly `original`'s parameters (its
    `**arguments` are passed on to build the same request), so `create_stream(modle=...)` is
    flagged like `create(modle=...)`. At run time the method is returned unchanged."""

    def decorate(method: Callable[..., R]) -> Callable[Params, R]:
        return method

    return decorate
