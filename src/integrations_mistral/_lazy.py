"""Attributes of a package imported on first use, so `import integrations_mistral` stays light."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

__all__ = ["lazy_attribute"]


def lazy_attribute(
    package: str, modules: Mapping[str, str], namespace: dict[str, Any], name: str
) -> Any:
    """A package's `__getattr__`: `name` from its submodule `modules[name]`, imported now and
    kept in the package's `namespace`, so it is looked up this way once."""
    module = modules.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{package}.{module}"), name)
    namespace[name] = value
    return value
