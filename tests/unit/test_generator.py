"""The API generator's own rules: names, annotations, paging names and sample values."""

from __future__ import annotations

from typing import Any

import pytest
from tools.apigen.naming import area_of, method_name
from tools.apigen.paging import walker_name
from tools.apigen.samples import Samples
from tools.apigen.schemas import Emitted, Schemas, field_name, strip_tolerant, summary
from tools.apigen.spec import Operation, pascal, snake


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("sharingScope", "sharing_scope"),
        ("sort.field", "sort_field"),
        ("Last-Event-ID", "last_event_id"),
        ("nextPageToken", "next_page_token"),
    ],
)
def test_wire_names_become_snake_case(wire: str, python: str) -> None:
    assert snake(wire) == python


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("from", "from_"),
        ("schema", "schema_"),
        ("json", "json_"),
        ("_id", "id"),
        ("model", "model"),
    ],
)
def test_field_names_avoid_keywords_and_pydantic_attributes(wire: str, python: str) -> None:
    assert field_name(wire) == python


def test_class_names_are_identifiers() -> None:
    assert pascal("ActionUnavailable_RotateUnavailableReason_") == (
        "ActionUnavailableRotateUnavailableReason"
    )
    assert pascal("3d-model") == "N3dModel"


def _op(operation_id: str, method: str, path: str, tag: str) -> Operation:
    op = Operation(method, path, tag, {"operationId": operation_id})
    op.area = area_of(tag)
    return op


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "tag", "area", "name"),
    [
        (
            "get_judges_v1_observability_judges_get",
            "GET",
            "/v1/o/judges",
            "beta.observability.judges",
            ("observability", "judges"),
            "list",
        ),
        (
            "get_judge_by_id_v1_x",
            "GET",
            "/v1/o/judges/{judge_id}",
            "beta.observability.judges",
            ("observability", "judges"),
            "get",
        ),
        (
            "users_api_admin_api_keys_create_api_key",
            "POST",
            "/v1/admin/api-keys",
            "beta.admin.api-keys",
            ("admin", "api_keys"),
            "create",
        ),
        (
            "prompts_list_versions",
            "GET",
            "/v2/prompts/{prompt_id}/versions",
            "beta.prompts",
            ("prompts",),
            "list_versions",
        ),
        (
            "get_stream_events_v1_workflows_events_stream_get",
            "GET",
            "/v1/workflows/events/stream",
            "events",
            ("workflows", "events"),
            "stream",
        ),
    ],
)
def test_method_names_drop_the_area_and_the_path(
    operation_id: str, method: str, path: str, tag: str, area: tuple[str, ...], name: str
) -> None:
    op = _op(operation_id, method, path, tag)
    assert op.area == area
    assert method_name(op) == name


@pytest.mark.parametrize(
    ("name", "walker"),
    [
        ("list", "iterate"),
        ("list_records", "iterate_records"),
        ("get_spans", "iterate_spans"),
        ("search", "iterate_search"),
    ],
)
def test_page_walkers_are_named_after_their_method(name: str, walker: str) -> None:
    op = _op("x", "GET", "/v1/x", "x")
    op.name = name
    assert walker_name(op) == walker


def test_tolerance_is_left_out_of_signatures() -> None:
    text = "list[Annotated[A | B, Tolerant]] | Annotated[Literal['x'], Tolerant] | None"
    assert strip_tolerant(text) == "list[A | B] | Literal['x'] | None"


def test_docstrings_are_one_sentence_on_one_line() -> None:
    assert summary("Create a judge.\n\nThe judge then runs.") == "Create a judge."
    assert summary('A """quoted""" name') == "A '''quoted''' name."


DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Kind": {"type": "string", "enum": ["a", "b"]},
            "Item": {
                "type": "object",
                "properties": {
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "type": {"const": "item"},
                    "id": {"type": "string", "pattern": "^[0-9a-f]{8}$"},
                    "size": {"type": "integer", "exclusiveMinimum": 2, "maximum": 9},
                },
                "required": ["id"],
            },
        }
    }
}


def test_annotations_are_strict_to_build_and_tolerant_to_parse() -> None:
    schemas = Schemas(DOCUMENT)
    out = Emitted()
    kind = schemas.annotation({"$ref": "#/components/schemas/Kind"}, out, "")
    assert kind == "Kind"
    assert schemas.annotation(DOCUMENT["components"]["schemas"]["Kind"], out, "") == (
        "Annotated[Literal['a', 'b'], Tolerant]"
    )
    loose = schemas.annotation({"$ref": "#/components/schemas/Item"}, out, "", loose=True)
    assert loose == "Item | dict[str, Any]"
    model = schemas.model_class("Item", DOCUMENT["components"]["schemas"]["Item"], out)
    assert model.sent_always == ["type"]
    assert ("id", "str", "", None) in model.fields


def test_samples_fit_patterns_bounds_and_constants() -> None:
    schemas = Schemas(DOCUMENT)
    item = Samples(schemas.resolve).generate({"$ref": "#/components/schemas/Item"})
    assert item == {"kind": "a", "type": "item", "id": "00000000", "size": 3}
    required_only = Samples(schemas.resolve).generate({"$ref": "#/components/schemas/Item"}, 0, 0)
    assert required_only == {"type": "item", "id": "00000000"}


def test_a_union_with_constant_tags_is_discriminated() -> None:
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"kind": {"const": "a"}}},
                "B": {"type": "object", "properties": {"kind": {"const": "b"}, "n": {}}},
            }
        }
    }
    union = {
        "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
        "discriminator": {"propertyName": "kind"},
    }
    out = Emitted()
    text = Schemas(document).annotation(union, out, "")
    assert text == 'Annotated[A | B, Field(discriminator="kind"), Tolerant]'
    assert out.uses_field
    assert strip_tolerant(text) == "A | B"
    del document["components"]["schemas"]["B"]["properties"]["kind"]  # no tag on B: plain
    assert Schemas(document).annotation(union, Emitted(), "") == "Annotated[A | B, Tolerant]"
