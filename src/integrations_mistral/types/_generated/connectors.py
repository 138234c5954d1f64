"""Connectors models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._base import Tolerant, WireModel

__all__ = [
    "Annotations",
    "AudioContent",
    "AuthData",
    "AuthDirection",
    "AuthStatus",
    "AuthUrlResponse",
    "AuthenticationConfiguration",
    "AuthenticationMethodCreateOrUpdateRequest",
    "BlobResourceContents",
    "ClientCapabilities",
    "ClientTasksCapability",
    "ClientTasksRequestsCapability",
    "CompletionsCapability",
    "ConnectionConfigType",
    "ConnectionCredentials",
    "ConnectionPreference",
    "Connector",
    "ConnectorAuthenticationHeader",
    "ConnectorCallToolRequest",
    "ConnectorLocale",
    "ConnectorProtocol",
    "ConnectorSupportedLanguage",
    "ConnectorTool",
    "ConnectorToolCallMetadata",
    "ConnectorToolCallResponse",
    "ConnectorToolLocale",
    "ConnectorToolResultMetadata",
    "ConnectorsQueryFilters",
    "ConsumerType",
    "CreateConnectorRequest",
    "CredentialsCreateOrUpdate",
    "CredentialsResponse",
    "CredentialsStatus",
    "CredentialsStatusErrorReason",
    "ElicitationCapability",
    "EmbeddedResource",
    "ExecutionConfig",
    "ExecutionTool",
    "ExtendedOAuthServerMetadata",
    "FormElicitationCapability",
    "Function",
    "GlobalHeaderValue",
    "HTTPStatus",
    "ImageContent",
    "InboundAuthenticationType",
    "LoggingCapability",
    "LogicalExpression",
    "MCPPrompt",
    "MCPResource",
    "MCPServerAuthenticationRequirement",
    "MCPServerCard",
    "MCPServerCardMeta",
    "MCPServerCardTool",
    "MCPServerIcon",
    "MCPServerRemote",
    "MCPServerRemoteHeader",
    "MCPServerRepository",
    "MCPSupportedLanguage",
    "MCPTool",
    "MCPToolMeta",
    "MCPUIToolMeta",
    "MessageResponse",
    "OAuth2Token",
    "OAuthMetadataSource",
    "Oauth2MetadataSecrets",
    "OutboundAuthenticationType",
    "PaginatedConnectors",
    "PaginationResponse",
    "PromptArgument",
    "PromptsCapability",
    "PublicAuthenticationMethod",
    "PublicConnectionConfig",
    "PublicConnectorExecutionData",
    "PublicExecutionConnectionConfig",
    "PublicExecutionConnector",
    "PublicExecutionEnv",
    "PublicResourceVisibility",
    "ResourceLink",
    "ResourceVisibility",
    "ResourcesCapability",
    "RootsCapability",
    "SamplingCapability",
    "SamplingContextCapability",
    "SamplingToolsCapability",
    "ServerCapabilities",
    "ServerLocale",
    "ServerTasksCapability",
    "ServerTasksRequestsCapability",
    "TasksCallCapability",
    "TasksCancelCapability",
    "TasksCreateElicitationCapability",
    "TasksCreateMessageCapability",
    "TasksElicitationCapability",
    "TasksListCapability",
    "TasksSamplingCapability",
    "TasksToolsCapability",
    "TextContent",
    "TextResourceContents",
    "Tool",
    "ToolAnnotations",
    "ToolExecution",
    "ToolExecutionConfiguration",
    "ToolProperties",
    "ToolType",
    "ToolTypes",
    "ToolsCapability",
    "TurbineMeta",
    "TurbineToolLocale",
    "TurbineToolMeta",
    "UpdateConnectorRequest",
    "UrlElicitationCapability",
]


class Function(WireModel):
    """Function."""

    name: str
    description: str | None = None
    strict: bool | None = None
    parameters: dict[str, Any]


class Tool(WireModel):
    """Tool."""

    type: ToolTypes | None = None
    function: Function


class Annotations(WireModel):
    """Annotations."""

    audience: list[Annotated[Literal["user", "assistant"], Tolerant]] | None = None
    priority: float | None = None


class AudioContent(WireModel):
    """Audio content for a message."""

    sent_always = ("type",)

    type: Literal["audio"] = "audio"
    data: str
    mime_type: str = Field(alias="mimeType")
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class AuthData(WireModel):
    """AuthData."""

    client_id: str
    client_secret: str | None = None


class AuthUrlResponse(WireModel):
    """AuthUrlResponse."""

    auth_url: str
    ttl: int


class AuthenticationConfiguration(WireModel):
    """AuthenticationConfiguration."""

    name: str
    title: str | None = None
    authentication_type: OutboundAuthenticationType
    scope: ConsumerType
    status: CredentialsStatus | None = None
    is_default: bool | None = None


class AuthenticationMethodCreateOrUpdateRequest(WireModel):
    """AuthenticationMethodCreateOrUpdateRequest."""

    method_type: Annotated[OutboundAuthenticationType | InboundAuthenticationType, Tolerant]
    auth_direction: AuthDirection | None = None
    headers: list[ConnectorAuthenticationHeader] | None = None
    global_headers: dict[str, GlobalHeaderValue] | None = None
    oauth2_metadata_secrets: Oauth2MetadataSecrets | None = None
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None


class BlobResourceContents(WireModel):
    """Binary contents of a resource."""

    uri: str
    mime_type: str | None = Field(default=None, alias="mimeType")
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")
    blob: str


class ClientCapabilities(WireModel):
    """Capabilities a client may support."""

    experimental: dict[str, dict[str, Any]] | None = None
    sampling: SamplingCapability | None = None
    elicitation: ElicitationCapability | None = None
    roots: RootsCapability | None = None
    tasks: ClientTasksCapability | None = None


class ClientTasksCapability(WireModel):
    """Capability for client tasks operations."""

    list: TasksListCapability | None = None
    cancel: TasksCancelCapability | None = None
    requests: ClientTasksRequestsCapability | None = None


class ClientTasksRequestsCapability(WireModel):
    """Capability for tasks requests operations."""

    sampling: TasksSamplingCapability | None = None
    elicitation: TasksElicitationCapability | None = None


class ConnectionCredentials(WireModel):
    """ConnectionCredentials."""

    oauth: OAuth2Token | None = None
    headers: dict[str, str] | None = None
    bearer_token: str | None = None
    github_installation_id: str | None = None


class ConnectionPreference(WireModel):
    """ConnectionPreference."""

    name: str
    tool_configuration: ToolExecutionConfiguration
    is_default: bool | None = None
    consumer_type: ConsumerType | None = None


class ConnectorAuthenticationHeader(WireModel):
    """ConnectorAuthenticationHeader."""

    name: str
    is_required: bool | None = None
    is_secret: bool | None = None


class ConnectorLocale(WireModel):
    """ConnectorLocale."""

    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


class ConnectorTool(WireModel):
    """ConnectorTool."""

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
    """ConnectorsQueryFilters."""

    active: bool | None = None


class CredentialsCreateOrUpdate(WireModel):
    """Request to create or update non-OAuth2 credentials for a connector."""

    name: str
    title: str | None = None
    is_default: bool | None = None
    credentials: ConnectionCredentials | None = None


class CredentialsResponse(WireModel):
    """CredentialsResponse."""

    credentials: list[AuthenticationConfiguration]
    connector_preset_credentials_for_auth: list[OutboundAuthenticationType] | None = None


class CredentialsStatus(WireModel):
    """CredentialsStatus."""

    status_type: AuthStatus
    last_checked_at: str | None = None
    error_http_code: HTTPStatus | None = None
    error_message: CredentialsStatusErrorReason | None = None


class ElicitationCapability(WireModel):
    """Capability for elicitation operations."""

    form: FormElicitationCapability | None = None
    url: UrlElicitationCapability | None = None


class EmbeddedResource(WireModel):
    """The contents of a resource, embedded into a prompt or tool call result."""

    sent_always = ("type",)

    type: Literal["resource"] = "resource"
    resource: Annotated[TextResourceContents | BlobResourceContents, Tolerant]
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class ExecutionConfig(WireModel):
    """Not typed since mcp config can changed / not stable we allow all extra fields and this is a..."""

    type: str


class ExecutionTool(WireModel):
    """ExecutionTool."""

    name: str
    integration_id: str
    execution_config: ExecutionConfig | None


class ExtendedOAuthServerMetadata(WireModel):
    """Custom superset of RFC 8414 OAuth 2.0 Authorization Server Metadata."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    registration_endpoint: str | None = None
    scopes_supported: list[str] | None = None
    response_types_supported: list[str] | None = None
    response_modes_supported: list[str] | None = None
    grant_types_supported: list[str] | None = None
    token_endpoint_auth_methods_supported: list[str] | None = None
    token_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    service_documentation: str | None = None
    ui_locales_supported: list[str] | None = None
    op_policy_uri: str | None = None
    op_tos_uri: str | None = None
    revocation_endpoint: str | None = None
    revocation_endpoint_auth_methods_supported: list[str] | None = None
    revocation_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    introspection_endpoint: str | None = None
    introspection_endpoint_auth_methods_supported: list[str] | None = None
    introspection_endpoint_auth_signing_alg_values_supported: list[str] | None = None
    code_challenge_methods_supported: list[str] | None = None
    client_id_metadata_document_supported: bool | None = None
    x_source: OAuthMetadataSource | None = None
    x_resource_url: str | None = None
    x_scope: str | None = None


