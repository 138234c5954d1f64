"""Libraries end to end against the fake server: collections, documents, processing, sharing."""

from __future__ import annotations

import pytest

import integrations_mistral as im
from integrations_mistral import MistralClient, SyncMistralClient
from integrations_mistral.testing import FakeMistralServer
from tests.conftest import local_overrides

USER = "4b0e0d1e-0000-4000-8000-000000000001"


def client_for(server: FakeMistralServer) -> MistralClient:
    return MistralClient.from_env(**local_overrides(server, retry={"max_attempts": 1}))


async def test_libraries_documents_and_sharing(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        library = await client.libraries.create(name="handbook", description="HR docs")
        assert [lib.id for lib in (await client.libraries.list()).data] == [library.id]
        docs = client.libraries.documents
        first = await docs.upload(library.id, file=("leave.pdf", b"%PDF leave policy"))
        await docs.upload(library.id, file=("travel.pdf", b"%PDF travel"))
        assert first.name == "leave.pdf" and first.size == 17
        status = await docs.wait_until_processed(library.id, first.id, poll_secs=0.01)
        assert status.process_status == "done" and status.finished
        text = await docs.text_content(library.id, first.id)
        assert text.text == "text of leave.pdf (17 bytes)"
        assert (await docs.signed_url(library.id, first.id)).startswith("https://")
        assert (await docs.extracted_text_signed_url(library.id, first.id)).startswith("https://")
        found = await docs.list(library.id, search="travel")
        assert [d.name for d in found.data] == ["travel.pdf"] and found.total == 1
        assert sorted([d.name async for d in docs.iterate(library.id, page_size=1)]) == [
            "leave.pdf",
            "travel.pdf",
        ]
        renamed = await docs.update(
            library.id, first.id, name="leave-2026.pdf", attributes={"year": 2026}
        )
        assert renamed.name == "leave-2026.pdf" and renamed.attributes == {"year": 2026}
        await docs.reprocess(library.id, first.id)
        assert (await docs.status(library.id, first.id)).process_status == "in_progress"
        await docs.delete(library.id, first.id)
        with pytest.raises(im.NotFoundError):
            await docs.get(library.id, first.id)
        shared = await client.libraries.accesses.set(
            library.id, share_with_uuid=USER, share_with_type="User", level="Viewer"
        )
        assert shared.role == "Viewer"
        assert [
            s.share_with_uuid for s in (await client.libraries.accesses.list(library.id)).data
        ] == [USER]
        with pytest.raises(TypeError, match="'level'"):  # Python's own, as for any function
            await client.libraries.accesses.delete(  # type: ignore[call-arg]
                library.id, share_with_uuid=USER, share_with_type="User"
            )
        await client.libraries.accesses.delete(
            library.id, share_with_uuid=USER, share_with_type="User", level="Viewer"
        )
        assert (await client.libraries.update(library.id, name="hr")).name == "hr"
        assert (await client.libraries.delete(library.id)).id == library.id


async def test_waiting_has_a_deadline(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        library = await client.libraries.create(name="x")
        doc = await client.libraries.documents.upload(library.id, file=("a.txt", b"a"))
        server.api.libraries._status_reads[doc.id] = -1000  # processing never finishes
        with pytest.raises(im.RequestTimeoutError, match="still in_progress after 0.05 s"):
            await client.libraries.documents.wait_until_processed(
                library.id, doc.id, timeout=0.05, poll_secs=0.01
            )


def test_nested_services_are_blocking_in_the_sync_client() -> None:
    client = SyncMistralClient.from_env(api_key="k")
    try:
        documents = client.libraries.documents  # type: ignore[attr-defined]
        transcriptions = client.audio.transcriptions  # type: ignore[attr-defined]
        assert (type(documents).__name__, type(transcriptions).__name__) == (
            "SyncDocumentsService",
            "SyncTranscriptionsService",
        )
    finally:
        client.close()
