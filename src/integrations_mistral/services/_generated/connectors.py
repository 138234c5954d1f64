"""`client.connectors`. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from __future__ import annotations

from typing import Any, Literal, overload

from typing_extensions import Unpack

from ...types._generated.connectors_1 import (
    AuthenticationMethodCreateOrUpdateRequest,
    OutboundAuthenticationType,
)
from ...types._generated.connectors_2 import (
    ConnectionCredentials,
    CredentialsCreateOrUpdate,
    CredentialsResponse,
)
from ...types._generated.connectors_3 import MessageResponse
from ...types._generated.connectors_4 import Connector, UpdateConnectorRequest
from .._base import RawResponses, build_request, query, segment
from .._faces import BlockingService, Face, blocking, blocking_raw, raw
from .._options import CallOptions
from .connectors_part import ConnectorsServicePart

__all__ = [
    "ConnectorsRawResponses",
    "ConnectorsService",
    "SyncConnectorsRawResponses",
    "SyncConnectorsService",
]


class ConnectorsService(ConnectorsServicePart):
    """`client.connectors`: (beta) Connectors API - manage your connectors."""

    area = "connectors"

    @property
    def with_raw_response(self) -> ConnectorsRawResponses:
        """The same methods, answering `APIResponse[reply]` (status, headers, request id)."""
        return ConnectorsRawResponses(self)

    @overload
    async def create_or_update_organization_credentials(
        self,
        connector_id_or_name: str,
        request: CredentialsCreateOrUpdate,
        **options: Unpack[CallOptions],
    ) -> MessageResponse: ...
    @overload
    async def create_or_update_organization_credentials(
        self,
        connector_id_or_name: str,
        *,
        name: str,
        title: str | None = None,
        is_default: bool | None = None,
        credentials: ConnectionCredentials | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> MessageResponse: ...
    async def create_or_update_organization_credentials(
        self,
        connector_id_or_name: str,
        request: CredentialsCreateOrUpdate | None = None,
        *,
        name: str | None = None,
        title: str | None = None,
        is_default: bool | None = None,
        credentials: ConnectionCredentials | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Create or update organization credentials for a connector.

        Create or update credentials at the organization level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/organization/credentials"
        return await self._call(
            "connectors.create_or_update_organization_credentials",
            "POST",
            path,
            MessageResponse,
            body=build_request(
                CredentialsCreateOrUpdate,
                request,
                {
                    "name": name,
                    "title": title,
                    "is_default": is_default,
                    "credentials": credentials,
                },
                options,
            ),
            options=options,
        )

    async def list_workspace_credentials(
        self,
        connector_id_or_name: str,
        *,
        auth_type: OutboundAuthenticationType | None = None,
        fetch_default: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> CredentialsResponse:
        """List workspace credentials for a connector.

        List all credentials configured at the workspace level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/workspace/credentials"
        return await self._call(
            "connectors.list_workspace_credentials",
            "GET",
            path,
            CredentialsResponse,
            params=query(auth_type=auth_type, fetch_default=fetch_default),
            options=options,
        )

    @overload
    async def create_or_update_workspace_credentials(
        self,
        connector_id_or_name: str,
        request: CredentialsCreateOrUpdate,
        **options: Unpack[CallOptions],
    ) -> MessageResponse: ...
    @overload
    async def create_or_update_workspace_credentials(
        self,
        connector_id_or_name: str,
        *,
        name: str,
        title: str | None = None,
        is_default: bool | None = None,
        credentials: ConnectionCredentials | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> MessageResponse: ...
    async def create_or_update_workspace_credentials(
        self,
        connector_id_or_name: str,
        request: CredentialsCreateOrUpdate | None = None,
        *,
        name: str | None = None,
        title: str | None = None,
        is_default: bool | None = None,
        credentials: ConnectionCredentials | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Create or update workspace credentials for a connector.

        Create or update credentials at the workspace level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/workspace/credentials"
        return await self._call(
            "connectors.create_or_update_workspace_credentials",
            "POST",
            path,
            MessageResponse,
            body=build_request(
                CredentialsCreateOrUpdate,
                request,
                {
                    "name": name,
                    "title": title,
                    "is_default": is_default,
                    "credentials": credentials,
                },
                options,
            ),
            options=options,
        )

    async def list_user_credentials(
        self,
        connector_id_or_name: str,
        *,
        auth_type: OutboundAuthenticationType | None = None,
        fetch_default: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> CredentialsResponse:
        """List user credentials for a connector.

        List all credentials configured at the user level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/user/credentials"
        return await self._call(
            "connectors.list_user_credentials",
            "GET",
            path,
            CredentialsResponse,
            params=query(auth_type=auth_type, fetch_default=fetch_default),
            options=options,
        )

    @overload
    async def create_or_update_user_credentials(
        self,
        connector_id_or_name: str,
        request: CredentialsCreateOrUpdate,
        **options: Unpack[CallOptions],
    ) -> MessageResponse: ...
    @overload
    async def create_or_update_user_credentials(
        self,
        connector_id_or_name: str,
        *,
        name: str,
        title: str | None = None,
        is_default: bool | None = None,
        credentials: ConnectionCredentials | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> MessageResponse: ...
    async def create_or_update_user_credentials(
        self,
        connector_id_or_name: str,
        request: CredentialsCreateOrUpdate | None = None,
        *,
        name: str | None = None,
        title: str | None = None,
        is_default: bool | None = None,
        credentials: ConnectionCredentials | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Create or update user credentials for a connector.

        Create or update credentials at the user level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/user/credentials"
        return await self._call(
            "connectors.create_or_update_user_credentials",
            "POST",
            path,
            MessageResponse,
            body=build_request(
                CredentialsCreateOrUpdate,
                request,
                {
                    "name": name,
                    "title": title,
                    "is_default": is_default,
                    "credentials": credentials,
                },
                options,
            ),
            options=options,
        )

    async def delete_all_user_credentials(
        self, connector_id_or_name: str, **options: Unpack[CallOptions]
    ) -> MessageResponse:
        """Delete all user credentials for a connector.

        Delete all credentials configured at the user level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/user/credentials"
        return await self._call(
            "connectors.delete_all_user_credentials",
            "DELETE",
            path,
            MessageResponse,
            options=options,
        )

    async def delete_organization_credentials(
        self, connector_id_or_name: str, credentials_name: str, **options: Unpack[CallOptions]
    ) -> MessageResponse:
        """Delete organization credentials for a connector.

        Delete credentials at the organization level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/organization/credentials/{segment(credentials_name, 'credentials_name')}"
        return await self._call(
            "connectors.delete_organization_credentials",
            "DELETE",
            path,
            MessageResponse,
            options=options,
        )

    async def delete_workspace_credentials(
        self, connector_id_or_name: str, credentials_name: str, **options: Unpack[CallOptions]
    ) -> MessageResponse:
        """Delete workspace credentials for a connector.

        Delete credentials at the workspace level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/workspace/credentials/{segment(credentials_name, 'credentials_name')}"
        return await self._call(
            "connectors.delete_workspace_credentials",
            "DELETE",
            path,
            MessageResponse,
            options=options,
        )

    async def delete_user_credentials(
        self, connector_id_or_name: str, credentials_name: str, **options: Unpack[CallOptions]
    ) -> MessageResponse:
        """Delete user credentials for a connector.

        Delete credentials at the user level for a given connector.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}/user/credentials/{segment(credentials_name, 'credentials_name')}"
        return await self._call(
            "connectors.delete_user_credentials", "DELETE", path, MessageResponse, options=options
        )

    async def get(
        self,
        connector_id_or_name: str,
        *,
        fetch_user_data: bool | None = None,
        fetch_customer_data: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Connector:
        """Get a connector.

        Get a connector by its ID or name.
        """
        path = f"/v1/connectors/{segment(connector_id_or_name, 'connector_id_or_name')}"
        return await self._call(
            "connectors.get",
            "GET",
            path,
            Connector,
            params=query(fetch_user_data=fetch_user_data, fetch_customer_data=fetch_customer_data),
            options=options,
        )

    async def update(
        self,
        connector_id: str,
        request: UpdateConnectorRequest | None = None,
        *,
        title: str | None = None,
        name: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        system_prompt: str | None = None,
        protocol: Literal["mcp"] | None = None,
        server: str | None = None,
        auth_methods: list[AuthenticationMethodCreateOrUpdateRequest | dict[str, Any]]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Connector:
        """Update a connector.

        Update a connector by its ID.
        """
        path = f"/v1/connectors/{segment(connector_id, 'connector_id')}"
        return await self._call(
            "connectors.update",
            "PATCH",
            path,
            Connector,
            body=build_request(
                UpdateConnectorRequest,
                request,
                {
                    "title": title,
                    "name": name,
                    "description": description,
                    "icon_url": icon_url,
                    "system_prompt": system_prompt,
                    "protocol": protocol,
                    "server": server,
                    "auth_methods": auth_methods,
                },
                options,
            ),
            options=options,
        )

    async def delete(self, connector_id: str, **options: Unpack[CallOptions]) -> MessageResponse:
        """Delete a connector.

        Delete a connector by its ID.
        """
        path = f"/v1/connectors/{segment(connector_id, 'connector_id')}"
        return await self._call(
            "connectors.delete", "DELETE", path, MessageResponse, options=options
        )


class ConnectorsRawResponses(RawResponses):
    """`connectors.with_raw_response`: each call answers `APIResponse[reply]`."""

    list = raw(ConnectorsService.list)
    create = raw(ConnectorsService.create)
    get_auth_url = raw(ConnectorsService.get_auth_url)
    share = raw(ConnectorsService.share)
    unshare = raw(ConnectorsService.unshare)
    activate_for_consumer = raw(ConnectorsService.activate_for_consumer)
    deactivate_for_consumer = raw(ConnectorsService.deactivate_for_consumer)
    call_tool = raw(ConnectorsService.call_tool)
    list_tools = raw(ConnectorsService.list_tools)
    get_authentication_methods = raw(ConnectorsService.get_authentication_methods)
    list_organization_credentials = raw(ConnectorsService.list_organization_credentials)
    create_or_update_organization_credentials = raw(
        ConnectorsService.create_or_update_organization_credentials
    )
    list_workspace_credentials = raw(ConnectorsService.list_workspace_credentials)
    create_or_update_workspace_credentials = raw(
        ConnectorsService.create_or_update_workspace_credentials
    )
    list_user_credentials = raw(ConnectorsService.list_user_credentials)
    create_or_update_user_credentials = raw(ConnectorsService.create_or_update_user_credentials)
    delete_all_user_credentials = raw(ConnectorsService.delete_all_user_credentials)
    delete_organization_credentials = raw(ConnectorsService.delete_organization_credentials)
    delete_workspace_credentials = raw(ConnectorsService.delete_workspace_credentials)
    delete_user_credentials = raw(ConnectorsService.delete_user_credentials)
    get = raw(ConnectorsService.get)
    update = raw(ConnectorsService.update)
    delete = raw(ConnectorsService.delete)


class SyncConnectorsRawResponses(BlockingService):
    """`connectors.with_raw_response` of the blocking client."""

    list = blocking_raw(ConnectorsService.list)
    create = blocking_raw(ConnectorsService.create)
    get_auth_url = blocking_raw(ConnectorsService.get_auth_url)
    share = blocking_raw(ConnectorsService.share)
    unshare = blocking_raw(ConnectorsService.unshare)
    activate_for_consumer = blocking_raw(ConnectorsService.activate_for_consumer)
    deactivate_for_consumer = blocking_raw(ConnectorsService.deactivate_for_consumer)
    call_tool = blocking_raw(ConnectorsService.call_tool)
    list_tools = blocking_raw(ConnectorsService.list_tools)
    get_authentication_methods = blocking_raw(ConnectorsService.get_authentication_methods)
    list_organization_credentials = blocking_raw(ConnectorsService.list_organization_credentials)
    create_or_update_organization_credentials = blocking_raw(
        ConnectorsService.create_or_update_organization_credentials
    )
    list_workspace_credentials = blocking_raw(ConnectorsService.list_workspace_credentials)
    create_or_update_workspace_credentials = blocking_raw(
        ConnectorsService.create_or_update_workspace_credentials
    )
    list_user_credentials = blocking_raw(ConnectorsService.list_user_credentials)
    create_or_update_user_credentials = blocking_raw(
        ConnectorsService.create_or_update_user_credentials
    )
    delete_all_user_credentials = blocking_raw(ConnectorsService.delete_all_user_credentials)
    delete_organization_credentials = blocking_raw(
        ConnectorsService.delete_organization_credentials
    )
    delete_workspace_credentials = blocking_raw(ConnectorsService.delete_workspace_credentials)
    delete_user_credentials = blocking_raw(ConnectorsService.delete_user_credentials)
    get = blocking_raw(ConnectorsService.get)
    update = blocking_raw(ConnectorsService.update)
    delete = blocking_raw(ConnectorsService.delete)


class SyncConnectorsService(BlockingService):
    """`connectors` of the blocking client (`SyncMistralClient`)."""

    with_raw_response = Face(SyncConnectorsRawResponses)
    list = blocking(ConnectorsService.list)
    create = blocking(ConnectorsService.create)
    get_auth_url = blocking(ConnectorsService.get_auth_url)
    share = blocking(ConnectorsService.share)
    unshare = blocking(ConnectorsService.unshare)
    activate_for_consumer = blocking(ConnectorsService.activate_for_consumer)
    deactivate_for_consumer = blocking(ConnectorsService.deactivate_for_consumer)
    call_tool = blocking(ConnectorsService.call_tool)
    list_tools = blocking(ConnectorsService.list_tools)
    get_authentication_methods = blocking(ConnectorsService.get_authentication_methods)
    list_organization_credentials = blocking(ConnectorsService.list_organization_credentials)
    create_or_update_organization_credentials = blocking(
        ConnectorsService.create_or_update_organization_credentials
    )
    list_workspace_credentials = blocking(ConnectorsService.list_workspace_credentials)
    create_or_update_workspace_credentials = blocking(
        ConnectorsService.create_or_update_workspace_credentials
    )
    list_user_credentials = blocking(ConnectorsService.list_user_credentials)
    create_or_update_user_credentials = blocking(
        ConnectorsService.create_or_update_user_credentials
    )
    delete_all_user_credentials = blocking(ConnectorsService.delete_all_user_credentials)
    delete_organization_credentials = blocking(ConnectorsService.delete_organization_credentials)
    delete_workspace_credentials = blocking(ConnectorsService.delete_workspace_credentials)
    delete_user_credentials = blocking(ConnectorsService.delete_user_credentials)
    get = blocking(ConnectorsService.get)
    update = blocking(ConnectorsService.update)
    delete = blocking(ConnectorsService.delete)
    iterate = blocking(ConnectorsService.iterate)
