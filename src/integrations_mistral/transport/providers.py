"""Deployment targets: where each operation goes on Azure AI Foundry and Google Vertex AI.

La Plateforme (and a self-hosted server) needs no routing: its paths are the API's own. The
others serve a few operations at paths of their own; anything else fails before it is sent.
Facts from the official SDK's `mistralai.azure` and `mistralai.gcp` packages (3.7.0).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from multidict import MultiDict

from ..config.models import MistralSettings
from ..errors import ConfigurationError, RequestValidationError, UnsupportedOperationError

__all__ = ["Route", "Router", "router_for"]

Route = tuple[str, Any]
"""(path, query parameters) of one operation on the target."""

Router = Callable[[str, str, str, Any, Any], Route]
"""(operation, method, path, body, params) -> where the call goes; raises if it cannot."""

AZURE_PATHS = {
    "chat.create": "/models/chat/completions",
    "chat.create_stream": "/models/chat/completions",
    "ocr.process": "/providers/mistral/azure/ocr",
}
GCP_METHODS = {
    "chat.create": "rawPredict",
    "chat.create_stream": "streamRawPredict",
    "fim.create": "rawPredict",
    "fim.create_stream": "streamRawPredict",
}
_ESCAPE_HATCH = "request."  # client.request(...): the caller names the path itself


def _unsupported(
    provider: str, operation: str, served: Mapping[str, str]
) -> UnsupportedOperationError:
    return UnsupportedOperationError(
        f"{operation} is not served by provider {provider!r} (client.provider); it serves "
        f"{', '.join(served)}. Nothing was sent."
    )


def _with_query(params: Any, name: str, value: str) -> Any:
    merged: MultiDict[Any] = MultiDict(params or {})
    merged[name] = value
    return merged


def azure_router(api_version: str) -> Router:
    def route(operation: str, method: str, path: str, body: Any, params: Any) -> Route:
        target = AZURE_PATHS.get(operation)
        if target is None:
            if not operation.startswith(_ESCAPE_HATCH):
                raise _unsupported("azure", operation, AZURE_PATHS)
            target = path
        return target, _with_query(params, "api-version", api_version)

    return route


def gcp_router(project_id: str, region: str) -> Router:
    prefix = f"/v1/projects/{quote(project_id, safe='')}/locations/{quote(region, safe='')}"

    def route(operation: str, method: str, path: str, body: Any, params: Any) -> Route:
        verb = GCP_METHODS.get(operation)
        if verb is None:
            if operation.startswith(_ESCAPE_HATCH):
                return path, params
            raise _unsupported("gcp", operation, GCP_METHODS)
        model = getattr(body, "model", None)
        if not isinstance(model, str) or not model:
            raise RequestValidationError(f"{operation}: Vertex AI needs the model name (model=)")
        return f"{prefix}/publishers/mistralai/models/{quote(model, safe='')}:{verb}", params

    return route


def router_for(settings: MistralSettings, project_id: str | None = None) -> Router | None:
    """The settings' target's router (None for La Plateforme: paths as they are).
    `project_id`: the Google credentials' project, when `gcp.project_id` is unset."""
    provider = settings.client.provider
    if provider == "azure":
        return azure_router(settings.azure.api_version)
    if provider == "gcp":
        project = settings.gcp.project_id or project_id
        if not project:
            raise ConfigurationError(
                "gcp.project_id: unset, and the Google credentials name no project; set "
                "MISTRAL_GCP__PROJECT_ID or [<profile>.gcp] project_id"
            )
        return gcp_router(project, settings.gcp.region)
    return None
