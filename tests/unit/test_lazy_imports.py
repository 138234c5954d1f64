"""`import integrations_mistral` loads what a chat call needs; the other API areas load on first use."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

import integrations_mistral
from integrations_mistral import MistralClient, SyncMistralClient, load_settings, services, types
from integrations_mistral._area import Area
from integrations_mistral._areas import ClientAreas
from integrations_mistral.factory import StackRegistry
from integrations_mistral.services import AREAS
from integrations_mistral.types._generated import MODULES

GENERATED_TYPES = sorted({f"integrations_mistral.types._generated.{m}" for m in MODULES.values()})
LAZY_MODULES = (
    [f"integrations_mistral.types.{area}" for area in types._areas.LAZY]
    + [f"integrations_mistral.services.{services._MODULE_OF[cls]}" for cls in AREAS.values()]
    + GENERATED_TYPES
)
NEVER_ON_IMPORT = [
    "pythonjsonlogger",  # with the first JSON formatter
    "redis",
    "opentelemetry",  # the API too: loaded once a signal is on, a call observed or a record logged
    "integrations_mistral.cli",
    "integrations_mistral.testing",
]


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_import_loads_no_other_area_and_nothing_a_call_does_not_need() -> None:
    loaded = loaded_after("import integrations_mistral")
    assert "integrations_mistral.services.chat" in loaded
    assert "integrations_mistral.types.streaming" in loaded
    assert sorted(set(LAZY_MODULES) & loaded) == []
    assert [m for m in NEVER_ON_IMPORT if m in loaded] == []


def test_a_chat_client_loads_no_other_area_and_no_telemetry_it_does_not_emit() -> None:
    loaded = loaded_after(
        "from integrations_mistral import MistralClient\n"
        "client = MistralClient.from_env(api_key='k')\n"
        "client.chat"
    )
    assert sorted(set(LAZY_MODULES) & loaded) == []
    assert [m for m in loaded if m.startswith("opentelemetry")] == []


def test_a_client_with_tracing_on_loads_the_api_it_emits_through() -> None:
    loaded = loaded_after(
        "from integrations_mistral import MistralClient\n"
        "MistralClient.from_env(api_key='k', tracing={'enabled': True})"
    )
    assert "opentelemetry.trace" in loaded
    assert "opentelemetry.sdk" not in loaded  # the global (no-op) provider: no SDK needed


def test_an_area_loads_on_first_use_and_only_its_own() -> None:
    loaded = loaded_after(
        "from integrations_mistral import MistralClient\nMistralClient.from_env(api_key='k').files"
    )
    assert {"integrations_mistral.services.files", "integrations_mistral.types.files"} <= loaded
    assert "integrations_mistral.types.conversations" not in loaded
    assert "integrations_mistral.services.audio" not in loaded


def test_a_generated_area_loads_on_first_use_and_only_its_own() -> None:
    loaded = loaded_after(
        "from integrations_mistral import MistralClient\n"
        "MistralClient.from_env(api_key='k').workflows.executions"
    )
    assert "integrations_mistral.services._generated.workflows_executions" in loaded
    assert "integrations_mistral.services._generated.connectors" not in loaded
    assert not [m for m in loaded if m.startswith("integrations_mistral.types._generated.admin")]


def test_a_generated_model_loads_by_name_from_types() -> None:
    loaded = loaded_after("from integrations_mistral.types import Judge")
    assert f"integrations_mistral.types._generated.{MODULES['Judge']}" in loaded
    assert "integrations_mistral.services._generated.observability" not in loaded


@pytest.mark.parametrize("area", sorted(types._areas.LAZY))
def test_lazy_names_are_their_modules_exports(area: str) -> None:
    """Type checkers read the star imports (the area's `__all__`); runtime reads `_areas.LAZY`."""
    module = importlib.import_module(f"integrations_mistral.types.{area}")
    assert set(types._areas.LAZY[area]) <= set(module.__all__)
    for name in types._areas.LAZY[area]:
        assert getattr(types, name) is getattr(module, name)


def test_every_exported_name_resolves_from_the_package_and_types() -> None:
    for name in types.__all__:
        assert getattr(integrations_mistral, name) is getattr(types, name)
    assert set(types.__all__) <= set(integrations_mistral.__all__)
    for name in services.__all__:
        assert getattr(services, name) is not None


@pytest.mark.parametrize(
    "module",
    ["integrations_mistral", "integrations_mistral.types", "integrations_mistral.services"],
)
def test_dir_lists_the_lazy_names_before_their_areas_load(module: str) -> None:
    """Completion in a REPL sees every name while its area is still not imported."""
    probe = (
        f"import json, sys, {module} as m\n"
        "print(json.dumps([sorted(set(m.__all__) - set(dir(m))), sorted(sys.modules)]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    missing, loaded = json.loads(done.stdout.splitlines()[-1])
    assert missing == []
    assert sorted(set(LAZY_MODULES) & set(loaded)) == []


@pytest.mark.parametrize("module", [integrations_mistral, types, services])
def test_unknown_names_are_attribute_errors(module: object) -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        getattr(module, "NoSuchModel")  # noqa: B009


def test_every_lazy_area_is_a_client_attribute_of_its_service_class() -> None:
    """`services.AREAS` and the client's `Area` attributes name the same areas."""
    client = MistralClient(load_settings(api_key="k"), registry=StackRegistry())
    declared = {name for name, value in vars(ClientAreas).items() if isinstance(value, Area)}
    assert declared == set(AREAS)
    for area in AREAS:
        assert isinstance(getattr(client, area), services.service_class(area))


def test_client_services_are_built_once_per_client_on_their_own_caller() -> None:
    client = MistralClient(load_settings(api_key="k"), registry=StackRegistry())
    assert "files" not in vars(client)
    files = client.files
    assert isinstance(files, services.FilesService)
    assert client.files is files
    assert files._caller is client._caller
    derived = client.with_options(timeout_secs=5)
    assert derived.files is not files
    assert derived.files._caller is derived._caller
    assert isinstance(client.audio.speech, services.Service)
    with pytest.raises(AttributeError, match="flies"):
        client.flies  # type: ignore[attr-defined]  # noqa: B018


def test_sync_client_services_are_made_on_first_access() -> None:
    with SyncMistralClient(load_settings(api_key="k"), registry=StackRegistry()) as client:
        assert "ocr" not in vars(client)
        ocr = client.ocr
        assert client.ocr is ocr
        assert ocr._service is client._client.ocr
        assert callable(client.audio.speech.create)  # nested services are blocking too
        derived = client.with_options(timeout_secs=5)
        assert derived.ocr._service is derived._client.ocr
        with pytest.raises(AttributeError, match="flies"):
            client.flies  # noqa: B018


def test_every_generated_model_is_reachable_from_types_by_its_name() -> None:
    """No generated model is hidden behind a hand-written one of the same name."""
    named = [*types.__all__, *types._AREA_OF]
    assert sorted({n for n in named if named.count(n) > 1} - set(types._AREA_OF)) == []
    assert sorted(set(MODULES) & set(types._AREA_OF)) == []
    assert set(types._generated.__all__) == set(MODULES)  # every one, for type checkers too
    assert types.ConnectorsTool.__module__.startswith("integrations_mistral.types._generated")
