"""The client a command runs with: `--profile` (else $MISTRAL_PROFILE) and `--config-file`."""

from __future__ import annotations

import argparse

from ..client import MistralClient

__all__ = ["client_for"]


def client_for(args: argparse.Namespace) -> MistralClient:
    config_file = getattr(args, "config_file", None)
    options = {"config_file": config_file} if config_file else {}
    if args.profile is None:
        return MistralClient.from_env(**options)
    return MistralClient.from_profile(args.profile, **options)
