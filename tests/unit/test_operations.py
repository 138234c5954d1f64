"""The operation table: one row per operation, found by name, each policy reading its row."""

from __future__ import annotations

from integrations_mistral.operations import Operation, operation
from integrations_mistral.operations._generated import OPERATIONS as GENERATED
from integrations_mistral.operations.hand_written import OPERATIONS as HAND_WRITTEN


def test_each_operation_has_one_row() -> None:
    names = [row.name for row in (*HAND_WRITTEN, *GENERATED)]
    assert len(names) == len(set(names))


def test_rows_answer_what_the_policies_ask() -> None:
    chat = operation("chat.create")
    assert chat.falls_back and chat.idempotent and chat.genai == "chat"
    assert operation("fim.create_stream").genai == "text_completion"
    assert (
        operation("agents.complete").genai == "chat" and not operation("agents.complete").falls_back
    )
    assert not operation("conversations.append").idempotent
    assert operation("users.get_identity").key_header == "x-api-key"
    assert not operation("prompts.create").idempotent and operation("prompts.list").idempotent


def test_a_name_in_no_table_gets_the_safe_defaults() -> None:
    row = operation("request.get")
    assert row == Operation("", "", "")
    assert row.idempotent and not row.falls_back and row.genai is None and row.key_header is None


def _streamed_operations() -> set[str]:
    """The operation names services pass to `_stream` / `_events` (each opens an SSE stream)."""
    import ast
    from pathlib import Path

    import integrations_mistral.services as services

    found = set()
    for path in Path(services.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("_stream", "_events")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


def test_the_rows_say_which_operations_stream_and_which_may_be_cached() -> None:
    streamed = _streamed_operations()
    assert len(streamed) >= 10 and "chat.create_stream" in streamed
    for name in streamed:
        assert operation(name).streams, name
    rows = (*HAND_WRITTEN, *GENERATED)
    assert {row.name for row in rows if row.streams} == streamed
    cacheable = {row.name for row in rows if row.cacheable}
    assert {"chat.create", "embeddings.create", "ocr.process"} <= cacheable
    assert not any(operation(name).cacheable for name in streamed)  # a stream is not kept whole
    assert all(operation(name).idempotent for name in cacheable)


def _sent_by_services() -> dict[str, set[str | None]]:
    """Operation name -> the methods the hand-written services send it with (None: not a
    literal), read from their `_call` / `_raw` / `_send` / `_request` / `_stream` / `_events`."""
    import ast
    from pathlib import Path

    import integrations_mistral.services as services

    method_at = {"_call": 1, "_raw": 1, "_send": 1, "_request": 1}
    fixed = {"_stream": "POST", "_events": "GET"}
    sent: dict[str, set[str | None]] = {}
    for path in Path(services.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in (*method_at, *fixed)
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                continue
            method = fixed.get(node.func.attr)
            at = method_at.get(node.func.attr)
            if at is not None and len(node.args) > at and isinstance(node.args[at], ast.Constant):
                method = node.args[at].value
            sent.setdefault(node.args[0].value, set()).add(method)
    return sent


def test_every_operation_a_hand_written_service_sends_has_its_row() -> None:
    rows = {row.name: row for row in HAND_WRITTEN}
    sent = _sent_by_services()
    assert len(sent) >= 80
    for name, methods in sent.items():
        if name.startswith("request."):
            continue  # `client.request`: an endpoint in no table, by design
        assert name in rows, f"{name}: no row in operations/hand_written.py"
        assert methods - {None} <= {rows[name].method}, name
    for row in HAND_WRITTEN:
        assert row.method and row.path.startswith("/"), row.name
