"""MCP tool servers in `chat.run_tools`: a real stdio server and a real streamable-HTTP one,
started by the tests; tools listed and called, include / exclude / collisions, a server that
will not start or crashes, a hung tool, no process left afterwards."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral import MistralClient, SyncMistralClient
from integrations_mistral.services.tool_runner import FunctionTool
from tests.support.apps import App, ThreadedApp
from tests.support.scripted_model import (
    ScriptedModel,
    alive,
    start_http_server,
    stdio_server,
    wait_gone,
)

pytest.importorskip("mcp", reason="the mcp extra is not installed (pip install -e '.[dev]')")

ASK = [{"role": "user", "content": "use the tools"}]


def client_for(url: str, **mcp: Any) -> MistralClient:
    return MistralClient.from_env(
        api_key="mcp-test-key-123",
        base_url=url,
        client={"allow_insecure_http": True},
        retry={"max_attempts": 1},
        mcp=mcp,
    )


@pytest.fixture(scope="module")
def http_server() -> Iterator[str]:
    process, url = start_http_server()
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


async def wait_until(condition: Callable[[], bool], within: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not condition():
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.05)


def pids(path: Path) -> list[int]:
    return [int(n) for n in path.read_text().split()]


async def test_a_stdio_server_is_listed_called_and_stopped_with_its_group(
    apps: App, tmp_path: Path
) -> None:
    model = ScriptedModel([[("add", {"a": 2, "b": 3}), ("picture", {}), ("broken", {})], []])
    url = await apps.start(model.handle)
    pidfile = tmp_path / "pids"
    async with client_for(url, calc=stdio_server(pidfile)) as client:
        run = await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=["calc"])
    added, picture, broken = run.text.split(" | ")
    assert (added, picture) == ("5", "[image content, image/png, 48 bytes]")
    assert broken == "error: ToolReportedError: Error executing tool broken"
    assert "add" in model.offered() and "crash" in model.offered()
    described = {t["function"]["name"]: t["function"] for t in model.bodies[0]["tools"]}
    assert described["add"]["description"] == "Add two numbers."
    assert described["add"]["parameters"]["required"] == ["a", "b"]
    assert wait_gone(*pids(pidfile)), "the server or its child outlived the run"


async def test_an_sse_server(apps: App) -> None:
    process, sse_url = start_http_server(sse=True)
    try:
        model = ScriptedModel([[("add", {"a": 40, "b": 2})], []])
        url = await apps.start(model.handle)
        async with client_for(url, old={"transport": "sse", "url": sse_url}) as client:
            run = await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=["old"])
        assert run.text == "42"
    finally:
        process.terminate()
        process.wait(timeout=10)


async def test_a_streamable_http_server_with_include(apps: App, http_server: str) -> None:
    model = ScriptedModel([[("echo", {"text": "over http"})], []])
    url = await apps.start(model.handle)
    remote = {"url": http_server, "include": ["echo", "add"], "headers": {"X-Team": "t1"}}
    async with client_for(url, remote=remote) as client:
        run = await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=["remote"])
    assert run.text.startswith("echo over http (pid ")
    assert sorted(model.offered()) == ["add", "echo"]


async def test_exclude_python_functions_alongside_and_collisions_refused(
    apps: App, http_server: str
) -> None:
    def weather(city: str) -> str:
        """The weather."""
        return f"sunny in {city}"

    model = ScriptedModel([[("weather", {"city": "Lyon"}), ("add", {"a": 1, "b": 1})], []])
    url = await apps.start(model.handle)
    servers = {
        "calc": stdio_server(exclude=["crash", "hang", "create_issue"]),
        "remote": {"url": http_server, "include": ["add"]},
    }
    async with client_for(url, **servers) as client:
        run = await client.chat.run_tools(model="m", messages=ASK, tools=[weather], mcp=["calc"])
        assert run.text == "sunny in Lyon | 2"
        offered = model.offered()
        assert "weather" in offered and "add" in offered
        assert not {"crash", "hang", "create_issue"} & set(offered)

        def add(a: int, b: int) -> int:
            return a - b

        asked = len(model.bodies)
        with pytest.raises(im.RequestValidationError, match="'add'"):
            await client.chat.run_tools(model="m", messages=ASK, tools=[add], mcp=["calc"])
        with pytest.raises(im.RequestValidationError, match="both serve a tool named 'add'"):
            await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=["calc", "remote"])
        with pytest.raises(im.RequestValidationError, match="no server named 'nope'"):
            await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=["nope"])
        assert len(model.bodies) == asked  # refused before the model was asked anything


async def test_a_server_that_will_not_start_or_answer_is_named(apps: App, tmp_path: Path) -> None:
    url = await apps.start(ScriptedModel([[]]).handle)
    servers = {
        "ghost": {"transport": "stdio", "command": [str(tmp_path / "no-such-program")]},
        "down": {"url": "http://127.0.0.1:9/mcp", "connect_timeout_secs": 5},
        "mute": {"transport": "stdio", "command": ["sleep", "30"], "connect_timeout_secs": 0.5},
    }
    async with client_for(url, **servers) as client:
        for name in servers:
            with pytest.raises(im.McpServerError, match=f"MCP server '{name}'") as caught:
                await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=[name])
            assert caught.value.server == name


async def test_a_crashing_server_and_a_hung_tool_are_errors_the_model_is_told(
    apps: App, tmp_path: Path
) -> None:
    model = ScriptedModel([[("hang", {})], [], [("crash", {})], []])
    url = await apps.start(model.handle)
    pidfile = tmp_path / "pids"
    calc = stdio_server(pidfile, timeout_secs=1)
    async with client_for(url, calc=calc) as client:
        hung = await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=["calc"])
        assert "gave no result within 1 s (mcp.calc.timeout_secs)" in hung.text
        first = pids(pidfile)
        crashed = await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=["calc"])
        assert crashed.text.startswith("error: ")
        model.bodies.clear()
        model.turns = [[("crash", {})], []]
        with pytest.raises(im.ToolError, match="MCP server 'calc'"):
            await client.chat.run_tools(
                model="m", messages=ASK, tools=[], mcp=["calc"], on_tool_error="raise"
            )
    assert wait_gone(*first, *pids(pidfile))


async def test_a_cancelled_run_stops_its_server(apps: App, tmp_path: Path) -> None:
    model = ScriptedModel([[("hang", {})], []])
    url = await apps.start(model.handle)
    pidfile = tmp_path / "pids"
    async with client_for(url, calc=stdio_server(pidfile)) as client:
        run = asyncio.create_task(
            client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=["calc"])
        )
        await wait_until(lambda: pidfile.exists() and bool(model.bodies))
        await asyncio.sleep(0.3)  # the hung call is in flight
        assert all(alive(pid) for pid in pids(pidfile))
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run
    assert wait_gone(*pids(pidfile))


async def test_confirmation_accepted_and_rejected(apps: App, tmp_path: Path) -> None:
    marker = tmp_path / "issue"
    call = ("create_issue", {"title": "bug", "marker": str(marker)})
    model = ScriptedModel([[call], [], [call], []])
    url = await apps.start(model.handle)
    calc = stdio_server(requires_confirmation=["create_issue"])
    asked: list[tuple[str, dict[str, Any]]] = []

    def refuse(name: str, arguments: dict[str, Any]) -> bool:
        asked.append((name, arguments))
        return False

    async def accept(name: str, arguments: dict[str, Any]) -> bool:
        return True

    async with client_for(url, calc=calc) as client:
        rejected = await client.chat.run_tools(
            model="m", messages=ASK, tools=[], mcp=["calc"], confirm=refuse
        )
        assert rejected.text == "rejected by the user: the tool did not run"
        assert not marker.exists()  # the side effect happens only when accepted
        assert asked == [("create_issue", {"title": "bug", "marker": str(marker)})]
        accepted = await client.chat.run_tools(
            model="m", messages=ASK, tools=[], mcp=["calc"], confirm=accept
        )
    assert accepted.text == "created bug" and marker.read_text() == "bug"


async def test_without_a_callback_the_run_stops_and_resumes_with_decisions(
    apps: App, tmp_path: Path
) -> None:
    ran: list[str] = []

    def deploy(target: str) -> str:
        """Deploy somewhere."""
        ran.append(target)
        return f"deployed to {target}"

    def status() -> str:
        """The status."""
        ran.append("status")
        return "green"

    tool = FunctionTool.from_function(deploy, requires_confirmation=True)
    model = ScriptedModel([[("deploy", {"target": "prod"}), ("status", {})], []])
    url = await apps.start(model.handle)
    async with client_for(url) as client:
        with pytest.raises(im.ConfirmationRequiredError) as caught:
            await client.chat.run_tools(model="m", messages=ASK, tools=[tool, status])
        assert ran == []  # nothing of the turn ran
        stopped = caught.value.run
        [pending] = stopped.pending
        assert (pending.name, pending.arguments) == ("deploy", {"target": "prod"})
        resumed = await client.chat.run_tools(
            model="m",
            messages=stopped.messages,
            tools=[tool, status],
            decisions={pending.tool_call_id: True},
        )
    assert sorted(ran) == ["prod", "status"]
    assert resumed.text == "deployed to prod | green"
    assert len(model.bodies) == 2  # the stopped turn was not asked again


def test_the_blocking_client_runs_mcp_tools(tmp_path: Path) -> None:
    model = ScriptedModel([[("add", {"a": 20, "b": 22})], []])
    with ThreadedApp(model.handle) as app:
        client = SyncMistralClient.from_env(
            api_key="mcp-test-key-123",
            base_url=app.url,
            client={"allow_insecure_http": True},
            mcp={"calc": stdio_server(tmp_path / "pids")},
        )
        with client:
            run = client.chat.run_tools(
                model="m", messages=ASK, tools=[], mcp=["calc"], confirm=lambda n, a: True
            )
    assert run.text == "42"
    assert wait_gone(*pids(tmp_path / "pids"))


async def test_the_connectors_gateway_is_reached_with_the_clients_own_key(apps: App) -> None:
    seen: list[tuple[str, str]] = []

    async def gateway(request: web.Request) -> web.StreamResponse:
        seen.append((request.path, request.headers.get("Authorization", "")))
        return web.json_response({"message": "no such connector"}, status=404)

    url = await apps.start(gateway)
    workspace = {"connector": "conn-7", "connect_timeout_secs": 5}
    async with client_for(url, workspace=workspace) as client:
        with pytest.raises(im.McpServerError, match="'workspace'"):
            await client.chat.run_tools(model="m", messages=ASK, tools=[], mcp=["workspace"])
    assert seen and seen[0] == ("/v1/connectors-gateway/conn-7/mcp", "Bearer mcp-test-key-123")
