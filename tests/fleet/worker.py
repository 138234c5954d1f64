"""One replica of a fleet test, run as its own process: `python -m tests.fleet.worker SPEC`.

SPEC (JSON): `settings` (overrides for MistralClient), `calls`, `start_at` (a wall-clock time all
replicas start at), `pause` (seconds between calls), `stream` (open streams instead). One JSON
line per call on stdout: {"ok", "error", "profile", "model", "at"}.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from integrations_mistral import MistralClient, MistralError

HELLO = [{"role": "user", "content": "hi"}]


async def one(client: MistralClient, model: str, stream: bool) -> dict[str, object]:
    try:
        if stream:
            async with await client.chat.stream(model=model, messages=HELLO) as events:
                async for _ in events:
                    pass
            served = events.served_by
        else:
            reply = await client.chat.create(model=model, messages=HELLO)
            served = reply.raw.served_by if reply.raw is not None else None
    except MistralError as exc:
        return {"ok": False, "error": type(exc).__name__}
    return {
        "ok": True,
        "error": None,
        "profile": served.profile if served else None,
        "model": served.model if served else None,
        "deployment": served.deployment if served else None,
    }


async def main(spec: dict[str, object]) -> None:
    delay = float(spec.get("start_at", 0)) - time.time()  # type: ignore[arg-type]
    async with MistralClient(**spec["settings"]) as client:  # type: ignore[arg-type]
        if delay > 0:
            await asyncio.sleep(delay)
        for _ in range(int(spec.get("calls", 1))):  # type: ignore[call-overload]
            start = time.time()
            outcome = await one(client, str(spec.get("model", "m")), bool(spec.get("stream")))
            outcome["start"], outcome["at"] = start, time.time()
            print(json.dumps(outcome), flush=True)
            await asyncio.sleep(float(spec.get("pause", 0)))  # type: ignore[arg-type]


if __name__ == "__main__":
    asyncio.run(main(json.loads(sys.argv[1])))
