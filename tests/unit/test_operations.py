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
