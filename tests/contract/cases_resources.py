"""The cases of libraries, audio and conversations."""

from __future__ import annotations

import integrations_mistral as im

from .cases import CONVERSATION_INPUTS, DOC, LIB, SHARE, Case, _drain, _share_then_unshare

RESOURCES: list[Case] = [
    Case("/v1/libraries", "GET", lambda w: w.client.libraries.list(), im.LibraryList, body="none"),
    Case(
        "/v1/libraries",
        "GET",
        lambda w: w.client.libraries.list(page_size=10, page_token="t1", search="docs"),
        im.LibraryList,
        body="none",
    ),
    Case(
        "/v1/libraries",
        "POST",
        lambda w: w.client.libraries.create(
            name="docs", description="d", chunk_size=512, owner_type="Workspace"
        ),
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
            w.library_id,
            w.document_id,
            name="c.txt",
            attributes={"k": "v"},
            expires_at="2027-01-01T00:00:00Z",
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
        lambda w: w.client.libraries.documents.text_content(
            w.library_id, w.document_id, page_start=1, page_end=2
        ),
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
            input="Hello",
            voice_id=w.voice_id,
            response_format="mp3",
            model="voxtral-mini-tts",
            metadata={"team": "a"},
            prompt_cache_key="k",
        ),
        im.SpeechResponse,
    ),
    Case(
        "/v1/audio/voices",
        "GET",
        lambda w: w.client.audio.voices.list(limit=5, offset=0, type="custom"),
        im.VoiceList,
        body="none",
    ),
    Case(
        "/v1/audio/voices",
        "POST",
        lambda w: w.client.audio.voices.create(
            name="mine",
            sample_audio=b"RIFF",
            sample_filename="a.wav",
            languages=["en"],
            tags=["x"],
            description="a calm voice",
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
        lambda w: w.client.audio.voices.update(
            w.voice_id, name="renamed", tags=["a"], description="calmer"
        ),
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
