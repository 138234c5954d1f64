"""The fake server's agent versions, cursor pages and aliases."""

from __future__ import annotations

import copy
import time
from typing import Any

from aiohttp import web

from .fake_errors import error_response

__all__ = ["FakeAgentVersions"]


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class FakeAgentVersions:
    """Snapshots of every agent version, aliases, and `/v1/agents/pages` over the shared store."""

    def __init__(self, agents: dict[str, dict[str, Any]]) -> None:
        self.agents = agents
        self.snapshots: dict[str, dict[int, dict[str, Any]]] = {}
        self.aliases: dict[str, dict[str, dict[str, Any]]] = {}

    def remember(self, agent: dict[str, Any]) -> None:
        self.snapshots.setdefault(agent["id"], {})[agent["version"]] = copy.deepcopy(agent)

    def routes(self) -> list[tuple[str, str, Any]]:
        base = "/v1/agents/{id}"
        return [
            ("GET", "/v1/agents/pages", self.pages),
            ("PATCH", base + "/version", self.set_version),
            ("GET", base + "/versions", self.versions),
            ("GET", base + "/versions/{version}", self.version),
            ("PUT", base + "/aliases", self.set_alias),
            ("GET", base + "/aliases", self.list_aliases),
            ("DELETE", base + "/aliases", self.delete_alias),
        ]

    async def pages(self, request: web.Request, _: dict[str, str]) -> web.StreamResponse:
        size = int(request.query.get("page_size", 20))
        start = int(request.query.get("page_token") or 0)
        agents = list(self.agents.values())
        token = str(start + size) if start + size < len(agents) else None
        page = {"object": "list", "data": agents[start : start + size], "next_page_token": token}
        return web.json_response(page)

    def _snapshots(self, agent_id: str) -> dict[int, dict[str, Any]] | None:
        return self.snapshots.get(agent_id) if agent_id in self.agents else None

    async def set_version(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        snapshots = self._snapshots(match["id"])
        version = int(request.query["version"])
        if snapshots is None or version not in snapshots:
            return error_response(404, f"agent {match['id']} has no version {version}", "not_found")
        current = self.agents[match["id"]]
        current.update({k: v for k, v in snapshots[version].items() if k != "versions"})
        return web.json_response(current)

    async def versions(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        snapshots = self._snapshots(match["id"])
        if snapshots is None:
            return error_response(404, f"agent {match['id']} not found", "not_found")
        page, size = int(request.query.get("page", 0)), int(request.query.get("page_size", 20))
        ordered = [snapshots[v] for v in sorted(snapshots)]
        return web.json_response(ordered[page * size : (page + 1) * size])

    async def version(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        snapshots = self._snapshots(match["id"]) or {}
        found = snapshots.get(int(match["version"])) if match["version"].isdigit() else None
        if found is None:
            return error_response(404, f"version {match['version']} not found", "not_found")
        return web.json_response(found)

    async def set_alias(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        snapshots = self._snapshots(match["id"])
        version = int(request.query["version"])
        if snapshots is None or version not in snapshots:
            return error_response(404, f"agent {match['id']} has no version {version}", "not_found")
        aliases = self.aliases.setdefault(match["id"], {})
        alias = request.query["alias"]
        created = aliases.get(alias, {}).get("created_at", _now())
        aliases[alias] = {
            "alias": alias,
            "version": version,
            "created_at": created,
            "updated_at": _now(),
        }
        return web.json_response(aliases[alias])

    async def list_aliases(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        if match["id"] not in self.agents:
            return error_response(404, f"agent {match['id']} not found", "not_found")
        return web.json_response(list(self.aliases.get(match["id"], {}).values()))

    async def delete_alias(self, request: web.Request, match: dict[str, str]) -> web.StreamResponse:
        if self.aliases.get(match["id"], {}).pop(request.query["alias"], None) is None:
            return error_response(404, f"alias {request.query['alias']} not found", "not_found")
        return web.Response(status=204)