class GlobalHeaderValue(WireModel):
    """Value of a connector-wide header."""

    is_secret: bool | None = None
    value: str


class ImageContent(WireModel):
    """Image content for a message."""

    sent_always = ("type",)

    type: Literal["image"] = "image"
    data: str
    mime_type: str = Field(alias="mimeType")
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class LogicalExpression(WireModel):
    """LogicalExpression."""

    type: Annotated[Literal["and", "or"], Tolerant]
    expressions: list[Annotated[list[str] | LogicalExpression | ToolProperties, Tolerant]]


class MCPServerAuthenticationRequirement(WireModel):
    """Authentication requirements for a remote transport (SEP-2127)."""

    required: bool
    schemes: list[str] | None = None


class MCPServerCard(WireModel):
    """MCPServerCard."""

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


class MCPServerCardMeta(WireModel):
    """Typed _meta for MCP server cards."""

    ai_mistral_turbine: TurbineMeta | None = Field(default=None, alias="ai.mistral/turbine")


class MCPServerRemote(WireModel):
    """Remote transport endpoint (SEP-2127)."""

    type: Annotated[Literal["streamable-http", "sse"], Tolerant]
    url: str
    supported_protocol_versions: list[str] | None = Field(
        default=None, alias="supportedProtocolVersions"
    )
    headers: list[MCPServerRemoteHeader] | None = None
    authentication: MCPServerAuthenticationRequirement | None = None


