"""Test kit for users' own tests: a real fake Mistral server on loopback, and state resets."""

from .. import factory
from ..config.loader import forget_warnings
from ..observability.logs import reset_logging
from .fake_replies import chat_reply, sse_body, stream_chunks
from .fake_server import FakeMistralServer, RecordedRequest, ScriptedReply
from .mock import ANY, MockCall, MockMethod, MockMistralClient, MockNotConfiguredError

__all__ = [
    "ANY",
    "FakeMistralServer",
    "MockCall",
    "MockMethod",
    "MockMistralClient",
    "MockNotConfiguredError",
    "RecordedRequest",
    "ScriptedReply",
    "chat_reply",
    "reset_shared_state",
    "sse_body",
    "stream_chunks",
]


def reset_shared_state() -> None:
    """Forget the process-wide breakers, limiters and sessions (call between tests).

    Clients of one profile share them by design, so one test's failures would otherwise open
    the circuit for the next test. The `integrations_mistral` logger's level and handler, which
    `logging.*` settings set for the process, are put back too, and the once-per-process
    warnings (ignored `MISTRAL_*` variables) may be given again.
    """
    factory.default_registry = factory.StackRegistry()
    reset_logging()
    forget_warnings()
