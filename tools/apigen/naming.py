"""Where each generated operation lives (`client.workflows.executions`) and its method's name."""

from __future__ import annotations

import re

from .spec import Operation, snake

AREA_OF_TAG = {"events": ("workflows", "events")}

# Method names the rule below does not get right; keyed by the spec's operationId.
METHOD_NAMES: dict[str, str] = {
    "get_chat_completion_events_v1_observability_chat_completion_events_search_post": "search",
    "get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post": (
        "search_ids"
    ),
    "get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get": (
        "list_similar"
    ),
    "get_dataset_records_v1_observability_datasets__dataset_id__records_get": "list_records",
    "post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post": (
        "import_from_campaign"
    ),
    "post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post": (
        "import_from_explorer"
    ),
    "post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post": (
        "import_from_file"
    ),
    "post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post": (
        "import_from_playground"
    ),
    "post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post": (
        "import_from_dataset"
    ),
    "get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get": (
        "list_import_tasks"
    ),
    "delete_dataset_records_v1_observability_dataset_records_bulk_delete_post": "bulk_delete",
    "get_workflow_metrics_v1_workflows__workflow_name__metrics_get": "get",
    "get_stream_events_v1_workflows_events_stream_get": "stream",
    "get_workflow_registrations_v1_workflows_registrations_get": "list_registrations",
    "get_configs_v1_rag_ingestion_pipeline_configurations_get": "list",
    "register_config_v1_rag_ingestion_pipeline_configurations_put": "register",
    "get_deployment_summaries_v1_rag_deployments_get": "list",
    "register_deployment_v1_rag_deployments_put": "register",
    "unregister_deployment_v1_rag_deployments__deployment_id__delete": "unregister",
    "users_api_admin_users_get_invite": "list_invites",
    "users_api_admin_user_groups_get_user_group_members": "list_members",
    "users_api_admin_user_groups_assign_users_to_group": "add_members",
    "users_api_admin_user_groups_remove_users_from_group": "remove_members",
    "users_admin_user_groups_get_group_workspace_assignments": "list_workspace_assignments",
    "users_api_admin_user_groups_provision_group_to_workspace": "provision_workspace",
}

_VERBS = {"get", "list", "create", "update", "delete", "search", "set"}


def area_of(tag: str) -> tuple[str, ...]:
    """`beta.observability.datasets.records` -> ("observability", "datasets", "records")."""
    if tag in AREA_OF_TAG:
        return AREA_OF_TAG[tag]
    return tuple(snake(part) for part in tag.removeprefix("beta.").split("."))


def _nouns(area: tuple[str, ...]) -> set[str]:
    """The words a method name need not repeat inside its service: the area's own nouns."""
    words: set[str] = set()
    for part in area:
        for word in part.split("_"):
            words |= {word, word.removesuffix("s"), word.removesuffix("es")}
    return words


def base_name(op: Operation) -> str:
    """The operationId without FastAPI's path-and-method suffix and the area's prefixes."""
    name = op.op["operationId"]
    name = re.split(r"_v\d+(?:_|$)", name)[0]
    for prefix in (
        "users_api_admin_",
        "users_admin_user_groups_",
        "users_api_",
        "connector_",
        "prompts_",
        "skills_",
    ):
        name = name.removeprefix(prefix)
    for group in (
        "users_",
        "roles_",
        "workspaces_",
        "rate_limits_",
        "spend_limits_",
        "usage_",
        "audit_logs_",
        "user_groups_",
        "api_keys_",
        "scim_sync_",
    ):
        if op.area[0] == "admin":
            name = name.removeprefix(group)
    return name


def method_name(op: Operation) -> str:
    """`get_judge_by_id` in `observability.judges` -> `get`; a collection's GET -> `list`."""
    override = METHOD_NAMES.get(op.op["operationId"])
    if override:
        return override
    words = base_name(op).split("_")
    nouns = _nouns(op.area)
    kept = [w for w in words[1:] if w not in nouns and w not in {"by", "id"}]
    verb = words[0]
    if verb == "get" and not kept and op.method == "GET" and not op.url.endswith("}"):
        verb = "list"
    return "_".join([verb, *kept])


# The one argument of a body that is not an object (a list, or one of several objects).
BODY_NAMES = {
    "users_api_admin_users_create_users": "users",
    "update_index_metrics_v1_rag_deployments__deployment_id__metrics_put": "metrics",
}

# What replaces a deprecated operation, where the document does not say.
REPLACEMENTS = {
    "execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post": (
        "client.workflows.execute(workflow_identifier, ...)"
    ),
}
