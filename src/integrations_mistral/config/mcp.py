"""MCP tool servers a profile declares (`[prod.mcp.<name>]`): how to reach each, which of its
tools a run offers, which wait for a person's confirmation, and how long a call may take."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ._section import CONTROL, command_words, named_tables

__all__ = ["McpServerSettings", "parse_servers"]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class McpServerSettings(BaseModel):
    """One MCP server: `stdio` (a command the run starts and stops), `sse` or
    `streamable_http` (a URL), or `connector` (Mistral's connectors gateway, with the client's
    own key)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    transport: Literal["stdio", "sse", "streamable_http"] = Field(
        "streamable_http", description="How the server is reached."
    )
    url: str | None = Field(None, description="The server's endpoint (sse, streamable_http).")
    connector: str | None = Field(
        None,
        description="A Mistral connector id: reached at <base_url>/v1/connectors-gateway/<id>/mcp "
        "with the client's own key.",
    )
    headers: dict[str, SecretStr] = Field(
        default_factory=dict, description="Headers sent to the server; values masked like keys."
    )
    command: tuple[str, ...] | None = Field(
        None, description="The stdio server's command (an array, or a string split like a shell)."
    )
    env: dict[str, SecretStr] = Field(
        default_factory=dict,
        description="Variables added to the stdio server's environment; values masked.",
    )
    cwd: str | None = Field(None, description="The stdio server's working directory.")
    include: tuple[str, ...] | None = Field(
        None, description="Only these of the server's tools are offered (unset: all)."
    )
    exclude: tuple[str, ...] = Field((), description="These of the server's tools are not offered.")
    requires_confirmation: tuple[str, ...] = Field(
        (), description="Tools whose calls wait for a person's confirmation (`confirm=`)."
    )
    timeout_secs: float = Field(60.0, gt=0, le=3600, description="Longest one tool call may take.")
    connect_timeout_secs: float = Field(
        30.0, gt=0, le=600, description="Longest starting or reaching the server may take."
    )

    @field_validator("command", mode="before")
    @classmethod
    def _split_command(cls, value: Any) -> Any:
        return command_words(value)

    @field_validator("headers", "env")
    @classmethod
    def _plain_values(cls, value: dict[str, SecretStr]) -> dict[str, SecretStr]:
        for name, item in value.items():
            if CONTROL.search(name) or CONTROL.search(item.get_secret_value()):
                raise PydanticCustomError(
                    "header_value", "{name}: must not contain control characters", {"name": name}
                )
        return value

    @model_validator(mode="after")
    def _reachable(self) -> McpServerSettings:
        if self.transport == "stdio":
            if self.command is None:
                raise PydanticCustomError("mcp", "transport 'stdio' needs command")
            if self.url or self.connector:
                raise PydanticCustomError("mcp", "transport 'stdio' takes command, not url")
        else:
            if (self.url is None) == (self.connector is None):
                raise PydanticCustomError(
                    "mcp", "transport {t!r} needs one of url or connector", {"t": self.transport}
                )
            if self.url is not None and not self.url.startswith(("https://", "http://")):
                raise PydanticCustomError("mcp", "url must start with https:// or http://")
            if self.command is not None:
                raise PydanticCustomError("mcp", "command is for transport 'stdio' only")
        if self.include is not None and self.exclude:
            raise PydanticCustomError("mcp", "set include or exclude, not both")
        return self

    def offers(self, tool: str) -> bool:
        """Whether a run offers the server's tool `tool` to the model."""
        if self.include is not None:
            return tool in self.include
        return tool not in self.exclude


def parse_servers(value: Any) -> Any:
    """`mcp` as a layer gives it (`MISTRAL_MCP`: a JSON object); names of letters, digits,
    `_`, `.` and `-`."""
    return named_tables(value, "mcp", "server", _NAME, "letters, digits, _ . -")
