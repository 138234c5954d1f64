"""Redaction of content by `logging.redaction_level`; secrets are masked at every level."""

from __future__ import annotations

from typing import Any

from .._secrets import MASK, is_secret_name, looks_like_secret, mask_url, scrub

__all__ = ["MASK", "Redactor", "is_secret_name", "looks_like_secret", "mask_url", "scrub"]


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
