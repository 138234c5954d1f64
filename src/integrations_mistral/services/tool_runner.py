"""Tools the client runs itself: Python functions described to the model from their signature,
called with validated arguments when the model asks, their results sent back, turn after turn."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from .._secrets import scrub, scrub_error
from ..errors import ConfirmationRequiredError, MistralError, RequestValidationError
from ..types import AssistantMessage, ChatCompletionResponse
from .function_tool import FunctionTool, as_tools, function_tool
from .tool_confirm import (
    REJECTED,
    Confirm,
    PendingToolCall,
    arguments_of,
    check_decisions,
    decide,
)

__all__ = [
    "FunctionTool",
    "MaxTurnsError",
    "ToolError",
    "ToolPolicy",
    "ToolRun",
    "as_tools",
    "confirmed",
    "function_tool",
    "run_turns",
]

OnToolError = Literal["return", "raise"]


class MaxTurnsError(MistralError):
    """The model kept asking for tools past `max_turns`; `run` holds the turns so far."""

    default_error_type = "max_turns"

    def __init__(self, message: str, *, run: Any, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.run = run
        self.partial = run


class ToolError(MistralError):
    """A tool raised, timed out, or got arguments its signature refuses (with
    `on_tool_error = "raise"`), or the model named no such tool; the tool's own exception is the
    cause. `detail` is what the model is told (with `on_tool_error = "return"`)."""

    default_error_type = "tool_error"
    detail: str = ""


@dataclass
class ToolRun:
    """What `run_tools` did: the final reply, every message exchanged, the turns taken."""

    response: ChatCompletionResponse | None
    messages: list[dict[str, Any]] = field(default_factory=list)
    turns: int = 0
    pending: list[PendingToolCall] = field(default_factory=list)
    """Calls waiting for a person's decision (`ConfirmationRequiredError`)."""

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
    confirm: Confirm | None = None,
    decisions: Mapping[str, bool] | None = None,
) -> ToolRun:
    """Ask, run the tool calls of the reply, append their results; until the model answers.
    History ending with tool calls not yet answered (a run resumed with `decisions`) has
    them answered first."""
    if max_turns < 1:
        raise RequestValidationError(f"max_turns: expected 1 or more, got {max_turns}")
    run = ToolRun(None, [_plain(m) for m in messages])
    decided = check_decisions(decisions)
    calls = _unanswered(run.messages)
    for _ in range(max_turns):
        if calls:
            run.messages.extend(await _turn(run, calls, tools, policy, parallel, confirm, decided))
        reply = await ask(run.messages)
        run.response, run.turns = reply, run.turns + 1
        if not reply.choices:
            return run
        message = reply.choices[0].message
        run.messages.append(_resendable(message))
        calls = message.tool_calls or []
        if not calls:
            return run
    run.messages.extend(await _turn(run, calls, tools, policy, parallel, confirm, decided))
    raise MaxTurnsError(
        f"the model still asked for tools after max_turns = {max_turns}; run.messages holds "
        "the conversation so far",
        run=run,
    )


async def _turn(
    run: ToolRun,
    calls: Sequence[Any],
    tools: dict[str, FunctionTool],
    policy: ToolPolicy,
    parallel: bool,
    confirm: Confirm | None,
    decisions: Mapping[str, bool],
) -> list[dict[str, Any]]:
    """One turn's calls answered, in order: those waiting for a person decided first (none
    runs while any is undecided), the rejected ones told so, the rest run."""
    verdicts = await confirmed(run, calls, tools, confirm, decisions)
    allowed = [call for call in calls if verdicts.get(call.id, True)]
    if parallel:
        results = await _all(allowed, tools, policy)
    else:
        results = [await _answer(call, tools, policy) for call in allowed]
    answered = {result["tool_call_id"]: result for result in results}
    return [
        answered.get(call.id)
        or {"role": "tool", "tool_call_id": call.id, "name": call.function.name,
            "content": REJECTED}
        for call in calls
    ]  # fmt: skip


async def confirmed(
    run: Any,
    calls: Sequence[Any],
    tools: dict[str, FunctionTool],
    confirm: Confirm | None,
    decisions: Mapping[str, bool],
    server_side: Sequence[PendingToolCall] = (),
) -> dict[str, bool]:
    """The verdicts on a turn's calls that wait for a person; undecided ones stop the run with
    `ConfirmationRequiredError` (its `run.pending` lists them)."""
    waiting = [
        PendingToolCall(call.id, call.function.name, arguments_of(call.function.arguments))
        for call in calls
        if (tool := tools.get(call.function.name)) is not None and tool.requires_confirmation
    ]
    waiting += server_side
    if not waiting:
        return {}
    verdicts, undecided = await decide(waiting, confirm, decisions)
    if undecided:
        run.pending = undecided
        names = ", ".join(f"{c.name} ({c.tool_call_id})" for c in undecided)
        raise ConfirmationRequiredError(
            f"tool calls wait for a person's confirmation: {names}; pass confirm= to ask, or "
            "resume with decisions={tool_call_id: True | False}",
            run=run,
        )
    return verdicts


def _unanswered(messages: list[dict[str, Any]]) -> list[Any]:
    """The tool calls of a history's last message, if it is the model's and nothing answered
    them yet (a run stopped for confirmation, given back to resume)."""
    if not messages or messages[-1].get("role") != "assistant":
        return []
    return [
        _Call(str(c.get("id", "")), _Function(
            str((c.get("function") or {}).get("name", "")),
            (c.get("function") or {}).get("arguments", "{}"),
        ))
        for c in messages[-1].get("tool_calls") or ()
        if isinstance(c, dict)
    ]  # fmt: skip


@dataclass(frozen=True)
class _Call:
    id: str
    function: Any


@dataclass(frozen=True)
class _Function:
    name: str
    arguments: Any


async def _all(
    calls: Sequence[Any], tools: dict[str, FunctionTool], policy: ToolPolicy
) -> list[dict[str, Any]]:
    """Every call answered at once; with `on_error="raise"`, the first error cancels the
    others (an async tool is cancelled; a plain one's thread finishes, its result unused)."""
    if not calls:
        return []
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
    timeout = tool.timeout if tool.timeout is not None else policy.timeout
    try:
        return await asyncio.wait_for(tool.invoke(values), timeout)
    except asyncio.TimeoutError:
        detail = f"tool {name} gave no result within {timeout:g} s ({tool.timeout_setting})"
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
