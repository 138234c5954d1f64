"""Vertex AI: an OAuth2 access token from Google's Application Default Credentials."""

from __future__ import annotations

import asyncio

from .._secrets import scrub
from ..errors import ConfigurationError, CredentialsError
from ._base import Credentials

__all__ = ["GoogleCredentials"]

_CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform"


class GoogleCredentials(Credentials):
    """Vertex AI: an OAuth2 access token from Application Default Credentials (google-auth),
    refreshed in a thread before it expires, once for all concurrent callers."""

    what = "Google Application Default Credentials"

    def __init__(self, project_id: str | None) -> None:
        super().__init__()
        try:
            import google.auth
            import google.auth.exceptions
        except ImportError:
            raise ConfigurationError(
                "client.provider = 'gcp' without gcp.access_token needs google-auth: install "
                "integrations-mistral with its [gcp] extra (python -m pip install '.[gcp]' in a "
                "checkout), or set gcp.access_token"
            ) from None
        try:
            credentials, detected = google.auth.default(scopes=[_CLOUD_PLATFORM])
        except google.auth.exceptions.GoogleAuthError as exc:
            raise ConfigurationError(
                f"client.provider = 'gcp': no Application Default Credentials ({scrub(str(exc))}); "
                "run `gcloud auth application-default login`, set "
                "GOOGLE_APPLICATION_CREDENTIALS, or set gcp.access_token"
            ) from None
        self.credentials = credentials
        self.project_id = project_id or detected

    async def key(self) -> str:
        if not self.credentials.valid:
            return await self._single(self._refreshed)
        return self._checked(self.credentials.token, self.what)

    async def renew(self, used: str | None, since: float) -> bool:
        return await self._renewed(used, since, self._refreshed)

    async def _refreshed(self) -> str:
        await asyncio.to_thread(self._refresh)
        return self._checked(self.credentials.token, self.what)

    def _refresh(self) -> None:
        import google.auth.exceptions
        import google.auth.transport.requests

        try:
            self.credentials.refresh(google.auth.transport.requests.Request())  # type: ignore[no-untyped-call]
        except google.auth.exceptions.GoogleAuthError as exc:
            raise CredentialsError(
                f"{self.what}: cannot get an access token ({scrub(str(exc), self.secrets)[:300]})"
            ) from None
