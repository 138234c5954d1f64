"""Typos a config file's tables may hold that no profile being loaded would notice: a profile
table named close to another profile (`[stagng.client]`), a table under a profile that is no
section (`[staging.clinet]`), a section written without its profile (`[client]`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .models import SECTIONS, TOP_LEVEL
from .sources import closest

__all__ = ["table_typos"]


def table_typos(
    tables: Mapping[str, Mapping[str, Any]], known_profiles: Iterable[str]
) -> list[str]:
    """One line per table that looks mistyped, each naming what it is probably meant to be."""
    known = set(known_profiles) | {"default"}
    profiles = known | set(tables)
    found = []
    for profile, table in tables.items():
        if profile in SECTIONS:
            found.append(
                f"[{profile}] is a section written without its profile: "
                f"[default.{profile}] or [<profile>.{profile}]"
            )
            continue
        near = None if profile in known else closest(profile, profiles - {profile})
        section = None if near is not None or profile in known else closest(profile, SECTIONS)
        if near is not None:
            found.append(f"profile [{profile}] is close to profile [{near}]: a typo?")
        elif section is not None:
            found.append(
                f"[{profile}] is close to section {section!r}: a section needs its profile, "
                f"[default.{section}]"
            )
        for key, value in table.items():  # a misplaced plain key: loading the profile names it
            if isinstance(value, dict) and key not in SECTIONS and key not in TOP_LEVEL:
                hint = closest(key, SECTIONS)
                meant = f" (did you mean [{profile}.{hint}]?)" if hint else ""
                found.append(f"[{profile}.{key}] is no section{meant}")
    return found
