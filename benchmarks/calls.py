"""Python function calls per chat call or per stream, by function: where instructions go.

    python benchmarks/calls.py [--client "ours, no telemetry"] [--mode chat|stream] [--count N]

Runs one client of `_clients.py` against the mock server (in its own process), counts every
Python-level call (`sys.setprofile`, C calls apart; a coroutine counts once per resumption)
during N units after the warm-up `instructions.py` does, and prints the functions by calls per
unit. A count, not a time: it does not move with the machine, and
it says what a unit executes, which `instructions.py` then prices.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _clients import CLIENTS  # noqa: E402
from instructions import serving  # noqa: E402


def count(name: str, mode: str, units: int, url: str) -> Counter[str]:
    """Calls per function over `units` calls or streams, after a warm-up."""
    seen: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        if event == "call":
            code = frame.f_code
            where = code.co_filename.rsplit("site-packages/", 1)[-1]
            seen[f"{where.rsplit('/src/', 1)[-1]}:{code.co_qualname}"] += 1

    async def main() -> None:
        client = CLIENTS[name](url)
        call = client.chat if mode == "chat" else client.stream
        callers = 100 if mode == "chat" else 200  # as instructions.py: the pool is warm
        for _ in range(3):
            await asyncio.gather(*(call() for _ in range(callers)))
        left = [units]

        async def caller() -> None:
            while left[0] > 0:
                left[0] -= 1
                await call()

        sys.setprofile(profile)
        try:
            await asyncio.gather(*(caller() for _ in range(callers)))
        finally:
            sys.setprofile(None)
        await client.close()

    asyncio.run(main())
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--client", default="ours, no telemetry")
    parser.add_argument("--mode", choices=("chat", "stream"), default="chat")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    with serving() as url:
        seen = count(args.client, args.mode, args.count, url)
    total = sum(seen.values()) / args.count
    print(f"{args.client}, {args.mode}: {total:.1f} Python calls per unit")
    for where, calls in seen.most_common(args.top):
        print(f"{calls / args.count:8.2f}  {where}")


if __name__ == "__main__":
    main()
