"""Redaction: secrets are masked everywhere; content is kept, cut or dropped by `redaction_level`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from yarl import URL

__all__ = [
    "MASK",
    "Redactor",
    "is_secret_name",
    "looks_like_secret",
    "mask_url",
    "scrub",
]

MASK = "[REDACTED]"

_SECRET_NAME = re.compile(r"key|token|secret|passw|authori[sz]ation|credential", re.IGNORECASE)
# An opaque credential: one long run of letters, digits, '-' or '_' with both letters and digits.
_SECRET_VALUE = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9_\-.~+/=]{20,}$")
_BEARER = re.compile(r"(Bearer\s+)[^\s'\",}]+", re.IGNORECASE)
_URL_PASSWORD = re.compile(r"([a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@/\s]+@", re.IGNORECASE)


def is_secret_name(name: str) -> bool:
    """A setting or field whose name says it holds a secret (`*key*`, `*token*`, ...)."""
    return bool(_SECRET_NAME.search(name))


def looks_like_secret(value: object) -> bool:
    """A string shaped like an API key or token (long, opaque, letters and digits mixed)."""
    return isinstance(value, str) and bool(_SECRET_VALUE.match(value.strip()))


def mask_url(url: str) -> str:
    """The URL with any password replaced by the mask (`redis://user:***@host`)."""
    try:
        parsed = URL(url)
    except (TypeError, ValueError):
        return _URL_PASSWORD.sub(rf"\g<1>{MASK}@", url)
    return str(parsed.with_password(MASK)) if parsed.password else url


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` without the given secrets, bearer tokens or URL passwords."""
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, MASK)
    if "earer" in text:
        text = _BEARER.sub(rf"\g<1>{MASK}", text)
    if "@" in text and "://" in text:
        text = _URL_PASSWORD.sub(rf"\g<1>{MASK}@", text)
    return text


class Redactor:
    """Applies `logging.redaction_level` to content: message, completion, embedding, file data."""

    __slots__ = ("level", "max_chars")

    def __init__(self, level: str, max_chars: int = 64) -> None:
        self.level = level
        self.max_chars = max_chars

    @property
    def keeps_content(self) -> bool:
        return self.level != "full"

    def content(self, value: Any) -> Any:
        """`None` at `full`; cut to `max_chars` with its length at `partial`; whole at `none`."""
        if self.level == "full" or value is None:
            return None
        text = value if isinstance(value, str) else str(value)
        if self.level == "none":
            return text
        if len(text) <= self.max_chars:
            return text
        return f"{text[: self.max_chars]}... ({len(text)} chars)"
