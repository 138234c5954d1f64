"""Tool calls that wait for a person in `conversations.run_tools`: the client's own tools marked
`requires_confirmation`, and calls the API marks `confirmation_status = "pending"` (answered
with `tool_confirmations`), decided by `confirm=` or, after a stop, by `resume_tools`."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.services.tool_runner import FunctionTool
from tests.support.apps import App


class Conversations:
    """A conversation whose first turn asks for a server-side connector call (pending) and a
    client function; the next turn reports what it was sent."""

    def __init__(self) -> None:
        self.appended: list[dict[str, Any]] = []
        self.started: list[dict[str, Any]] = []

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
        if request.path == "/v1/conversations":
            self.started.append(body)
            outputs: list[dict[str, Any]] = [
                {"type": "function.call", "tool_call_id": "srv-1", "name": "github_create_issue",
                 "arguments": json.dumps({"title": "bug"}), "confirmation_status": "pending"},
                {"type": "function.call", "tool_call_id": "fn-1", "name": "deploy",
                 "arguments": json.dumps({"target": "prod"})},
            ]  # fmt: skip
        else:
            self.appended.append(body)
            said = {
                "results": [(e["tool_call_id"], e["result"]) for e in body.get("inputs") or ()],
                "confirmations": body.get("tool_confirmations"),
            }
            outputs = [{"type": "message.output", "role": "assistant", "content": json.dumps(said)}]
        return web.json_response(
            {"object": "conversation.response", "conversation_id": "conv-1", "outputs": outputs,
             "usage": usage}
        )  # fmt: skip


def deploy(target: str) -> str:
    """Deploy somewhere."""
    DEPLOYED.append(target)
    return f"deployed to {target}"


DEPLOYED: list[str] = []
TOOL = FunctionTool.from_function(deploy, requires_confirmation=True)


@pytest.fixture(autouse=True)
def nothing_deployed() -> None:
    DEPLOYED.clear()


def client_for(url: str) -> MistralClient:
    return MistralClient.from_env(
        api_key="confirm-key-123", base_url=url, client={"allow_insecure_http": True}
    )


async def test_confirm_decides_client_and_server_side_calls(apps: App) -> None:
    api = Conversations()
    url = await apps.start(api.handle)
    asked: list[str] = []

    async def confirm(name: str, arguments: dict[str, Any]) -> bool:
        asked.append(f"{name} {arguments}")
        return name == "github_create_issue"  # the connector yes, the deployment no

    async with client_for(url) as client:
        run = await client.conversations.run_tools(
            inputs="ship it", model="m", tools=[TOOL], confirm=confirm
        )
    assert sorted(asked) == ["deploy {'target': 'prod'}", "github_create_issue {'title': 'bug'}"]
    assert DEPLOYED == []  # rejected: it did not run
    said = json.loads(run.text)
    assert said["results"] == [["fn-1", "rejected by the user: the tool did not run"]]
    assert said["confirmations"] == [{"tool_call_id": "srv-1", "confirmation": "allow"}]
    assert api.started[0]["tools"][0]["function"]["name"] == "deploy"


async def test_without_confirm_the_run_stops_then_resumes(apps: App) -> None:
    api = Conversations()
    url = await apps.start(api.handle)
    async with client_for(url) as client:
        with pytest.raises(im.ConfirmationRequiredError, match="github_create_issue") as caught:
            await client.conversations.run_tools(inputs="ship it", model="m", tools=[TOOL])
        stopped = caught.value.run
        assert api.appended == [] and DEPLOYED == []  # nothing answered, nothing ran
        assert {p.tool_call_id: p.server_side for p in stopped.pending} == {
            "fn-1": False,
            "srv-1": True,
        }
        run = await client.conversations.resume_tools(
            stopped, decisions={"fn-1": True, "srv-1": False}, tools=[TOOL]
        )
    assert DEPLOYED == ["prod"]
    said = json.loads(run.text)
    assert said["results"] == [["fn-1", "deployed to prod"]]
    assert said["confirmations"] == [{"tool_call_id": "srv-1", "confirmation": "deny"}]
    assert len(api.started) == 1  # resumed, not started again


async def test_a_confirm_that_answers_no_bool_is_typed(apps: App) -> None:
    url = await apps.start(Conversations().handle)
    async with client_for(url) as client:
        with pytest.raises(im.RequestValidationError, match="expected True or False"):
            await client.conversations.run_tools(
                inputs="x", model="m", tools=[TOOL], confirm=lambda n, a: "yes"
            )
        with pytest.raises(im.RequestValidationError, match="decisions"):
            await client.chat.run_tools(
                model="m", messages=[{"role": "user", "content": "x"}], tools=[TOOL],
                decisions={"id": "yes"},  # type: ignore[dict-item]
            )  # fmt: skip
    assert DEPLOYED == []


async def test_conversations_offer_and_call_an_mcp_servers_tools(apps: App) -> None:
    pytest.importorskip("mcp", reason="the mcp extra is not installed")
    from tests.support.scripted_model import stdio_server

    sent: list[dict[str, Any]] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        sent.append(body)
        usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
        if request.path == "/v1/conversations":
            outputs: list[dict[str, Any]] = [
                {"type": "function.call", "tool_call_id": "a-1", "name": "add",
                 "arguments": json.dumps({"a": 19, "b": 23})}
            ]  # fmt: skip
        else:
            result = body["inputs"][0]["result"]
            outputs = [{"type": "message.output", "role": "assistant", "content": result}]
        return web.json_response(
            {"object": "conversation.response", "conversation_id": "conv-2", "outputs": outputs,
             "usage": usage}
        )  # fmt: skip

    url = await apps.start(handle)
    client = MistralClient.from_env(
        api_key="confirm-key-123",
        base_url=url,
        client={"allow_insecure_http": True},
        mcp={"calc": stdio_server(include=["add"])},
    )
    async with client:
        run = await client.conversations.run_tools(inputs="add", model="m", tools=[], mcp=["calc"])
    assert run.text == "42" and run.turns == 2
    assert [t["function"]["name"] for t in sent[0]["tools"]] == ["add"]
