"""The generated areas. Generated from Mistral's OpenAPI document by tools/generate_api.py; do not edit."""

AREAS: dict[str, str] = {
    "admin": "AdminService",
    "connectors": "ConnectorsService",
    "observability": "ObservabilityService",
    "prompts": "PromptsService",
    "rag": "RagService",
    "skills": "SkillsService",
    "users": "UsersService",
    "workflows": "WorkflowsService",
}
"""The client attribute (= module) of each generated area -> its service class."""
