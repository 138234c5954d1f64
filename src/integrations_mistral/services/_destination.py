"""Downloads written to disk atomically: into `<name>.part`, renamed once complete, and every
local file problem named by the path the caller gave, not the temporary one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import RequestValidationError, raise_clean

__all__ = ["atomic_file", "checked_destination"]


def checked_destination(destination: object) -> Path:
    """The destination path, checked before anything is requested: its directory must exist
    and it must not be a directory itself."""
    target = Path(destination)  # type: ignore[arg-type]
    parent = target.parent
    if target.is_dir():
        raise RequestValidationError(f"destination {target}: is a directory; name a file")
    if not parent.is_dir():
        raise RequestValidationError(
            f"destination {target}: directory {parent} does not exist; create it first"
        )
    return target


@contextmanager
def atomic_file(target: Path) -> Iterator[IO[bytes]]:
    """A file to write `target` into: `<target>.part` while it is written, `target` once the
    block ends without error; on any error the partial file is removed."""
    partial = target.with_name(target.name + ".part")
    error: RequestValidationError | None = None
    try:
        with partial.open("wb") as sink:
            yield sink
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        error = RequestValidationError(f"destination {target}: cannot be written ({exc.strerror})")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if error is not None:
        raise_clean(error)
