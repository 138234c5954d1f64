"""The generated operations' rows. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

from .row import Operation

OPERATIONS: tuple[Operation, ...] = (
    Operation("GET", "/v2/prompts", "prompts.list"),
    Operation("POST", "/v2/prompts", "prompts.create", idempotent=False),
    Operation("GET", "/v2/prompts/{prompt_id}", "prompts.get"),
    Operation("PATCH", "/v2/prompts/{prompt_id}", "prompts.update", idempotent=False),
    Operation("DELETE", "/v2/prompts/{prompt_id}", "prompts.delete"),
    Operation("GET", "/v2/prompts/{prompt_id}/versions", "prompts.list_versions"),
    Operation(
        "POST", "/v2/prompts/{prompt_id}/versions", "prompts.create_version", idempotent=False
    ),
    Operation("GET", "/v2/prompts/{prompt_id}/versions/{version}", "prompts.get_version"),
    Operation(
        "PATCH",
        "/v2/prompts/{prompt_id}/versions/{version}",
        "prompts.update_version_metadata",
        idempotent=False,
    ),
    Operation("GET", "/v2/skills", "skills.list"),
    Operation("POST", "/v2/skills", "skills.create", idempotent=False),
    Operation("GET", "/v2/skills/{skill_id}", "skills.get"),
    Operation("PATCH", "/v2/skills/{skill_id}", "skills.update", idempotent=False),
    Operation("DELETE", "/v2/skills/{skill_id}", "skills.delete"),
    Operation("GET", "/v2/skills/{skill_id}/versions", "skills.list_versions"),
    Operation("POST", "/v2/skills/{skill_id}/versions", "skills.create_version", idempotent=False),
    Operation("GET", "/v2/skills/{skill_id}/versions/{version}", "skills.get_version"),
    Operation(
        "PATCH",
        "/v2/skills/{skill_id}/versions/{version}",
        "skills.update_version_metadata",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/observability/chat-completion-events/search",
        "observability.chat_completion_events.search",
    ),
    Operation(
        "POST",
        "/v1/observability/chat-completion-events/search-ids",
        "observability.chat_completion_events.search_ids",
    ),
    Operation(
        "GET",
        "/v1/observability/chat-completion-events/{event_id}",
        "observability.chat_completion_events.get",
    ),
    Operation(
        "GET",
        "/v1/observability/chat-completion-events/{event_id}/similar-events",
        "observability.chat_completion_events.list_similar",
    ),
    Operation(
        "GET",
        "/v1/observability/chat-completion-fields",
        "observability.chat_completion_events.fields.list",
    ),
    Operation(
        "GET",
        "/v1/observability/chat-completion-fields/{field_name}/options",
        "observability.chat_completion_events.fields.get_options",
    ),
    Operation(
        "POST",
        "/v1/observability/chat-completion-fields/{field_name}/options-counts",
        "observability.chat_completion_events.fields.get_options_counts",
    ),
    Operation(
        "POST",
        "/v1/observability/chat-completion-events/{event_id}/live-judging",
        "observability.chat_completion_events.judge",
        idempotent=False,
    ),
    Operation("GET", "/v1/observability/judges", "observability.judges.list"),
    Operation("POST", "/v1/observability/judges", "observability.judges.create", idempotent=False),
    Operation("GET", "/v1/observability/judges/{judge_id}", "observability.judges.get"),
    Operation("PUT", "/v1/observability/judges/{judge_id}", "observability.judges.update"),
    Operation("DELETE", "/v1/observability/judges/{judge_id}", "observability.judges.delete"),
    Operation(
        "POST",
        "/v1/observability/judges/{judge_id}/live-judging",
        "observability.judges.judge_conversation",
        idempotent=False,
    ),
    Operation("GET", "/v1/observability/campaigns", "observability.campaigns.list"),
    Operation(
        "POST", "/v1/observability/campaigns", "observability.campaigns.create", idempotent=False
    ),
    Operation("GET", "/v1/observability/campaigns/{campaign_id}", "observability.campaigns.get"),
    Operation(
        "DELETE", "/v1/observability/campaigns/{campaign_id}", "observability.campaigns.delete"
    ),
    Operation(
        "GET",
        "/v1/observability/campaigns/{campaign_id}/status",
        "observability.campaigns.get_status",
    ),
    Operation(
        "GET",
        "/v1/observability/campaigns/{campaign_id}/selected-events",
        "observability.campaigns.get_selected_events",
    ),
    Operation("GET", "/v1/observability/datasets", "observability.datasets.list"),
    Operation(
        "POST", "/v1/observability/datasets", "observability.datasets.create", idempotent=False
    ),
    Operation("GET", "/v1/observability/datasets/{dataset_id}", "observability.datasets.get"),
    Operation(
        "PATCH",
        "/v1/observability/datasets/{dataset_id}",
        "observability.datasets.update",
        idempotent=False,
    ),
    Operation("DELETE", "/v1/observability/datasets/{dataset_id}", "observability.datasets.delete"),
    Operation(
        "GET",
        "/v1/observability/datasets/{dataset_id}/records",
        "observability.datasets.list_records",
    ),
    Operation(
        "POST",
        "/v1/observability/datasets/{dataset_id}/records",
        "observability.datasets.create_record",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/observability/datasets/{dataset_id}/imports/from-campaign",
        "observability.datasets.import_from_campaign",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/observability/datasets/{dataset_id}/imports/from-explorer",
        "observability.datasets.import_from_explorer",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/observability/datasets/{dataset_id}/imports/from-file",
        "observability.datasets.import_from_file",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/observability/datasets/{dataset_id}/imports/from-playground",
        "observability.datasets.import_from_playground",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/observability/datasets/{dataset_id}/imports/from-dataset",
        "observability.datasets.import_from_dataset",
        idempotent=False,
    ),
    Operation(
        "GET",
        "/v1/observability/datasets/{dataset_id}/exports/to-jsonl",
        "observability.datasets.export_to_jsonl",
    ),
    Operation(
        "GET",
        "/v1/observability/datasets/{dataset_id}/tasks/{task_id}",
        "observability.datasets.get_import_task",
    ),
    Operation(
        "GET",
        "/v1/observability/datasets/{dataset_id}/tasks",
        "observability.datasets.list_import_tasks",
    ),
    Operation(
        "GET",
        "/v1/observability/dataset-records/{dataset_record_id}",
        "observability.datasets.records.get",
    ),
    Operation(
        "DELETE",
        "/v1/observability/dataset-records/{dataset_record_id}",
        "observability.datasets.records.delete",
    ),
    Operation(
        "POST",
        "/v1/observability/dataset-records/bulk-delete",
        "observability.datasets.records.bulk_delete",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/observability/dataset-records/{dataset_record_id}/live-judging",
        "observability.datasets.records.judge",
        idempotent=False,
    ),
    Operation(
        "PUT",
        "/v1/observability/dataset-records/{dataset_record_id}/payload",
        "observability.datasets.records.update_payload",
    ),
    Operation(
        "PUT",
        "/v1/observability/dataset-records/{dataset_record_id}/properties",
        "observability.datasets.records.update_properties",
    ),
    Operation("POST", "/v1/observability/logs/search", "observability.logs.search"),
    Operation("POST", "/v1/observability/traces/search", "observability.traces.search"),
    Operation("POST", "/v1/observability/traces/aggregate", "observability.traces.aggregate"),
    Operation("POST", "/v1/observability/spans/search", "observability.spans.search"),
    Operation("POST", "/v1/observability/spans/aggregate", "observability.spans.aggregate"),
    Operation(
        "POST",
        "/v1/observability/spans/evaluations/search",
        "observability.spans.search_evaluations",
    ),
    Operation(
        "POST",
        "/v1/observability/spans/evaluations/search/latest",
        "observability.spans.search_latest_evaluations",
    ),
    Operation("GET", "/v1/observability/traces/fields", "observability.traces.get_fields"),
    Operation("GET", "/v1/observability/traces/{trace_id}", "observability.traces.get"),
    Operation("GET", "/v1/observability/traces/{trace_id}/spans", "observability.traces.get_spans"),
    Operation("GET", "/v1/observability/logs/fields", "observability.logs.get_fields"),
    Operation("GET", "/v1/observability/spans/fields", "observability.spans.get_fields"),
    Operation(
        "GET",
        "/v1/observability/spans/evaluations/fields",
        "observability.spans.get_evaluation_fields",
    ),
    Operation(
        "GET",
        "/v1/observability/traces/fields/{field_name}/options",
        "observability.traces.get_field_options",
    ),
    Operation(
        "GET",
        "/v1/observability/logs/fields/{field_name}/options",
        "observability.logs.get_field_options",
    ),
    Operation(
        "GET",
        "/v1/observability/spans/fields/{field_name}/options",
        "observability.spans.get_field_options",
    ),
    Operation(
        "GET",
        "/v1/observability/spans/evaluations/fields/{field_name}/options",
        "observability.spans.get_evaluation_field_options",
    ),
    Operation(
        "GET",
        "/v1/observability/traces/{trace_id}/spans/{span_id}",
        "observability.traces.get_span",
    ),
    Operation("GET", "/v1/connectors", "connectors.list"),
    Operation("POST", "/v1/connectors", "connectors.create", idempotent=False),
    Operation("GET", "/v1/connectors/{connector_id_or_name}/auth_url", "connectors.get_auth_url"),
    Operation("PUT", "/v1/connectors/{connector_id}/share", "connectors.share"),
    Operation("DELETE", "/v1/connectors/{connector_id}/share", "connectors.unshare"),
    Operation(
        "POST",
        "/v1/connectors/{connector_id}/{consumer_scope}/activate",
        "connectors.activate_for_consumer",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/connectors/{connector_id}/{consumer_scope}/deactivate",
        "connectors.deactivate_for_consumer",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/connectors/{connector_id_or_name}/tools/{tool_name}/call",
        "connectors.call_tool",
        idempotent=False,
    ),
    Operation("GET", "/v1/connectors/{connector_id_or_name}/tools", "connectors.list_tools"),
    Operation(
        "GET",
        "/v1/connectors/{connector_id_or_name}/authentication_methods",
        "connectors.get_authentication_methods",
    ),
    Operation(
        "GET",
        "/v1/connectors/{connector_id_or_name}/organization/credentials",
        "connectors.list_organization_credentials",
    ),
    Operation(
        "POST",
        "/v1/connectors/{connector_id_or_name}/organization/credentials",
        "connectors.create_or_update_organization_credentials",
        idempotent=False,
    ),
    Operation(
        "GET",
        "/v1/connectors/{connector_id_or_name}/workspace/credentials",
        "connectors.list_workspace_credentials",
    ),
    Operation(
        "POST",
        "/v1/connectors/{connector_id_or_name}/workspace/credentials",
        "connectors.create_or_update_workspace_credentials",
        idempotent=False,
    ),
    Operation(
        "GET",
        "/v1/connectors/{connector_id_or_name}/user/credentials",
        "connectors.list_user_credentials",
    ),
    Operation(
        "POST",
        "/v1/connectors/{connector_id_or_name}/user/credentials",
        "connectors.create_or_update_user_credentials",
        idempotent=False,
    ),
    Operation(
        "DELETE",
        "/v1/connectors/{connector_id_or_name}/user/credentials",
        "connectors.delete_all_user_credentials",
    ),
    Operation(
        "DELETE",
        "/v1/connectors/{connector_id_or_name}/organization/credentials/{credentials_name}",
        "connectors.delete_organization_credentials",
    ),
    Operation(
        "DELETE",
        "/v1/connectors/{connector_id_or_name}/workspace/credentials/{credentials_name}",
        "connectors.delete_workspace_credentials",
    ),
    Operation(
        "DELETE",
        "/v1/connectors/{connector_id_or_name}/user/credentials/{credentials_name}",
        "connectors.delete_user_credentials",
    ),
    Operation("GET", "/v1/connectors/{connector_id_or_name}#idOrName", "connectors.get"),
    Operation("PATCH", "/v1/connectors/{connector_id}#id", "connectors.update", idempotent=False),
    Operation("DELETE", "/v1/connectors/{connector_id}#id", "connectors.delete"),
    Operation("GET", "/v1/workflows/executions/{execution_id}", "workflows.executions.get"),
    Operation(
        "GET", "/v1/workflows/executions/{execution_id}/history", "workflows.executions.get_history"
    ),
    Operation(
        "POST",
        "/v1/workflows/executions/{execution_id}/signals",
        "workflows.executions.signal",
        idempotent=False,
    ),
    Operation(
        "POST", "/v1/workflows/executions/{execution_id}/queries", "workflows.executions.query"
    ),
    Operation(
        "POST",
        "/v1/workflows/executions/{execution_id}/terminate",
        "workflows.executions.terminate",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/workflows/executions/terminate",
        "workflows.executions.batch_terminate",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/workflows/executions/{execution_id}/cancel",
        "workflows.executions.cancel",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/workflows/executions/cancel",
        "workflows.executions.batch_cancel",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/workflows/executions/{execution_id}/reset",
        "workflows.executions.reset",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/workflows/executions/{execution_id}/updates",
        "workflows.executions.update",
        idempotent=False,
    ),
    Operation(
        "GET",
        "/v1/workflows/executions/{execution_id}/trace/info",
        "workflows.executions.get_trace_info",
    ),
    Operation(
        "GET",
        "/v1/workflows/executions/{execution_id}/trace/otel",
        "workflows.executions.get_trace_otel",
    ),
    Operation(
        "GET",
        "/v1/workflows/executions/{execution_id}/trace/summary",
        "workflows.executions.get_trace_summary",
    ),
    Operation(
        "GET",
        "/v1/workflows/executions/{execution_id}/trace/events",
        "workflows.executions.get_trace_events",
    ),
    Operation(
        "GET", "/v1/workflows/executions/{execution_id}/stream", "workflows.executions.stream"
    ),
    Operation(
        "GET", "/v1/workflows/executions/{execution_id}/logs", "workflows.executions.get_logs"
    ),
    Operation(
        "GET",
        "/v1/workflows/executions/{execution_id}/logs/stream",
        "workflows.executions.stream_logs",
    ),
    Operation("GET", "/v1/workflows/{workflow_name}/metrics", "workflows.metrics.get"),
    Operation("GET", "/v1/workflows/runs", "workflows.runs.list"),
    Operation("GET", "/v1/workflows/runs/{run_id}", "workflows.runs.get"),
    Operation("GET", "/v1/workflows/runs/{run_id}/history", "workflows.runs.get_history"),
    Operation("GET", "/v1/workflows/schedules", "workflows.schedules.list"),
    Operation("POST", "/v1/workflows/schedules", "workflows.schedules.schedule", idempotent=False),
    Operation("GET", "/v1/workflows/schedules/{schedule_id}", "workflows.schedules.get"),
    Operation(
        "PATCH",
        "/v1/workflows/schedules/{schedule_id}",
        "workflows.schedules.update",
        idempotent=False,
    ),
    Operation("DELETE", "/v1/workflows/schedules/{schedule_id}", "workflows.schedules.unschedule"),
    Operation(
        "POST",
        "/v1/workflows/schedules/{schedule_id}/pause",
        "workflows.schedules.pause",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/workflows/schedules/{schedule_id}/resume",
        "workflows.schedules.resume",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/workflows/schedules/{schedule_id}/trigger",
        "workflows.schedules.trigger",
        idempotent=False,
    ),
    Operation("GET", "/v1/workflows/events/stream", "workflows.events.stream"),
    Operation("GET", "/v1/workflows/events/list", "workflows.events.list"),
    Operation("GET", "/v1/workflows/deployments", "workflows.deployments.list"),
    Operation(
        "POST", "/v1/workflows/deployments", "workflows.deployments.create", idempotent=False
    ),
    Operation("GET", "/v1/workflows/deployments/{name}", "workflows.deployments.get"),
    Operation(
        "PATCH",
        "/v1/workflows/deployments/{name}",
        "workflows.deployments.update",
        idempotent=False,
    ),
    Operation("DELETE", "/v1/workflows/deployments/{name}", "workflows.deployments.delete"),
    Operation(
        "POST",
        "/v1/workflows/deployments/{name}/stop",
        "workflows.deployments.stop",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/workflows/deployments/{name}/start",
        "workflows.deployments.start",
        idempotent=False,
    ),
    Operation(
        "POST",
        "/v1/workflows/deployments/{name}/restart",
        "workflows.deployments.restart",
        idempotent=False,
    ),
    Operation(
        "GET", "/v1/workflows/deployments/{name}/workers", "workflows.deployments.list_workers"
    ),
    Operation("GET", "/v1/workflows/deployments/{name}/logs", "workflows.deployments.get_logs"),
    Operation(
        "GET", "/v1/workflows/deployments/{name}/logs/stream", "workflows.deployments.stream_logs"
    ),
    Operation("GET", "/v1/workflows", "workflows.list"),
    Operation("GET", "/v1/workflows/registrations", "workflows.list_registrations"),
    Operation(
        "POST", "/v1/workflows/{workflow_identifier}/execute", "workflows.execute", idempotent=False
    ),
    Operation(
        "POST",
        "/v1/workflows/registrations/{workflow_registration_id}/execute",
        "workflows.execute_registration",
        idempotent=False,
    ),
    Operation("GET", "/v1/workflows/{workflow_identifier}", "workflows.get"),
    Operation("PUT", "/v1/workflows/{workflow_identifier}", "workflows.update"),
    Operation(
        "GET",
        "/v1/workflows/registrations/{workflow_registration_id}",
        "workflows.get_registration",
    ),
    Operation("PUT", "/v1/workflows/archive", "workflows.bulk_archive"),
    Operation("PUT", "/v1/workflows/unarchive", "workflows.bulk_unarchive"),
    Operation("PUT", "/v1/workflows/{workflow_identifier}/archive", "workflows.archive"),
    Operation("PUT", "/v1/workflows/{workflow_identifier}/unarchive", "workflows.unarchive"),
    Operation(
        "GET",
        "/v1/rag/ingestion_pipeline_configurations",
        "rag.ingestion_pipeline_configurations.list",
    ),
    Operation(
        "PUT",
        "/v1/rag/ingestion_pipeline_configurations",
        "rag.ingestion_pipeline_configurations.register",
    ),
    Operation(
        "PUT",
        "/v1/rag/ingestion_pipeline_configurations/{id}/run_info",
        "rag.ingestion_pipeline_configurations.update_run_info",
    ),
    Operation("GET", "/v1/rag/deployments", "rag.search_indexes.list"),
    Operation("PUT", "/v1/rag/deployments", "rag.search_indexes.register"),
    Operation("DELETE", "/v1/rag/deployments/{deployment_id}", "rag.search_indexes.unregister"),
    Operation(
        "PUT", "/v1/rag/deployments/{deployment_id}/metrics", "rag.search_indexes.update_metrics"
    ),
    Operation("GET", "/v1/users/me", "users.get_identity", key_header="x-api-key"),
    Operation(
        "GET", "/v1/users/me/organizations", "users.list_organizations", key_header="x-api-key"
    ),
    Operation("GET", "/v1/users/me/workspaces", "users.list_workspaces", key_header="x-api-key"),
    Operation("GET", "/v1/admin/users", "admin.users.list"),
    Operation("POST", "/v1/admin/users", "admin.users.create", idempotent=False),
    Operation("GET", "/v1/admin/users-invite", "admin.users.list_invites"),
    Operation("POST", "/v1/admin/users-invite", "admin.users.invite", idempotent=False),
    Operation("DELETE", "/v1/admin/users-invite/{invite_uuid}", "admin.users.delete_invite"),
    Operation("GET", "/v1/admin/users/{user_id}", "admin.users.get"),
    Operation("PATCH", "/v1/admin/users/{user_id}", "admin.users.update", idempotent=False),
    Operation("DELETE", "/v1/admin/users/{user_id}", "admin.users.delete"),
    Operation("GET", "/v1/admin/roles", "admin.users.get_roles"),
    Operation("GET", "/v1/admin/workspaces", "admin.workspaces.list"),
    Operation("POST", "/v1/admin/workspaces", "admin.workspaces.create", idempotent=False),
    Operation(
        "PATCH",
        "/v1/admin/workspaces/{workspace_uuid}",
        "admin.workspaces.update",
        idempotent=False,
    ),
    Operation("DELETE", "/v1/admin/workspaces/{workspace_uuid}", "admin.workspaces.delete"),
    Operation(
        "POST",
        "/v1/admin/workspaces/{workspace_uuid}/add-users",
        "admin.workspaces.add_users",
        idempotent=False,
    ),
    Operation(
        "PATCH",
        "/v1/admin/workspaces/{workspace_uuid}/users",
        "admin.workspaces.add_or_update_users",
        idempotent=False,
    ),
    Operation(
        "DELETE",
        "/v1/admin/workspaces/{workspace_uuid}/remove-users",
        "admin.workspaces.remove_users",
    ),
    Operation("GET", "/v1/admin/rate-limit", "admin.billing.get_rate_limits"),
    Operation("GET", "/v1/admin/spend-limit", "admin.billing.get_spend_limits"),
    Operation(
        "POST", "/v1/admin/spend-limit", "admin.billing.update_spend_limits", idempotent=False
    ),
    Operation("GET", "/v1/admin/usage", "admin.billing.get_usage"),
    Operation("GET", "/v1/admin/audit-logs", "admin.audit_logs.list"),
    Operation("GET", "/v1/admin/user-groups", "admin.user_groups.list"),
    Operation("POST", "/v1/admin/user-groups", "admin.user_groups.create", idempotent=False),
    Operation(
        "POST",
        "/v1/admin/user-groups/provision-workspace",
        "admin.user_groups.provision_workspace",
        idempotent=False,
    ),
    Operation("GET", "/v1/admin/user-groups/{group_uuid}", "admin.user_groups.get"),
    Operation(
        "PATCH", "/v1/admin/user-groups/{group_uuid}", "admin.user_groups.update", idempotent=False
    ),
    Operation("DELETE", "/v1/admin/user-groups/{group_uuid}", "admin.user_groups.delete"),
    Operation(
        "GET", "/v1/admin/user-groups/{group_uuid}/members", "admin.user_groups.list_members"
    ),
    Operation(
        "POST",
        "/v1/admin/user-groups/{group_uuid}/members",
        "admin.user_groups.add_members",
        idempotent=False,
    ),
    Operation(
        "DELETE", "/v1/admin/user-groups/{group_uuid}/members", "admin.user_groups.remove_members"
    ),
    Operation(
        "GET",
        "/v1/admin/user-groups/{group_uuid}/workspaces",
        "admin.user_groups.list_workspace_assignments",
    ),
    Operation(
        "POST",
        "/v1/admin/user-groups/{group_uuid}/workspaces",
        "admin.user_groups.assign_to_workspace",
        idempotent=False,
    ),
    Operation(
        "PATCH",
        "/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}",
        "admin.user_groups.update_workspace_assignment",
        idempotent=False,
    ),
    Operation(
        "DELETE",
        "/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}",
        "admin.user_groups.remove_from_workspace",
    ),
    Operation(
        "PATCH",
        "/v1/admin/user-groups/{group_uuid}/organization-role",
        "admin.user_groups.update_organization_role",
        idempotent=False,
    ),
    Operation("GET", "/v1/admin/user-groups/{group_uuid}/nested", "admin.user_groups.get_nested"),
    Operation(
        "PATCH",
        "/v1/admin/user-groups/{group_uuid}/nested",
        "admin.user_groups.set_nested",
        idempotent=False,
    ),
    Operation("GET", "/v1/admin/api-keys", "admin.api_keys.list"),
    Operation("POST", "/v1/admin/api-keys", "admin.api_keys.create", idempotent=False),
    Operation("DELETE", "/v1/admin/api-keys/{key_id}", "admin.api_keys.delete"),
    Operation("POST", "/v1/admin/scim/sync", "admin.scim.trigger_sync", idempotent=False),
    Operation("GET", "/v1/admin/scim/sync/{run_id}", "admin.scim.get_sync_run"),
    Operation(
        "GET",
        "/v1/admin/analytics/vibe/work/usage/by_user_stats",
        "admin.vibe_work_analytics.get_user_stats",
    ),
    Operation(
        "GET",
        "/v1/admin/analytics/vibe/work/usage/by_agent_stats",
        "admin.vibe_work_analytics.get_agent_stats",
    ),
    Operation(
        "GET",
        "/v1/admin/analytics/vibe/work/usage/by_time_stats",
        "admin.vibe_work_analytics.get_time_stats",
    ),
    Operation(
        "GET",
        "/v1/admin/analytics/vibe/code/usage/by_workspace",
        "admin.vibe_code_analytics.get_workspace_stats",
    ),
    Operation(
        "GET",
        "/v1/admin/analytics/vibe/code/usage/by_organization",
        "admin.vibe_code_analytics.get_organization_stats",
    ),
)
"""A POST or PATCH that is no search changes state: not idempotent."""
