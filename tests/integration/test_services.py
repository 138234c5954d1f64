"""Every service against the real test server: happy paths, pagination, files, errors."""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pydantic import BaseModel

import integrations_mistral as im
from integrations_mistral import MistralClient
from integrations_mistral.testing import FakeMistralServer, ScriptedReply
from tests.conftest import local_overrides


@pytest.fixture
async def client(server: FakeMistralServer) -> AsyncIterator[MistralClient]:
    async with MistralClient.from_env(**local_overrides(server, max_retries=0)) as c:
        yield c


async def test_fim_and_embeddings(client: MistralClient, server: FakeMistralServer) -> None:
    fim = await client.fim.create(
        model="codestral-latest", prompt="def add(a, b):", suffix="    return c"
    )
    assert fim.text.startswith("/* between 14 and 12 chars")
    embedded = await client.embeddings.create(
        model="mistral-embed", input=["one", "two"], output_dimension=4
    )
    assert len(embedded.vectors) == 2 and all(len(v) == 4 for v in embedded.vectors)
    assert embedded.vectors[0] != embedded.vectors[1]


async def test_models(client: MistralClient) -> None:
    listed = await client.models.list()
    assert "mistral-small-latest" in [m.id for m in listed.data]
    card = await client.models.get("mistral-small-latest")
    assert card.capabilities.completion_chat is True
    with pytest.raises(im.NotFoundError, match="not found"):
        await client.models.get("no-such-model")
    assert (await client.models.delete("ft:mine")).deleted is True
    updated = await client.models.update("ft:mine", name="renamed")
    assert updated.name == "renamed"


async def test_files_round_trip_and_pagination(
    client: MistralClient, server: FakeMistralServer, tmp_path: Path
) -> None:
    ids = []
    for i in range(5):
        uploaded = await client.files.upload(
            file=(f"f{i}.jsonl", f'{{"i": {i}}}\n'.encode()), purpose="batch"
        )
        ids.append(uploaded.id)
    before = len(server.requests)
    seen = [f.id async for f in client.files.iterate(page_size=2)]
    assert seen == ids
    assert [r.query["page"] for r in server.requests[before:]] == ["0", "1", "2"]
    assert (await client.files.retrieve(ids[0])).filename == "f0.jsonl"
    assert await client.files.download(ids[1]) == b'{"i": 1}\n'
    url = await client.files.get_signed_url(ids[1], expiry=3)
    assert url.url.endswith("expires_in_hours=3")
    assert (await client.files.delete(ids[0])).deleted is True
    with pytest.raises(im.NotFoundError):
        await client.files.retrieve(ids[0])


async def test_upload_streams_large_files_from_disk(
    client: MistralClient, server: FakeMistralServer, tmp_path: Path
) -> None:
    big = tmp_path / "big.jsonl"
    with big.open("wb") as sink:
        for _ in range(64):
            sink.write(b"x" * (512 * 1024))  # 32 MiB
    tracemalloc.start()
    try:
        uploaded = await client.files.upload(file=big, purpose="fine-tune")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert uploaded.bytes == 32 * 1024 * 1024 and uploaded.filename == "big.jsonl"
    assert peak < 8 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB while uploading 32 MiB"


async def test_upload_is_resent_whole_on_retry(server: FakeMistralServer, tmp_path: Path) -> None:
    data = tmp_path / "data.jsonl"
    data.write_bytes(b"0123456789" * 1000)
    server.enqueue("/v1/files", status=503, json={"message": "busy"})
    retry = {"initial_delay_ms": 1, "max_delay_ms": 1}
    async with MistralClient.from_env(**local_overrides(server, retry=retry)) as client:
        uploaded = await client.files.upload(file=data)
        with data.open("rb") as handle:
            server.enqueue("/v1/files", status=503, json={"message": "busy"})
            second = await client.files.upload(file=("handle.jsonl", handle))
    assert uploaded.bytes == 10_000 and second.bytes == 10_000


async def test_download_to_is_streamed_and_atomic(
    client: MistralClient, server: FakeMistralServer, tmp_path: Path
) -> None:
    payload = bytes(range(256)) * 4096  # 1 MiB
    uploaded = await client.files.upload(file=("blob.bin", payload))
    target = await client.files.download_to(uploaded.id, tmp_path / "out.bin")
    assert target.read_bytes() == payload
    path = f"/v1/files/{uploaded.id}/content"
    server.enqueue(
        path,
        ScriptedReply(
            chunks=[payload[:1000]],
            drop_after_chunks=True,
            headers={"Content-Type": "application/octet-stream"},
        ),
    )
    with pytest.raises(im.APIConnectionError):
        await client.files.download_to(uploaded.id, tmp_path / "cut.bin")
    assert not (tmp_path / "cut.bin").exists() and not (tmp_path / "cut.bin.part").exists()
    with pytest.raises(im.NotFoundError):
        await client.files.download_to("missing", tmp_path / "missing.bin")


async def test_upload_of_missing_path_is_refused(client: MistralClient, tmp_path: Path) -> None:
    with pytest.raises(im.RequestValidationError, match="not a readable file"):
        await client.files.upload(file=tmp_path / "nope.jsonl")


async def test_fine_tuning_jobs(client: MistralClient) -> None:
    job = await client.fine_tuning.create(
        model="open-mistral-7b",
        hyperparameters={"training_steps": 5},
        training_files=[{"file_id": "f1"}],
        auto_start=False,
    )
    assert job.status == "QUEUED"
    assert (await client.fine_tuning.start(job.id)).status == "QUEUED"
    assert (await client.fine_tuning.cancel(job.id)).status == "CANCELLED"
    assert (await client.fine_tuning.get(job.id)).id == job.id
    assert [j.id async for j in client.fine_tuning.iterate(page_size=1)] == [job.id]
    assert (await client.fine_tuning.list()).total == 1
    assert (await client.fine_tuning.archive_model("ft:a")).archived is True
    assert (await client.fine_tuning.unarchive_model("ft:a")).archived is False
    assert (
        await client.fine_tuning.update_model("ft:a", description="better")
    ).description == "better"
    dry = await client.fine_tuning.create(model="m", hyperparameters={}, dry_run=True)
    assert dry.id not in [j.id for j in (await client.fine_tuning.list()).data]


