"""What mypy sees on the blocking client is the async client's signature, mapped: for every
method of every service, `reveal_type` on both faces gives the same parameters, and the return
type mapped (a coroutine's value, `AsyncIterator` -> `Iterator`, a stream -> a blocking stream);
every `with_raw_response` method answers `APIResponse[<the reply>]`. Nothing is `Any`."""

from __future__ import annotations

import inspect
import json
import re
import shutil
import subprocess
import sys
from inspect import iscoroutinefunction as is_coroutine_method
from pathlib import Path
from typing import Any

import pytest

from integrations_mistral import MistralClient
from integrations_mistral.services import AREAS, Service
from integrations_mistral.services._base import ServiceGroup

HERE = Path(__file__).resolve().parent
REVEALED = re.compile(r'.*:(\d+): note: Revealed type is "(.*)"$')
TYPED_DICT = re.compile(r"\*\*\w+: \*\*TypedDict\([\w.]+, \{(.*?)\}\)")
STREAM = "integrations_mistral.services._faces.SyncCompletionStream["
UUID = re.compile(r"Literal\['[0-9a-f-]{36}'\](?: \| )?")  # a union of ids mypy orders as it likes


def _methods() -> list[tuple[str, bool, bool]]:
    """(`area.nested.method`, is a coroutine, opens a stream) of every service method."""
    client = MistralClient(profile="local")
    found: list[tuple[str, bool, bool]] = []

    def walk(service: Any, path: str) -> None:
        for name in dir(type(service)):
            member = getattr(type(service), name)
            if name.startswith("_") or name == "with_raw_response" or not callable(member):
                continue
            returns = str(inspect.unwrap(member).__annotations__.get("return", ""))
            found.append((f"{path}.{name}", is_coroutine_method(member), "Stream" in returns))
        for attribute, child in vars(service).items():
            if isinstance(child, Service | ServiceGroup):
                walk(child, f"{path}.{attribute}")

    for area in ["chat", *AREAS]:
        walk(getattr(client, area), area)
    return found


def _expanded(text: str) -> str:
    """`**options: **TypedDict(..., {'timeout'?: float})` as the keywords it stands for, and
    no `*` marker: the form mypy shows once a ParamSpec carried the parameters."""

    def keywords(match: re.Match[str]) -> str:
        items = re.findall(r"'(\w+)'(\??): ((?:[^,\[]|\[[^\]]*\])+)", match[1])
        return ", ".join(f"{k}: {t.strip()}{' =' if optional else ''}" for k, optional, t in items)

    return TYPED_DICT.sub(keywords, text)


def _split(revealed: str) -> list[tuple[str, str]]:
    """(parameters, return type) of each signature of a revealed callable or overload."""
    body = revealed[len("Overload(") : -1] if revealed.startswith("Overload(") else revealed
    signatures, depth, start = [], 0, 0
    for index, char in enumerate(body):
        depth += char in "([{"
        depth -= char in ")]}"
        if depth == 0 and body.startswith(", def ", index):
            signatures.append(body[start:index])
            start = index + 2
    signatures.append(body[start:])
    split = []
    for signature in signatures:
        assert signature.startswith("def "), revealed
        head, returns = signature, "None"  # mypy leaves out `-> None`
        depth = 0
        for index, char in enumerate(signature):
            depth += char in "([{"
            depth -= char in ")]}"
            if depth == 0 and signature.startswith(" -> ", index):
                head, returns = signature[:index], signature[index + 4 :]
                break
        split.append((_parameters(head[len("def ") :]), returns))
    return split


def _parameters(text: str) -> str:
    """The parameters of `(...)`, `**TypedDict`s expanded, in one order (mypy orders the keys
    of an unpacked TypedDict its own way)."""
    inner, items, depth, start = UUID.sub("", _expanded(text))[1:-1], [], 0, 0
    for index, char in enumerate(inner):
        depth += char in "([{"
        depth -= char in ")]}"
        if depth == 0 and inner.startswith(", ", index):
            items.append(inner[start:index])
            start = index + 2
    items.append(inner[start:])
    return ", ".join(sorted(item for item in items if item and item != "*"))


def _unwrapped(text: str, prefix: str) -> str | None:
    """`X` from `<prefix>X]`, the brackets matched (None: not of that form)."""
    return text[len(prefix) : -1] if text.startswith(prefix) and text.endswith("]") else None


