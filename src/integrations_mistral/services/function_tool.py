"""A Python function as a tool the model may call: described from its signature, its arguments
validated before it runs, run on the loop (async) or in a worker thread (plain)."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from ..errors import RequestValidationError

__all__ = ["FunctionTool", "as_tools", "function_tool"]


@dataclass(frozen=True)
class FunctionTool:
    """A tool the model may call and the function that answers it (sync or async)."""

    name: str
    description: str
    parameters: dict[str, Any]
    handler: Callable[..., Any]
    arguments: type[BaseModel]
    requires_confirmation: bool = False
    """Each call waits for a person's decision (`run_tools(confirm=...)` or `decisions=`)."""
    timeout: float | None = None
    """Longest one call may take, seconds (None: the run's `tool_timeout`)."""
    timeout_setting: str = "tool_timeout"
    """What a timeout's error names as the limit to change."""

    @classmethod
    def from_function(
        cls,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        requires_confirmation: bool = False,
    ) -> FunctionTool:
        """The tool `function` is: its name, docstring and a JSON schema of its parameters built
        by pydantic from the signature (type hints, defaults; `Annotated[..., Field(description=)]`
        describes a parameter)."""
        signature = inspect.signature(function)
        hints = _hints(function)
        fields: dict[str, Any] = {}
        for parameter in signature.parameters.values():
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                raise RequestValidationError(
                    f"tool {function.__name__}: *args and **kwargs cannot be described to a model"
                )
            default = ... if parameter.default is parameter.empty else parameter.default
            fields[parameter.name] = (hints.get(parameter.name, Any), default)
        title = name or function.__name__
        model = create_model(f"{title}_arguments", __config__=ConfigDict(extra="forbid"), **fields)
        schema = model.model_json_schema()
        schema.pop("title", None)
        doc = inspect.getdoc(function) or ""
        summary = description or doc.split("\n\n")[0].strip()
        return cls(title, summary, schema, function, model, requires_confirmation)

    def definition(self) -> dict[str, Any]:
        """The tool as the chat request sends it."""
        function = {
            "name": self.name,
            "description": self.description,
            "parameters": self.parameters,
        }
        return {"type": "function", "function": function}

    async def call(self, arguments: str | dict[str, Any]) -> Any:
        """Validate the model's arguments against the signature, then call the function."""
        return await self.invoke(self.validate(arguments))

    def validate(self, arguments: str | dict[str, Any]) -> BaseModel:
        """The model's arguments checked against the signature (`ValidationError`, or
        `ValueError` for JSON that does not parse)."""
        raw = json.loads(arguments or "{}") if isinstance(arguments, str) else arguments
        return self.arguments.model_validate(raw)

    async def invoke(self, values: BaseModel) -> Any:
        """Call the function with validated arguments: an async one on the loop, a plain one
        in a worker thread (so tools run at once and a blocking one does not stall the loop)."""
        kwargs = {name: getattr(values, name) for name in type(values).model_fields}
        if inspect.iscoroutinefunction(self.handler):
            return await self.handler(**kwargs)
        result = await asyncio.to_thread(self.handler, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result


def function_tool(
    function: Callable[..., Any] | None = None,
    *,
    name: str | None = None,
    description: str | None = None,
    requires_confirmation: bool = False,
) -> Any:
    """`@function_tool` (or `@function_tool(name=..., description=...,
    requires_confirmation=True)`): a `FunctionTool`."""
    options = {"name": name, "description": description}
    options["requires_confirmation"] = requires_confirmation  # type: ignore[assignment]
    if function is None:
        return lambda f: FunctionTool.from_function(f, **options)  # type: ignore[arg-type]
    return FunctionTool.from_function(function, **options)  # type: ignore[arg-type]


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    try:
        return dict(inspect.get_annotations(function, eval_str=True))
    except Exception:  # an annotation that does not resolve: described as any value
        return {}


def as_tools(tools: Sequence[FunctionTool | Callable[..., Any]]) -> dict[str, FunctionTool]:
    """Functions and `FunctionTool`s by name; two of one name are refused."""
    found: dict[str, FunctionTool] = {}
    if isinstance(tools, str | bytes) or not isinstance(tools, Sequence):
        raise RequestValidationError(
            f"tools: expected a list of functions or FunctionTools, got {type(tools).__name__}"
        )
    for number, item in enumerate(tools):
        if not (isinstance(item, FunctionTool) or callable(item)):
            raise RequestValidationError(
                f"tools[{number}]: expected a function or a FunctionTool, got "
                f"{type(item).__name__} {item!r:.60}"
            )
        tool = item if isinstance(item, FunctionTool) else FunctionTool.from_function(item)
        if tool.name in found:
            raise RequestValidationError(f"tools: two tools are named {tool.name!r}")
        found[tool.name] = tool
    return found
