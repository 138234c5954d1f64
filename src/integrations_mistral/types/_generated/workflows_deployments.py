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
    """CreateDeploymentRequest."""

    name: str
    spec: DeploymentWorkerSpecInput
    resources: DeploymentResourceConfig | None = None
    hardened: bool | None = None


class DeploymentBuildState(WireModel):
    """DeploymentBuildState."""

    phase: str | None = None
    commit_sha: str | None = None
    image: str | None = None
    message: str | None = None
    started_at: str | None = None
    finished_at: str | None = None


class DeploymentDetailResponse(WireModel):
    """DeploymentDetailResponse."""

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
    """DeploymentListResponse."""

    deployments: list[DeploymentResponse]
    next_cursor: str | None
    workspace_id: str


class DeploymentLocation(WireModel):
    """DeploymentLocation."""

    location_type: LocationType
    k8s_cluster: str | None = None
    k8s_namespace: str | None = None


class DeploymentLogRecord(WireModel):
    """DeploymentLogRecord."""

    timestamp: str
    trace_id: str
    span_id: str
    severity_text: str
    body: str
    log_attributes: dict[str, str]


class DeploymentLogSearchResponse(WireModel):
    """DeploymentLogSearchResponse."""

    results: list[DeploymentLogRecord]
    next_cursor: str | None = None


class DeploymentObservedState(WireModel):
    """DeploymentObservedState."""

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
    """DeploymentResourceConfig."""

    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None


class DeploymentResourceConfigUpdate(WireModel):
    """DeploymentResourceConfigUpdate."""

    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None


class DeploymentResponse(WireModel):
    """DeploymentResponse."""

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
    """DeploymentWorkerListResponse."""

    workers: list[DeploymentWorkerResponse]
    next_cursor: str | None


class DeploymentWorkerResponse(WireModel):
    """DeploymentWorkerResponse."""

    name: str
    created_at: str
    updated_at: str
    is_active: bool
    location: DeploymentLocation | None = None


class DeploymentWorkerSpecInput(WireModel):
    """DeploymentWorkerSpecInput."""

    github_url: str
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None


class DeploymentWorkerSpecResponse(WireModel):
    """DeploymentWorkerSpecResponse."""

    github_url: str
    type: str | None = None
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None
    restarted_at: str | None = None
    commit_sha: str | None = None
    commit: GitCommitMetadata | None = None


class GitCommitAuthor(WireModel):
    """GitCommitAuthor."""

    name: str | None = None
    username: str | None = None
    html_url: str | None = None


class GitCommitMetadata(WireModel):
    """GitCommitMetadata."""

    sha: str
    message: str | None = None
    author: GitCommitAuthor | None = None
    html_url: str | None = None


class ManagedDeploymentResponse(WireModel):
    """ManagedDeploymentResponse."""

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
    """UpdateDeploymentRequest."""

    spec: WorkflowsWorkerSpecUpdate | None = None
    resources: DeploymentResourceConfigUpdate | None = None


class WorkflowsWorkerSpecUpdate(WireModel):
    """WorkflowsWorkerSpecUpdate."""

    github_url: str | None = None
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None


LocationType = Annotated[Literal["local", "k8s", "managed"], Tolerant]
