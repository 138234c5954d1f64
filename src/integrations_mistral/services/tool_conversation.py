"""`conversations.run_tools`: a stored conversation's function calls answered turn after turn;
calls that wait for a person (the client's tools marked `requires_confirmation`, or calls the
API itself marks `confirmation_status = "pending"`) decided first."""

from __future__ import annotations

import builtins
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from ..errors import RequestValidationError
from ..types import ConversationResponse
from ._arguments import ConversationToolsArguments
from .function_tool import FunctionTool
from .mcp_tools import offered, servers_open
from .tool_confirm import REJECTED, Confirm, PendingToolCall, arguments_of, check_decisions
from .tool_runner import MaxTurnsError, OnToolError, ToolPolicy, _all, _Call, _Function, confirmed

__all__ = ["ConversationRun", "ConversationToolRuns", "conversation_tools", "run_conversation"]

Append = Callable[[str, list[dict[str, Any]], list[dict[str, str]] | None], Awaitable[Any]]
"""`append(conversation_id, function results, tool confirmations)`."""


@dataclass
class ConversationRun:
    """What `conversations.run_tools` did: the last turn, the conversation, the turns taken;
    `pending`, the calls waiting for a person when it stopped for them."""

    response: Any
    conversation_id: str
    turns: int = 0
    pending: list[PendingToolCall] = field(default_factory=list)

    @property
    def text(self) -> str:
        return str(getattr(self.response, "text", ""))


async def run_conversation(
    start: Callable[[], Awaitable[Any]],
    append: Append,
    tools: dict[str, FunctionTool],
    *,
    max_turns: int,
    policy: ToolPolicy,
    confirm: Confirm | None = None,
    decisions: Mapping[str, bool] | None = None,
    turns: int = 1,
) -> ConversationRun:
    """Start (or take up a stopped run's last turn), then answer each turn's `function.call`
    entries with `function.result` entries (all of a turn's calls at once) and its pending
    server-side calls with `tool_confirmations`, until a turn asks for neither."""
    if max_turns < 1:
        raise RequestValidationError(f"max_turns: expected 1 or more, got {max_turns}")
    decided = check_decisions(decisions)
    response = await start()
    run = ConversationRun(response, response.conversation_id, turns)
    while entries := response.function_calls:
        if run.turns >= max_turns:
            raise MaxTurnsError(
                f"the model still asked for tools after max_turns = {max_turns}; conversation "
                f"{run.conversation_id} holds the turns so far",
                run=run,
            )
        server = [_pending(e) for e in entries if _marked_pending(e)]
        calls = [_as_call(e) for e in entries if not _marked_pending(e)]
        verdicts = await confirmed(run, calls, tools, confirm, decided, server)
        run.pending = []
        allowed = [call for call in calls if verdicts.get(call.id, True)]
        answers = {a["tool_call_id"]: a["content"] for a in await _all(allowed, tools, policy)}
        results = [
            {"type": "function.result", "tool_call_id": call.id,
             "result": answers.get(call.id, REJECTED)}
            for call in calls
        ]  # fmt: skip
        confirmations = [
            {"tool_call_id": p.tool_call_id, "confirmation": "allow" if verdicts[p.tool_call_id]
             else "deny"}
            for p in server
        ]  # fmt: skip
        response = await append(run.conversation_id, results, confirmations or None)
        run.response, run.turns = response, run.turns + 1
    return run


def _marked_pending(entry: Any) -> bool:
    return getattr(entry, "confirmation_status", None) == "pending"


def _pending(entry: Any) -> PendingToolCall:
    return PendingToolCall(entry.tool_call_id, entry.name, arguments_of(entry.arguments), True)


def _as_call(entry: Any) -> _Call:
    """A conversation's `function.call` entry in the shape of a chat tool call."""
    return _Call(entry.tool_call_id, _Function(entry.name, entry.arguments))


