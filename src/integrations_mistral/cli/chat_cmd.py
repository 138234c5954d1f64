"""`chat "..."`: one chat completion from the shell, streamed or not."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from ._client import client_for

__all__ = ["add_chat_command"]


async def _run(args: argparse.Namespace) -> None:
    messages: list[dict[str, Any]] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": args.prompt})
    async with client_for(args) as client:
        if not args.stream:
            print((await client.chat.create(model=args.model, messages=messages)).text)
            return
        async with await client.chat.create_stream(model=args.model, messages=messages) as stream:
            async for chunk in stream:
                print(chunk.text, end="", flush=True)
        print()


def _chat(args: argparse.Namespace) -> int:
    asyncio.run(_run(args))
    return 0


def add_chat_command(commands: Any) -> None:
    chat = commands.add_parser("chat", help="one chat completion")
    chat.add_argument("prompt", help="the user message")
    chat.add_argument("--profile", default=None, help="default: $MISTRAL_PROFILE or 'default'")
    chat.add_argument("--config-file", default=None, help="config file (default: discovered)")
    chat.add_argument("--model", default="mistral-small-latest", help="default: %(default)s")
    chat.add_argument("--system", default=None, help="a system message")
    chat.add_argument("--stream", action="store_true", help="print the reply as it arrives")
    chat.set_defaults(handler=_chat)
