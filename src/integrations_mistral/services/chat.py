"""Chat completions: `client.chat.create(...)`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, overload

from pydantic import BaseModel, ValidationError
from typing_extensions import Unpack

from ..errors import ResponseValidationError
from ..types import (
    ChatCompletionRequest,
    ChatCompletionResponse,
    CompletionChunk,
    Message,
    Prediction,
    ResponseFormat,
    Tool,
    ToolChoice,
)
from ._arguments import ChatCreateArguments, ChatParseArguments, ChatToolsArguments
from ._base import (
    RawResponses,
    RequestValidationError,
    Service,
    build_request,
    build_stream_request,
)
from ._estimate import estimate_tokens
from ._faces import (
    BlockingService,
    Face,
    blocking,
    blocking_raw,
    raw,
    streaming,
)
from ._options import CallOptions, take_options
from ._stream import CompletionStream
from .mcp_tools import offered, servers_open
from .tool_confirm import Confirm
from .tool_runner import FunctionTool, OnToolError, ToolRun, run_turns

__all__ = ["ChatService", "ParsedChatCompletion", "ParsedCompletionStream", "estimate_tokens"]

P = TypeVar("P", bound=BaseModel)


class ChatService(Service):
    """`POST /v1/chat/completions`."""

    @property
    def with_raw_response(self) -> ChatRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ChatRawResponses(self)

    @overload
    async def create(
        self, request: ChatCompletionRequest, **options: Unpack[CallOptions]
    ) -> ChatCompletionResponse: ...
    @overload
    async def create(self, **arguments: Unpack[ChatCreateArguments]) -> ChatCompletionResponse: ...
    async def create(
        self,
        request: ChatCompletionRequest | None = None,
        *,
        model: str | None = None,
        messages: Sequence[Message | dict[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        stop: str | list[str] | None = None,
        random_seed: int | None = None,
        metadata: dict[str, Any] | None = None,
        response_format: ResponseFormat | dict[str, Any] | None = None,
        tools: Sequence[Tool | dict[str, Any]] | None = None,
        tool_choice: ToolChoice
        | dict[str, Any]
        | Literal["auto", "none", "any", "required"]
        | str
        | None = None,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        n: int | None = None,
        prediction: Prediction | dict[str, Any] | None = None,
        parallel_tool_calls: bool | None = None,
        prompt_mode: Literal["reasoning"] | str | None = None,
        reasoning_effort: Literal["high", "none"] | str | None = None,
        guardrails: list[dict[str, Any]] | None = None,
        prompt_cache_key: str | None = None,
        service_tier: Literal["auto", "standard_only"] | str | None = None,
        safe_prompt: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> ChatCompletionResponse:
        """Create a chat completion from keyword arguments mirroring the JSON body, or `request=`."""
        fields = {
            "model": model,
            "messages": messages,
            "temperature": temperature,
            "top_p": top_p,
            "max_tokens": max_tokens,
            "stop": stop,
            "random_seed": random_seed,
            "metadata": metadata,
            "response_format": response_format,
            "tools": tools,
            "tool_choice": tool_choice,
            "presence_penalty": presence_penalty,
            "frequency_penalty": frequency_penalty,
            "n": n,
            "prediction": prediction,
            "parallel_tool_calls": parallel_tool_calls,
            "prompt_mode": prompt_mode,
            "reasoning_effort": reasoning_effort,
            "guardrails": guardrails,
            "prompt_cache_key": prompt_cache_key,
            "service_tier": service_tier,
            "safe_prompt": safe_prompt,
        }
        body = build_request(ChatCompletionRequest, request, fields, options)
        del fields
        if body.stream:
            raise RequestValidationError("chat.create does not stream; use chat.create_stream")
        sending = self._call(
            "chat.create",
            "POST",
            "/v1/chat/completions",
            ChatCompletionResponse,
            body=body,
            cost=self._caller.estimate(body),
            options=options,
        )
        del body  # the request model is not held by this frame while the call is in flight
        return await sending

    @overload
    async def create_stream(
        self, request: ChatCompletionRequest, **options: Unpack[CallOptions]
    ) -> CompletionStream[CompletionChunk]: ...
    @overload
    async def create_stream(
        self, **arguments: Unpack[ChatCreateArguments]
    ) -> CompletionStream[CompletionChunk]: ...
    async def create_stream(
        self, request: ChatCompletionRequest | None = None, **arguments: Any
    ) -> CompletionStream[CompletionChunk]:
        """Stream a chat completion; takes the arguments of `create`.

        The await sends the request and checks the status (errors and retries happen here);
        then `async for chunk in stream` yields typed chunks.
        """
        options = take_options(arguments)
        body = build_stream_request(ChatCompletionRequest, request, arguments, options)
        return await self._stream(
            "chat.create_stream",
            "/v1/chat/completions",
            body,
            self._caller.estimate(body),
            options=options,
        )

    async def parse(
        self,
        *,
        response_format: type[P],
        strict: bool = True,
        **arguments: Unpack[ChatParseArguments],
    ) -> ParsedChatCompletion[P]:
        """Ask for JSON following `response_format`'s schema and parse the reply into it.

        `arguments` are those of `create`. A reply that is cut off or does not fit the model
        raises `ResponseValidationError` naming the model.
        """
        schema = json_schema_format(response_format, strict)
        return parsed_reply(await self.create(response_format=schema, **arguments), response_format)

    async def parse_stream(
        self,
        *,
        response_format: type[P],
        strict: bool = True,
        **arguments: Unpack[ChatParseArguments],
    ) -> ParsedCompletionStream[P]:
        """`parse`, streamed: chunks (and `text_stream`) as usual, then `final_response()` gives
        the `ParsedChatCompletion`, or `ResponseValidationError` naming the model."""
        fields: dict[str, Any] = {**arguments}
        options = take_options(fields)
        fields["response_format"] = json_schema_format(response_format, strict)
        body = build_stream_request(ChatCompletionRequest, None, fields, options)
        stream = await self._stream(
            "chat.create_stream",
            "/v1/chat/completions",
            body,
            self._caller.estimate(body),
            ParsedCompletionStream,
            options=options,
        )
        assert isinstance(stream, ParsedCompletionStream)
        stream.target = response_format
        return stream

    async def run_tools(
        self,
        *,
        messages: Sequence[Message | dict[str, Any]],
        tools: Sequence[FunctionTool | Callable[..., Any]],
        max_turns: int = 8,
        on_tool_error: OnToolError = "return",
        tool_timeout: float | None = 60.0,
        parallel_tool_calls: bool | None = None,
        mcp: Sequence[str] | None = None,
        confirm: Confirm | None = None,
        decisions: Mapping[str, bool] | None = None,
        **arguments: Unpack[ChatToolsArguments],
    ) -> ToolRun:
        """Chat with tools the client runs: `tools` are Python functions (sync or async, described
        from their signature) or `FunctionTool`s. Each reply's tool calls are run (at once unless
        `parallel_tool_calls=False`), with arguments validated first, and their results sent
        back, until the model answers; past `max_turns` replies, `MaxTurnsError`. A tool that
        raises, or takes longer than `tool_timeout` seconds, has its error sent to the model as
        its result, the client's keys scrubbed (`on_tool_error="raise"`: raised as `ToolError`,
        the other tools of the turn cancelled). Plain (sync) tools run in worker threads.
        `arguments` are those of `create`; every turn is a `chat.create` call (retries, limiter,
        breaker, a span each, under one `mistral.chat.run_tools` span). `mcp` names the
        profile's MCP servers whose tools are offered too (started or reached for the run,
        stopped after it). A tool marked `requires_confirmation` runs only once
        `confirm(name, arguments)` says yes; without `confirm`, the run stops with
        `ConfirmationRequiredError`: resume it with `messages=error.run.messages` and
        `decisions={tool_call_id: True | False}`."""
        policy = self._caller.tool_policy(on_tool_error, tool_timeout)
        async with servers_open() as stack:
            found = await offered(self._caller, tools, mcp, stack)
            definitions = [tool.definition() for tool in found.values()]

            def ask(history: list[dict[str, Any]]) -> Awaitable[ChatCompletionResponse]:
                return self.create(
                    messages=history,
                    tools=definitions,
                    parallel_tool_calls=parallel_tool_calls,
                    **arguments,
                )

            with self._caller.telemetry.span("mistral.chat.run_tools"):
                return await run_turns(
                    ask, messages, found, max_turns=max_turns,
                    parallel=parallel_tool_calls is not False, policy=policy, confirm=confirm,
                    decisions=decisions,
                )  # fmt: skip


class ChatRawResponses(RawResponses):
    """`chat.with_raw_response`: each call answers `APIResponse[reply]`."""

    create = raw(ChatService.create)
    parse = raw(ChatService.parse)
    run_tools = raw(ChatService.run_tools)


class SyncChatRawResponses(BlockingService):
    """`chat.with_raw_response` of the blocking client."""

    create = blocking_raw(ChatService.create)
    parse = blocking_raw(ChatService.parse)
    run_tools = blocking_raw(ChatService.run_tools)


class SyncChatService(BlockingService):
    """`chat` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncChatRawResponses)
    create = blocking(ChatService.create)
    create_stream = streaming(ChatService.create_stream)
    run_tools = blocking(ChatService.run_tools)
    parse = blocking(ChatService.parse)
    parse_stream = streaming(ChatService.parse_stream)


