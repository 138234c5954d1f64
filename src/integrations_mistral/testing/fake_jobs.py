"""Jobs that move in the fake server: with `advance_jobs` on, every read of a batch or fine-tuning
job takes it one step, QUEUED -> RUNNING -> SUCCESS; a finished batch has an output file with one
echoed reply per request. Off by default, so tests see a job as they created it."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

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


def _echo(request: dict[str, Any]) -> dict[str, Any]:
    messages = request.get("body", {}).get("messages") or [{}]
    text = messages[-1].get("content", "")
    return {
        "custom_id": request.get("custom_id"),
        "response": {
            "status_code": 200,
            "body": {
                "object": "chat.completion",
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": f"echo: {text}"}}
                ],
            },
        },
    }


def advance_batch(job: dict[str, Any], store: Any, directory: Path) -> None:
    """One step of a batch job; on SUCCESS its output file is stored like an upload."""
    total = job.get("total_requests") or 0
    if job["status"] == "QUEUED":
        job.update(status="RUNNING", started_at=int(time.time()), completed_requests=total // 2)
        job["succeeded_requests"] = total // 2
    elif job["status"] == "RUNNING":
        requests = batch_requests(job, store.file_paths)
        file_id = str(uuid.uuid4())
        path = directory / file_id
        path.write_text("".join(json.dumps(_echo(r)) + "\n" for r in requests), encoding="utf-8")
        store.file_paths[file_id] = path
        store.files[file_id] = {
            "id": file_id,
            "object": "file",
            "bytes": path.stat().st_size,
            "created_at": int(time.time()),
            "filename": f"{job['id']}.output.jsonl",
            "purpose": "batch",
            "sample_type": "batch_result",
            "source": "mistral",
            "num_lines": len(requests),
            "mimetype": "application/jsonl",
        }
        job.update(
            status="SUCCESS",
            output_file=file_id,
            completed_at=int(time.time()),
            completed_requests=total,
            succeeded_requests=total,
        )


def advance_fine_tuning(job: dict[str, Any]) -> None:
    if job["status"] == "QUEUED":
        job["status"] = "RUNNING"
    elif job["status"] == "RUNNING":
        job.update(status="SUCCESS", fine_tuned_model=f"ft:{job['model']}:{job['id'][:8]}")
