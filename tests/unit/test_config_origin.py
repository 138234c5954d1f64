"""`config/origin.py` and the file layer: provenance is a typed value, each file read once."""

from __future__ import annotations

import builtins
import pickle
from pathlib import Path
from typing import Any

import pytest

from integrations_mistral import load_settings
from integrations_mistral.config.origin import DEFAULT, EXPLICIT, Origin


def test_an_origin_reads_as_its_text_and_carries_its_fields() -> None:
    shipped = Origin("shipped", file=Path("/p.toml"), table="prod")
    assert shipped == "shipped /p.toml [prod]" and shipped.table == "prod"
    assert Origin("credentials", file=Path("/c"), table="default") == "file /c [default]"
    assert Origin("env", variable="MISTRAL_X") == "env MISTRAL_X"
    assert Origin.implied("a (b)") == "implied by a (b)"
    ranks = [
        DEFAULT,
        Origin("shipped", file=Path("/p"), table="default"),
        shipped,
        Origin("file", file=Path("/f"), table="global"),
        Origin("file", file=Path("/f"), table="prod"),
        Origin("credentials", file=Path("/c"), table="prod"),
        Origin("env", variable="MISTRAL_X"),
        EXPLICIT,
    ]
    assert [o.rank for o in ranks] == sorted(o.rank for o in ranks) == [0, 1, 2, 3, 4, 5, 6, 7]
    again = pickle.loads(pickle.dumps(shipped))  # noqa: S301 (our own bytes: a spawned process)
    assert again == shipped and again.kind == "shipped" and again.table == "prod"


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mistral.toml"
    path.write_text(text)
    return path


def test_a_profiles_value_replaces_defaults_and_global_wins(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        """
        [default.fallback]
        models = { a = ["x"] }
        [default.client]
        timeout_secs = 30
        [global.client]
        timeout_secs = 50
        [prod.fallback]
        models = { b = ["y"] }
        [prod.retry]
        max_attempts = 2
        """,
    )
    settings = load_settings("prod", config_file=path, api_key="k", environ={})
    assert dict(settings.fallback.models) == {"b": ("y",)}  # the value its provenance names
    origins = settings.provenance
    assert origins["fallback.models"].table == "prod" and origins["fallback.models"].file == path
    assert settings.client.timeout_secs == 50 and origins["client.timeout_secs"].table == "global"
    assert settings.retry.max_attempts == 2 and origins["retry.max_attempts"].kind == "file"
    assert origins["api_key"].kind == "explicit" and DEFAULT in origins.values()


def test_each_file_is_read_once_per_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file(tmp_path, "[prod.retry]\nmax_attempts = 2\n")
    reads: list[str] = []
    read_bytes, opened = Path.read_bytes, builtins.open

    def counted_read(self: Path) -> bytes:
        reads.append(str(self))
        return read_bytes(self)

    def counted_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        reads.append(str(file))
        return opened(file, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", counted_read)
    monkeypatch.setattr(builtins, "open", counted_open)
    load_settings("prod", config_file=path, api_key="k", environ={})
    assert reads.count(str(path)) == 1


def test_settings_carry_no_loader_state(tmp_path: Path) -> None:
    path = _file(tmp_path, "[prod.fallback]\nprofiles = ['dev']\n")
    settings = load_settings("prod", config_file=path, api_key="k", environ={})
    private = set(settings.__pydantic_private__ or {})
    assert not private & {"_chain", "_load_profile"}
    assert not any(callable(value) for value in (settings.__pydantic_private__ or {}).values())
    assert settings._loaded_from is not None and settings._loaded_from.config_file == path