class MCPServerRemoteHeader(WireModel):
    """Header definition for a remote transport (SEP-2127)."""

    name: str
    description: str
    is_required: bool | None = Field(default=None, alias="isRequired")
    is_secret: bool | None = Field(default=None, alias="isSecret")
    default: str | None = None
    choices: list[str] | None = None


class MCPServerRepository(WireModel):
    """Source repository information (SEP-2127)."""

    url: str
    source: str
    subfolder: str | None = None


class MCPTool(WireModel):
    """MCPTool."""

    name: str
    title: str | None = None
    description: str | None = None
    input_schema: dict[str, Any] = Field(alias="inputSchema")
    output_schema: dict[str, Any] | None = Field(default=None, alias="outputSchema")
    icons: list[MCPServerIcon] | None = None
    annotations: ToolAnnotations | None = None
    meta: MCPToolMeta | None = Field(default=None, alias="_meta")
    execution: ToolExecution | None = None


class MCPToolMeta(WireModel):
    """Typed _meta for MCP tools."""

    ui: MCPUIToolMeta | None = None
    ai_mistral_turbine: TurbineToolMeta | None = Field(default=None, alias="ai.mistral/turbine")


class MCPUIToolMeta(WireModel):
    """UI metadata for tools that reference UI resources."""

    resource_uri: str | None = Field(default=None, alias="resourceUri")
    visibility: list[Annotated[Literal["model", "app"], Tolerant]] | None = None


