"""`client.connectors`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any, Literal, overload

from pydantic import RootModel
from typing_extensions import Unpack

from ...types._generated.connectors_1 import (
    AuthData,
    AuthUrlResponse,
    ExtendedOAuthServerMetadata,
    GlobalHeaderValue,
    OutboundAuthenticationType,
)
from ...types._generated.connectors_2 import ConnectorsQueryFilters, CredentialsResponse
from ...types._generated.connectors_3 import MCPTool, MessageResponse, PublicAuthenticationMethod
from ...types._generated.connectors_4 import (
    Connector,
    ConnectorCallToolRequest,
    ConnectorToolCallResponse,
    CreateConnectorRequest,
    PaginatedConnectors,
    PublicResourceVisibility,
)
from .._base import Service, build_request, query, segment
from .._options import CallOptions, takes_arguments_of
from .._pagination import walk_cursor

__all__ = ["ConnectorsServicePart"]

_ListToolsResult = RootModel[list[MCPTool] | list[dict[str, Any]]]
_GetAuthenticationMethodsResult = RootModel[list[PublicAuthenticationMethod]]


class ConnectorsServicePart(Service):
    """The first operations of `client.connectors`; `ConnectorsService` adds the others (one class in two modules, to keep files short)."""

    area = "connectors"

    async def list(
        self,
        *,
        query_filters: ConnectorsQueryFilters | dict[str, Any] | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PaginatedConnectors:
        """List all connectors.

        List all your custom connectors with keyset pagination and filters.
        """
        path = "/v1/connectors"
        return await self._call(
            "connectors.list",
            "GET",
            path,
            PaginatedConnectors,
            params=query(query_filters=query_filters, cursor=cursor, page_size=page_size),
            options=options,
        )

    @takes_arguments_of(list)
    def iterate(self, **filters: Any) -> AsyncIterator[Connector]:
        """Every item `list` returns, page after page (its keyword arguments filter)."""
        return walk_cursor(
            self.list, filters, cursor="cursor", items="items", next="pagination.next_cursor"
        )

    @overload
    async def create(
        self, request: CreateConnectorRequest, **options: Unpack[CallOptions]
    ) -> Connector: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str,
        server: str,
        protocol: Literal["mcp"] | None = None,
        title: str | None = None,
        icon_url: str | None = None,
        visibility: PublicResourceVisibility | None = None,
        headers: dict[str, Any] | None = None,
        global_headers: dict[str, GlobalHeaderValue | dict[str, Any]] | None = None,
        auth_data: AuthData | dict[str, Any] | None = None,
        oauth2_server_metadata: ExtendedOAuthServerMetadata | dict[str, Any] | None = None,
        oauth2_server_metadata_url: str | None = None,
        system_prompt: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Connector: ...
    async def create(
        self,
        request: CreateConnectorRequest | None = None,
        *,
        protocol: Literal["mcp"] | None = None,
        name: str | None = None,
        title: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        visibility: PublicResourceVisibility | None = None,
        server: str | None = None,
        headers: dict[str, Any] | None = None,
        global_headers: dict[str, GlobalHeaderValue | dict[str, Any]] | None = None,
        auth_data: AuthData | dict[str, Any] | None = None,
        oauth2_server_metadata: ExtendedOAuthServerMetadata | dict[str, Any] | None = None,
        oauth2_server_metadata_url: str | None = None,
        system_prompt: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Connector:
        """Create a new connector.

        Create a new MCP connector. You can customize its visibility, url and auth type.
        """
        path = "/v1/connectors"
        return await self._call(
            "connectors.create",
            "POST",
            path,
            Connector,
            body=build_request(
                CreateConnectorRequest,
                request,
                {
                    "protocol": protocol,
                    "name": name,
                    "title": title,
                    "description": description,
                    "icon_url": icon_url,
                    "visibility": visibility,
                    "server": server,
                    "headers": headers,
                    "global_headers": global_headers,
                    "auth_data": auth_data,
                    "oauth2_server_metadata": oauth2_server_metadata,
                    "oauth2_server_metadata_url": oauth2_server_metadata_url,
                    "system_prompt": system_prompt,
                },
                options,
            ),
            options=options,
        )

    async def get_auth_url(
        self,
        connector_id_or_name: str,
        *,
        app_return_url: str | None = None,
        method_type: OutboundAuthenticationType | None = None,
        credentials_name: str | None = None,
        credentials_title: str | None = None,
        github_installation_link: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> AuthUrlResponse:
        """Get the auth URL for a connector.

        Get the OAuth2 authorization URL for a connector to initiate user authentication.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/auth_url"
        return await self._call(
            "connectors.get_auth_url",
            "GET",
            path,
            AuthUrlResponse,
            params=query(
                app_return_url=app_return_url,
                method_type=method_type,
                credentials_name=credentials_name,
                credentials_title=credentials_title,
                github_installation_link=github_installation_link,
            ),
            options=options,
        )

    async def share(self, connector_id: str, **options: Unpack[CallOptions]) -> MessageResponse:
        """Share a private connector to the current workspace.

        Transfers ownership of a private user-owned connector to the current workspace, making
        it available to all workspace members. The creator can later revert this via the unshare
        endpoint. Any authentication flows that rely on the original owner's identity (e.g. ...
        """
        path = f"/v1/connectors/{segment(connector_id, 'connector_id')}/share"
        return await self._call("connectors.share", "PUT", path, MessageResponse, options=options)

    async def unshare(self, connector_id: str, **options: Unpack[CallOptions]) -> MessageResponse:
        """Unshare a connector from the current workspace.

        Reverts a workspace-shared connector back to a private, creator-owned connector.
        Workspace-scoped connections and other members' connections are removed; the creator's
        own connection is preserved. Only the connector's creator can call this endpoint. ...
        """
        path = f"/v1/connectors/{segment(connector_id, 'connector_id')}/share"
        return await self._call(
            "connectors.unshare", "DELETE", path, MessageResponse, options=options
        )

    async def activate_for_consumer(
        self,
        connector_id: str,
        consumer_scope: Literal["user", "workspace", "organization"],
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        Enable a connector for the consumer.
        """
        path = f"/v1/connectors/{segment(connector_id, 'connector_id')}/{segment(consumer_scope, 'consumer_scope')}/activate"
        return await self._call(
            "connectors.activate_for_consumer", "POST", path, MessageResponse, options=options
        )

    async def deactivate_for_consumer(
        self,
        connector_id: str,
        consumer_scope: Literal["user", "workspace", "organization"],
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Deactivate a connector for the current consumer (at organization, workspace or user level).

        Disable a connector for the calling consumer only.
        """
        path = f"/v1/connectors/{segment(connector_id, 'connector_id')}/{segment(consumer_scope, 'consumer_scope')}/deactivate"
        return await self._call(
            "connectors.deactivate_for_consumer", "POST", path, MessageResponse, options=options
        )

    async def call_tool(
        self,
        connector_id_or_name: str,
        tool_name: str,
        request: ConnectorCallToolRequest | None = None,
        *,
        credentials_name: str | None = None,
        arguments: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> ConnectorToolCallResponse:
        """Call Connector Tool.

        Call a tool on an MCP connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/tools/{segment(tool_name, 'tool_name')}/call"
        return await self._call(
            "connectors.call_tool",
            "POST",
            path,
            ConnectorToolCallResponse,
            params=query(credentials_name=credentials_name),
            body=build_request(
                ConnectorCallToolRequest, request, {"arguments": arguments}, options
            ),
            options=options,
        )

    async def list_tools(
        self,
        connector_id_or_name: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        refresh: bool | None = None,
        pretty: bool | None = None,
        credentials_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> builtins.list[MCPTool] | builtins.list[dict[str, Any]]:
        """List tools for a connector.

        List all tools available for an MCP connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/tools"
        return (
            await self._call(
                "connectors.list_tools",
                "GET",
                path,
                _ListToolsResult,
                params=query(
                    page=page,
                    page_size=page_size,
                    refresh=refresh,
                    pretty=pretty,
                    credentials_name=credentials_name,
                ),
                options=options,
            )
        ).root

    async def get_authentication_methods(
        self, connector_id_or_name: str, **options: Unpack[CallOptions]
    ) -> builtins.list[PublicAuthenticationMethod]:
        """Get authentication methods for a connector.

        Get the authentication schema for a connector. Returns the list of supported
        authentication methods and their required headers.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/authentication_methods"
        return (
            await self._call(
                "connectors.get_authentication_methods",
                "GET",
                path,
                _GetAuthenticationMethodsResult,
                options=options,
            )
        ).root

    async def list_organization_credentials(
        self,
        connector_id_or_name: str,
        *,
        auth_type: OutboundAuthenticationType | None = None,
        fetch_default: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> CredentialsResponse:
        """List organization credentials for a connector.

        List all credentials configured at the organization level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/organization/credentials"
        return await self._call(
            "connectors.list_organization_credentials",
            "GET",
            path,
            CredentialsResponse,
            params=query(auth_type=auth_type, fetch_default=fetch_default),
            options=options,
        )
