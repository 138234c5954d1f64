"""Tool calls that wait for a person: a tool marked `requires_confirmation` (a `FunctionTool`, or
an MCP server's `requires_confirmation` list) runs only once `confirm(name, arguments)` says yes,
or a `decisions` entry does; a "no" sends the model a rejection and the tool does not run."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import RequestValidationError

__all__ = ["REJECTED", "Confirm", "PendingToolCall", "check_decisions", "decide"]

Confirm = Callable[[str, dict[str, Any]], bool | Awaitable[bool]]
"""`confirm(tool_name, arguments)`, sync or async: True runs the call, False rejects it. A
plain function runs in a worker thread (it may wait for a person at a terminal)."""

REJECTED = "rejected by the user: the tool did not run"
"""What the model is told of a call a person rejected."""


@dataclass(frozen=True)
class PendingToolCall:
    """A call waiting for a decision: its id (the key of `decisions`), tool and arguments."""

    tool_call_id: str
    name: str
    arguments: dict[str, Any]
    server_side: bool = False
    """Marked pending by the API itself (a conversation's connector tool), answered with
    `tool_confirmations`, not run by the client."""


def check_decisions(decisions: Any) -> dict[str, bool]:
    """`decisions` as given: tool call ids mapped to True (run it) or False (reject it)."""
    if decisions is None:
        return {}
    if not isinstance(decisions, Mapping) or not all(
        isinstance(k, str) and isinstance(v, bool) for k, v in decisions.items()
    ):
        raise RequestValidationError(
            "decisions: expected a mapping of tool call ids to True (run) or False (reject)"
        )
    return dict(decisions)


def arguments_of(raw: Any) -> dict[str, Any]:
    """A call's arguments as the callback is given them: a dict (JSON text parsed; a value that
    is not an object kept under `"arguments"`)."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw or "{}")
        except (ValueError, RecursionError):
            return {"arguments": raw}
    return dict(raw) if isinstance(raw, Mapping) else {"arguments": raw}


async def decide(
    pending: Sequence[PendingToolCall],
    confirm: Confirm | None,
    decisions: Mapping[str, bool],
) -> tuple[dict[str, bool], list[PendingToolCall]]:
    """The verdict on each pending call (from `decisions` first, else from `confirm`), and the
    calls left undecided (no decision and no callback)."""
    verdicts: dict[str, bool] = {}
    undecided: list[PendingToolCall] = []
    for call in pending:
        if call.tool_call_id in decisions:
            verdicts[call.tool_call_id] = decisions[call.tool_call_id]
        elif confirm is None:
            undecided.append(call)
        else:
            verdicts[call.tool_call_id] = await _ask(confirm, call)
    return verdicts, undecided


async def _ask(confirm: Confirm, call: PendingToolCall) -> bool:
    if inspect.iscoroutinefunction(confirm):
        answer = await confirm(call.name, dict(call.arguments))
    else:
        answer = await asyncio.to_thread(confirm, call.name, dict(call.arguments))
        if inspect.isawaitable(answer):
            answer = await answer
    if not isinstance(answer, bool):
        raise RequestValidationError(
            f"confirm: expected True or False for {call.name}, got {type(answer).__name__}"
        )
    return answer
