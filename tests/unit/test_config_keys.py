"""`config/keys.py` is what tools/settings_keys.py writes from the settings models now, so the
typed section keys cannot fall behind the settings table."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_section_keys_are_current() -> None:
    sys.path.insert(0, str(ROOT))
    from tools.settings_keys import TARGET, render

    assert render() == TARGET.read_text(encoding="utf-8"), "run: python tools/settings_keys.py"


def test_every_section_key_is_a_settings_field() -> None:
    from integrations_mistral.config import keys
    from integrations_mistral.config.sources import SECTIONS

    for section, model in SECTIONS.items():
        typed = getattr(keys, "".join(p.capitalize() for p in section.split("_")) + "Keys")
        assert set(typed.__annotations__) == set(model.model_fields), section
