"""The descriptors behind the clients' service attributes (`client.fim`, `sync.fim`): each
builds its service, or its blocking face, on first access, importing its module then (a
process that only chats imports no other area); it is then an ordinary instance attribute."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, overload

from typing_extensions import Self

from .services import face_class, service_class

if TYPE_CHECKING:
    from .services import Caller, Runner

__all__ = ["Area", "SyncArea"]

S = TypeVar("S")


class _Client(Protocol):
    @property
    def _caller(self) -> Caller: ...


class _SyncClient(Protocol):
    @property
    def _client(self) -> Any: ...

    @property
    def _runner(self) -> Runner: ...


class Area(Generic[S]):
    """`client.<area>`: the area's service, on the client's caller."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...

    @overload
    def __get__(self, client: _Client, owner: type) -> S: ...

    def __get__(self, client: _Client | None, owner: type) -> Self | S:
        if client is None:
            return self
        service: S = service_class(self.name)(client._caller)
        client.__dict__[self.name] = service
        return service


class SyncArea(Generic[S]):
    """`sync.<area>`: the blocking face of the async client's service."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...

    @overload
    def __get__(self, client: _SyncClient, owner: type) -> S: ...

    def __get__(self, client: _SyncClient | None, owner: type) -> Self | S:
        if client is None:
            return self
        face: S = face_class(self.name)(getattr(client._client, self.name), client._runner)
        client.__dict__[self.name] = face
        return face
