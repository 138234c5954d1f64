"""`MockMistralClient`: a stand-in for `MistralClient` in unit tests, no network at all.

Every service method of the real client exists on the mock (`mock.chat.create`, ...), checks its
arguments against the real signature, records each call, and answers with what the test scripted:

    mock = MockMistralClient()
    mock.chat.create.returns(text="Bonjour")                  # every call
    mock.chat.create.queue(RateLimitError("slow"), "second")  # then these, in order
    mock.chat.create_stream.streams("Hello world")            # typed chunks, word by word
    mock.files.upload.delay(0.2).returns(FileObject(...))
    await code_under_test(mock)
    mock.chat.create.assert_called_once_with(model="mistral-small-latest", messages=ANY)
"""

from __future__ import annotations

import asyncio
import inspect
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from unittest.mock import ANY

from .. import services
from ..errors import MistralError, RequestValidationError
from ..services import Service, ServiceGroup, StreamAccumulator, check_names, signature_of
from ..types import ChatCompletionResponse, CompletionChunk, parse_value
from .fake_replies import chat_reply, stream_chunks
from .mock_realtime import ScriptedSession

__all__ = ["ANY", "MockCall", "MockMethod", "MockMistralClient", "MockNotConfiguredError"]


class MockNotConfiguredError(MistralError):
    """A mocked method was called with no reply scripted for it."""

    default_error_type = "mock_not_configured"


