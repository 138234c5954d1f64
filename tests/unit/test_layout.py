"""The repository's `config/` is the one source of the shipped profiles and deployment examples:
the package reads it in a checkout, and the wheel carries it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from integrations_mistral.config.loader import SHIPPED_PROFILES, load_settings
from tests.conftest import REPO


def test_the_package_reads_the_repositorys_config_folder() -> None:
    assert SHIPPED_PROFILES.read_bytes() == (REPO / "config" / "profiles.toml").read_bytes()
    assert not (REPO / "src" / "integrations_mistral" / "config" / "profiles.toml").exists()


def test_the_local_profile_is_quiet_and_dev_is_verbose() -> None:
    assert load_settings("local").logging.level == "WARNING"
    assert load_settings("dev").logging.level == "DEBUG"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built as a wheel from this checkout, once for the module."""
    if sys.platform == "win32":
        pytest.skip("builds a wheel with pip")
    folder = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(folder), str(REPO)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return next(folder.glob("*.whl"))


def test_the_wheel_ships_the_config_folder(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for name in ("profiles.toml", "deployments.toml"):
            packaged = archive.read(f"integrations_mistral/config/{name}")
            assert packaged == (REPO / "config" / name).read_bytes()


def test_the_published_readme_has_no_link_that_works_only_in_the_repository(wheel: Path) -> None:
    """Shown on a package index, the README names the files its repository links point at (each
    one shipped in the source distribution) instead of linking to them relatively."""
    import re

    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        description = archive.read(name).decode()
    relative = re.findall(r"\]\((?!https?://|#)([^)]+)\)", description)
    assert relative == []
    named = re.findall(r"`([^`]+)` \(in the source distribution\)", description)
    assert "docs/migrating.md" in named
    for path in named:
        assert (REPO / path).exists(), path  # tracked files: hatch puts them in the sdist
    assert "Project-URL: Mistral API reference, https://docs.mistral.ai/api/" in description
