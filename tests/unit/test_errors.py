"""HTTP statuses map to typed errors carrying the server's message."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

import integrations_mistral as im
from integrations_mistral.errors import error_for_status, parse_retry_after

RETRYABLE = (429, 500, 502, 503, 504)


@pytest.mark.parametrize(
    ("status", "cls", "error_type", "retryable"),
    [
        (400, im.BadRequestError, "bad_request", False),
        (401, im.AuthenticationError, "authentication", False),
        (403, im.PermissionDeniedError, "permission_denied", False),
        (404, im.NotFoundError, "not_found", False),
        (409, im.ConflictError, "conflict", False),
        (422, im.UnprocessableEntityError, "unprocessable_entity", False),
        (429, im.RateLimitError, "rate_limit", True),
        (500, im.InternalServerError, "server_error", True),
        (502, im.InternalServerError, "server_error", True),
        (503, im.ServiceUnavailableError, "service_unavailable", True),
        (504, im.GatewayTimeoutError, "gateway_timeout", True),
        (418, im.BadRequestError, "bad_request", False),
        (507, im.InternalServerError, "server_error", False),
    ],
)
def test_status_mapping(
    status: int, cls: type[im.MistralError], error_type: str, retryable: bool
) -> None:
    body = json.dumps({"object": "error", "message": "went wrong", "type": "x"}).encode()
    error = error_for_status(status, body, {}, request_id="rid", retryable_status_codes=RETRYABLE)
    assert type(error) is cls
    assert isinstance(error, im.MistralError)
    assert error.status_code == status and error.error_type == error_type
    assert error.is_retryable is retryable
    assert error.request_id == "rid"
    assert "went wrong" in str(error)


def test_validation_detail_shape() -> None:
    body = json.dumps(
        {"detail": [{"loc": ["body", "model"], "msg": "Field required", "type": "missing"}]}
    )
    error = error_for_status(
        422, body.encode(), {}, request_id=None, retryable_status_codes=RETRYABLE
    )
    assert "body.model: Field required" in str(error)


def test_non_json_error_body() -> None:
    error = error_for_status(
        502, b"<html>bad gateway</html>", {}, request_id=None, retryable_status_codes=RETRYABLE
    )
    assert "bad gateway" in str(error)


def test_retry_after_seconds_and_date() -> None:
    error = error_for_status(
        429, b"{}", {"Retry-After": "7"}, request_id=None, retryable_status_codes=RETRYABLE
    )
    assert isinstance(error, im.RateLimitError) and error.retry_after == 7.0
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now=now) == 30.0
    assert parse_retry_after("garbage") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("-5") == 0.0


def test_configuration_error_is_a_value_error() -> None:
    assert issubclass(im.ConfigurationError, ValueError)
    assert issubclass(im.ConfigurationError, im.MistralError)
    assert im.ConfigurationError("x").error_type == "configuration"


def test_every_exported_error_ends_in_error() -> None:
    exported = [getattr(im, name) for name in im.__all__]
    errors = [obj for obj in exported if isinstance(obj, type) and issubclass(obj, BaseException)]
    assert len(errors) >= 15
    assert all(cls.__name__.endswith("Error") for cls in errors)
