"""Connectors (part 2 of 4) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._base import Tolerant, WireModel
from .connectors_1 import (
    Annotations,
    AuthenticationConfiguration,
    BlobResourceContents,
    ClientTasksCapability,
    ConsumerType,
    ElicitationCapability,
    OutboundAuthenticationType,
    RootsCapability,
    SamplingCapability,
)

__all__ = [
    "ClientCapabilities",
    "CompletionsCapability",
    "ConnectionConfigType",
    "ConnectionCredentials",
    "ConnectionPreference",
    "ConnectorLocale",
    "ConnectorProtocol",
    "ConnectorSupportedLanguage",
    "ConnectorTool",
    "ConnectorToolLocale",
    "ConnectorsQueryFilters",
    "CredentialsCreateOrUpdate",
    "CredentialsResponse",
    "EmbeddedResource",
    "ExecutionConfig",
    "ExecutionTool",
    "ImageContent",
    "LoggingCapability",
    "LogicalExpression",
    "MCPPrompt",
    "MCPResource",
    "MCPServerAuthenticationRequirement",
    "MCPServerIcon",
    "MCPSupportedLanguage",
    "OAuth2Token",
    "PromptArgument",
    "ResourceVisibility",
    "TextResourceContents",
    "ToolExecutionConfiguration",
    "ToolProperties",
]


class ClientCapabilities(WireModel):
    """Capabilities a client may support."""

    experimental: dict[str, dict[str, Any]] | None = None
    sampling: SamplingCapability | None = None
    elicitation: ElicitationCapability | None = None
    roots: RootsCapability | None = None
    tasks: ClientTasksCapability | None = None


class OAuth2Token(WireModel):
    sent_always = ("token_type",)

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int | None = None
    scope: str | None = None
    refresh_token: str | None = None
    expires_at: str | None = None


class ConnectionCredentials(WireModel):
    oauth: OAuth2Token | None = None
    headers: dict[str, str] | None = None
    bearer_token: str | None = None
    github_installation_id: str | None = None


class ToolProperties(WireModel):
    read_only: bool | None


class LogicalExpression(WireModel):
    type: Annotated[Literal["and", "or"], Tolerant]
    expressions: list[Annotated[list[str] | LogicalExpression | ToolProperties, Tolerant]]


class ToolExecutionConfiguration(WireModel):
    requires_confirmation: (
        Annotated[list[str] | LogicalExpression | ToolProperties, Tolerant] | None
    ) = None
    skip_confirmation: (
        Annotated[list[str] | LogicalExpression | ToolProperties, Tolerant] | None
    ) = None
    include: list[str] | None = None
    exclude: list[str] | None = None


class ConnectionPreference(WireModel):
    name: str
    tool_configuration: ToolExecutionConfiguration
    is_default: bool | None = None
    consumer_type: ConsumerType | None = None


class ConnectorLocale(WireModel):
    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


class ConnectorToolLocale(WireModel):
    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


class ExecutionConfig(WireModel):
    """Not typed since mcp config can changed / not stable we allow all extra fields and this is a..."""

    type: str


class ConnectorTool(WireModel):
    id: str
    name: str
    description: str
    system_prompt: str | None = None
    locale: ConnectorToolLocale | None = None
    jsonschema: dict[str, Any] | None = None
    execution_config: ExecutionConfig | None
    visibility: ResourceVisibility
    created_at: str
    modified_at: str
    active: bool | None = None


class ConnectorsQueryFilters(WireModel):
    active: bool | None = None


class CredentialsCreateOrUpdate(WireModel):
    """Request to create or update non-OAuth2 credentials for a connector."""

    name: str
    title: str | None = None
    is_default: bool | None = None
    credentials: ConnectionCredentials | None = None


class CredentialsResponse(WireModel):
    """Reply of `GET /v1/connectors/{connector_id_or_name}/organization/credentials`."""

    credentials: list[AuthenticationConfiguration]
    connector_preset_credentials_for_auth: list[OutboundAuthenticationType] | None = None


class TextResourceContents(WireModel):
    """Text contents of a resource."""

    uri: str
    mime_type: str | None = Field(default=None, alias="mimeType")
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")
    text: str


class EmbeddedResource(WireModel):
    """The contents of a resource, embedded into a prompt or tool call result."""

    sent_always = ("type",)

    type: Literal["resource"] = "resource"
    resource: Annotated[TextResourceContents | BlobResourceContents, Tolerant]
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class ExecutionTool(WireModel):
    name: str
    integration_id: str
    execution_config: ExecutionConfig | None


class ImageContent(WireModel):
    """Image content for a message."""

    sent_always = ("type",)

    type: Literal["image"] = "image"
    data: str
    mime_type: str = Field(alias="mimeType")
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class MCPServerAuthenticationRequirement(WireModel):
    """Authentication requirements for a remote transport (SEP-2127)."""

    required: bool
    schemes: list[str] | None = None


class MCPServerIcon(WireModel):
    """An icon for display in user interfaces."""

    src: str
    mime_type: str | None = Field(default=None, alias="mimeType")
    sizes: list[str] | None = None


class PromptArgument(WireModel):
    """An argument for a prompt template."""

    name: str
    description: str | None = None
    required: bool | None = None


class MCPPrompt(WireModel):
    name: str
    title: str | None = None
    description: str | None = None
    arguments: list[PromptArgument] | None = None
    icons: list[MCPServerIcon] | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class MCPResource(WireModel):
    name: str
    title: str | None = None
    uri: str
    description: str | None = None
    mime_type: str | None = Field(default=None, alias="mimeType")
    size: int | None = None
    icons: list[MCPServerIcon] | None = None
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


CompletionsCapability = dict[str, Any]
"""Capability for completions operations."""

ConnectionConfigType = Annotated[Literal["mcp", "turbine", "eolienne"], Tolerant]

ConnectorSupportedLanguage = Annotated[
    Literal["en", "fr", "ar", "es", "de", "pl", "pt-BR", "it", "nl"], Tolerant
]

ConnectorProtocol = Annotated[Literal["mcp", "http", "turbine"], Tolerant]

ResourceVisibility = Annotated[
    Literal["shared_global", "shared_org", "shared_workspace", "private"], Tolerant
]

LoggingCapability = dict[str, Any]
"""Capability for logging operations."""

MCPSupportedLanguage = Annotated[
    Literal["en", "fr", "de", "es", "pl", "it", "ar", "pt-BR", "nl"], Tolerant
]
