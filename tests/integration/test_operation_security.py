"""Each operation's declared security is honoured: the `users` operations take the key in the
`x-api-key` header (`DashboardUserContextAuth`), every other one as a bearer token."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

from integrations_mistral.operations._generated import OPERATIONS
from tests.support.apps import App, apps, client_for  # noqa: F401

KEY = "sk-users-0123456789abcdef"


def recording(seen: list[dict[str, str]]):  # type: ignore[no-untyped-def]
    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        seen.append(dict(request.headers))
        if request.path == "/v1/users/me":
            if request.headers.get("x-api-key") != KEY:
                return web.json_response({"message": "x-api-key required"}, status=401)
            reply = {"id": "u1", "email": None, "first_name": None, "last_name": None}
            return web.json_response(reply)
        return web.json_response({"object": "list", "data": []})

    return handler


@pytest.mark.parametrize("way", ["value", "function"])
async def test_users_operations_send_the_key_as_x_api_key(apps: App, way: str) -> None:  # noqa: F811
    seen: list[dict[str, str]] = []
    key: Any = KEY if way == "value" else (lambda: KEY)
    async with client_for(await apps.start(recording(seen)), api_key=key) as client:
        await client.users.get_identity()
        await client.models.list()
    users, models = seen
    assert users["x-api-key"] == KEY and "Authorization" not in users
    assert models["Authorization"] == f"Bearer {KEY}" and "x-api-key" not in models


def test_the_table_follows_the_documents_security_schemes() -> None:
    assert {row.name: row.key_header for row in OPERATIONS if row.key_header} == {
        "users.get_identity": "x-api-key",
        "users.list_organizations": "x-api-key",
        "users.list_workspaces": "x-api-key",
    }
