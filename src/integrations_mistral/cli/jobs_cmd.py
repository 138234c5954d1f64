"""`batch run|wait`, `fine-tune status` and `files upload|list|download`: the API from the
shell."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from ..errors import RequestValidationError
from ._client import client_for

__all__ = ["add_job_commands"]

T = TypeVar("T")
FINE_TUNING_DONE = frozenset({"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"})


def _progress(label: str, done: int, total: int, status: str) -> None:
    """One line on stderr, redrawn in place: `label [#####.....] 5/10 RUNNING`."""
    width = 30
    filled = width * done // total if total else 0
    bar = "#" * filled + "." * (width - filled)
    sys.stderr.write(f"\r{label} [{bar}] {done}/{total} {status}   ")
    sys.stderr.flush()


_SPINNER = "|/-\\"


def _fine_tune_progress(job: Any, elapsed: float) -> None:
    """Steps done of the job's training steps when it reports them (its checkpoints), else
    a spinner with the status and the time waited: never a bar stuck at 0/0."""
    hyper = getattr(job, "hyperparameters", None)
    total = hyper.get("training_steps") if isinstance(hyper, dict) else None
    steps = [c.get("step_number") for c in job.checkpoints or () if isinstance(c, dict)]
    done = max((s for s in steps if isinstance(s, int)), default=None)
    status = f"{job.status} ({elapsed:.0f} s)"
    if isinstance(total, int) and total > 0 and done is not None:
        _progress(f"fine-tuning {job.id}", min(done, total), total, status)
        return
    frame = _SPINNER[int(elapsed) % len(_SPINNER)]
    sys.stderr.write(f"\rfine-tuning {job.id} {frame} {status}   ")
    sys.stderr.flush()


async def _follow(
    read: Callable[[], Awaitable[T]],
    finished: Callable[[T], bool],
    show: Callable[[T], None],
    poll: float,
) -> T:
    """Poll a job until it is finished, backing off up to 30 s between reads."""
    wait = poll
    while True:
        job = await read()
        show(job)
        if finished(job):
            sys.stderr.write("\n")
            return job
        await asyncio.sleep(wait)
        wait = min(wait * 1.5, 30.0)


async def _batch_run(args: argparse.Namespace) -> int:
    async with client_for(args) as client:
        run = await client.batch.run(
            requests=Path(args.requests),
            model=args.model,
            endpoint=args.endpoint,
            wait=args.wait,
            poll_secs=args.poll_secs,
            on_progress=lambda j: _progress(
                "batch", j.completed_requests or 0, j.total_requests or 0, j.status
            ),
            output_dir=args.output_dir if args.wait else None,
        )
        job = run.job
        if not args.wait:
            print(f"batch job {job.id}: {job.status} (follow it with: batch wait {job.id})")
            return 0
        return _batch_done(run)


async def _batch_wait(args: argparse.Namespace) -> int:
    async with client_for(args) as client:
        run = await client.batch.wait(
            args.job_id,
            poll_secs=args.poll_secs,
            on_progress=lambda j: _progress(
                "batch", j.completed_requests or 0, j.total_requests or 0, j.status
            ),
            output_dir=args.output_dir,
        )
        return _batch_done(run)


def _batch_done(run: Any) -> int:
    """Where a finished job's results are, its status; exit 0 only on success."""
    sys.stderr.write("\n")
    for kind, path in (("output", run.output_path), ("errors", run.error_path)):
        if path is not None:
            print(f"{kind}: {path}")
    print(f"batch job {run.job.id}: {run.job.status}")
    return 0 if run.job.status == "SUCCESS" else 1


async def _fine_tune_status(args: argparse.Namespace) -> int:
    async with client_for(args) as client:
        started = time.monotonic()
        if not args.wait:
            job = await client.fine_tuning.get(args.job_id)
        else:
            job = await _follow(
                lambda: client.fine_tuning.get(args.job_id),
                lambda j: j.status in FINE_TUNING_DONE,
                lambda j: _fine_tune_progress(j, time.monotonic() - started),
                args.poll_secs,
            )
        model = f", model {job.fine_tuned_model}" if job.fine_tuned_model else ""
        print(f"fine-tuning job {job.id}: {job.status}{model}")
        return 1 if args.wait and job.status != "SUCCESS" else 0


async def _files(args: argparse.Namespace) -> int:
    async with client_for(args) as client:
        if args.files_command == "upload":
            uploaded = await client.files.upload(file=Path(args.path), purpose=args.purpose)
            print(f"{uploaded.id}\t{uploaded.filename}\t{uploaded.bytes} bytes")
        elif args.files_command == "list":
            async for item in client.files.iterate(purpose=args.purpose):
                print(f"{item.id}\t{item.filename}\t{item.purpose}\t{item.bytes}")
        else:
            target = await client.files.download_to(args.file_id, Path(args.to))
            print(f"{target}")
    return 0


def _runner(
    command: Callable[[argparse.Namespace], Coroutine[Any, Any, int]],
) -> Callable[..., int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return asyncio.run(command(args))
        except OSError as exc:
            raise RequestValidationError(f"{exc.filename or ''}: {exc.strerror}") from None

    return run


def add_job_commands(commands: Any) -> None:
    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--profile", default=None, help="default: $MISTRAL_PROFILE or 'default'"
        )
        parser.add_argument("--config-file", default=None, help="config file (default: discovered)")

    batch = commands.add_parser("batch", help="batch jobs").add_subparsers(
        dest="batch_command", required=True
    )
    run = batch.add_parser(
        "run", help="upload requests, create the job, follow it, download results"
    )
    run.add_argument("requests", help="a JSONL file of requests")
    run.add_argument("--model", required=True)
    run.add_argument("--endpoint", default="/v1/chat/completions", help="default: %(default)s")
    run.add_argument("--wait", action="store_true", help="follow the job and download its results")
    run.add_argument("--output-dir", default=".", help="where results go (default: here)")
    run.add_argument("--poll-secs", type=float, default=5.0, help=argparse.SUPPRESS)
    common(run)
    run.set_defaults(handler=_runner(_batch_run))
    follow = batch.add_parser(
        "wait", help="follow a job created before (batch run without --wait) and download results"
    )
    follow.add_argument("job_id")
    follow.add_argument("--output-dir", default=".", help="where results go (default: here)")
    follow.add_argument("--poll-secs", type=float, default=5.0, help=argparse.SUPPRESS)
    common(follow)
    follow.set_defaults(handler=_runner(_batch_wait))

    fine_tune = commands.add_parser("fine-tune", help="fine-tuning jobs").add_subparsers(
        dest="fine_tune_command", required=True
    )
    status = fine_tune.add_parser("status", help="a job's status (--wait: until it finishes)")
    status.add_argument("job_id")
    status.add_argument("--wait", action="store_true")
    status.add_argument("--poll-secs", type=float, default=10.0, help=argparse.SUPPRESS)
    common(status)
    status.set_defaults(handler=_runner(_fine_tune_status))

    files = commands.add_parser("files", help="files").add_subparsers(
        dest="files_command", required=True
    )
    upload = files.add_parser("upload", help="upload a file (streamed)")
    upload.add_argument("path")
    upload.add_argument("--purpose", default="batch", help="default: %(default)s")
    listing = files.add_parser("list", help="every file")
    listing.add_argument("--purpose", default=None)
    download = files.add_parser("download", help="download a file to a path (atomic)")
    download.add_argument("file_id")
    download.add_argument("--to", required=True)
    for parser in (upload, listing, download):
        common(parser)
        parser.set_defaults(handler=_runner(_files))
