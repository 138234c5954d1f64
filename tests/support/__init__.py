"""The fakes and probes several test folders share: small misbehaving servers (`apps`) and
in-memory OpenTelemetry (`telemetry`). Their fixtures are registered in `tests/conftest.py`."""
