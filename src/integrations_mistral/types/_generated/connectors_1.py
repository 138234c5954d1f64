"""Connectors (part 1 of 4) models. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

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
    "ClientTasksCapability",
    "ClientTasksRequestsCapability",
    "ConnectorAuthenticationHeader",
    "ConnectorsFunction",
    "ConnectorsTool",
    "ConsumerType",
    "CredentialsStatus",
    "CredentialsStatusErrorReason",
    "ElicitationCapability",
    "ExtendedOAuthServerMetadata",
    "FormElicitationCapability",
    "GlobalHeaderValue",
    "HTTPStatus",
    "InboundAuthenticationType",
    "OAuthMetadataSource",
    "Oauth2MetadataSecrets",
    "OutboundAuthenticationType",
    "RootsCapability",
    "SamplingCapability",
    "SamplingContextCapability",
    "SamplingToolsCapability",
    "TasksCancelCapability",
    "TasksCreateElicitationCapability",
    "TasksCreateMessageCapability",
    "TasksElicitationCapability",
    "TasksListCapability",
    "TasksSamplingCapability",
    "ToolTypes",
    "UrlElicitationCapability",
]


class ConnectorsFunction(WireModel):
    """Function."""

    name: str
    description: str | None = None
    strict: bool | None = None
    parameters: dict[str, Any]


class ConnectorsTool(WireModel):
    """Tool."""

    type: ToolTypes | None = None
    function: ConnectorsFunction


class Annotations(WireModel):
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
    client_id: str
    client_secret: str | None = None


class AuthUrlResponse(WireModel):
    """Reply of `GET /v1/connectors/{connector_id_or_name}/auth_url`."""

    auth_url: str
    ttl: int


class CredentialsStatus(WireModel):
    status_type: AuthStatus
    last_checked_at: str | None = None
    error_http_code: HTTPStatus | None = None
    error_message: CredentialsStatusErrorReason | None = None


class AuthenticationConfiguration(WireModel):
    name: str
    title: str | None = None
    authentication_type: OutboundAuthenticationType
    scope: ConsumerType
    status: CredentialsStatus | None = None
    is_default: bool | None = None


class ConnectorAuthenticationHeader(WireModel):
    name: str
    is_required: bool | None = None
    is_secret: bool | None = None


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


class Oauth2MetadataSecrets(WireModel):
    """OAuth2 client credentials stored alongside a connector's authentication method."""

    client_id: str | None = None
    client_secret: str | None = None
    client_id_issued_at: int | None = None
    client_secret_expires_at: int | None = None


class AuthenticationMethodCreateOrUpdateRequest(WireModel):
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


class TasksElicitationCapability(WireModel):
    """Capability for tasks elicitation operations."""

    create: TasksCreateElicitationCapability | None = None


class TasksSamplingCapability(WireModel):
    """Capability for tasks sampling operations."""

    create_message: TasksCreateMessageCapability | None = Field(default=None, alias="createMessage")


class ClientTasksRequestsCapability(WireModel):
    """Capability for tasks requests operations."""

    sampling: TasksSamplingCapability | None = None
    elicitation: TasksElicitationCapability | None = None


class ClientTasksCapability(WireModel):
    """Capability for client tasks operations."""

    list: TasksListCapability | None = None
    cancel: TasksCancelCapability | None = None
    requests: ClientTasksRequestsCapability | None = None


class ElicitationCapability(WireModel):
    """Capability for elicitation operations."""

    form: FormElicitationCapability | None = None
    url: UrlElicitationCapability | None = None


class RootsCapability(WireModel):
    """Capability for root operations."""

    list_changed: bool | None = Field(default=None, alias="listChanged")


class SamplingCapability(WireModel):
    """Sampling capability structure, allowing fine-grained capability advertisement."""

    context: SamplingContextCapability | None = None
    tools: SamplingToolsCapability | None = None


ToolTypes = Annotated[Literal["function"], Tolerant]

AuthDirection = Annotated[Literal["inbound", "outbound"], Tolerant]

AuthStatus = Annotated[Literal["valid", "invalid", "error"], Tolerant]

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

OutboundAuthenticationType = Annotated[
    Literal["oauth2", "bearer", "none", "github_app", "slack_app"], Tolerant
]

OAuthMetadataSource = Annotated[Literal["autodiscovery", "provided"], Tolerant]
"""How a connector's OAuth server metadata was obtained."""

InboundAuthenticationType = Annotated[Literal["webhook"], Tolerant]

TasksCreateElicitationCapability = dict[str, Any]
"""Capability for tasks create elicitation operations."""

TasksCreateMessageCapability = dict[str, Any]
"""Capability for tasks create messages."""

TasksCancelCapability = dict[str, Any]
"""Capability for tasks cancel operations."""

TasksListCapability = dict[str, Any]
"""Capability for tasks listing operations."""

FormElicitationCapability = dict[str, Any]
"""Capability for form mode elicitation."""

UrlElicitationCapability = dict[str, Any]
"""Capability for URL mode elicitation."""

SamplingContextCapability = dict[str, Any]
"""Capability for context inclusion during sampling."""

SamplingToolsCapability = dict[str, Any]
"""Capability indicating support for tool calling during sampling."""