class MessageResponse(WireModel):
    """MessageResponse."""

    message: str


class OAuth2Token(WireModel):
    """OAuth2Token."""

    sent_always = ("token_type",)

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int | None = None
    scope: str | None = None
    refresh_token: str | None = None
    expires_at: str | None = None


class Oauth2MetadataSecrets(WireModel):
    """OAuth2 client credentials stored alongside a connector's authentication method."""

    client_id: str | None = None
    client_secret: str | None = None
    client_id_issued_at: int | None = None
    client_secret_expires_at: int | None = None


class PaginatedConnectors(WireModel):
    """PaginatedConnectors."""

    items: list[Connector]
    pagination: PaginationResponse


class PaginationResponse(WireModel):
    """PaginationResponse."""

    next_cursor: str | None = None
    page_size: int


class PromptArgument(WireModel):
    """An argument for a prompt template."""

    name: str
    description: str | None = None
    required: bool | None = None


class PromptsCapability(WireModel):
    """Capability for prompts operations."""

    list_changed: bool | None = Field(default=None, alias="listChanged")


class PublicAuthenticationMethod(WireModel):
    """Public view of an authentication method, without secrets."""

    method_type: OutboundAuthenticationType
    headers: list[ConnectorAuthenticationHeader] | None = None
    global_headers: dict[str, GlobalHeaderValue] | None = None
    has_default_credentials: bool
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None


class PublicConnectionConfig(WireModel):
    """PublicConnectionConfig."""

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
    """PublicExecutionConnector."""

    id: str
    name: str
    connection_config: PublicExecutionConnectionConfig | None


class PublicExecutionEnv(WireModel):
    """Credentials-free projection of ExecutionEnv for the public /connectors/mistral response."""

    tools: list[Tool]
    tool_execution_data: PublicConnectorExecutionData
    errors: list[str]


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


class ResourcesCapability(WireModel):
    """Capability for resources operations."""

    subscribe: bool | None = None
    list_changed: bool | None = Field(default=None, alias="listChanged")


class RootsCapability(WireModel):
    """Capability for root operations."""

    list_changed: bool | None = Field(default=None, alias="listChanged")


class SamplingCapability(WireModel):
    """Sampling capability structure, allowing fine-grained capability advertisement."""

    context: SamplingContextCapability | None = None
    tools: SamplingToolsCapability | None = None


class ServerCapabilities(WireModel):
    """Capabilities that a server may support."""

    experimental: dict[str, dict[str, Any]] | None = None
    logging: LoggingCapability | None = None
    prompts: PromptsCapability | None = None
    resources: ResourcesCapability | None = None
    tools: ToolsCapability | None = None
    completions: CompletionsCapability | None = None
    tasks: ServerTasksCapability | None = None


class ServerLocale(WireModel):
    """ServerLocale."""

    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class ServerTasksCapability(WireModel):
    """Capability for server tasks operations."""

    list: TasksListCapability | None = None
    cancel: TasksCancelCapability | None = None
    requests: ServerTasksRequestsCapability | None = None


