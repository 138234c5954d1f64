"""The OpenAPI documents the generator reads, and the operations it generates."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT.parent / "shared" / "spec"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")

# Areas whose services are written by hand (streams, uploads, accumulation, helpers): every
# operation tagged so is theirs; the generator writes the operations of every other tag.
HANDWRITTEN_TAGS = frozenset(
    {
        "agents",
        "audio.speech",
        "audio.transcriptions",
        "audio.voices",
        "batch",
        "beta.agents",
        "beta.conversations",
        "beta.libraries",
        "beta.libraries.accesses",
        "beta.libraries.documents",
        "chat",
        "classifiers",
        "embeddings",
        "files",
        "fim",
        "fine-tuning",
        "models",
        "ocr",
    }
)


def spec_paths() -> tuple[Path, Path]:
    """The current document and the older one (which alone has the fine-tuning job operations)."""
    full = os.environ.get("MISTRAL_OPENAPI_FULL_SPEC") or SPEC_DIR / "mistral-openapi-full.yaml"
    old = os.environ.get("MISTRAL_OPENAPI_SPEC") or SPEC_DIR / "mistral-openapi.yaml"
    return Path(full), Path(old)


_NUMERIC = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}


def _numbers(node: Any) -> Any:
    """PyYAML reads `1e-08` as a string; schema keywords need numbers back."""
    if isinstance(node, dict):
        return {
            k: (float(v) if k in _NUMERIC and isinstance(v, str) else _numbers(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_numbers(v) for v in node]
    return node


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = _numbers(yaml.safe_load(path.read_text(encoding="utf-8")))
    return document


@dataclass
class Parameter:
    wire: str  # the name on the wire
    name: str  # the Python argument
    where: str  # path, query or header
    schema: dict[str, Any]
    required: bool
    as_json: bool = False  # `content: application/json`: the value sent JSON-encoded


@dataclass
class Operation:
    method: str
    path: str  # the spec's key (may end in `#variant`)
    tag: str
    op: dict[str, Any]
    area: tuple[str, ...] = ()  # the client attributes leading to its service
    name: str = ""  # the method's name
    parameters: list[Parameter] = field(default_factory=list)
    key_header: str | None = None  # its security: the key in this header, not as a bearer

    @property
    def url(self) -> str:
        return self.path.split("#")[0]

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def dotted(self) -> str:
        return ".".join((*self.area, self.name))


def operations(document: dict[str, Any]) -> list[Operation]:
    """The document's operations whose services are generated, in document order."""
    found = []
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            tag = (op.get("tags") or ["untagged"])[0]
            if tag not in HANDWRITTEN_TAGS:
                header = _key_header(document, op.get("security", document.get("security")))
                found.append(Operation(method.upper(), path, tag, op, key_header=header))
    return found


def _key_header(document: dict[str, Any], security: list[dict[str, Any]] | None) -> str | None:
    """The header an operation's (first) security requirement puts the key in, when that is
    an `apiKey` scheme in a header (`x-api-key`); None for bearer schemes and no security."""
    schemes = document.get("components", {}).get("securitySchemes", {})
    for requirement in security or ():
        for name in requirement:
            scheme = schemes.get(name, {})
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                return str(scheme["name"])
        return None
    return None


def snake(text: str) -> str:
    """`sharingScope` -> `sharing_scope`; `sort.field` -> `sort_field`; `Last-Event-ID` -> `last_event_id`."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    return re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()


def pascal(text: str) -> str:
    parts = re.split(r"[^0-9a-zA-Z]+", text)
    name = "".join(p[:1].upper() + p[1:] for p in parts if p)
    return name if name[:1].isalpha() else f"N{name}"
