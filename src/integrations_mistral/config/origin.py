"""`Origin`: where one setting's value came from, as a typed value (kind, rank, file, table,
variable) that also reads as the text `config show` prints, so nothing parses that text."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

__all__ = ["DEFAULT", "EXPLICIT", "Origin"]

Kind = Literal["default", "implied", "shipped", "file", "credentials", "env", "explicit"]

# the layering, lowest first: a key source given by a higher layer (or table) wins
_RANK: dict[str, int] = {
    "default": 0,
    "implied": 0,  # implied values count as unset when layers are compared
    "shipped": 1,  # +1 for a profile's own table over [default] / [global]
    "file": 3,
    "credentials": 5,
    "env": 6,
    "explicit": 7,
}
_SHARED_TABLES = frozenset({"default", "global"})


class Origin(str):
    """A setting's source: `file /etc/mistral.toml [prod]`, `env MISTRAL_RETRY__MAX_ATTEMPTS`,
    `explicit`, `default`, `implied by ...`. Equal to its text (what users and `config show`
    read); the loader and the fallback chain read the typed fields instead."""

    kind: Kind
    file: Path | None
    table: str | None  # the TOML table of a file (`default`, `global`, a profile)
    variable: str | None  # the environment variable

    def __new__(
        cls,
        kind: Kind,
        *,
        file: Path | None = None,
        table: str | None = None,
        variable: str | None = None,
        text: str | None = None,
    ) -> Origin:
        if text is None:
            if file is not None:
                label = "file" if kind == "credentials" else kind
                text = f"{label} {file} [{table}]"
            elif variable is not None:
                text = f"env {variable}"
            else:
                text = kind
        origin = super().__new__(cls, text)
        origin.kind, origin.file, origin.table, origin.variable = kind, file, table, variable
        return origin

    def __reduce__(self) -> tuple[object, ...]:  # pickled (a forked or spawned process) whole
        return (_rebuild, (self.kind, self.file, self.table, self.variable, str(self)))

    @property
    def rank(self) -> int:
        """Where the source stands in the layering (higher wins)."""
        rank = _RANK[self.kind]
        if self.kind in ("shipped", "file") and self.table not in _SHARED_TABLES:
            rank += 1
        return rank

    @classmethod
    def implied(cls, why: str) -> Origin:
        """A value another setting implies (`implied by rate_limit.tokens_per_minute (...)`)."""
        return cls("implied", text=f"implied by {why}")


def _rebuild(
    kind: Kind, file: Path | None, table: str | None, variable: str | None, text: str
) -> Origin:
    return Origin(kind, file=file, table=table, variable=variable, text=text)


DEFAULT = Origin("default")
EXPLICIT = Origin("explicit")