async def conversation_tools(
    service: Any,
    tools: Sequence[Any],
    mcp: Sequence[str] | None,
    begin: Callable[[list[dict[str, Any]]], Awaitable[Any]],
    *,
    max_turns: int,
    policy: ToolPolicy,
    confirm: Confirm | None,
    decisions: Mapping[str, bool] | None = None,
    turns: int = 1,
) -> ConversationRun:
    """A conversations tool run: `tools` and the named MCP servers' tools offered, `begin`
    given their definitions (a `start`, or a stopped run's last turn), the servers stopped
    when it ends."""
    async with servers_open() as stack:
        found = await offered(service._caller, tools, mcp, stack)
        definitions = [tool.definition() for tool in found.values()]

        def append(
            conversation_id: str,
            results: list[dict[str, Any]],
            confirmations: list[dict[str, str]] | None,
        ) -> Awaitable[Any]:
            sent: Awaitable[Any] = service.append(
                conversation_id, inputs=results or None, tool_confirmations=confirmations
            )
            return sent

        with service._caller.telemetry.span("mistral.conversations.run_tools"):
            return await run_conversation(
                lambda: begin(definitions), append, found, max_turns=max_turns, policy=policy,
                confirm=confirm, decisions=decisions, turns=turns,
            )  # fmt: skip


class ConversationToolRuns:
    """`conversations.run_tools` and `conversations.resume_tools`, mixed into the service."""

    if TYPE_CHECKING:
        _caller: Any
        start: Callable[..., Awaitable[ConversationResponse]]
        append: Callable[..., Awaitable[ConversationResponse]]

    async def run_tools(
        self,
        *,
        inputs: str | builtins.list[Any],
        tools: builtins.list[Any],
        max_turns: int = 8,
        on_tool_error: OnToolError = "return",
        tool_timeout: float | None = 60.0,
        mcp: Sequence[str] | None = None,
        confirm: Confirm | None = None,
        **arguments: Unpack[ConversationToolsArguments],
    ) -> ConversationRun:
        """`start` a conversation offering `tools` (Python functions or `FunctionTool`s, and
        the tools of the profile's MCP servers named in `mcp`), then answer every
        `function.call` entry with its `function.result` (`append`) until a turn asks for none;
        past `max_turns` turns, `MaxTurnsError`. Calls that wait for a person (tools marked
        `requires_confirmation`, calls the API marks pending) are put to `confirm`; without
        it, `ConfirmationRequiredError` (see `resume_tools`). `arguments` are those of `start`."""
        policy = self._caller.tool_policy(on_tool_error, tool_timeout)

        def begin(definitions: builtins.list[dict[str, Any]]) -> Awaitable[ConversationResponse]:
            return self.start(inputs=inputs, tools=definitions, **arguments)

        return await conversation_tools(
            self, tools, mcp, begin, max_turns=max_turns, policy=policy, confirm=confirm
        )

    async def resume_tools(
        self,
        run: ConversationRun,
        *,
        decisions: Mapping[str, bool],
        tools: builtins.list[Any],
        max_turns: int = 8,
        on_tool_error: OnToolError = "return",
        tool_timeout: float | None = 60.0,
        mcp: Sequence[str] | None = None,
        confirm: Confirm | None = None,
    ) -> ConversationRun:
        """Take up a run stopped by `ConfirmationRequiredError` (its `error.run`): its pending
        calls decided by `decisions` (tool call id -> True to run, False to reject), then on
        as `run_tools` goes."""
        policy = self._caller.tool_policy(on_tool_error, tool_timeout)

        async def begin(_: builtins.list[dict[str, Any]]) -> ConversationResponse:
            response: ConversationResponse = run.response
            return response

        return await conversation_tools(
            self, tools, mcp, begin, max_turns=max_turns, policy=policy, confirm=confirm,
            decisions=decisions, turns=run.turns,
        )  # fmt: skip
