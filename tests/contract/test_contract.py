"""Every operation: the request the client sends fits the spec, and the spec's examples fit the client."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from pydantic import BaseModel

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer
from integrations_mistral.types import parse_response
from tests.conftest import local_overrides

from .spec import (
    SPEC_PATH,
    errors_of,
    operation,
    path_regex,
    request_validator,
    response_examples,
    response_validator,
)

if not SPEC_PATH.is_file():
    pytest.skip(
        f"no OpenAPI spec at {SPEC_PATH} (set MISTRAL_OPENAPI_SPEC; CI has ../shared/spec)",
        allow_module_level=True,
    )

MESSAGES: list[dict[str, Any]] = [
    {"role": "system", "content": "Be brief."},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "What is this?"},
            {"type": "image_url", "image_url": {"url": "https://x.test/a.png", "detail": "low"}},
        ],
    },
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "look", "arguments": '{"q": 1}'},
            }
        ],
    },
    {"role": "tool", "content": "a cat", "tool_call_id": "call_1", "name": "look"},
]
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "look",
            "description": "Look",
            "parameters": {"type": "object", "properties": {"q": {"type": "integer"}}},
        },
    }
]
SCHEMA_FORMAT = {
    "type": "json_schema",
    "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": True},
}


@dataclass
class World:
    client: MistralClient
    server: FakeMistralServer
    file_id: str
    agent_id: str
    ft_job_id: str
    batch_id: str
    conversation_id: str = ""
    entry_id: str = ""
    voice_id: str = ""
    library_id: str = ""
    document_id: str = ""


@dataclass(frozen=True)
class Case:
    path: str  # the spec's path key
    method: str
    call: Callable[[World], Awaitable[Any]]
    model: type[BaseModel] | None  # what the spec's examples must parse into
    body: str = "json"  # "json", "multipart" or "none"


CASES = [
    Case(
        "/v1/chat/completions",
        "POST",
        lambda w: w.client.chat.create(
            model="mistral-small-latest",
            messages=MESSAGES,
            tools=TOOLS,
            tool_choice="any",
            parallel_tool_calls=False,
            temperature=0.3,
            top_p=0.9,
            max_tokens=64,
            stop=["\n\n"],
            random_seed=7,
            response_format=SCHEMA_FORMAT,
            presence_penalty=0.1,
            frequency_penalty=0.2,
            n=1,
            prediction={"type": "content", "content": "A cat"},
            safe_prompt=True,
            metadata={"team": "a"},
            prompt_cache_key="k",
            reasoning_effort="none",
        ),
        im.ChatCompletionResponse,
    ),
    Case(
        "/v1/chat/completions",
        "POST",
        lambda w: w.client.chat.create(
            model="m",
            messages=[{"role": "user", "content": "json please"}],
            response_format={"type": "json_object"},
            tool_choice={"type": "function", "function": {"name": "look"}},
            tools=TOOLS,
        ),
        im.ChatCompletionResponse,
    ),
    Case(
        "/v1/fim/completions",
        "POST",
        lambda w: w.client.fim.create(
            model="codestral-latest",
            prompt="def f(",
            suffix="return x",
            max_tokens=32,
            min_tokens=1,
            temperature=0,
            stop=["\n"],
            random_seed=3,
        ),
        im.FIMCompletionResponse,
    ),
    Case(
        "/v1/embeddings",
        "POST",
        lambda w: w.client.embeddings.create(
            model="mistral-embed",
            input=["a", "b"],
            output_dimension=8,
            output_dtype="float",
            encoding_format="float",
        ),
        im.EmbeddingResponse,
    ),
    Case("/v1/models", "GET", lambda w: w.client.models.list(), im.ModelList, body="none"),
    Case(
        "/v1/models/{model_id}",
        "GET",
        lambda w: w.client.models.get("mistral-small-latest"),
        im.ModelCard,
        body="none",
    ),
    Case(
        "/v1/models/{model_id}",
        "DELETE",
        lambda w: w.client.models.delete("ft:x"),
        im.DeleteModelResponse,
        body="none",
    ),
    Case(
        "/v1/fine_tuning/models/{model_id}",
        "PATCH",
        lambda w: w.client.models.update("ft:x", name="n", description="d"),
        im.FineTunedModel,
    ),
    Case(
        "/v1/fine_tuning/models/{model_id}/archive",
        "POST",
        lambda w: w.client.fine_tuning.archive_model("ft:x"),
        im.ArchiveModelResponse,
        body="none",
    ),
    Case(
        "/v1/fine_tuning/models/{model_id}/archive",
        "DELETE",
        lambda w: w.client.fine_tuning.unarchive_model("ft:x"),
        im.UnarchiveModelResponse,
        body="none",
    ),
    Case(
        "/v1/files",
        "POST",
        lambda w: w.client.files.upload(
            file=("train.jsonl", b'{"a": 1}\n'),
            purpose="fine-tune",
            visibility="workspace",
            expiry=24,
        ),
        im.FileObject,
        body="multipart",
    ),
    Case(
        "/v1/files",
        "GET",
        lambda w: w.client.files.list(
            page=0, page_size=10, include_total=True, purpose="fine-tune", search="t"
        ),
        im.FileList,
        body="none",
    ),
    Case(
        "/v1/files/{file_id}",
        "GET",
        lambda w: w.client.files.retrieve(w.file_id),
        im.FileObject,
        body="none",
    ),
    Case(
        "/v1/files/{file_id}/url",
        "GET",
        lambda w: w.client.files.get_signed_url(w.file_id, expiry=2),
        im.SignedURL,
        body="none",
    ),
    Case(
        "/v1/files/{file_id}/content",
        "GET",
        lambda w: w.client.files.download(w.file_id),
        None,
        body="none",
    ),
    Case(
        "/v1/files/{file_id}",
        "DELETE",
        lambda w: w.client.files.delete(w.file_id),
        im.DeleteFileResponse,
        body="none",
    ),
    Case(
        "/v1/fine_tuning/jobs",
        "POST",
        lambda w: w.client.fine_tuning.create(
            model="open-mistral-7b",
            training_files=[{"file_id": "8f5e6b9a-0000-4000-8000-000000000001", "weight": 1}],
            validation_files=["8f5e6b9a-0000-4000-8000-000000000002"],
            hyperparameters={"training_steps": 10, "learning_rate": 0.0001},
            suffix="mine",
            auto_start=False,
            integrations=[{"project": "p", "api_key": "x" * 40}],
            dry_run=False,
        ),
        im.FineTuningJob,
    ),
    Case(
        "/v1/fine_tuning/jobs",
        "GET",
        lambda w: w.client.fine_tuning.list(
            page=0, page_size=5, status="QUEUED", created_by_me=True
        ),
        im.FineTuningJobList,
        body="none",
    ),
    Case(
        "/v1/fine_tuning/jobs/{job_id}",
        "GET",
        lambda w: w.client.fine_tuning.get(w.ft_job_id),
        im.FineTuningJob,
        body="none",
    ),
    Case(
        "/v1/fine_tuning/jobs/{job_id}/start",
        "POST",
        lambda w: w.client.fine_tuning.start(w.ft_job_id),
        im.FineTuningJob,
        body="none",
    ),
    Case(
        "/v1/fine_tuning/jobs/{job_id}/cancel",
        "POST",
        lambda w: w.client.fine_tuning.cancel(w.ft_job_id),
        im.FineTuningJob,
        body="none",
    ),
    Case(
        "/v1/agents",
        "POST",
        lambda w: w.client.agents.create(
            model="mistral-large-latest",
            name="helper",
            instructions="Help.",
            description="d",
            tools=[*TOOLS, {"type": "web_search"}],
            completion_args={"temperature": 0.2},
            handoffs=["ag_other"],
            metadata={"k": "v"},
        ),
        im.Agent,
    ),
    Case(
        "/v1/agents",
        "GET",
        lambda w: w.client.agents.list_legacy(page=0, page_size=5, name="helper"),
        None,
        body="none",
    ),
    Case(
        "/v1/agents/pages",
        "GET",
        lambda w: w.client.agents.list(page_size=5, name="helper", page_token="5"),
        im.AgentListPage,
        body="none",
    ),
    Case(
        "/v1/agents/{agent_id}/version",
        "PATCH",
        lambda w: w.client.agents.update_version(w.agent_id, version=0),
        im.Agent,
        body="none",
    ),
    Case(
        "/v1/agents/{agent_id}/versions",
        "GET",
        lambda w: w.client.agents.list_versions(w.agent_id, page=0, page_size=10),
        im.AgentVersionList,
        body="none",
    ),
    Case(
        "/v1/agents/{agent_id}/versions/{version}",
        "GET",
        lambda w: w.client.agents.get_version(w.agent_id, 0),
        im.Agent,
        body="none",
    ),
    Case(
        "/v1/agents/{agent_id}/aliases",
        "PUT",
        lambda w: w.client.agents.set_alias(w.agent_id, alias="prod", version=0),
        im.AgentAlias,
        body="none",
    ),
    Case(
        "/v1/agents/{agent_id}/aliases",
        "GET",
        lambda w: w.client.agents.list_aliases(w.agent_id),
        im.AgentAliasList,
        body="none",
    ),
    Case(
        "/v1/agents/{agent_id}/aliases",
        "DELETE",
        lambda w: _alias_then_delete(w),
        None,
        body="none",
    ),
    Case(
        "/v1/agents/{agent_id}",
        "GET",
        lambda w: w.client.agents.get(w.agent_id),
        im.Agent,
        body="none",
    ),
    Case(
        "/v1/agents/{agent_id}",
        "PATCH",
        lambda w: w.client.agents.update(
            w.agent_id, instructions="Help more.", deployment_chat=False
        ),
        im.Agent,
    ),
    Case(
        "/v1/agents/completions",
        "POST",
        lambda w: w.client.agents.complete(
            agent_id=w.agent_id,
            messages=MESSAGES,
            max_tokens=20,
            tools=TOOLS,
            tool_choice="auto",
            random_seed=1,
        ),
        im.ChatCompletionResponse,
    ),
    Case(
        "/v1/agents/{agent_id}",
        "DELETE",
        lambda w: w.client.agents.delete(w.agent_id),
        None,
        body="none",
    ),
    Case(
        "/v1/batch/jobs",
        "POST",
        lambda w: w.client.batch.create(
            endpoint="/v1/chat/completions",
            model="mistral-small-latest",
            metadata={"job": "nightly"},
            timeout_hours=12,
            requests=[
                {"custom_id": "1", "body": {"messages": [{"role": "user", "content": "hi"}]}}
            ],
        ),
        im.BatchJob,
    ),
    Case(
        "/v1/batch/jobs",
        "GET",
        lambda w: w.client.batch.list(page=0, page_size=5, status=["QUEUED"]),
        im.BatchJobList,
        body="none",
    ),
    Case(
        "/v1/batch/jobs/{job_id}",
        "GET",
        lambda w: w.client.batch.get(w.batch_id, inline=False),
        im.BatchJob,
        body="none",
    ),
    Case(
        "/v1/batch/jobs/{job_id}",
        "DELETE",
        lambda w: w.client.batch.delete(w.batch_id),
        im.types.DeleteBatchJobResponse,
        body="none",
    ),
    Case(
        "/v1/batch/jobs/{job_id}/cancel",
        "POST",
        lambda w: w.client.batch.cancel(w.batch_id),
        im.BatchJob,
        body="none",
    ),
    Case(
        "/v1/moderations",
        "POST",
        lambda w: w.client.classifiers.moderate(
            model="mistral-moderation-latest", input=["a", "b"]
        ),
        im.ModerationResponse,
    ),
    Case(
        "/v1/chat/moderations",
        "POST",
        lambda w: w.client.classifiers.moderate_chat(
            model="mistral-moderation-latest", input=MESSAGES[:2]
        ),
        im.ModerationResponse,
    ),
    Case(
        "/v1/classifications",
        "POST",
        lambda w: w.client.classifiers.classify(model="ft:classifier", input="hello"),
        im.ClassificationResponse,
    ),
    Case(
        "/v1/chat/classifications",
        "POST",
        lambda w: w.client.classifiers.classify_chat(
            model="ft:classifier", input={"messages": [{"role": "user", "content": "hi"}]}
        ),
        im.ClassificationResponse,
    ),
    Case(
        "/v1/ocr",
        "POST",
        lambda w: w.client.ocr.process(
            model="mistral-ocr-latest",
            document={"type": "document_url", "document_url": "https://x.test/a.pdf"},
            pages=[0, 1],
            include_image_base64=False,
            table_format="markdown",
            extract_header=True,
        ),
        im.OCRResponse,
    ),
]


async def _share_then_unshare(w: World) -> Any:
    await w.client.libraries.accesses.set(w.library_id, level="Editor", **SHARE)
    w.server.requests.pop()  # only the DELETE is the case's request
    return await w.client.libraries.accesses.delete(w.library_id, level="Editor", **SHARE)


async def _alias_then_delete(w: World) -> None:
    await w.client.agents.set_alias(w.agent_id, alias="old", version=0)
    w.server.requests.pop()  # only the DELETE is the case's request
    await w.client.agents.delete_alias(w.agent_id, alias="old")


async def _drain(opened: Any) -> Any:
    stream = await opened
    return await stream.final_response()


CONVERSATION_INPUTS: list[dict[str, Any]] = [
    {"type": "message.input", "role": "user", "content": "What is the weather?"},
    {"type": "function.result", "tool_call_id": "call1", "result": "sunny"},
]
SHARE = {"share_with_uuid": "4b0e0d1e-0000-4000-8000-000000000001", "share_with_type": "User"}
LIB = "/v1/libraries/{library_id}"
DOC = LIB + "/documents/{document_id}"
CASES += [
    Case("/v1/libraries", "GET", lambda w: w.client.libraries.list(), im.LibraryList, body="none"),
    Case(
        "/v1/libraries",
        "POST",
        lambda w: w.client.libraries.create(name="docs", description="d", chunk_size=512),
        im.Library,
    ),
    Case(LIB, "GET", lambda w: w.client.libraries.get(w.library_id), im.Library, body="none"),
    Case(
        LIB,
        "PUT",
        lambda w: w.client.libraries.update(w.library_id, name="n", description="d"),
        im.Library,
    ),
    Case(LIB, "PATCH", lambda w: w.client.libraries.patch(w.library_id, name="n"), im.Library),
    Case(LIB, "DELETE", lambda w: w.client.libraries.delete(w.library_id), im.Library, body="none"),
    Case(
        LIB + "/documents",
        "GET",
        lambda w: w.client.libraries.documents.list(
            w.library_id, search="a", page_size=10, page=0, sort_by="created_at", sort_order="desc"
        ),
        im.DocumentList,
        body="none",
    ),
    Case(
        LIB + "/documents",
        "POST",
        lambda w: w.client.libraries.documents.upload(w.library_id, file=("b.txt", b"b")),
        im.Document,
        body="multipart",
    ),
    Case(
        DOC,
        "GET",
        lambda w: w.client.libraries.documents.get(w.library_id, w.document_id),
        im.Document,
        body="none",
    ),
    Case(
        DOC,
        "PATCH",
        lambda w: w.client.libraries.documents.patch(
            w.library_id, w.document_id, attributes={"k": "v"}
        ),
        im.Document,
    ),
    Case(
        DOC,
        "PUT",
        lambda w: w.client.libraries.documents.update(
            w.library_id, w.document_id, name="c.txt", attributes={"k": "v"}
        ),
        im.Document,
    ),
    Case(
        DOC,
        "DELETE",
        lambda w: w.client.libraries.documents.delete(w.library_id, w.document_id),
        None,
        body="none",
    ),
    Case(
        DOC + "/text_content",
        "GET",
        lambda w: w.client.libraries.documents.text_content(w.library_id, w.document_id),
        im.DocumentText,
        body="none",
    ),
    Case(
        DOC + "/status",
        "GET",
        lambda w: w.client.libraries.documents.status(w.library_id, w.document_id),
        im.DocumentStatus,
        body="none",
    ),
    Case(
        DOC + "/signed-url",
        "GET",
        lambda w: w.client.libraries.documents.signed_url(w.library_id, w.document_id),
        None,
        body="none",
    ),
    Case(
        DOC + "/extracted-text-signed-url",
        "GET",
        lambda w: w.client.libraries.documents.extracted_text_signed_url(
            w.library_id, w.document_id
        ),
        None,
        body="none",
    ),
    Case(
        DOC + "/reprocess",
        "POST",
        lambda w: w.client.libraries.documents.reprocess(w.library_id, w.document_id),
        None,
        body="none",
    ),
    Case(
        LIB + "/share",
        "GET",
        lambda w: w.client.libraries.accesses.list(w.library_id),
        im.SharingList,
        body="none",
    ),
    Case(
        LIB + "/share",
        "PUT",
        lambda w: w.client.libraries.accesses.set(w.library_id, level="Viewer", **SHARE),
        im.Sharing,
    ),
    Case(LIB + "/share", "DELETE", lambda w: _share_then_unshare(w), im.Sharing),
]
CASES += [
    Case(
        "/v1/audio/transcriptions",
        "POST",
        lambda w: w.client.audio.transcriptions.create(
            model="voxtral-mini-latest",
            file=("a.wav", b"RIFF"),
            language="en",
            temperature=0,
            diarize=False,
            timestamp_granularities=["segment"],
        ),
        im.TranscriptionResponse,
        body="multipart",
    ),
    Case(
        "/v1/audio/transcriptions#stream",
        "POST",
        lambda w: _drain(
            w.client.audio.transcriptions.create_stream(
                model="voxtral-mini-latest", file_url="https://example.com/a.mp3"
            )
        ),
        None,
        body="multipart",
    ),
    Case(
        "/v1/audio/speech",
        "POST",
        lambda w: w.client.audio.speech.create(
            input="Hello", voice_id=w.voice_id, response_format="mp3", model="voxtral-mini-tts"
        ),
        im.SpeechResponse,
    ),
    Case(
        "/v1/audio/voices",
        "GET",
        lambda w: w.client.audio.voices.list(limit=5, offset=0),
        im.VoiceList,
        body="none",
    ),
    Case(
        "/v1/audio/voices",
        "POST",
        lambda w: w.client.audio.voices.create(
            name="mine", sample_audio=b"RIFF", sample_filename="a.wav", languages=["en"], tags=["x"]
        ),
        im.Voice,
    ),
    Case(
        "/v1/audio/voices/{voice_id}",
        "GET",
        lambda w: w.client.audio.voices.get(w.voice_id),
        im.Voice,
        body="none",
    ),
    Case(
        "/v1/audio/voices/{voice_id}",
        "PATCH",
        lambda w: w.client.audio.voices.update(w.voice_id, name="renamed", tags=["a"]),
        im.Voice,
    ),
    Case(
        "/v1/audio/voices/{voice_id}",
        "DELETE",
        lambda w: w.client.audio.voices.delete(w.voice_id),
        im.Voice,
        body="none",
    ),
    Case(
        "/v1/audio/voices/{voice_id}/sample",
        "GET",
        lambda w: w.client.audio.voices.sample(w.voice_id),
        None,
        body="none",
    ),
    Case(
        "/v1/conversations",
        "POST",
        lambda w: w.client.conversations.start(
            model="mistral-small-latest",
            inputs="Hello",
            instructions="Be brief.",
            tools=[{"type": "function", "function": {"name": "look", "parameters": {}}}],
            completion_args={"temperature": 0.2, "max_tokens": 64},
            name="greeting",
            description="a test",
            metadata={"team": "a"},
            store=True,
            handoff_execution="server",
        ),
        im.ConversationResponse,
    ),
    Case(
        "/v1/conversations",
        "GET",
        lambda w: w.client.conversations.list(page=0, page_size=10, metadata={"team": "a"}),
        im.ConversationList,
        body="none",
    ),
    Case(
        "/v1/conversations/{conversation_id}",
        "GET",
        lambda w: w.client.conversations.get(w.conversation_id),
        im.Conversation,
        body="none",
    ),
    Case(
        "/v1/conversations/{conversation_id}",
        "POST",
        lambda w: w.client.conversations.append(
            w.conversation_id,
            inputs=CONVERSATION_INPUTS,
            store=True,
            completion_args={"top_p": 0.9},
        ),
        im.ConversationResponse,
    ),
    Case(
        "/v1/conversations/{conversation_id}/history",
        "GET",
        lambda w: w.client.conversations.history(w.conversation_id),
        im.ConversationHistory,
        body="none",
    ),
    Case(
        "/v1/conversations/{conversation_id}/messages",
        "GET",
        lambda w: w.client.conversations.messages(w.conversation_id),
        im.ConversationMessages,
        body="none",
    ),
    Case(
        "/v1/conversations/{conversation_id}/restart",
        "POST",
        lambda w: w.client.conversations.restart(
            w.conversation_id, from_entry_id=w.entry_id, inputs="Again", metadata={"k": "v"}
        ),
        im.ConversationResponse,
    ),
    Case(
        "/v1/conversations/{conversation_id}",
        "DELETE",
        lambda w: w.client.conversations.delete(w.conversation_id),
        None,
        body="none",
    ),
    Case(
        "/v1/conversations#stream",
        "POST",
        lambda w: _drain(w.client.conversations.start_stream(model="m", inputs="Hi", store=False)),
        None,
    ),
    Case(
        "/v1/conversations/{conversation_id}#stream",
        "POST",
        lambda w: _drain(w.client.conversations.append_stream(w.conversation_id, inputs="More")),
        None,
    ),
    Case(
        "/v1/conversations/{conversation_id}/restart#stream",
        "POST",
        lambda w: _drain(
            w.client.conversations.restart_stream(
                w.conversation_id, from_entry_id=w.entry_id, inputs="Again"
            )
        ),
        None,
    ),
]


@pytest.fixture
async def world(server: FakeMistralServer) -> AsyncIterator[World]:
    async with MistralClient.from_env(**local_overrides(server)) as client:
        uploaded = await client.files.upload(
            file=("seed.jsonl", b'{"x": 1}\n'), purpose="fine-tune"
        )
        agent = await client.agents.create(model="mistral-large-latest", name="seed")
        job = await client.fine_tuning.create(
            model="open-mistral-7b",
            hyperparameters={"training_steps": 1},
            training_files=[{"file_id": uploaded.id}],
        )
        batch = await client.batch.create(
            endpoint="/v1/chat/completions", model="m", input_files=[uploaded.id]
        )
        turn = await client.conversations.start(model="mistral-small-latest", inputs="seed")
        history = await client.conversations.history(turn.conversation_id)
        voice = await client.audio.voices.create(name="seed", sample_audio=b"RIFF")
        library = await client.libraries.create(name="seed")
        document = await client.libraries.documents.upload(library.id, file=("a.txt", b"hello"))
        yield World(
            client,
            server,
            uploaded.id,
            agent.id,
            job.id,
            batch.id,
            turn.conversation_id,
            history.entries[0].id or "",
            voice.id,
            library.id,
            document.id,
        )


def case_id(case: Case) -> str:
    return f"{case.method} {case.path}"


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{case_id(c)}" for i, c in enumerate(CASES)])
async def test_request_fits_spec(world: World, case: Case) -> None:
    before = len(world.server.requests)
    await case.call(world)
    sent = world.server.requests[before:]
    assert len(sent) == 1, [r.path for r in sent]
    request = sent[0]
    assert request.method == case.method
    assert path_regex(case.path).match(request.path), f"{request.path} does not match {case.path}"
    for name in request.query:
        declared = {
            p["name"]
            for p in operation(case.path, case.method).get("parameters", [])
            if p.get("in") == "query"
        }
        assert name in declared, f"query parameter {name!r} is not in the spec ({sorted(declared)})"
    if case.body == "json":
        errors = errors_of(request_validator(case.path, case.method), request.json)
        assert not errors, f"body {json.dumps(request.json)[:400]} violates the spec: {errors}"
    elif case.body == "multipart":
        assert request.headers["Content-Type"].startswith("multipart/form-data")
    else:
        assert request.body == b""


async def test_multipart_fields_fit_spec(world: World) -> None:
    schema = operation("/v1/files", "POST")["requestBody"]["content"]["multipart/form-data"][
        "schema"
    ]
    await world.client.files.upload(
        file=("a.jsonl", b"{}\n"), purpose="batch", visibility="user", expiry=1
    )
    meta = world.server.api.files
    assert any(m["filename"] == "a.jsonl" and m["purpose"] == "batch" for m in meta.values())
    assert set(schema["required"]) == {"file"}
    assert {"file", "purpose", "visibility", "expiry"} <= set(schema["properties"])


EXAMPLE_CASES = [c for c in CASES if c.model is not None and response_examples(c.path, c.method)]


def test_every_operation_is_covered() -> None:
    covered = {(c.path, c.method) for c in CASES}
    required = {
        ("/v1/chat/completions", "POST"),
        ("/v1/fim/completions", "POST"),
        ("/v1/embeddings", "POST"),
        ("/v1/models", "GET"),
        ("/v1/models/{model_id}", "GET"),
        ("/v1/models/{model_id}", "DELETE"),
        ("/v1/fine_tuning/models/{model_id}", "PATCH"),
        ("/v1/files", "POST"),
        ("/v1/files", "GET"),
        ("/v1/files/{file_id}", "GET"),
        ("/v1/files/{file_id}", "DELETE"),
        ("/v1/files/{file_id}/content", "GET"),
        ("/v1/files/{file_id}/url", "GET"),
        ("/v1/fine_tuning/jobs", "POST"),
        ("/v1/fine_tuning/jobs", "GET"),
        ("/v1/fine_tuning/jobs/{job_id}", "GET"),
        ("/v1/fine_tuning/jobs/{job_id}/cancel", "POST"),
        ("/v1/fine_tuning/jobs/{job_id}/start", "POST"),
        ("/v1/fine_tuning/models/{model_id}/archive", "POST"),
        ("/v1/fine_tuning/models/{model_id}/archive", "DELETE"),
        ("/v1/agents", "POST"),
        ("/v1/agents", "GET"),
        ("/v1/agents/{agent_id}", "GET"),
        ("/v1/agents/{agent_id}", "PATCH"),
        ("/v1/agents/{agent_id}", "DELETE"),
        ("/v1/agents/completions", "POST"),
        ("/v1/batch/jobs", "POST"),
        ("/v1/batch/jobs", "GET"),
        ("/v1/batch/jobs/{job_id}", "GET"),
        ("/v1/batch/jobs/{job_id}/cancel", "POST"),
        ("/v1/moderations", "POST"),
        ("/v1/chat/moderations", "POST"),
        ("/v1/classifications", "POST"),
        ("/v1/chat/classifications", "POST"),
        ("/v1/ocr", "POST"),
    }
    assert required <= covered, sorted(required - covered)
    documented = [c for c in CASES if response_examples(c.path, c.method)]
    assert len({(c.path, c.method) for c in documented}) >= 10
    assert all(
        c.model is not None for c in documented if c.body != "none" or c.method != "GET" or c.model
    )


@pytest.mark.parametrize("case", EXAMPLE_CASES, ids=[case_id(c) for c in EXAMPLE_CASES])
def test_spec_response_examples_parse(case: Case) -> None:
    assert case.model is not None
    for example in response_examples(case.path, case.method):
        parsed = parse_response(case.model, json.dumps(example).encode())
        assert isinstance(parsed, case.model)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.model is not None], ids=lambda c: case_id(c)
)
def test_unknown_response_fields_are_kept(case: Case) -> None:
    assert case.model is not None
    examples = response_examples(case.path, case.method)
    if not examples:
        pytest.skip("the spec has no example for this response")
    example = examples[0]
    payload = dict(example) if isinstance(example, dict) else {"object": "list", "data": example}
    payload["field_from_the_future"] = {"nested": True}
    parsed = parse_response(case.model, json.dumps(payload).encode())
    assert parsed.model_extra is not None
    assert parsed.model_extra["field_from_the_future"] == {"nested": True}


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{case_id(c)}" for i, c in enumerate(CASES)])
async def test_fake_server_replies_fit_spec(world: World, case: Case) -> None:
    """The test kit's answers are realistic: they validate against the spec's response schema."""
    responses = (
        operation(case.path, case.method).get("responses", {}).get("200", {}).get("content", {})
    )
    if "application/json" not in responses:
        pytest.skip("no JSON response documented")
    before = len(world.server.requests)
    result = await case.call(world)
    assert len(world.server.requests) == before + 1
    if not isinstance(result, BaseModel | list):
        pytest.skip("the client returns the content itself (bytes), not the JSON envelope")
    payload = (
        result.model_dump(mode="json", exclude_unset=True, by_alias=True)
        if isinstance(result, BaseModel)
        else [a.model_dump(mode="json", exclude_unset=True) for a in result]
    )
    errors = [
        e
        for e in errors_of(response_validator(case.path, case.method), payload)
        if e not in SPEC_ERRATA
    ]
    assert not errors, errors


# Places where the spec contradicts the API it describes; each is checked to still be there.
SPEC_ERRATA = {
    # ChatCompletionResponse lists `data` as required, but chat, FIM and agent completions have none.
    "<root>: 'data' is a required property",
}


def test_spec_errata_are_still_errata() -> None:
    required = operation("/v1/chat/completions", "POST")["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert required == {"$ref": "#/components/schemas/ChatCompletionResponse"}
    from .spec import spec

    assert (
        "data" in spec()["components"]["schemas"]["ChatCompletionResponse"]["allOf"][1]["required"]
    )


def implemented_operations() -> set[tuple[str, str]]:
    """The hand-written operations (each has its case here) and the generated ones."""
    from integrations_mistral.services._generated.operations import OPERATIONS

    return {(case.path, case.method) for case in CASES} | {(p, m) for m, p, _ in OPERATIONS}


def test_implemented_operations_have_not_drifted_from_the_spec() -> None:
    """Every operation the client implements is one the spec describes, same path, same method."""
    from .spec import all_operations, coverage_table

    drifted = sorted(implemented_operations() - all_operations())
    assert drifted == [], f"not in the spec: {drifted}"
    assert coverage_table(implemented_operations())[0].startswith("spec operations implemented: ")