@dataclass(frozen=True)
class MockCall:
    """One recorded call: positional and keyword arguments as given."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@dataclass
class MockMethod:
    """One mocked service method: script its replies, then inspect its calls."""

    qualname: str
    signature: inspect.Signature | None
    streaming: bool = False
    synchronous: bool = False  # a realtime session's method: answers without an await
    calls: list[MockCall] = field(default_factory=list)
    _queue: deque[Any] = field(default_factory=deque)
    _default: Any = None
    _has_default: bool = False
    _delay: float = 0.0

    # scripting

    def returns(self, value: Any = None, *, text: str | None = None) -> MockMethod:
        """Answer every call with `value` (a result, an exception to raise, or a function of the
        call's arguments); `text=` builds a chat completion with that reply."""
        self._default = _completion(text) if text is not None else value
        self._has_default = True
        return self

    def queue(self, *replies: Any) -> MockMethod:
        """Answer the next calls with `replies`, in order (strings become chat completions)."""
        self._queue.extend(_completion(r) if isinstance(r, str) else r for r in replies)
        return self

    def raises(self, error: BaseException) -> MockMethod:
        return self.returns(error)

    def streams(self, *texts: str | list[CompletionChunk]) -> MockMethod:
        """For `*_stream` methods: each call streams one of `texts` word by word (or the chunks)."""
        for text in texts:
            self._queue.append(_chunks(text) if isinstance(text, str) else text)
        return self

    def session(self, *events: Any, result: Any = None) -> MockMethod:
        """For the realtime sessions (`audio.realtime.*`): the next call's session answers with
        `events` (strings: text deltas, or audio for speech), then `result` from
        `final_response()`; what the code sent is in the session's `sent`."""
        speech = self.qualname.endswith(".speech")
        self._queue.append(ScriptedSession(list(events), result, speech=speech))
        return self

    def delay(self, seconds: float) -> MockMethod:
        """Wait `seconds` before answering (to test timeouts and concurrency)."""
        self._delay = seconds
        return self

    # inspecting

    @property
    def call_count(self) -> int:
        return len(self.calls)

    @property
    def called(self) -> bool:
        return bool(self.calls)

    def assert_not_called(self) -> None:
        if self.calls:
            raise AssertionError(f"{self.qualname} was called {self.call_count} times")

    def assert_called_with(self, *args: Any, **kwargs: Any) -> None:
        if not self.calls:
            raise AssertionError(f"{self.qualname} was not called")
        _match(self.qualname, self.calls[-1], args, kwargs)

    def assert_called_once_with(self, *args: Any, **kwargs: Any) -> None:
        if self.call_count != 1:
            raise AssertionError(f"{self.qualname} was called {self.call_count} times, not once")
        _match(self.qualname, self.calls[0], args, kwargs)

    # calling

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """A coroutine as the real method is one; a realtime session's method answers at once."""
        if self.synchronous:
            self._record(args, kwargs)
            reply = self._next_reply(kwargs)
            if isinstance(reply, BaseException):
                raise reply
            return reply(*args, **kwargs) if callable(reply) else reply
        return self._answer(args, kwargs)

    def _record(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        if self.signature is not None:
            parameters = self.signature.parameters.values()
            if not any(p.kind is p.VAR_KEYWORD for p in parameters):  # as the real client says it
                check_names(self.qualname, kwargs, frozenset(self.signature.parameters))
            try:
                self.signature.bind(None, *args, **kwargs)
            except TypeError as exc:
                raise RequestValidationError(f"{self.qualname}: {exc}") from None
        self.calls.append(MockCall(args, kwargs))

    def _next_reply(self, kwargs: dict[str, Any]) -> Any:
        if self._queue:
            return self._queue.popleft()
        if self._has_default:
            return self._default
        if self.qualname == "chat.create":
            return _completion(None, kwargs)
        raise MockNotConfiguredError(f"no reply scripted for {self.qualname}")

    async def _answer(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        self._record(args, kwargs)
        if self._delay:
            await asyncio.sleep(self._delay)
        reply = self._next_reply(kwargs)
        if isinstance(reply, BaseException):
            raise reply
        if callable(reply) and not isinstance(reply, type):
            reply = reply(*args, **kwargs)
            if inspect.isawaitable(reply):
                reply = await reply
        if self.streaming and isinstance(reply, list):
            return _ScriptedStream(reply)
        return reply


def _match(qualname: str, call: MockCall, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if call.args != args or call.kwargs != kwargs:
        raise AssertionError(
            f"{qualname} was called with {call.args} {call.kwargs}, expected {args} {kwargs}"
        )


def _completion(text: str | None, request: dict[str, Any] | None = None) -> Any:
    request = request or {}
    messages = [
        m if isinstance(m, dict) else m.model_dump()
        for m in request.get("messages") or [{"role": "user", "content": ""}]
    ]
    body = {"model": request.get("model") or "mistral-small-latest", "messages": messages}
    return parse_value(ChatCompletionResponse, chat_reply(body, text))


def _chunks(text: str) -> list[CompletionChunk]:
    request = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": ""}]}
    return [parse_value(CompletionChunk, c) for c in stream_chunks(chat_reply(request, text))]


class _ScriptedStream:
    """Scripted chunks with the interface of `CompletionStream` (iteration, final_response,
    partial, close, `async with`)."""

    def __init__(self, chunks: list[CompletionChunk]) -> None:
        self._chunks = deque(chunks)
        self._accumulator = StreamAccumulator()
        self.request_id = "mock"

    @property
    def partial(self) -> ChatCompletionResponse:
        return self._accumulator.response()

    def __aiter__(self) -> _ScriptedStream:
        return self

    async def __anext__(self) -> CompletionChunk:
        if not self._chunks:
            raise StopAsyncIteration
        chunk = self._chunks.popleft()
        self._accumulator.add(chunk)
        return chunk

    async def final_response(self) -> ChatCompletionResponse:
        async for _ in self:
            pass
        return self._accumulator.response()

    async def close(self) -> None:
        self._chunks.clear()

    async def __aenter__(self) -> _ScriptedStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _children(real: type[Any] | None) -> dict[str, type[Any]]:
    """The nested services a service class makes (`audio.speech`, `workflows.executions`)."""
    if real is None:
        return {}
    made = real(None)  # a service only keeps its caller: nothing is called here
    return {
        name: type(value)
        for name, value in vars(made).items()
        if isinstance(value, Service | ServiceGroup)
    }


class _MockService:
    def __init__(self, area: str, real: type[Any] | None) -> None:
        self._area, self._real = area, real
        self._methods: dict[str, MockMethod] = {}
        self._children = {
            name: _MockService(f"{area}.{name}", cls) for name, cls in _children(real).items()
        }

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self._children:
            return self._children[name]
        method = self._methods.get(name)
        if method is None:
            if self._real is None or getattr(self._real, name, None) is None:
                raise AttributeError(f"{self._area} has no method {name!r}")
            signature, _ = signature_of(self._real, name)
            real = getattr(self._real, name)
            method = self._methods[name] = MockMethod(
                f"{self._area}.{name}",
                signature,
                streaming=name.endswith("_stream"),
                synchronous=str(inspect.signature(real).return_annotation).endswith("Session"),
            )
        return method


class MockMistralClient:
    """The services of `MistralClient`, each method a `MockMethod`; `async with` works too.
    Every area is there, the generated ones included (made on first use, like the client's)."""

    def __init__(self) -> None:
        self.chat = _MockService("chat", services.ChatService)
        self.closed = False

    def __getattr__(self, name: str) -> Any:
        if name not in services.AREAS:
            raise AttributeError(f"MistralClient has no service {name!r}")
        area = _MockService(name, services.service_class(name))
        setattr(self, name, area)
        return area

    async def close(self) -> None:
        self.closed = True

    async def __aenter__(self) -> MockMistralClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
