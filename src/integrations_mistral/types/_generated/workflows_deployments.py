"""Workflows deployments models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._base import Tolerant, WireModel

__all__ = [
    "CreateDeploymentRequest",
    "DeploymentBuildState",
    "DeploymentDetailResponse",
    "DeploymentListResponse",
    "DeploymentLocation",
    "DeploymentLogRecord",
    "DeploymentLogSearchResponse",
    "DeploymentObservedState",
    "DeploymentResourceConfig",
    "DeploymentResourceConfigUpdate",
    "DeploymentResponse",
    "DeploymentWorkerListResponse",
    "DeploymentWorkerResponse",
    "DeploymentWorkerSpecInput",
    "DeploymentWorkerSpecResponse",
    "GitCommitAuthor",
    "GitCommitMetadata",
    "LocationType",
    "ManagedDeploymentResponse",
    "UpdateDeploymentRequest",
    "WorkflowsWorkerSpecUpdate",
]


class CreateDeploymentRequest(WireModel):
    """Body of `POST /v1/workflows/deployments`."""

    name: str
    spec: DeploymentWorkerSpecInput
    resources: DeploymentResourceConfig | None = None
    hardened: bool | None = None


class DeploymentBuildState(WireModel):
    phase: str | None = None
    commit_sha: str | None = None
    image: str | None = None
    message: str | None = None
    started_at: str | None = None
    finished_at: str | None = None


class DeploymentDetailResponse(WireModel):
    """Reply of `GET /v1/workflows/deployments/{name}`."""

    id: str
    name: str
    is_active: bool
    is_hardened: bool | None = None
    created_at: str
    updated_at: str
    location: DeploymentLocation | None = None
    worker_count: int | None = None
    active_worker_count: int | None = None
    locations: list[LocationType] | None = None
    managed: ManagedDeploymentResponse | None = None
    workers: list[DeploymentWorkerResponse]


class DeploymentListResponse(WireModel):
    """Reply of `GET /v1/workflows/deployments`."""

    deployments: list[DeploymentResponse]
    next_cursor: str | None
    workspace_id: str


class DeploymentLocation(WireModel):
    location_type: LocationType
    k8s_cluster: str | None = None
    k8s_namespace: str | None = None


class DeploymentLogRecord(WireModel):
    timestamp: str
    trace_id: str
    span_id: str
    severity_text: str
    body: str
    log_attributes: dict[str, str]


class DeploymentLogSearchResponse(WireModel):
    """Reply of `GET /v1/workflows/deployments/{name}/logs`."""

    results: list[DeploymentLogRecord]
    next_cursor: str | None = None


class DeploymentObservedState(WireModel):
    phase: str | None = None
    available_replicas: int | None = None
    ready_replicas: int | None = None
    endpoint: str | None = None
    message: str | None = None
    last_seen: str | None = None
    deployed_revision: str | None = None
    generation: int | None = None
    build_state: DeploymentBuildState | None = None


class DeploymentResourceConfig(WireModel):
    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None


class DeploymentResourceConfigUpdate(WireModel):
    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None


class DeploymentResponse(WireModel):
    id: str
    name: str
    is_active: bool
    is_hardened: bool | None = None
    created_at: str
    updated_at: str
    location: DeploymentLocation | None = None
    worker_count: int | None = None
    active_worker_count: int | None = None
    locations: list[LocationType] | None = None
    managed: ManagedDeploymentResponse | None = None


class DeploymentWorkerListResponse(WireModel):
    """Reply of `GET /v1/workflows/deployments/{name}/workers`."""

    workers: list[DeploymentWorkerResponse]
    next_cursor: str | None


class DeploymentWorkerResponse(WireModel):
    name: str
    created_at: str
    updated_at: str
    is_active: bool
    location: DeploymentLocation | None = None


class DeploymentWorkerSpecInput(WireModel):
    github_url: str
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None


class DeploymentWorkerSpecResponse(WireModel):
    github_url: str
    type: str | None = None
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None
    restarted_at: str | None = None
    commit_sha: str | None = None
    commit: GitCommitMetadata | None = None


class GitCommitAuthor(WireModel):
    name: str | None = None
    username: str | None = None
    html_url: str | None = None


class GitCommitMetadata(WireModel):
    sha: str
    message: str | None = None
    author: GitCommitAuthor | None = None
    html_url: str | None = None


class ManagedDeploymentResponse(WireModel):
    """Reply of `POST /v1/workflows/deployments`."""

    service_id: str
    name: str
    spec: DeploymentWorkerSpecResponse
    resources: DeploymentResourceConfig
    status: DeploymentObservedState
    created_at: str
    updated_at: str
    stopped: bool | None = None
    rollout_status: str | None = None
    created_by: str | None = None
    updated_by: str | None = None
    deployed_by: str | None = None
    deployed_at: str | None = None
    is_hardened: bool | None = None


class UpdateDeploymentRequest(WireModel):
    """Body of `PATCH /v1/workflows/deployments/{name}`."""

    spec: WorkflowsWorkerSpecUpdate | None = None
    resources: DeploymentResourceConfigUpdate | None = None


class WorkflowsWorkerSpecUpdate(WireModel):
    github_url: str | None = None
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None


LocationType = Annotated[Literal["local", "k8s", "managed"], Tolerant]
