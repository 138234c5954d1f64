"""Connectors (part 4 of 4) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._base import Tolerant, WireModel
from .connectors_1 import (
    Annotations,
    AudioContent,
    AuthData,
    AuthenticationConfiguration,
    AuthenticationMethodCreateOrUpdateRequest,
    ConnectorsTool,
    ConsumerType,
    ExtendedOAuthServerMetadata,
    GlobalHeaderValue,
)
from .connectors_2 import (
    ConnectionConfigType,
    ConnectionPreference,
    ConnectorLocale,
    ConnectorProtocol,
    ConnectorTool,
    EmbeddedResource,
    ExecutionTool,
    ImageContent,
    MCPServerIcon,
    ResourceVisibility,
    ToolExecutionConfiguration,
)
from .connectors_3 import MCPServerCard, PublicAuthenticationMethod

__all__ = [
    "Connector",
    "ConnectorCallToolRequest",
    "ConnectorToolCallMetadata",
    "ConnectorToolCallResponse",
    "ConnectorToolResultMetadata",
    "CreateConnectorRequest",
    "PaginatedConnectors",
    "PaginationResponse",
    "PublicConnectionConfig",
    "PublicConnectorExecutionData",
    "PublicExecutionConnectionConfig",
    "PublicExecutionConnector",
    "PublicExecutionEnv",
    "PublicResourceVisibility",
    "ResourceLink",
    "TextContent",
    "UpdateConnectorRequest",
]


class PublicConnectionConfig(WireModel):
    type: ConnectionConfigType | None = None
    base_url: str | None = None
    headers: dict[str, str] | None = None
    signed: bool | None = None


class PublicExecutionConnectionConfig(WireModel):
    """Connection config exposed in the public, unauthenticated /connectors/mistral response."""

    type: ConnectionConfigType
    server: str | None = None
    name: str | None = None
    id: str | None = None
    tool_configuration: ToolExecutionConfiguration | None = None
    hosted_internally: bool | None = None


class PublicExecutionConnector(WireModel):
    id: str
    name: str
    connection_config: PublicExecutionConnectionConfig | None


class PublicConnectorExecutionData(WireModel):
    integrations: list[PublicExecutionConnector]
    tools: list[ExecutionTool]
    use_connectors_gateway: bool | None = None


class PublicExecutionEnv(WireModel):
    """Credentials-free projection of ExecutionEnv for the public /connectors/mistral response."""

    tools: list[ConnectorsTool]
    tool_execution_data: PublicConnectorExecutionData
    errors: list[str]


class Connector(WireModel):
    """Reply of `POST /v1/connectors`."""

    id: str
    name: str
    title: str | None = None
    description: str
    created_at: str
    modified_at: str
    server: str | None = None
    protocol: ConnectorProtocol | None = None
    icon_url: str | None = None
    server_card: MCPServerCard | None = None
    owner_id: str | None = None
    owner_type: ConsumerType
    visibility: ResourceVisibility
    creator_id: str | None = None
    locale: ConnectorLocale | None = None
    system_prompt: str | None = None
    supported_auth_methods: list[PublicAuthenticationMethod] | None = None
    connection_preferences: list[ConnectionPreference] | None = None
    connection_credentials: list[AuthenticationConfiguration] | None = None
    active: bool | None = None
    private_tool_execution: bool
    mistral: bool | None = None
    is_authenticated: bool | None = None
    tools: list[ConnectorTool] | None = None
    system_prompt_route: str | None = None
    connection_config: PublicConnectionConfig | None = None
    execution_env: PublicExecutionEnv | None = None


class PaginationResponse(WireModel):
    next_cursor: str | None = None
    page_size: int


class PaginatedConnectors(WireModel):
    """Reply of `GET /v1/connectors`."""

    items: list[Connector]
    pagination: PaginationResponse


class ResourceLink(WireModel):
    """A resource that the server is capable of reading, included in a prompt or tool call result."""

    sent_always = ("type",)

    name: str
    title: str | None = None
    uri: str
    description: str | None = None
    mime_type: str | None = Field(default=None, alias="mimeType")
    size: int | None = None
    icons: list[MCPServerIcon] | None = None
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")
    type: Literal["resource_link"] = "resource_link"


class TextContent(WireModel):
    """Text content for a message."""

    sent_always = ("type",)

    type: Literal["text"] = "text"
    text: str
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class CreateConnectorRequest(WireModel):
    """Public create schema for MCP connectors."""

    sent_always = ("protocol",)

    protocol: Literal["mcp"] = "mcp"
    name: str
    title: str | None = None
    description: str
    icon_url: str | None = None
    visibility: PublicResourceVisibility | None = None
    server: str
    headers: dict[str, Any] | None = None
    global_headers: dict[str, GlobalHeaderValue] | None = None
    auth_data: AuthData | None = None
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None
    oauth2_server_metadata_url: str | None = None
    system_prompt: str | None = None


class UpdateConnectorRequest(WireModel):
    """Body of `PATCH /v1/connectors/{connector_id}`."""

    sent_always = ("protocol",)

    title: str | None = None
    name: str | None = None
    description: str | None = None
    icon_url: str | None = None
    system_prompt: str | None = None
    protocol: Literal["mcp"] = "mcp"
    server: str | None = None
    auth_methods: list[AuthenticationMethodCreateOrUpdateRequest] | None = None


class ConnectorToolResultMetadata(WireModel):
    """MCP-specific result metadata (isError, structuredContent, _meta)."""

    is_error: bool | None = Field(default=None, alias="isError")
    structured_content: dict[str, Any] | None = Field(default=None, alias="structuredContent")
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class ConnectorToolCallMetadata(WireModel):
    """Metadata wrapper for MCP tool call responses."""

    mcp_meta: ConnectorToolResultMetadata | None = None


class ConnectorCallToolRequest(WireModel):
    """Request body for calling an MCP tool."""

    arguments: dict[str, Any] | None = None


class ConnectorToolCallResponse(WireModel):
    """Response from calling an MCP tool."""

    content: list[
        Annotated[
            TextContent | ImageContent | AudioContent | ResourceLink | EmbeddedResource, Tolerant
        ]
    ]
    metadata: ConnectorToolCallMetadata | None = None


PublicResourceVisibility = Annotated[Literal["shared_org", "shared_workspace", "private"], Tolerant]
"""Visibility options available to public API callers."""
