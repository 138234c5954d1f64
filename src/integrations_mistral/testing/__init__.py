"""Test kit for users' own tests: a real fake Mistral server on loopback, and state resets."""

from .. import factory
from .fake_server import FakeMistralServer, RecordedRequest, ScriptedReply

__all__ = ["FakeMistralServer", "RecordedRequest", "ScriptedReply", "reset_shared_state"]


def reset_shared_state() -> None:
    """Forget the process-wide breakers, limiters and sessions (call between tests).

    Clients of one profile share them by design, so one test's failures would otherwise open
    the circuit for the next test.
    """
    factory.default_registry = factory.StackRegistry()
