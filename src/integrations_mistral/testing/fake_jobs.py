"""Jobs that move in the fake server: with `advance_jobs` on, every read of a batch or fine-tuning
job takes it one step, QUEUED -> RUNNING -> SUCCESS; a finished batch has an output file with one
echoed reply per request. Off by default, so tests see a job as they created it."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

from .fake_replies import chat_reply

__all__ = ["advance_batch", "advance_fine_tuning", "batch_requests"]


def batch_requests(job: dict[str, Any], paths: dict[str, Path]) -> list[dict[str, Any]]:
    """The requests of a batch job: inline, or the lines of its input files."""
    requests: list[dict[str, Any]] = list(job.get("_requests") or [])
    for file_id in job.get("input_files") or []:
        path = paths.get(file_id)
        if path is not None and path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            requests += [json.loads(line) for line in lines if line.strip()]
    return requests


def _echo(request: dict[str, Any]) -> dict[str, Any] | None:
    """One output line: the fake chat reply to the request's body (None: a failed request,
    one whose last message says `fail`)."""
    body = request.get("body", {})
    messages = body.get("messages") or [{"role": "user", "content": ""}]
    if str(messages[-1].get("content", "")).strip() == "fail":
        return None
    reply = chat_reply({"model": body.get("model", "mistral-small-latest"), "messages": messages})
    return {
        "id": f"batch-{uuid.uuid4().hex[:8]}",
        "custom_id": request.get("custom_id"),
        "response": {"status_code": 200, "body": reply},
        "error": None,
    }


def _store(store: Any, directory: Path, job: dict[str, Any], kind: str, lines: list[str]) -> str:
    file_id = str(uuid.uuid4())
    path = directory / file_id
    path.write_text("".join(lines), encoding="utf-8")
    store.file_paths[file_id] = path
    store.files[file_id] = {
        "id": file_id,
        "object": "file",
        "bytes": path.stat().st_size,
        "created_at": int(time.time()),
        "filename": f"{job['id']}.{kind}.jsonl",
        "purpose": "batch",
        "sample_type": "batch_result" if kind == "output" else "batch_error",
        "source": "mistral",
        "num_lines": len(lines),
        "mimetype": "application/jsonl",
    }
    return file_id


def advance_batch(job: dict[str, Any], store: Any, directory: Path) -> None:
    """One step of a batch job; on its end its output (and error) files are stored like
    uploads. A job whose `metadata` has `fail: "job"` ends FAILED."""
    total = job.get("total_requests") or 0
    if job["status"] == "QUEUED":
        job.update(status="RUNNING", started_at=int(time.time()), completed_requests=total // 2)
        job["succeeded_requests"] = total // 2
    elif job["status"] == "RUNNING":
        if (job.get("metadata") or {}).get("fail") == "job":
            job.update(status="FAILED", completed_at=int(time.time()), failed_requests=total)
            job["errors"] = [{"message": "the job failed (fake server)", "count": total}]
            return
        outputs, errors = [], []
        for request in batch_requests(job, store.file_paths):
            line = _echo(request)
            if line is None:
                failed = {"custom_id": request.get("custom_id"), "error": {"message": "failed"}}
                errors.append(json.dumps({**failed, "response": None}) + "\n")
            else:
                outputs.append(json.dumps(line) + "\n")
        job.update(
            status="SUCCESS",
            output_file=_store(store, directory, job, "output", outputs),
            error_file=_store(store, directory, job, "error", errors) if errors else None,
            completed_at=int(time.time()),
            completed_requests=total,
            succeeded_requests=len(outputs),
            failed_requests=len(errors),
        )


def advance_fine_tuning(job: dict[str, Any]) -> None:
    if job["status"] == "QUEUED":
        job["status"] = "RUNNING"
    elif job["status"] == "RUNNING":
        job.update(status="SUCCESS", fine_tuned_model=f"ft:{job['model']}:{job['id'][:8]}")