@dataclass(frozen=True)
class ParsedChatCompletion(Generic[P]):
    """A chat completion and its first choice parsed into the requested model."""

    response: ChatCompletionResponse
    parsed: P


class ParsedCompletionStream(CompletionStream[CompletionChunk, ParsedChatCompletion[P]]):
    """A streamed `chat.parse`: `final_response()` is the `ParsedChatCompletion`."""

    __slots__ = ("target",)
    target: type[P]

    async def final_response(self) -> ParsedChatCompletion[P]:
        return parsed_reply(await self._completion(), self.target)


def json_schema_format(model: type[BaseModel], strict: bool) -> dict[str, Any]:
    """The `response_format` asking for JSON that follows `model`'s schema."""
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise RequestValidationError(
            f"response_format: expected a pydantic model class, got {type(model).__name__} "
            f"{model!r:.60}"
        )
    return {
        "type": "json_schema",
        "json_schema": {
            "name": model.__name__,
            "schema": model.model_json_schema(),
            "strict": strict,
        },
    }


def parsed_reply(response: ChatCompletionResponse, model: type[P]) -> ParsedChatCompletion[P]:
    """The first choice parsed into `model`; a typed error naming it when it does not fit."""
    if not response.choices:
        raise ResponseValidationError("the reply has no choices to parse")
    choice = response.choices[0]
    try:
        parsed = model.model_validate_json(choice.message.text)
    except ValidationError as exc:
        cut = (
            " (finish_reason = length: the reply was cut off)"
            if choice.finish_reason == "length"
            else ""
        )
        raise ResponseValidationError(
            f"the reply does not fit {model.__name__}{cut}: {exc.errors(include_url=False)[0]['msg']}",
            status_code=200,
            body=choice.message.text,
        ) from None
    return ParsedChatCompletion(response, parsed)
