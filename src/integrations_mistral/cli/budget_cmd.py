"""`python -m integrations_mistral budget show [--profile P]`: what the profile's `[budget]`
has spent and holds in its current window, its limit and when it resets."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from ..config import load_settings
from ..errors import BudgetUnavailableError, ConfigurationError
from ..spend import BudgetState, budget_for
from ._client import profile_options

__all__ = ["add_budget_commands"]


def add_budget_commands(commands: Any) -> None:
    budget = commands.add_parser("budget", help="the profile's spend budget")
    budget_commands = budget.add_subparsers(dest="budget_command", required=True)
    show = budget_commands.add_parser("show", help="spent, reserved, limit and reset time")
    profile_options(show)
    show.set_defaults(handler=_show)


def _show(args: argparse.Namespace) -> int:
    settings = load_settings(args.profile, config_file=args.config_file)
    budget = budget_for(settings)
    if budget is None:
        raise ConfigurationError(
            f"profile {settings.profile!r} has no budget: set budget.limit ([{settings.profile}."
            "budget] limit = ...)"
        )
    state = asyncio.run(_state(budget))
    rows = _rows(state, settings.budget.on_exceeded)
    if args.format == "json":
        print(json.dumps(dict(rows)))
    else:
        width = max(len(name) for name, _ in rows)
        for name, value in rows:
            print(f"{name:<{width}}  {value}")
    return 0


async def _state(budget: Any) -> BudgetState:
    try:
        state: BudgetState = await budget.state()
        return state
    except Exception as exc:  # Redis down: said plainly, never a traceback
        raise BudgetUnavailableError(
            f"shared budget {budget.name!r} unavailable: {type(exc).__name__}"
        ) from None
    finally:
        await budget.aclose()


def _rows(state: BudgetState, on_exceeded: str) -> list[tuple[str, Any]]:
    where = "redis (every replica)" if state.shared else "memory (this process only: 0 here)"
    return [
        ("budget", state.budget),
        ("window", state.window),
        ("resets_at", state.resets_at.isoformat()),
        ("limit", state.limit),
        ("spent", round(state.spent, 9)),
        ("reserved", round(state.reserved, 9)),
        ("left", round(max(0.0, state.limit - state.spent - state.reserved), 9)),
        ("on_exceeded", on_exceeded),
        ("backend", where),
    ]
