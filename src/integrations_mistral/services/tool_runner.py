"""Tools the client runs itself: Python functions described to the model from their signature,
called with validated arguments when the model asks, their results sent back, turn after turn."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from .._secrets import scrub, scrub_error
from ..errors import MistralError, RequestValidationError
from ..types import AssistantMessage, ChatCompletionResponse

__all__ = [
    "ConversationRun",
    "FunctionTool",
    "MaxTurnsError",
    "ToolError",
    "ToolPolicy",
    "ToolRun",
    "as_tools",
    "function_tool",
    "run_conversation",
    "run_turns",
]

OnToolError = Literal["return", "raise"]


class MaxTurnsError(MistralError):
    """The model kept asking for tools past `max_turns`; `run` holds the turns so far."""

    default_error_type = "max_turns"

    def __init__(self, message: str, *, run: ToolRun | ConversationRun, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.run = run
        self.partial = run


class ToolError(MistralError):
    """A tool raised, timed out, or got arguments its signature refuses (with
    `on_tool_error = "raise"`), or the model named no such tool; the tool's own exception is the
    cause. `detail` is what the model is told (with `on_tool_error = "return"`)."""

    default_error_type = "tool_error"
    detail: str = ""


@dataclass(frozen=True)
class FunctionTool:
    """A tool the model may call and the function that answers it (sync or async)."""

    name: str
    description: str
    parameters: dict[str, Any]
    handler: Callable[..., Any]
    arguments: type[BaseModel]

    @classmethod
    def from_function(
        cls,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> FunctionTool:
        """The tool `function` is: its name, docstring and a JSON schema of its parameters built
        by pydantic from the signature (type hints, defaults; `Annotated[..., Field(description=)]`
        describes a parameter)."""
        signature = inspect.signature(function)
        hints = _hints(function)
        fields: dict[str, Any] = {}
        for parameter in signature.parameters.values():
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                raise RequestValidationError(
                    f"tool {function.__name__}: *args and **kwargs cannot be described to a model"
                )
            default = ... if parameter.default is parameter.empty else parameter.default
            fields[parameter.name] = (hints.get(parameter.name, Any), default)
        title = name or function.__name__
        model = create_model(f"{title}_arguments", __config__=ConfigDict(extra="forbid"), **fields)
        schema = model.model_json_schema()
        schema.pop("title", None)
        doc = inspect.getdoc(function) or ""
        return cls(title, description or doc.split("\n\n")[0].strip(), schema, function, model)

    def definition(self) -> dict[str, Any]:
        """The tool as the chat request sends it."""
        function = {
            "name": self.name,
            "description": self.description,
            "parameters": self.parameters,
        }
        return {"type": "function", "function": function}

    async def call(self, arguments: str | dict[str, Any]) -> Any:
        """Validate the model's arguments against the signature, then call the function."""
        return await self.invoke(self.validate(arguments))

    def validate(self, arguments: str | dict[str, Any]) -> BaseModel:
        """The model's arguments checked against the signature (`ValidationError`, or
        `ValueError` for JSON that does not parse)."""
        raw = json.loads(arguments or "{}") if isinstance(arguments, str) else arguments
        return self.arguments.model_validate(raw)

    async def invoke(self, values: BaseModel) -> Any:
        """Call the function with validated arguments: an async one on the loop, a plain one
        in a worker thread (so tools run at once and a blocking one does not stall the loop)."""
        kwargs = {name: getattr(values, name) for name in type(values).model_fields}
        if inspect.iscoroutinefunction(self.handler):
            return await self.handler(**kwargs)
        result = await asyncio.to_thread(self.handler, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result


def function_tool(
    function: Callable[..., Any] | None = None,
    *,
    name: str | None = None,
    description: str | None = None,
) -> Any:
    """`@function_tool` (or `@function_tool(name=..., description=...)`): a `FunctionTool`."""
    if function is None:
        return lambda f: FunctionTool.from_function(f, name=name, description=description)
    return FunctionTool.from_function(function, name=name, description=description)


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    try:
        return dict(inspect.get_annotations(function, eval_str=True))
    except Exception:  # an annotation that does not resolve: described as any value
        return {}


def as_tools(tools: Sequence[FunctionTool | Callable[..., Any]]) -> dict[str, FunctionTool]:
    """Functions and `FunctionTool`s by name; two of one name are refused."""
    found: dict[str, FunctionTool] = {}
    if isinstance(tools, str | bytes) or not isinstance(tools, Sequence):
        raise RequestValidationError(
            f"tools: expected a list of functions or FunctionTools, got {type(tools).__name__}"
        )
    for number, item in enumerate(tools):
        if not (isinstance(item, FunctionTool) or callable(item)):
            raise RequestValidationError(
                f"tools[{number}]: expected a function or a FunctionTool, got "
                f"{type(item).__name__} {item!r:.60}"
            )
        tool = item if isinstance(item, FunctionTool) else FunctionTool.from_function(item)
        if tool.name in found:
            raise RequestValidationError(f"tools: two tools are named {tool.name!r}")
        found[tool.name] = tool
    return found


@dataclass
class ToolRun:
    """What `run_tools` did: the final reply, every message exchanged, the turns taken."""

    response: ChatCompletionResponse | None
    messages: list[dict[str, Any]] = field(default_factory=list)
    turns: int = 0

    @property
    def text(self) -> str:
        """The final reply's text."""
        return self.response.text if self.response is not None else ""


Ask = Callable[[list[dict[str, Any]]], Awaitable[ChatCompletionResponse]]


@dataclass(frozen=True)
class ToolPolicy:
    """How a run calls its tools: `on_error` ("return": the error goes to the model as the
    tool's result; "raise": `ToolError`), `timeout` per call in seconds, and where the keys in
    use are found, to scrub from whatever a tool returns or raises before the model sees it."""

    on_error: OnToolError = "return"
    timeout: float | None = 60.0
    secrets: Callable[[], tuple[str, ...]] = tuple

    def __post_init__(self) -> None:
        if self.on_error not in ("return", "raise"):
            raise RequestValidationError("on_tool_error: expected 'return' or 'raise'")
        timeout = self.timeout
        if timeout is not None and not (isinstance(timeout, int | float) and 0 < timeout < 1e9):
            raise RequestValidationError(
                f"tool_timeout: expected a number of seconds above 0 (or None), got {timeout!r}"
            )


async def run_turns(
    ask: Ask,
    messages: Sequence[Any],
    tools: dict[str, FunctionTool],
    *,
    max_turns: int,
    parallel: bool,
    policy: ToolPolicy,
) -> ToolRun:
    """Ask, run the tool calls of the reply, append their results; until the model answers."""
    if max_turns < 1:
        raise RequestValidationError(f"max_turns: expected 1 or more, got {max_turns}")
    run = ToolRun(None, [_plain(m) for m in messages])
    for _ in range(max_turns):
        reply = await ask(run.messages)
        run.response, run.turns = reply, run.turns + 1
        if not reply.choices:
            return run
        message = reply.choices[0].message
        run.messages.append(_resendable(message))
        calls = message.tool_calls or []
        if not calls:
            return run
        if parallel:
            results = await _all(calls, tools, policy)
        else:
            results = [await _answer(call, tools, policy) for call in calls]
        run.messages.extend(results)
    raise MaxTurnsError(
        f"the model still asked for tools after max_turns = {max_turns}; run.messages holds "
        "the conversation so far",
        run=run,
    )


@dataclass
class ConversationRun:
    """What `conversations.run_tools` did: the last turn, the conversation, the turns taken."""

    response: Any
    conversation_id: str
    turns: int = 0

    @property
    def text(self) -> str:
        return str(getattr(self.response, "text", ""))


async def run_conversation(
    start: Callable[[], Awaitable[Any]],
    append: Callable[[str, list[dict[str, Any]]], Awaitable[Any]],
    tools: dict[str, FunctionTool],
    *,
    max_turns: int,
    policy: ToolPolicy,
) -> ConversationRun:
    """Start, then answer each turn's `function.call` entries with `function.result` entries
    (all of a turn's calls at once) until a turn asks for none."""
    if max_turns < 1:
        raise RequestValidationError(f"max_turns: expected 1 or more, got {max_turns}")
    response = await start()
    run = ConversationRun(response, response.conversation_id, 1)
    while calls := response.function_calls:
        if run.turns >= max_turns:
            raise MaxTurnsError(
                f"the model still asked for tools after max_turns = {max_turns}; conversation "
                f"{run.conversation_id} holds the turns so far",
                run=run,
            )
        answers = await _all([_as_call(entry) for entry in calls], tools, policy)
        results = [
            {"type": "function.result", "tool_call_id": a["tool_call_id"], "result": a["content"]}
            for a in answers
        ]
        response = await append(run.conversation_id, results)
        run.response, run.turns = response, run.turns + 1
    return run


@dataclass(frozen=True)
class _Call:
    id: str
    function: Any


@dataclass(frozen=True)
class _Function:
    name: str
    arguments: Any


def _as_call(entry: Any) -> _Call:
    """A conversation's `function.call` entry in the shape of a chat tool call."""
    return _Call(entry.tool_call_id, _Function(entry.name, entry.arguments))


async def _all(
    calls: Sequence[Any], tools: dict[str, FunctionTool], policy: ToolPolicy
) -> list[dict[str, Any]]:
    """Every call answered at once; with `on_error="raise"`, the first error cancels the
    others (an async tool is cancelled; a plain one's thread finishes, its result unused)."""
    tasks = [asyncio.ensure_future(_answer(call, tools, policy)) for call in calls]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for task in tasks:
            task.cancel()
    for task in tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]
    return [task.result() for task in tasks]


