"""The benchmarks' mock Mistral API: a bare asyncio HTTP/1.1 server with precomputed replies.

It runs in its own process, pinned to core 0, and does as little as it can per request (find the
end of the headers, skip `Content-Length` bytes of body, write a prebuilt reply), so the clients,
not the server, are what is measured. Keep-alive, pipelining-safe. Routes:

- `POST .../chat/completions` -> a chat completion as JSON, or, when the body asks for
  `"stream": true`, an SSE stream of `--chunks` chunk events and `[DONE]` (HTTP chunked encoding,
  one frame per event, written at once);
- a body asking for `"model": "hold"` -> the request is never answered (a stream gets its
  headers and first event), so the clients' memory per in-flight request and per open stream can be read.

    python benchmarks/_server.py --port 8080 --chunks 20
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sys

REPLY = {
    "id": "cmpl-0123456789abcdef",
    "object": "chat.completion",
    "created": 1732000000,
    "model": "mistral-small-latest",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hello! How can I help you today?"},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 9, "completion_tokens": 10, "total_tokens": 19},
}
WORDS = ("Hello", " there", ",", " how", " can", " I", " help", " you", " today", "?")


def chunk_event(index: int, last: bool) -> bytes:
    """One `data:` event as Mistral (and OpenAI) send it: a delta, usage on the last one."""
    chunk: dict[str, object] = {
        "id": "cmpl-0123456789abcdef",
        "object": "chat.completion.chunk",
        "created": 1732000000,
        "model": "mistral-small-latest",
        "choices": [
            {
                "index": 0,
                "delta": {"content": WORDS[index % len(WORDS)]},
                "finish_reason": "stop" if last else None,
            }
        ],
    }
    if last:
        chunk["usage"] = {"prompt_tokens": 9, "completion_tokens": index + 1, "total_tokens": 10}
    return b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n"


def frame(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def replies(chunks: int) -> tuple[bytes, bytes, bytes]:
    """(JSON reply, whole SSE reply, SSE headers + first event) as bytes on the wire."""
    body = json.dumps(REPLY, separators=(",", ":")).encode()
    json_reply = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"X-Request-ID: bench-0001\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        b"X-Request-ID: bench-0001\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    events = [chunk_event(i, i == chunks - 1) for i in range(chunks)] + [b"data: [DONE]\n\n"]
    stream = head + b"".join(frame(e) for e in events) + b"0\r\n\r\n"
    return json_reply, stream, head + frame(events[0])


class Http(asyncio.Protocol):
    """HTTP/1.1 keep-alive; answers each complete request from the prebuilt replies."""

    def __init__(self, prebuilt: tuple[bytes, bytes, bytes]) -> None:
        self.json_reply, self.stream, self.held_stream = prebuilt
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        start = 0
        while True:
            end = buffer.find(b"\r\n\r\n", start)
            if end < 0:
                break
            head = buffer[start:end]
            at = head.find(b"ontent-Length:")
            if at < 0:
                at = head.find(b"ontent-length:")
            length = 0
            if at >= 0:
                stop = head.find(b"\r\n", at)
                length = int(head[at + 14 : stop if stop > 0 else len(head)])
            if len(buffer) < end + 4 + length:
                break
            body = buffer[end + 4 : end + 4 + length]
            start = end + 4 + length
            self.answer(body)
        self.buffer = buffer[start:]

    def answer(self, body: bytes) -> None:
        assert self.transport is not None
        held = b'"model":"hold"' in body or b'"model": "hold"' in body
        streaming = b'"stream":true' in body or b'"stream": true' in body
        if held:
            if streaming:
                self.transport.write(self.held_stream)
            return
        self.transport.write(self.stream if streaming else self.json_reply)


async def serve(port: int, chunks: int) -> None:
    prebuilt = replies(chunks)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    server = await asyncio.get_running_loop().create_server(
        lambda: Http(prebuilt), sock=sock, backlog=4096
    )
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description="mock Mistral API for the benchmarks")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--chunks", type=int, default=20)
    parser.add_argument("--core", type=int, default=0, help="pin to this core (-1: no pinning)")
    args = parser.parse_args()
    if args.core >= 0 and hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {args.core})
    try:
        asyncio.run(serve(args.port, args.chunks))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