async def test_agents(client: MistralClient) -> None:
    agent = await client.agents.create(
        model="mistral-large-latest", name="helper", instructions="Help."
    )
    assert agent.version == 0
    updated = await client.agents.update(agent.id, instructions="Help more.")
    assert updated.version == 1 and updated.instructions == "Help more."
    assert (await client.agents.get(agent.id)).name == "helper"
    others = [await client.agents.create(model="m", name=f"a{i}") for i in range(2)]
    assert [a.id async for a in client.agents.iterate(page_size=2)] == [
        agent.id,
        *(o.id for o in others),
    ]
    reply = await client.agents.complete(
        agent_id=agent.id, messages=[{"role": "user", "content": "hi"}]
    )
    assert reply.text == "echo: hi"
    await client.agents.delete(agent.id)
    with pytest.raises(im.NotFoundError):
        await client.agents.get(agent.id)


async def test_batch(client: MistralClient) -> None:
    job = await client.batch.create(
        endpoint="/v1/embeddings", model="mistral-embed", requests=[{"body": {"input": "x"}}]
    )
    assert job.total_requests == 1
    assert (await client.batch.get(job.id)).id == job.id
    assert (await client.batch.cancel(job.id)).status == "CANCELLATION_REQUESTED"
    assert [j.id async for j in client.batch.iterate()] == [job.id]


async def test_classifiers_and_ocr(client: MistralClient) -> None:
    moderation = await client.classifiers.moderate(
        model="mistral-moderation-latest", input=["a", "b"]
    )
    assert len(moderation.results) == 2 and moderation.results[0].categories == {"violence": False}
    chat = await client.classifiers.moderate_chat(
        model="mistral-moderation-latest", input=[{"role": "user", "content": "hi"}]
    )
    assert len(chat.results) == 1
    classified = await client.classifiers.classify(model="ft:c", input="hello")
    assert classified.results[0]["intent"]["scores"]["question"] == 0.9
    assert (
        await client.classifiers.classify_chat(
            model="ft:c", input=[{"messages": [{"role": "user", "content": "x"}]}]
        )
    ).results
    ocr = await client.ocr.process(
        model="mistral-ocr-latest",
        document={"type": "document_url", "document_url": "https://x.test/a.pdf"},
    )
    assert ocr.pages[0].markdown.startswith("# Document") and ocr.usage_info.pages_processed == 1


class Book(BaseModel):
    name: str
    authors: list[str]


async def test_chat_parse(client: MistralClient, server: FakeMistralServer) -> None:
    server.api.chat_replies.append('{"name": "Dune", "authors": ["Frank Herbert"]}')
    result = await client.chat.parse(
        model="m", messages=[{"role": "user", "content": "A book?"}], response_format=Book
    )
    assert result.parsed == Book(name="Dune", authors=["Frank Herbert"])
    sent = server.requests[-1].json["response_format"]
    assert sent["type"] == "json_schema" and sent["json_schema"]["name"] == "Book"
    assert sent["json_schema"]["schema"]["required"] == ["name", "authors"]
    server.api.chat_replies.append('{"name": "Dune"}')
    with pytest.raises(im.ResponseValidationError, match="does not fit Book"):
        await client.chat.parse(
            model="m", messages=[{"role": "user", "content": "A book?"}], response_format=Book
        )


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (500, im.InternalServerError),
        (422, im.UnprocessableEntityError),
        (403, im.PermissionDeniedError),
    ],
)
async def test_error_statuses_reach_every_service(
    server: FakeMistralServer, status: int, cls: type[im.MistralError]
) -> None:
    overrides = local_overrides(server, max_retries=0, circuit_breaker={"enabled": False})
    client = MistralClient.from_env(**overrides)
    calls = {
        "/v1/embeddings": lambda: client.embeddings.create(model="e", input="x"),
        "/v1/models": lambda: client.models.list(),
        "/v1/files": lambda: client.files.list(),
        "/v1/fine_tuning/jobs": lambda: client.fine_tuning.list(),
        "/v1/agents": lambda: client.agents.list_legacy(),
        "/v1/batch/jobs": lambda: client.batch.list(),
        "/v1/moderations": lambda: client.classifiers.moderate(model="m", input="x"),
        "/v1/ocr": lambda: client.ocr.process(
            model="o", document={"type": "image_url", "image_url": "https://x.test/i.png"}
        ),
    }
    for path, call in calls.items():
        server.enqueue(path, status=status, json={"message": f"{path} failed"})
        with pytest.raises(cls, match=f"{path} failed"):
            await call()
    await client.close()


async def test_ids_are_checked_and_encoded(
    client: MistralClient, server: FakeMistralServer
) -> None:
    with pytest.raises(im.RequestValidationError, match="file_id"):
        await client.files.retrieve("")
    with pytest.raises(im.NotFoundError, match=r"file a/\.\./b not found"):
        await client.files.retrieve("a/../b")
    assert server.requests[-1].raw_path == "/v1/files/a%2F..%2Fb"  # no traversal on the wire
    with pytest.raises(im.NotFoundError):
        await client.agents.get("x?y#z")
    assert server.requests[-1].raw_path == "/v1/agents/x%3Fy%23z"
