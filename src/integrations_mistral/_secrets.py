"""Secrets: recognised by name or shape and masked in every text the client produces."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from yarl import URL

__all__ = [
    "MASK",
    "is_secret_name",
    "looks_like_secret",
    "mask_url",
    "scrub",
    "scrub_error",
    "shown",
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
    """The URL with any password replaced by the mask (`redis://user:***@host`), and any path
    segment or query value shaped like a key (one put in the path of a base URL) masked too."""
    try:
        parsed = URL(url)
    except (TypeError, ValueError):
        return _URL_PASSWORD.sub(rf"\g<1>{MASK}@", url)
    rest = parsed.raw_path_qs if parsed.raw_path != "/" or parsed.raw_query_string else ""
    masked_rest = _mask_path(rest) if rest else rest
    if not parsed.password:
        return url if masked_rest == rest else url[: len(url) - len(rest)] + masked_rest
    host = parsed.raw_authority.rpartition("@")[2]
    return f"{parsed.scheme}://{parsed.raw_user or ''}:{MASK}@{host}{masked_rest}"


_URL_PART = re.compile(r"(?<=[/=])[^/?&=#]+")


def _mask_path(path_qs: str) -> str:
    """A URL's path and query with the segments and values that look like keys masked."""
    return _URL_PART.sub(
        lambda part: MASK if looks_like_secret(part.group()) else part.group(), path_qs
    )


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


_PLAIN_VALUE = re.compile(r"[A-Za-z_ .:/-]{0,40}|[-+]?[0-9_.]{1,24}([eE][-+]?[0-9]{1,3})?")
"""What a setting's value may be shown as in an error: words (a typo such as `ture`, a path,
a URL without digits) or a number; a mix of letters and digits may be a key of any length."""


def shown(name: str, value: object, plain_names: Iterable[str] = ()) -> str:
    """`repr(value)` for a message, masked when the value looks secret or the name does
    (`plain_names` are known settings such as `tokens_per_minute` whose names only seem so).
    A string is shown only when it is plainly no key: words or a number; else its length."""
    if looks_like_secret(value) or type(value).__name__ == "SecretStr":
        return MASK
    if is_secret_name(name) and name not in plain_names:
        return MASK
    if isinstance(value, str) and "://" in value:  # a URL: shown, its password and keys masked
        return repr(scrub(mask_url(value)))
    if isinstance(value, str) and not _PLAIN_VALUE.fullmatch(value):
        return f"{MASK} ({len(value)} characters)"
    return scrub(repr(value))


def _scrubbed(value: Any, secrets: tuple[str, ...]) -> Any:
    """`value` (a decoded JSON body: dicts, lists, strings) with the secrets masked."""
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, dict):
        return {key: _scrubbed(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrubbed(item, secrets) for item in value]
    return value


def scrub_error(error: BaseException, secrets: Iterable[str]) -> BaseException:
    """`error` with the given secrets (the keys in use), bearer tokens and URL passwords masked
    in its message, its body and its headers, whatever path raised it (a server echoing the key
    in an error, a 2xx body that did not parse, an oversized header, a stream's error event)."""
    keys = tuple(secret for secret in secrets if secret)
    message = getattr(error, "message", None)
    if isinstance(message, str):
        clean = scrub(message, keys)
        if clean != message:
            error.message = clean  # type: ignore[attr-defined]
            error.args = (clean,)
    body = getattr(error, "body", None)
    if body is not None and any(key in repr(body) for key in keys):
        error.body = _scrubbed(body, keys)  # type: ignore[attr-defined]
    headers = getattr(error, "headers", None)
    if headers and any(key in value for value in headers.values() for key in keys):
        error.headers = type(headers)(  # type: ignore[attr-defined]
            (name, scrub(value, keys)) for name, value in headers.items()
        )
    _cut_chain(error, keys)
    return error


def _cut_chain(error: BaseException, keys: tuple[str, ...]) -> None:
    """Drop from `error`'s chain what no traceback shows (`__context__` under `raise ... from`)
    and every link whose text holds a key: a pydantic error quoting a body, a key function's
    own exception, the decode error of a malformed stream event."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        if link.__suppress_context__:
            link.__context__ = None
        for name in ("__cause__", "__context__"):
            inner = getattr(link, name)
            if inner is not None and _holds_secret(inner, keys):
                setattr(link, name, None)
                link.__suppress_context__ = True
        link = link.__cause__ or link.__context__


def _holds_secret(error: BaseException, keys: tuple[str, ...]) -> bool:
    text = f"{error}{error.args!r}"
    return any(key in text for key in keys) or scrub(text) != text