class ServerTasksRequestsCapability(WireModel):
    """Capability for tasks requests operations."""

    tools: TasksToolsCapability | None = None


class TasksElicitationCapability(WireModel):
    """Capability for tasks elicitation operations."""

    create: TasksCreateElicitationCapability | None = None


class TasksSamplingCapability(WireModel):
    """Capability for tasks sampling operations."""

    create_message: TasksCreateMessageCapability | None = Field(default=None, alias="createMessage")


class TasksToolsCapability(WireModel):
    """Capability for tasks tools operations."""

    call: TasksCallCapability | None = None


class TextContent(WireModel):
    """Text content for a message."""

    sent_always = ("type",)

    type: Literal["text"] = "text"
    text: str
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class TextResourceContents(WireModel):
    """Text contents of a resource."""

    uri: str
    mime_type: str | None = Field(default=None, alias="mimeType")
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")
    text: str


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


class ToolExecutionConfiguration(WireModel):
    """ToolExecutionConfiguration."""

    requires_confirmation: (
        Annotated[list[str] | LogicalExpression | ToolProperties, Tolerant] | None
    ) = None
    skip_confirmation: (
        Annotated[list[str] | LogicalExpression | ToolProperties, Tolerant] | None
    ) = None
    include: list[str] | None = None
    exclude: list[str] | None = None


class ToolProperties(WireModel):
    """ToolProperties."""

    read_only: bool | None


class ToolsCapability(WireModel):
    """Capability for tools operations."""

    list_changed: bool | None = Field(default=None, alias="listChanged")


class TurbineMeta(WireModel):
    """TurbineMeta."""

    system_prompt_name: str | None = None
    locale: ServerLocale | None = None


class TurbineToolLocale(WireModel):
    """TurbineToolLocale."""

    name: dict[str, str] | None = None
    description: dict[str, str] | None = None
    usage_sentence: dict[str, str] | None = None
    working_description: dict[str, str] | None = None
    done_description: dict[str, str] | None = None


class TurbineToolMeta(WireModel):
    """TurbineToolMeta."""

    locale: TurbineToolLocale | None = None
    tool_type: ToolType | None = None
    timeout: float | None = None
    private_execution: bool | None = None


class Connector(WireModel):
    """Connector."""

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


class MCPServerIcon(WireModel):
    """An icon for display in user interfaces."""

    src: str
    mime_type: str | None = Field(default=None, alias="mimeType")
    sizes: list[str] | None = None


class MCPServerCardTool(WireModel):
    """MCPServerCardTool."""

    name: str
    title: str | None = None
    description: str | None = None
    input_schema: dict[str, Any] = Field(alias="inputSchema")
    output_schema: dict[str, Any] | None = Field(default=None, alias="outputSchema")
    icons: list[MCPServerIcon] | None = None
    annotations: ToolAnnotations | None = None
    meta: MCPToolMeta | None = Field(default=None, alias="_meta")
    execution: ToolExecution | None = None


class MCPResource(WireModel):
    """MCPResource."""

    name: str
    title: str | None = None
    uri: str
    description: str | None = None
    mime_type: str | None = Field(default=None, alias="mimeType")
    size: int | None = None
    icons: list[MCPServerIcon] | None = None
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(default=None, alias="_meta")


class MCPPrompt(WireModel):
    """MCPPrompt."""

    name: str
    title: str | None = None
    description: str | None = None
    arguments: list[PromptArgument] | None = None
    icons: list[MCPServerIcon] | None = None
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
    """UpdateConnectorRequest."""

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


class PublicConnectorExecutionData(WireModel):
    """PublicConnectorExecutionData."""

    integrations: list[PublicExecutionConnector]
    tools: list[ExecutionTool]
    use_connectors_gateway: bool | None = None


