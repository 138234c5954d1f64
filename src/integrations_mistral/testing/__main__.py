"""`python -m integrations_mistral.testing serve [--port 8765]`: the fake server for the `local`
profile, until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence

from .fake_server import FakeMistralServer

LOCAL_PORT = 8765  # the `local` profile's base_url


async def serve(host: str, port: int) -> None:
    async with FakeMistralServer(host=host, port=port) as server:
        server.api.advance_jobs = True  # jobs finish, as `batch run --wait` expects
        print(f"fake Mistral server on {server.url} (Ctrl-C to stop)", flush=True)
        await asyncio.Event().wait()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m integrations_mistral.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("serve", help="run the fake server on loopback")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=LOCAL_PORT, help="default: %(default)s")
    args = parser.parse_args(argv)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve(args.host, args.port))
    except OSError as exc:
        print(f"error: cannot serve on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
