"""Command line: `python -m integrations_mistral` (demo, chat, call, batch, fine-tune, files,
config, budget).

Exit codes: 0 success (also when the reader of the output closes the pipe), 1 an API call failed,
2 a usage or configuration error, 130 interrupted. No user error prints a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .._version import __version__
from ..errors import ConfigurationError, MistralError, RequestValidationError
from .budget_cmd import add_budget_commands
from .call_cmd import add_call_command
from .chat_cmd import add_chat_command
from .config_cmd import add_config_commands
from .demo import add_demo_command
from .jobs_cmd import add_job_commands

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m integrations_mistral",
        description="A configuration-driven client for the Mistral AI API.",
    )
    parser.add_argument(
        "--version", action="version", version=f"integrations-mistral {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    add_demo_command(commands)
    add_chat_command(commands)
    add_call_command(commands)
    add_job_commands(commands)
    add_config_commands(commands)
    add_budget_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
        sys.stdout.flush()
        return code
    except (ConfigurationError, RequestValidationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except MistralError as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`| head`): nothing more to say, and nothing to flush at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
