"""A batch run end to end: requests (inline, or a JSONL file streamed line by line) -> a job ->
polling with backoff -> results and errors downloaded to disk -> typed results read back lazily.

Nothing holds the whole input or output in memory: a JSONL input is normalised into a temporary
file line by line and uploaded from disk; results are streamed to files and read one line at a
time, so 100,000-request runs take the memory of one line."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import os
import re
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .. import types
from ..errors import RequestTimeoutError, RequestValidationError, ResponseValidationError
from ..spend.pricing import Price
from ..types import BatchJob, parse_value

__all__ = [
    "BATCH_DONE",
    "BatchResult",
    "BatchRun",
    "normalised_lines",
    "result_file",
    "results_directory",
]

BATCH_DONE = frozenset({"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"})
INLINE_MAX = 1000  # more requests than this go up as a file
_RESPONSES = {  # by name: an area's models are imported only when its results are read
    "/v1/chat/completions": "ChatCompletionResponse",
    "/v1/agents/completions": "ChatCompletionResponse",
    "/v1/fim/completions": "FIMCompletionResponse",
    "/v1/embeddings": "EmbeddingResponse",
    "/v1/moderations": "ModerationResponse",
    "/v1/chat/moderations": "ModerationResponse",
    "/v1/classifications": "ClassificationResponse",
    "/v1/chat/classifications": "ClassificationResponse",
    "/v1/ocr": "OCRResponse",
}


@dataclass(frozen=True)
class BatchResult:
    """One request's outcome: `response` typed for the job's endpoint (None if it failed)."""

    custom_id: str
    status_code: int | None
    response: Any
    error: Any = None
    cost: float | None = None
    """What it cost at the profile's batch prices (None: no usage, or the model is unpriced)."""

    @property
    def ok(self) -> bool:
        return self.error is None and self.status_code is not None and self.status_code < 400


@dataclass
class BatchRun:
    """A finished (or, without `wait`, just created) batch job and where its results are."""

    job: BatchJob
    output_path: Path | None = None
    error_path: Path | None = None
    _inline: list[dict[str, Any]] = field(default_factory=list, repr=False)
    price: Price | None = None
    """The job model's price for batch jobs (`pricing` x the shipped `batch_share`)."""

    def results(self) -> Iterator[BatchResult]:
        """Every result (successes, then failures), read one line at a time from disk."""
        name = _RESPONSES.get(self.job.endpoint)
        model: type[BaseModel] | None = getattr(types, name) if name else None
        for line in self._inline:
            yield _result(line, model, self.price)
        for path in (self.output_path, self.error_path):
            if path is None:
                continue
            with path.open("rb") as lines:
                for number, raw in enumerate(lines, 1):
                    if raw.strip():
                        yield _result(_line_object(raw, path, number), model, self.price)

    def by_custom_id(self) -> dict[str, BatchResult]:
        """The results keyed by `custom_id` (all of them in memory: for runs that fit)."""
        return {result.custom_id: result for result in self.results()}


def _line_object(raw: bytes, path: Path, number: int) -> dict[str, Any]:
    """One result line, which must be a JSON object (a cut download or a strange server's
    line is a typed error naming the file and line)."""
    try:
        item = json.loads(raw)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        item = None
    if not isinstance(item, dict):
        raise ResponseValidationError(
            f"{path}:{number}: a batch result line that is not a JSON object: {raw[:100]!r}"
        )
    return item


def _result(
    line: dict[str, Any], model: type[BaseModel] | None, price: Price | None = None
) -> BatchResult:
    response = line.get("response")
    response = response if isinstance(response, dict) else {}
    body = response.get("body")
    cost = None
    usage = body.get("usage") if isinstance(body, dict) else None
    if price is not None and isinstance(usage, dict):
        prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
        if isinstance(prompt, int) or isinstance(completion, int):
            cost = price.cost(
                prompt if isinstance(prompt, int) else 0,
                completion if isinstance(completion, int) else 0,
            )
    if model is not None and isinstance(body, dict):
        with contextlib.suppress(ValidationError):  # else kept as the JSON the server sent
            body = parse_value(model, body)
    return BatchResult(
        str(line.get("custom_id")), response.get("status_code"), body, line.get("error"), cost
    )


