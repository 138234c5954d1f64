"""Fine-tuning jobs (`/v1/fine_tuning/jobs`)."""

from __future__ import annotations

from typing import Any, Literal

from ._base import WireModel

__all__ = [
    "FineTuningJob",
    "FineTuningJobEstimate",
    "FineTuningJobList",
    "FineTuningJobRequest",
    "TrainingFile",
    "WandbIntegration",
]

JobStatus = Literal[
    "QUEUED",
    "STARTED",
    "VALIDATING",
    "VALIDATED",
    "RUNNING",
    "FAILED_VALIDATION",
    "FAILED",
    "SUCCESS",
    "CANCELLED",
    "CANCELLATION_REQUESTED",
]


class TrainingFile(WireModel):
    file_id: str
    weight: float | None = None


class WandbIntegration(WireModel):
    type: Literal["wandb"] = "wandb"
    project: str
    api_key: str
    name: str | None = None
    run_name: str | None = None

    sent_always = ("type",)


class FineTuningJobRequest(WireModel):
    """Body of `POST /v1/fine_tuning/jobs`."""

    model: str
    hyperparameters: dict[str, Any]
    training_files: list[TrainingFile] | None = None
    validation_files: list[str] | None = None
    suffix: str | None = None
    integrations: list[WandbIntegration] | None = None
    auto_start: bool | None = None
    invalid_sample_skip_percentage: float | None = None
    job_type: Literal["completion", "classifier"] | str | None = None
    repositories: list[dict[str, Any]] | None = None
    classifier_targets: list[dict[str, Any]] | None = None


class FineTuningJob(WireModel):
    """A fine-tuning job (completion or classifier); detailed reads add `events` and `checkpoints`."""

    id: str
    object: str = "job"
    model: str
    status: str
    auto_start: bool | None = None
    created_at: int | None = None
    modified_at: int | None = None
    training_files: list[str] = []
    validation_files: list[str] | None = None
    fine_tuned_model: str | None = None
    suffix: str | None = None
    integrations: list[dict[str, Any]] | None = None
    trained_tokens: int | None = None
    metadata: dict[str, Any] | None = None
    job_type: str | None = None
    hyperparameters: dict[str, Any] | None = None
    repositories: list[dict[str, Any]] | None = None
    events: list[dict[str, Any]] | None = None
    checkpoints: list[dict[str, Any]] | None = None


class FineTuningJobEstimate(WireModel):
    """What `fine_tuning.create(dry_run=True)` returns (`object = "job.metadata"`): the job's
    expected cost and duration, nothing created."""

    object: str = "job.metadata"
    expected_duration_seconds: int | None = None
    cost: float | None = None
    cost_currency: str | None = None
    train_tokens_per_step: int | None = None
    train_tokens: int | None = None
    data_tokens: int | None = None
    estimated_start_time: int | None = None
    deprecated: bool | None = None
    details: str | None = None
    epochs: float | None = None
    training_steps: int | None = None


class FineTuningJobList(WireModel):
    data: list[FineTuningJob] = []
    object: str = "list"
    total: int | None = None
