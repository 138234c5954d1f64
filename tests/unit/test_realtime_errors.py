"""The realtime protocol's errors read as the official SDK sends them: `{"error": {"message":
str | {"detail": ...}, "code": int}}`, a bare string, or a close frame."""

from __future__ import annotations

from integrations_mistral.transport.websocket import close_error, error_of, socket_url


def test_an_error_event_with_a_detail_object() -> None:
    error = error_of(
        {"type": "error", "error": {"message": {"detail": "audio too loud"}, "code": 4002}},
        "realtime transcription",
        "req-1",
    )
    assert error.code == 4002 and "audio too loud" in str(error) and error.request_id == "req-1"
    assert not error.is_retryable


def test_an_error_event_as_a_string_and_a_retryable_code() -> None:
    assert "plain words" in str(error_of({"type": "error", "error": "plain words"}, "x", None))
    busy = error_of({"error": {"message": "busy", "code": 503}}, "x", None, frozenset({503}))
    assert busy.is_retryable


def test_close_frames_keep_code_and_reason() -> None:
    error = close_error(1008, "Voice 'nope' not found.", "realtime speech", None)
    assert (error.close_code, error.close_reason) == (1008, "Voice 'nope' not found.")
    assert not error.is_retryable
    assert close_error(1011, "", "x", None).is_retryable  # the server's internal error


def test_the_socket_url_follows_the_base_urls_scheme() -> None:
    path = "/v1/audio/transcriptions/realtime"
    assert str(socket_url("https://api.mistral.ai", path)) == f"wss://api.mistral.ai{path}"
    assert str(socket_url("http://127.0.0.1:8080", path)) == f"ws://127.0.0.1:8080{path}"