def normalised_lines(source: Path, target: Path) -> int:
    """Copy a JSONL file of requests into `target`, one line at a time: `{"custom_id", "body"}`
    lines as they are, a bare request body wrapped with its line number as custom_id. Returns
    the number of requests; a line that is no JSON object is a typed error naming it."""
    count = 0
    with source.open("rb") as lines, target.open("w", encoding="utf-8") as out:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise RequestValidationError(
                    f"{source}:{number}: not UTF-8 text (byte {exc.start + 1} of the line); "
                    "save the file as UTF-8"
                ) from None
            except (ValueError, RecursionError):
                item = None
            if not isinstance(item, dict):
                raise RequestValidationError(f"{source}:{number}: not a JSON object")
            if "body" not in item:
                item = {"custom_id": str(number), "body": item}
            out.write(json.dumps(item, separators=(",", ":")) + "\n")
            count += 1
    if not count:
        raise RequestValidationError(f"{source}: no requests")
    return count


def inline_or_file(
    requests: Iterable[dict[str, Any]] | str | os.PathLike[str], directory: Path
) -> tuple[list[Any] | None, Path | None]:
    """Small in-memory request lists go inline; a path, or more than INLINE_MAX requests, is
    written (normalised) to a file in `directory` to upload."""
    target = directory / "requests.jsonl"
    if isinstance(requests, str | os.PathLike):
        source = Path(requests)
        if not source.is_file():
            raise RequestValidationError(f"requests: {source} is not a readable file")
        normalised_lines(source, target)
        return None, target
    lines = _request_lines(requests)
    first = list(itertools.islice(lines, INLINE_MAX + 1))  # enough to tell inline from a file
    if not first:
        raise RequestValidationError("requests: no requests")
    if len(first) <= INLINE_MAX:
        return first, None
    with target.open("w", encoding="utf-8") as out:
        for line in itertools.chain(first, lines):
            out.write(json.dumps(line, separators=(",", ":")) + "\n")
    return None, target


def _request_lines(requests: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """`{"custom_id", "body"}` lines as they are; a bare body gets its position as custom_id."""
    for number, item in enumerate(requests, 1):
        if not isinstance(item, dict):
            raise RequestValidationError(f"requests[{number - 1}]: not a dict")
        yield item if "body" in item else {"custom_id": str(number), "body": item}


async def follow(
    read: Callable[[], Awaitable[BatchJob]],
    poll_secs: float,
    timeout_secs: float | None,
    on_progress: Callable[[BatchJob], Any] | None,
) -> BatchJob:
    """Read the job until it is done, waiting `poll_secs` first and 1.5x longer each time (at
    most 30 s); past `timeout_secs`, `RequestTimeoutError` naming the job and its status."""
    started = time.monotonic()
    wait = poll_secs
    while True:
        job = await read()
        if on_progress is not None:
            outcome = on_progress(job)
            if asyncio.iscoroutine(outcome):
                await outcome
        if job.status in BATCH_DONE:
            return job
        if timeout_secs is not None and time.monotonic() - started + wait > timeout_secs:
            raise RequestTimeoutError(
                f"batch job {job.id} is still {job.status} after {timeout_secs:g} s; "
                f"resume with client.batch.wait({job.id!r})"
            )
        await asyncio.sleep(wait)
        wait = min(wait * 1.5, 30.0)


def results_directory(output_dir: str | os.PathLike[str] | None) -> Path:
    """Where results are written: `output_dir` (created if missing), or a fresh temporary
    directory. Called before anything is sent, so a folder that cannot be is named at once."""
    if output_dir is None:
        return Path(tempfile.mkdtemp(prefix="mistral-batch-"))
    path = Path(output_dir)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RequestValidationError(
            f"output_dir {path}: cannot be created ({exc.strerror or exc})"
        ) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise RequestValidationError(f"output_dir {path}: cannot be written to")
    return path


_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")


def result_file(directory: Path, job_id: str, kind: str) -> Path:
    """`<directory>/<job id>.<kind>.jsonl`. The id is the server's: one that is no plain name
    (`../../x`, an absolute path, a separator) is made one, so it can never choose where the
    file goes."""
    name = job_id
    if not _SAFE_NAME.fullmatch(job_id) or ".." in job_id:
        digest = hashlib.sha256(job_id.encode("utf-8", "replace")).hexdigest()[:12]
        name = f"{re.sub(r'[^A-Za-z0-9_-]+', '_', job_id)[:64].strip('_') or 'job'}-{digest}"
    return directory / f"{name}.{kind}.jsonl"