def _script(folder: Path) -> tuple[Path, dict[int, str]]:
    """A script revealing every face of every method, and which face each line reveals."""
    lines = [
        "from integrations_mistral import MistralClient, SyncMistralClient",
        "def check(a: MistralClient, s: SyncMistralClient) -> None:",
    ]
    where: dict[int, str] = {}
    for path, coroutine, stream in _methods():
        area, name = path.rsplit(".", 1)
        faces = {"async": f"a.{path}", "sync": f"s.{path}"}
        if coroutine and not stream:
            faces |= {
                "raw": f"a.{area}.with_raw_response.{name}",
                "sync raw": f"s.{area}.with_raw_response.{name}",
            }
        for face, expression in faces.items():
            lines.append(f"    reveal_type({expression})")
            where[len(lines)] = f"{face} {path}"
    script = folder / "faces.py"
    script.write_text("\n".join(lines) + "\n")
    return script, where


@pytest.fixture(scope="module")
def revealed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("faces")
    script, where = _script(folder)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir",
         str(folder / "cache"), str(script)],
        capture_output=True, text=True, timeout=900, check=False, cwd=HERE.parents[1],
    )  # fmt: skip
    found = {}
    for line in done.stdout.splitlines():
        match = REVEALED.match(line)
        if match:
            found[where[int(match[1])]] = match[2]
    assert len(found) == len(where), done.stdout[-2000:]
    return found


def test_pyright_sees_every_face_typed(tmp_path: Path) -> None:
    """pyright follows ParamSpecs through overloads its own way: nothing it reveals is Unknown."""
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None:
        pytest.skip("pyright is not installed (pip install -e '.[dev]' installs it)")
    script, where = _script(tmp_path)
    done = subprocess.run(
        [pyright, "--outputjson", "--pythonpath", sys.executable, str(script)],
        capture_output=True, text=True, timeout=900, check=False, cwd=HERE.parents[1],
    )  # fmt: skip
    shown = {
        where[d["range"]["start"]["line"] + 1]: d["message"]
        for d in json.loads(done.stdout)["generalDiagnostics"]
        if d["severity"] == "information"
    }
    assert len(shown) == len(where)
    assert sorted(face for face, message in shown.items() if "Unknown" in message) == []


def test_every_face_is_typed(revealed: dict[str, str]) -> None:
    untyped = sorted(
        face
        for face, shown in revealed.items()
        if shown == "Any" or shown.startswith("def (*Any, **Any)")
    )
    assert untyped == []


def test_blocking_faces_have_the_async_parameters_and_mapped_returns(
    revealed: dict[str, str],
) -> None:
    checked = 0
    for path, coroutine, stream in _methods():
        mine = _split(revealed[f"async {path}"])
        theirs = _split(revealed[f"sync {path}"])
        assert [p for p, _ in theirs] == [p for p, _ in mine], path
        for (_, sync), (_, original) in zip(theirs, mine, strict=True):
            value = _unwrapped(original, "typing.Coroutine[Any, Any, ")
            items = _unwrapped(original, "typing.AsyncIterator[")
            if stream:
                assert sync.startswith(STREAM), (path, sync)
            elif original.endswith("Session"):  # a realtime session: its blocking face
                assert sync.rsplit(".", 1)[-1] == "Sync" + original.rsplit(".", 1)[-1], path
            elif coroutine:
                assert sync == value, (path, sync, original)
            else:
                assert items is not None and sync == f"typing.Iterator[{items}]", (path, sync)
            checked += 1
    assert checked > 300


def test_raw_faces_answer_the_reply_in_an_api_response(revealed: dict[str, str]) -> None:
    response = "integrations_mistral.services._base.APIResponse["
    for face, shown in revealed.items():
        if not face.startswith(("raw ", "sync raw ")):
            continue
        path = face.split(" ")[-1]
        replies = [_unwrapped(r, "typing.Coroutine[Any, Any, ") for _, r in _split(shown)]
        if face.startswith("sync raw "):
            replies = [r for _, r in _split(shown)]
        originals = [_split(revealed[f"async {path}"])]
        expected = [
            f"{response}{_unwrapped(r, 'typing.Coroutine[Any, Any, ')}]" for _, r in originals[0]
        ]
        assert replies == expected, (face, shown)
