"""Test kit for users' own tests: a real fake Mistral server on loopback."""

from .fake_server import FakeMistralServer, RecordedRequest, ScriptedReply

__all__ = ["FakeMistralServer", "RecordedRequest", "ScriptedReply"]
