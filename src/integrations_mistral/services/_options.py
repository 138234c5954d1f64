"""Per-call options on every public service method: `timeout=`, `extra_headers=`,
`extra_query=`, `extra_body=` (a field the API adds tomorrow is usable today), and a typed error,
not a `TypeError`, for a mistyped keyword argument.

Applied once per service class (`Service.__init_subclass__`); a call without options pays one
`is None` check and the set of its keyword names, and the method's own coroutine is returned.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import dataclasses
import functools
import inspect
import sys
from collections.abc import Callable, Coroutine, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict, TypeVar

from typing_extensions import ParamSpec

from ..errors import RequestValidationError

__all__ = [
    "OPTIONS",
    "CallOptions",
    "RequestExtras",
    "RequestOptions",
    "is_coroutine_method",
    "request_headers",
    "returns_coroutine",
    "takes_arguments_of",
    "with_call_options",
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


_OPTION_NAMES = tuple(CallOptions.__annotations__)


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """What one call adds to or changes in its request."""

    timeout: float | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None


OPTIONS: contextvars.ContextVar[RequestOptions | None] = contextvars.ContextVar(
    "integrations_mistral_call_options", default=None
)


@contextlib.contextmanager
def request_headers(headers: Mapping[str, str | None]) -> Iterator[None]:
    """Headers an operation declares as parameters (`Last-Event-ID`), sent with the request
    made inside the block; None means not sent, and a caller's `extra_headers` win."""
    given = {name: value for name, value in headers.items() if value is not None}
    if not given:
        yield
        return
    current = OPTIONS.get() or RequestOptions()
    merged = {**given, **(current.extra_headers or {})}
    token = OPTIONS.set(dataclasses.replace(current, extra_headers=merged))
    try:
        yield
    finally:
        OPTIONS.reset(token)


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
                    if p.name not in signature.parameters and p.name not in _OPTION_NAMES
                ]
    names = {p.name for p in parameters}
    parameters += [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None)
        for name in _OPTION_NAMES
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
    unknown = sorted(given.keys() - known)
    if not unknown:
        return
    import difflib  # only for a mistake: not with the package

    hints = []
    for name in unknown:
        close = difflib.get_close_matches(name, known, n=1)
        hints.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    raise RequestValidationError(f"{qualname}: unknown argument {', '.join(hints)}")


def _check_call(qualname: str, signature: inspect.Signature, *bound: Any) -> None:
    """After a TypeError: if the arguments do not fit the method, say so as a typed error
    (a missing required argument, too many positional ones); else the TypeError stands."""
    self, args, kwargs = bound
    try:
        signature.bind(self, *args, **kwargs)
    except TypeError as exc:
        raise RequestValidationError(f"{qualname}: {exc}") from None


async def _raising(error: Exception) -> Any:
    raise error


async def _with_options(
    qualname: str, running: Coroutine[Any, Any, Any], options: RequestOptions
) -> Any:
    """Await `running` with this call's options visible to the request it sends."""
    timeout = options.timeout
    if timeout is not None and not timeout > 0:
        running.close()
        raise RequestValidationError(f"{qualname}: timeout must be > 0 seconds, got {timeout!r}")
    token = OPTIONS.set(options)
    try:
        return await running
    finally:
        OPTIONS.reset(token)


# asyncio's marker of a coroutine function before 3.12 (None where it is gone)
_MARKER = getattr(asyncio.coroutines, "_is_coroutine", None)
F = TypeVar("F", bound=Callable[..., Any])


def _mark_coroutine_function(function: Callable[..., Any]) -> None:
    """Tell introspection that `function` returns a coroutine, as an `async def` does."""
    if sys.version_info >= (3, 12):
        inspect.markcoroutinefunction(function)
    else:  # asyncio.iscoroutinefunction, and unittest.mock with it, read this marker
        function._is_coroutine = _MARKER  # type: ignore[attr-defined]


def returns_coroutine(function: F) -> F:
    """A plain method that returns another coroutine, marked to be wrapped (and introspected)
    like an `async def`: its own frame, with every argument, is not held while the call is in
    flight. What it raises is raised when the call is awaited, as for an `async def`."""
    _mark_coroutine_function(function)
    return function


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


def is_coroutine_method(member: object) -> bool:
    """An `async def`, or a method marked by `returns_coroutine`."""
    return inspect.iscoroutinefunction(member) or (
        _MARKER is not None and getattr(member, "_is_coroutine", None) is _MARKER
    )


def with_call_options(
    method: Callable[..., Any],
    *,
    like: Callable[..., Any] | None = None,
    area: str | None = None,
) -> Callable[..., Any]:
    """`method` accepting the per-call options; `like` lends its signature (for methods that
    take `**arguments`, such as `create_stream`, whose arguments are those of `create`).
    Errors name it `<area>.<method>` (`observability.judges.create`), by default after its
    class (`ModelsService.list` is `models.list`)."""
    signature, complete = _signature_with_options(method, like)
    known = frozenset(n for n in signature.parameters if n != "self") if complete else None
    if area is not None:
        qualname = f"{area}.{method.__name__}"
    else:
        qualname = method.__qualname__.replace("Service.", ".").lower()
    own_timeout = "timeout" in inspect.signature(method).parameters  # e.g. a polling helper's

    @functools.wraps(method)
    def call(
        self: Any,
        *args: Any,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> Coroutine[Any, Any, Any]:
        # a plain function handing back the method's own coroutine: no frame of its own is held
        # (or resumed) while the call is in flight; a failure here is raised by the await
        try:
            if kwargs and known is not None:
                check_names(qualname, kwargs, known)
            if own_timeout and timeout is not None:
                kwargs["timeout"], timeout = timeout, None  # the method's own argument
            try:  # arguments that do not fit fail here, when the coroutine is made
                running = method(self, *args, **kwargs)
            except TypeError:
                _check_call(qualname, inspect.signature(method), self, args, kwargs)
                raise
        except Exception as exc:  # raised when awaited, as it would be by the method
            return _raising(exc)
        if timeout is None and extra_headers is None and extra_query is None and extra_body is None:
            return running  # type: ignore[no-any-return]
        options = RequestOptions(timeout, extra_headers, extra_query, extra_body)
        return _with_options(qualname, running, options)

    _mark_coroutine_function(call)
    call.__signature__ = signature  # type: ignore[attr-defined]
    call.__annotations__ = {  # as the signature shows them, for tools that read these instead
        p.name: p.annotation for p in signature.parameters.values() if p.annotation != p.empty
    }
    if signature.return_annotation is not signature.empty:
        call.__annotations__["return"] = signature.return_annotation
    return call
