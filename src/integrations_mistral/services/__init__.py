"""Typed services, one module per API area."""

from ._base import APICaller, RequestValidationError, Service
from .chat import ChatService

__all__ = ["APICaller", "ChatService", "RequestValidationError", "Service"]