async def _answer(call: Any, tools: dict[str, FunctionTool], policy: ToolPolicy) -> dict[str, Any]:
    """The tool message answering one call: the result, or the error as text for the model.
    Arguments the signature refuses and an error the tool raised itself are told apart."""
    name = call.function.name
    try:
        content = scrub(
            _text(await _run_one(name, call.function.arguments, tools, policy)), policy.secrets()
        )
    except ToolError as exc:
        if policy.on_error == "raise":
            raise
        content = f"error: {exc.detail}"
    return {"role": "tool", "tool_call_id": call.id, "name": name, "content": content}


async def _run_one(
    name: str, arguments: Any, tools: dict[str, FunctionTool], policy: ToolPolicy
) -> Any:
    """One tool's result; every failure a `ToolError` whose `detail` is fit for the model."""
    tool = tools.get(name)
    if tool is None:
        detail = f"the model called {name!r}, which is not a tool of this run"
        raise _failure(detail, detail, None, policy)
    try:
        values = tool.validate(arguments)
    except (ValidationError, ValueError, RecursionError) as exc:
        detail = f"invalid arguments: {_short(exc)}"
        failure = _failure(f"tool {name}: {detail} (from the model)", detail, exc, policy)
        raise failure from failure.__cause__
    try:
        return await asyncio.wait_for(tool.invoke(values), policy.timeout)
    except asyncio.TimeoutError:
        detail = f"tool {name} gave no result within {policy.timeout:g} s (tool_timeout)"
        raise _failure(detail, detail, None, policy) from None
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"
        failure = _failure(f"tool {name} raised {detail}", detail, exc, policy)
        raise failure from failure.__cause__


