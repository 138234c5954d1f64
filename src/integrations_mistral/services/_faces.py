"""The blocking and raw-response faces of a service, declared from its async methods.

`create = blocking(ChatService.create)` gives the blocking face the method's own parameters
(a ParamSpec carries them), so type checkers see the same arguments on every face, results
mapped (a coroutine's value, a plain iterator; `streaming(...)`: a blocking stream), and the
faces cannot drift from the service. Streams have no raw face: their status and request id are
on the stream itself. At run time each face method looks its async method up by name and runs it.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from typing import Any, Concatenate, Generic, Protocol, TypeVar, overload

from typing_extensions import ParamSpec, Self

from ..transport import ServedBy
from ..types import ChatCompletionResponse, CompletionChunk
from ._base import APIResponse, RawResponses
from ._stream import CompletionStream

__all__ = [
    "BlockingService",
    "Face",
    "Runner",
    "SyncCompletionStream",
    "SyncIterator",
    "blocking",
    "blocking_raw",
    "raw",
    "streaming",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
C = TypeVar("C", bound=CompletionChunk)
F = TypeVar("F")
S = TypeVar("S")


class Runner(Protocol):
    """Runs an awaitable to its end from blocking code (the blocking client's loop thread)."""

    def run(self, awaitable: Awaitable[T]) -> T: ...


class SyncCompletionStream(Iterator[C], Generic[C, F]):
    """A stream as a plain iterator; `with` it (or `close()` it) like the async one."""

    def __init__(self, stream: CompletionStream[Any, F], runner: Runner) -> None:
        self._stream, self._runner = stream, runner

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> C:
        try:
            item: C = self._runner.run(self._stream.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None
        return item

    @property
    def text_stream(self) -> Iterator[str]:
        """The text deltas alone, as a plain iterator."""
        return SyncIterator(self._stream.text_stream, self._runner)

    def final_response(self) -> F:
        """Consume what is left and return the whole response."""
        return self._runner.run(self._stream.final_response())

    @property
    def partial(self) -> ChatCompletionResponse:
        return self._stream.partial

    @property
    def served_by(self) -> ServedBy | None:
        """The profile and model that answered (another after a fallback)."""
        return self._stream.served_by

    @property
    def request_id(self) -> str:
        return self._stream.request_id

    def close(self) -> None:
        self._runner.run(self._stream.close())

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class SyncIterator(Iterator[T]):
    """An async iterator (a page walk, a stream's text) as a plain one."""

    def __init__(self, source: AsyncIterator[T], runner: Runner) -> None:
        self._source, self._runner = source, runner

    def __next__(self) -> T:
        try:
            return self._runner.run(self._source.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None


class BlockingService:
    """The blocking face of one async service or group: same methods, arguments and results."""

    def __init__(self, service: Any, runner: Runner) -> None:
        self._service, self._runner = service, runner

    def __repr__(self) -> str:
        return f"<blocking {self._service!r}>"


def _same_name(face: Callable[..., Any], method: Callable[..., Any]) -> None:
    """Name, docstring and signature of `method` (not its coroutine marker: a face is not one)."""
    functools.update_wrapper(face, method, updated=())


def _blocking_face(method: Callable[..., Any]) -> Callable[..., Any]:
    """`method` awaited on the client's loop thread; a stream it opens, an async iterator it
    returns, made plain iterators."""
    name = method.__name__

    def call(self: BlockingService, *args: Any, **kwargs: Any) -> Any:
        runner = self._runner
        result = getattr(self._service, name)(*args, **kwargs)
        if inspect.iscoroutine(result):
            result = runner.run(result)
        if isinstance(result, CompletionStream):
            return SyncCompletionStream(result, runner)
        if isinstance(result, AsyncIterator):
            return SyncIterator(result, runner)
        return result

    _same_name(call, method)
    return call


@overload
def blocking(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[BlockingService, P], R]: ...


@overload
def blocking(
    method: Callable[Concatenate[Any, P], AsyncIterator[T]],
) -> Callable[Concatenate[BlockingService, P], Iterator[T]]: ...


def blocking(method: Callable[..., Any]) -> Callable[..., Any]:
    """The blocking face of an async service method: awaited on the client's loop thread."""
    return _blocking_face(method)


def streaming(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, CompletionStream[C, F]]],
) -> Callable[Concatenate[BlockingService, P], SyncCompletionStream[C, F]]:
    """The blocking face of a method that opens a stream: the stream as a plain iterator. (Not
    an overload of `blocking`: a stream is also a coroutine's value, and mypy answers `Any`
    for a call two overloads fit.)"""
    return _blocking_face(method)


def blocking_raw(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[BlockingService, P], APIResponse[R]]:
    """`with_raw_response.<method>` of the blocking client (declared from the service's method
    in one step: pyright loses an overloaded method's type through `blocking(raw(...))`)."""
    return _blocking_face(method)


def raw(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[RawResponses, P], Coroutine[Any, Any, APIResponse[R]]]:
    """`with_raw_response.<method>`: the same call, answering `APIResponse[reply]`."""
    name = method.__name__

    async def call(self: RawResponses, *args: Any, **kwargs: Any) -> APIResponse[Any]:
        return APIResponse(await getattr(self._service, name)(*args, **kwargs))

    _same_name(call, method)
    return call  # type: ignore[return-value]  # its parameters are `method`'s, passed on


class Face(Generic[S]):
    """A nested face (`libraries.documents`, `with_raw_response`) of a blocking face: made on
    first read from the same attribute of its async service, then an instance attribute."""

    def __init__(self, make: Callable[[Any, Runner], S]) -> None:
        self._make = make

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, face: None, owner: type) -> Self: ...

    @overload
    def __get__(self, face: BlockingService, owner: type) -> S: ...

    def __get__(self, face: BlockingService | None, owner: type) -> Self | S:
        if face is None:
            return self
        made = self._make(getattr(face._service, self._name), face._runner)
        face.__dict__[self._name] = made
        return made
