"""The blocking client and `with_raw_response` face every service method, with its parameters:
the faces are declared from the async methods, and this walk proves none is missing or extra."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from inspect import iscoroutinefunction as is_coroutine_method
from typing import Any, get_type_hints

import pytest
from typing_extensions import get_overloads

from integrations_mistral import MistralClient, SyncMistralClient
from integrations_mistral.services import AREAS, BlockingService, Service, signature_of
from integrations_mistral.services import _arguments as arguments
from integrations_mistral.services._base import RawResponses, ServiceGroup

AREA_NAMES = ["chat", *AREAS]


def _public(cls: type) -> dict[str, Any]:
    """The public methods of a class, its bases' included (`with_raw_response` is a face)."""
    found = {}
    for klass in reversed(cls.__mro__):
        for name, member in vars(klass).items():
            if not name.startswith("_") and callable(member) and not isinstance(member, type):
                found[name] = member
    return found


def _walk(service: Any, face: Any, path: str) -> Iterator[tuple[str, Any, Any]]:
    """(path, async service, blocking face) for `service` and every service nested in it."""
    yield path, service, face
    for name, child in vars(service).items():
        if isinstance(child, Service | ServiceGroup):
            yield from _walk(child, getattr(face, name), f"{path}.{name}")


@pytest.fixture(scope="module")
def pairs() -> Iterator[list[tuple[str, Any, Any]]]:
    blocking = SyncMistralClient(profile="local")
    client: MistralClient = blocking._client
    try:
        yield [
            pair
            for area in AREA_NAMES
            for pair in _walk(getattr(client, area), getattr(blocking, area), area)
        ]
    finally:
        blocking.close()


def _signature(method: Any) -> list[tuple[str, Any, Any]]:
    return [
        (p.name, p.kind, p.default)
        for p in inspect.signature(method).parameters.values()
        if p.name != "self"
    ]


def test_every_service_has_a_blocking_face_with_the_same_methods_and_parameters(
    pairs: list[tuple[str, Any, Any]],
) -> None:
    assert len(pairs) > 50  # the walk reached the nested services
    for path, service, face in pairs:
        assert isinstance(face, BlockingService), path
        methods = _public(type(service))
        faced = {n: m for n, m in _public(type(face)).items() if n != "with_raw_response"}
        assert sorted(faced) == sorted(methods), path
        for name in methods:
            assert _signature(getattr(face, name)) == _signature(getattr(service, name)), (
                f"{path}.{name}"
            )


def _opens_a_stream(method: Any) -> bool:
    """Streams have no raw face: their status and request id are on the stream itself."""
    return "Stream" in str(inspect.unwrap(method).__annotations__.get("return", ""))


def test_every_coroutine_method_has_a_raw_face_on_both_clients(
    pairs: list[tuple[str, Any, Any]],
) -> None:
    for path, service, face in pairs:
        coroutines = sorted(
            n
            for n, m in _public(type(service)).items()
            if is_coroutine_method(m) and not _opens_a_stream(m)
        )
        if not coroutines:
            assert not isinstance(service, Service) or not hasattr(face, "with_raw_response")
            continue
        raw = service.with_raw_response
        assert isinstance(raw, RawResponses) and type(raw) is not RawResponses, path
        assert sorted(_public(type(raw))) == coroutines, path
        assert sorted(_public(type(face.with_raw_response))) == coroutines, path
        for name in coroutines:
            assert _signature(getattr(raw, name)) == _signature(getattr(service, name))


def test_blocking_return_types_map_from_the_async_ones(
    pairs: list[tuple[str, Any, Any]],
) -> None:
    """Coroutine -> its value, async iterator -> iterator, async stream -> blocking stream, as
    the runtime faces do: every face method answers what its async method promises, mapped."""
    mapped = 0
    for path, service, face in pairs:
        for name, method in _public(type(service)).items():
            hints = get_type_hints(inspect.unwrap(method))
            returns = str(hints.get("return"))
            if is_coroutine_method(method) or "Iterator" in returns:
                mapped += 1
            elif returns.endswith("Session'>"):  # a realtime session: wrapped, not awaited
                wrapped = getattr(getattr(type(face), name), "__wrapped__", None)
                assert wrapped is method, f"{path}.{name}: no blocking session face"
            else:
                pytest.fail(f"{path}.{name} returns {returns}: neither a coroutine nor pages")
    assert mapped > 300


@pytest.mark.parametrize(
    ("typed", "method", "left_out"),
    [
        (arguments.ChatCreateArguments, "chat.create", {"request"}),
        (arguments.ChatParseArguments, "chat.create", {"request", "response_format"}),
        (
            arguments.ChatToolsArguments,
            "chat.create",
            {"request", "messages", "tools", "parallel_tool_calls"},
        ),
        (
            arguments.ConversationToolsArguments,
            "conversations.start",
            {"request", "inputs", "tools"},
        ),
    ],
)
def test_argument_dicts_list_the_fields_of_the_method_they_stand_for(
    typed: type, method: str, left_out: set[str]
) -> None:
    area, name = method.split(".")
    client = MistralClient(profile="local")
    keys = set(signature_of(type(getattr(client, area)), name)[0].parameters)
    assert set(typed.__annotations__) == keys - left_out - {"self"}


def test_every_overload_taking_an_arguments_dict_lists_the_method_s_keywords(
    pairs: list[tuple[str, Any, Any]],
) -> None:
    """`create(**arguments: Unpack[FIMCreateArguments])` beside `create(request=...)`: the dict
    holds exactly the keywords the method takes (but `request`), so the two cannot drift."""
    checked = 0
    for path, service, _ in pairs:
        for name in _public(type(service)):
            method = getattr(service, name)
            shown = signature_of(type(service), name)[0].parameters.values()
            if any(p.kind is p.VAR_KEYWORD for p in shown):
                continue  # `create_to(destination, **arguments)`: the dict of `create`, checked there
            for overload in get_overloads(inspect.unwrap(method)):
                rest = list(inspect.signature(overload).parameters.values())[-1]
                annotation = str(rest.annotation)
                if rest.name != "arguments" or not annotation.startswith("Unpack["):
                    continue
                module = inspect.getmodule(overload)
                typed = getattr(module, annotation[len("Unpack[") : -1])
                keywords = {
                    p.name for p in shown if p.kind is p.KEYWORD_ONLY and p.name != "request"
                }
                assert set(typed.__annotations__) == keywords, f"{path}.{name}"
                checked += 1
    assert checked >= 20


def test_both_clients_have_the_same_public_surface() -> None:
    """Areas, constructors, properties and `request`: the blocking client lacks nothing."""
    names = {n for n in dir(MistralClient) if not n.startswith("_")} | {"chat"}
    assert names == {n for n in dir(SyncMistralClient) if not n.startswith("_")}
    for name in ("from_profile", "from_env", "with_options", "request"):
        assert _signature(getattr(MistralClient, name)) == _signature(
            getattr(SyncMistralClient, name)
        ), name
