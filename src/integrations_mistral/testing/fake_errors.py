"""Error bodies in the API's shape, for the fake server's handlers."""

from __future__ import annotations

from aiohttp import web

__all__ = ["error_response"]


def error_response(status: int, message: str, code: str) -> web.Response:
    payload = {"object": "error", "message": message, "type": code, "param": None, "code": None}
    return web.json_response(payload, status=status)
