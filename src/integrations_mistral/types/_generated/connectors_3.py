"""Connectors (part 3 of 4) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._base import Tolerant, WireModel
from .connectors_1 import (
    ConnectorAuthenticationHeader,
    ExtendedOAuthServerMetadata,
    GlobalHeaderValue,
    OutboundAuthenticationType,
    TasksCancelCapability,
    TasksListCapability,
)
from .connectors_2 import (
    ClientCapabilities,
    CompletionsCapability,
    LoggingCapability,
    MCPPrompt,
    MCPResource,
    MCPServerAuthenticationRequirement,
    MCPServerIcon,
)

__all__ = [
    "MCPServerCard",
    "MCPServerCardMeta",
    "MCPServerCardTool",
    "MCPServerRemote",
    "MCPServerRemoteHeader",
    "MCPServerRepository",
    "MCPTool",
    "MCPToolMeta",
    "MCPUIToolMeta",
    "MessageResponse",
    "PromptsCapability",
    "PublicAuthenticationMethod",
    "ResourcesCapability",
    "ServerCapabilities",
    "ServerLocale",
    "ServerTasksCapability",
    "ServerTasksRequestsCapability",
    "TasksCallCapability",
    "TasksToolsCapability",
    "ToolAnnotations",
    "ToolExecution",
    "ToolType",
    "ToolsCapability",
    "TurbineMeta",
    "TurbineToolLocale",
    "TurbineToolMeta",
]


class ServerLocale(WireModel):
    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class TurbineMeta(WireModel):
    system_prompt_name: str | None = None
    locale: ServerLocale | None = None


class MCPServerCardMeta(WireModel):
    """Typed _meta for MCP server cards."""

    ai_mistral_turbine: TurbineMeta | None = Field(default=None, alias="ai.mistral/turbine")


class MCPUIToolMeta(WireModel):
    """UI metadata for tools that reference UI resources."""

    resource_uri: str | None = Field(default=None, alias="resourceUri")
    visibility: list[Annotated[Literal["model", "app"], Tolerant]] | None = None


class TurbineToolLocale(WireModel):
    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class TurbineToolMeta(WireModel):
    locale: TurbineToolLocale | None = None
    tool_type: ToolType | None = None
    timeout: float | None = None
    private_execution: bool | None = None


class MCPToolMeta(WireModel):
    """Typed _meta for MCP tools."""

    ui: MCPUIToolMeta | None = None
    ai_mistral_turbine: TurbineToolMeta | None = Field(default=None, alias="ai.mistral/turbine")


class ToolAnnotations(WireModel):
    """Additional properties describing a Tool to clients."""

    title: str | None = None
    read_only_hint: bool | None = Field(default=None, alias="readOnlyHint")
    destructive_hint: bool | None = Field(default=None, alias="destructiveHint")
    idempotent_hint: bool | None = Field(default=None, alias="idempotentHint")
    open_world_hint: bool | None = Field(default=None, alias="openWorldHint")


class ToolExecution(WireModel):
    """Execution-related properties for a tool."""

    task_support: Annotated[Literal["forbidden", "optional", "required"], Tolerant] | None = Field(
        default=None, alias="taskSupport"
    )


class MCPServerCardTool(WireModel):
    name: str
    title: str | None = None
    description: str | None = None
    input_schema: dict[str, Any] = Field(alias="inputSchema")
    output_schema: dict[str, Any] | None = Field(default=None, alias="outputSchema")
    icons: list[MCPServerIcon] | None = None
    annotations: ToolAnnotations | None = None
    meta: MCPToolMeta | None = Field(default=None, alias="_meta")
    execution: ToolExecution | None = None


class MCPServerRemoteHeader(WireModel):
    """Header definition for a remote transport (SEP-2127)."""

    name: str
    description: str
    is_required: bool | None = Field(default=None, alias="isRequired")
    is_secret: bool | None = Field(default=None, alias="isSecret")
    default: str | None = None
    choices: list[str] | None = None


class MCPServerRemote(WireModel):
    """Remote transport endpoint (SEP-2127)."""

    type: Annotated[Literal["streamable-http", "sse"], Tolerant]
    url: str
    supported_protocol_versions: list[str] | None = Field(
        default=None, alias="supportedProtocolVersions"
    )
    headers: list[MCPServerRemoteHeader] | None = None
    authentication: MCPServerAuthenticationRequirement | None = None


class MCPServerRepository(WireModel):
    """Source repository information (SEP-2127)."""

    url: str
    source: str
    subfolder: str | None = None


class PromptsCapability(WireModel):
    """Capability for prompts operations."""

    list_changed: bool | None = Field(default=None, alias="listChanged")


class ResourcesCapability(WireModel):
    """Capability for resources operations."""

    subscribe: bool | None = None
    list_changed: bool | None = Field(default=None, alias="listChanged")


class TasksToolsCapability(WireModel):
    """Capability for tasks tools operations."""

    call: TasksCallCapability | None = None


class ServerTasksRequestsCapability(WireModel):
    """Capability for tasks requests operations."""

    tools: TasksToolsCapability | None = None


class ServerTasksCapability(WireModel):
    """Capability for server tasks operations."""

    list: TasksListCapability | None = None
    cancel: TasksCancelCapability | None = None
    requests: ServerTasksRequestsCapability | None = None


class ToolsCapability(WireModel):
    """Capability for tools operations."""

    list_changed: bool | None = Field(default=None, alias="listChanged")


class ServerCapabilities(WireModel):
    """Capabilities that a server may support."""

    experimental: dict[str, dict[str, Any]] | None = None
    logging: LoggingCapability | None = None
    prompts: PromptsCapability | None = None
    resources: ResourcesCapability | None = None
    tools: ToolsCapability | None = None
    completions: CompletionsCapability | None = None
    tasks: ServerTasksCapability | None = None


class MCPServerCard(WireModel):
    schema_: str | None = Field(default=None, alias="$schema")
    name: str
    version: str
    capabilities: ServerCapabilities | None = None
    title: str | None = None
    description: str | None = None
    website_url: str | None = Field(default=None, alias="websiteUrl")
    repository: MCPServerRepository | None = None
    icons: list[MCPServerIcon] | None = None
    remotes: list[MCPServerRemote] | None = None
    requires: ClientCapabilities | None = None
    resources: Literal["dynamic"] | list[MCPResource] | None = None
    tools: Literal["dynamic"] | list[MCPServerCardTool] | None = None
    prompts: Literal["dynamic"] | list[MCPPrompt] | None = None
    meta: MCPServerCardMeta | None = Field(default=None, alias="_meta")


class MCPTool(WireModel):
    name: str
    title: str | None = None
    description: str | None = None
    input_schema: dict[str, Any] = Field(alias="inputSchema")
    output_schema: dict[str, Any] | None = Field(default=None, alias="outputSchema")
    icons: list[MCPServerIcon] | None = None
    annotations: ToolAnnotations | None = None
    meta: MCPToolMeta | None = Field(default=None, alias="_meta")
    execution: ToolExecution | None = None


class MessageResponse(WireModel):
    """Reply of `PUT /v1/connectors/{connector_id}/share`."""

    message: str


class PublicAuthenticationMethod(WireModel):
    """Public view of an authentication method, without secrets."""

    method_type: OutboundAuthenticationType
    headers: list[ConnectorAuthenticationHeader] | None = None
    global_headers: dict[str, GlobalHeaderValue] | None = None
    has_default_credentials: bool
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None


ToolType = Annotated[Literal["rag", "image", "code", "event"], Tolerant]

TasksCallCapability = dict[str, Any]
"""Capability for tasks call operations."""
