"""The client a command runs with: `--profile` (else $MISTRAL_PROFILE) and `--config-file`."""

from __future__ import annotations

import argparse

from ..client import MistralClient

__all__ = ["client_for", "profile_options"]


def profile_options(parser: argparse.ArgumentParser) -> None:
    """`--profile`, `--config-file` and `--format` of a command that shows a profile's state."""
    parser.add_argument(
        "--profile", default=None, help="profile name (default: $MISTRAL_PROFILE or 'default')"
    )
    parser.add_argument("--config-file", default=None, help="config file (default: discovered)")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def client_for(args: argparse.Namespace) -> MistralClient:
    config_file = getattr(args, "config_file", None)
    options = {"config_file": config_file} if config_file else {}
    if args.profile is None:
        return MistralClient.from_env(**options)
    return MistralClient.from_profile(args.profile, **options)
