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

from ..errors import MistralError, RequestValidationError
from ..types import ChatCompletionResponse

__all__ = [
    "ConversationRun",
    "FunctionTool",
    "MaxTurnsError",
    "ToolError",
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
    """A tool raised (with `on_tool_error = "raise"`) or the model named no such tool; the tool's
    own exception is the cause."""

    default_error_type = "tool_error"


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
        raw = json.loads(arguments or "{}") if isinstance(arguments, str) else arguments
        values = self.arguments.model_validate(raw)
        result = self.handler(**{name: getattr(values, name) for name in type(values).model_fields})
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
    for item in tools:
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


async def run_turns(
    ask: Ask,
    messages: Sequence[Any],
    tools: dict[str, FunctionTool],
    *,
    max_turns: int,
    parallel: bool,
    on_tool_error: OnToolError,
) -> ToolRun:
    """Ask, run the tool calls of the reply, append their results; until the model answers."""
    if max_turns < 1:
        raise RequestValidationError(f"max_turns: expected 1 or more, got {max_turns}")
    if on_tool_error not in ("return", "raise"):
        raise RequestValidationError("on_tool_error: expected 'return' or 'raise'")
    run = ToolRun(None, [_plain(m) for m in messages])
    for _ in range(max_turns):
        reply = await ask(run.messages)
        run.response, run.turns = reply, run.turns + 1
        if not reply.choices:
            return run
        message = reply.choices[0].message
        run.messages.append(message.model_dump(mode="json", exclude_none=True))
        calls = message.tool_calls or []
        if not calls:
            return run
        jobs = [_answer(call, tools, on_tool_error) for call in calls]
        results = await asyncio.gather(*jobs) if parallel else [await job for job in jobs]
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
    on_tool_error: OnToolError,
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
        answers = await asyncio.gather(
            *(_answer(_as_call(entry), tools, on_tool_error) for entry in calls)
        )
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


async def _answer(
    call: Any, tools: dict[str, FunctionTool], on_error: OnToolError
) -> dict[str, Any]:
    """The tool message answering one call: the result, or the error as text for the model."""
    name = call.function.name
    tool = tools.get(name)
    try:
        if tool is None:
            raise ToolError(f"the model called {name!r}, which is not a tool of this run")
        content = _text(await tool.call(call.function.arguments))
    except (ValidationError, ValueError) as exc:  # arguments the signature refuses, bad JSON
        if on_error == "raise":
            raise ToolError(f"tool {name}: invalid arguments from the model: {exc}") from exc
        content = f"error: invalid arguments: {_short(exc)}"
    except ToolError as exc:
        if on_error == "raise":
            raise
        content = f"error: {exc}"
    except Exception as exc:
        if on_error == "raise":
            raise ToolError(f"tool {name} raised {type(exc).__name__}: {exc}") from exc
        content = f"error: {type(exc).__name__}: {exc}"
    return {"role": "tool", "tool_call_id": call.id, "name": name, "content": content}


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


def _plain(message: Any) -> dict[str, Any]:
    if isinstance(message, BaseModel):
        return message.model_dump(mode="json", exclude_none=True)
    return dict(message)