class ConnectorToolLocale(WireModel):
    """ConnectorToolLocale."""

    name: dict[str, str]
    description: dict[str, str]
    usage_sentence: dict[str, str]


ToolTypes = Annotated[Literal["function"], Tolerant]

AuthDirection = Annotated[Literal["inbound", "outbound"], Tolerant]

AuthStatus = Annotated[Literal["valid", "invalid", "error"], Tolerant]

CompletionsCapability = dict[str, Any]
"""Capability for completions operations."""

ConnectionConfigType = Annotated[Literal["mcp", "turbine", "eolienne"], Tolerant]

ConnectorProtocol = Annotated[Literal["mcp", "http", "turbine"], Tolerant]

ConnectorSupportedLanguage = Annotated[
    Literal["en", "fr", "ar", "es", "de", "pl", "pt-BR", "it", "nl"], Tolerant
]

ConsumerType = Annotated[Literal["user", "org", "workspace", "system"], Tolerant]

CredentialsStatusErrorReason = Annotated[
    Literal[
        "oauth expired",
        "oauth near expiry",
        "empty credentials",
        "unparsable credentials",
        "you need to reconnect",
        "oauth refresh error",
        "MCP server unreachable",
        "MCP server timed out",
        "MCP server error",
        "unknown error",
    ],
    Tolerant,
]

FormElicitationCapability = dict[str, Any]
"""Capability for form mode elicitation."""

HTTPStatus = Annotated[
    Literal[
        100,
        101,
        102,
        103,
        200,
        201,
        202,
        203,
        204,
        205,
        206,
        207,
        208,
        226,
        300,
        301,
        302,
        303,
        304,
        305,
        307,
        308,
        400,
        401,
        402,
        403,
        404,
        405,
        406,
        407,
        408,
        409,
        410,
        411,
        412,
        413,
        414,
        415,
        416,
        417,
        418,
        421,
        422,
        423,
        424,
        425,
        426,
        428,
        429,
        431,
        451,
        500,
        501,
        502,
        503,
        504,
        505,
        506,
        507,
        508,
        510,
        511,
    ],
    Tolerant,
]
"""HTTP status codes and reason phrases Status codes from the following RFCs are all observed:..."""

InboundAuthenticationType = Annotated[Literal["webhook"], Tolerant]

LoggingCapability = dict[str, Any]
"""Capability for logging operations."""

MCPSupportedLanguage = Annotated[
    Literal["en", "fr", "de", "es", "pl", "it", "ar", "pt-BR", "nl"], Tolerant
]

OAuthMetadataSource = Annotated[Literal["autodiscovery", "provided"], Tolerant]
"""How a connector's OAuth server metadata was obtained."""

OutboundAuthenticationType = Annotated[
    Literal["oauth2", "bearer", "none", "github_app", "slack_app"], Tolerant
]

PublicResourceVisibility = Annotated[Literal["shared_org", "shared_workspace", "private"], Tolerant]
"""Visibility options available to public API callers."""

ResourceVisibility = Annotated[
    Literal["shared_global", "shared_org", "shared_workspace", "private"], Tolerant
]

SamplingContextCapability = dict[str, Any]
"""Capability for context inclusion during sampling."""

SamplingToolsCapability = dict[str, Any]
"""Capability indicating support for tool calling during sampling."""

TasksCallCapability = dict[str, Any]
"""Capability for tasks call operations."""

TasksCancelCapability = dict[str, Any]
"""Capability for tasks cancel operations."""

TasksCreateElicitationCapability = dict[str, Any]
"""Capability for tasks create elicitation operations."""

TasksCreateMessageCapability = dict[str, Any]
"""Capability for tasks create messages."""

TasksListCapability = dict[str, Any]
"""Capability for tasks listing operations."""

ToolType = Annotated[Literal["rag", "image", "code", "event"], Tolerant]

UrlElicitationCapability = dict[str, Any]
"""Capability for URL mode elicitation."""