def _failure(
    message: str, detail: str, cause: BaseException | None, policy: ToolPolicy
) -> ToolError:
    """A `ToolError`, its texts scrubbed of the client's keys; the tool's own exception kept
    as `__cause__` to debug the tool by, unless it holds a key (raise it `from` its cause)."""
    secrets = policy.secrets()
    error = ToolError(message)
    error.detail = scrub(detail, secrets)
    error.__cause__ = cause
    scrub_error(error, secrets)
    return error


def _text(result: Any) -> str:
    if isinstance(result, str):
        return result
    if isinstance(result, BaseModel):
        return result.model_dump_json()
    with contextlib.suppress(TypeError, ValueError):
        return json.dumps(result, default=str)
    return str(result)


def _short(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"{'.'.join(map(str, e['loc'])) or '<root>'}: {e['msg']}" for e in exc.errors()
        )
    return str(exc)


def _resendable(message: AssistantMessage) -> dict[str, Any]:
    """The model's message as the next request may carry it: fields a request does not know
    (ones a newer API adds to replies) are left out, so the next turn is not refused."""
    data = message.model_dump(mode="json", exclude_none=True)
    try:
        known = AssistantMessage.model_validate(data, extra="ignore")
    except ValidationError:  # content of a kind a request cannot carry: its text only
        calls = [
            {
                "id": c.id,
                "type": "function",
                "function": {"name": c.function.name, "arguments": c.function.arguments},
            }
            for c in message.tool_calls or ()
        ]
        plain: dict[str, Any] = {"role": "assistant", "content": message.text}
        return {**plain, "tool_calls": calls} if calls else plain
    return known.model_dump(mode="json", exclude_none=True)


def _plain(message: Any) -> dict[str, Any]:
    if isinstance(message, BaseModel):
        return message.model_dump(mode="json", exclude_none=True)
    return dict(message)
