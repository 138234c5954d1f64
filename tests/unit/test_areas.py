"""The area table is the one place an area is declared: what type checkers see of the clients'
areas is written from it (tools/areas.py) and current, and every row is reachable."""

from __future__ import annotations

import sys
from pathlib import Path

from integrations_mistral import MistralClient, SyncMistralClient
from integrations_mistral.services import AREAS, face_class, service_class

ROOT = Path(__file__).resolve().parents[2]


def test_the_written_area_modules_are_current() -> None:
    sys.path.insert(0, str(ROOT))
    from tools.areas import render

    for path, text in render().items():
        assert path.read_text(encoding="utf-8") == text, f"run: python tools/areas.py ({path})"


def test_every_row_is_an_attribute_of_both_clients() -> None:
    for area in ["chat", *AREAS]:
        assert area in vars(SyncMistralClient) or area in dir(SyncMistralClient), area
        if area != "chat":
            assert area in dir(MistralClient), area
            assert face_class(area).__name__ == f"Sync{service_class(area).__name__}"
