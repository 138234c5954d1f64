"""The network edge: where requests go (provider, region, base URL), through which proxy, trusting
which certificates, and the settings of the Azure and Vertex deployment targets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_core import PydanticCustomError
from yarl import URL

from ._section import CONTROL, Section, check_readable

__all__ = ["SERVERS", "AzureSettings", "ClientSettings", "GcpSettings", "implied_base_url"]

SERVERS = {
    "global": "https://api.mistral.ai",
    "eu": "https://api.eu.mistral.ai",
    "us": "https://api.us.mistral.ai",
}
"""The named regions of La Plateforme (`client.server`)."""


def _http_url(value: str, what: str) -> URL:
    try:
        url = URL(value.strip())
    except (TypeError, ValueError):
        url = URL()
    if url.scheme not in ("http", "https") or not url.host:
        raise PydanticCustomError(
            "url", "must be an absolute http(s) URL such as {what}", {"what": what}
        )
    return url


class ClientSettings(Section):
    """HTTP client: where requests go, through which proxy and trust, and how the pool behaves."""

    masked: ClassVar[frozenset[str]] = frozenset({"proxy", "base_url"})

    provider: Literal["mistral", "azure", "gcp"] = Field(
        "mistral",
        description="Deployment target: `mistral` (La Plateforme or self-hosted), `azure` (Azure AI "
        "Foundry; base_url is the deployment's endpoint), `gcp` (Vertex AI; see `[gcp]`).",
    )
    server: Literal["global", "eu", "us"] = Field(
        "global",
        description="Region of La Plateforme: `global` (https://api.mistral.ai), `eu` "
        "(https://api.eu.mistral.ai), `us` (https://api.us.mistral.ai); it sets base_url unless "
        "base_url is written in the same or a higher layer.",
    )
    base_url: str = Field(
        "https://api.mistral.ai",
        description="Root URL of the API; `/v1/...` paths are appended to it. Implied by `server` "
        "(or by `gcp.region`) when not written; for `gcp` only its scheme and host are used.",
    )
    allow_insecure_http: bool = Field(
        False,
        description="Permit an `http://` base_url (only for loopback test servers).",
    )
    require_api_key: bool = Field(
        True,
        description="Refuse to build a client without an API key (off for local fakes).",
    )
    trust_env: bool = Field(
        True,
        description="Honour `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY` (and lower-case forms) as curl "
        "and requests do; `proxy` overrides them.",
    )
    proxy: str | None = Field(
        None,
        description="Proxy URL for every request (`http://user:password@proxy:3128`); credentials "
        "are masked in every output. Unset: the environment's, when trust_env.",
    )
    ca_bundle: str | None = Field(
        None,
        description="PEM file or directory of CA certificates trusted in addition to the system "
        "store (a TLS-inspecting proxy, a private gateway's CA).",
    )
    ca_bundle_only: bool = Field(False, description="Trust only ca_bundle, not the system store.")
    client_cert: str | None = Field(
        None,
        description="PEM client certificate for gateways requiring mutual TLS (may also hold the key).",
    )
    client_key: str | None = Field(
        None, description="PEM private key of client_cert, when it is a file of its own."
    )
    timeout_secs: float = Field(
        120.0, gt=0, description="Total time allowed for one attempt, seconds."
    )
    connect_timeout_secs: float = Field(
        10.0, gt=0, description="Time allowed to open a connection, seconds."
    )
    stream_idle_timeout_secs: float = Field(
        60.0,
        gt=0,
        description="Longest a stream may go without an event, seconds (comments and keep-alives "
        "do not count).",
    )
    stream_timeout_secs: float | None = Field(
        None,
        gt=0,
        description="Longest a whole stream may last, headers to end, seconds (unset: no limit).",
    )
    realtime_idle_timeout_secs: float = Field(
        300.0,
        gt=0,
        le=86_400,
        description="Longest a realtime (WebSocket) session may go without a message from the "
        "server, seconds.",
    )
    realtime_timeout_secs: float | None = Field(
        None,
        gt=0,
        le=86_400,
        description="Longest a whole realtime session may last, seconds (unset: no limit).",
    )
    max_response_bytes: int = Field(
        64 * 1024 * 1024,
        ge=1024,
        description="Largest response body read into memory, decoded bytes "
        "(`files.download_to` streams to disk and is exempt).",
    )
    max_sse_event_bytes: int = Field(
        16 * 1024 * 1024, ge=1024, description="Largest single event of a stream, bytes."
    )
    max_pages: int = Field(
        10_000,
        ge=1,
        le=10_000_000,
        description="Most pages one `iterate` walks before PaginationError (a server whose "
        "cursor never ends); a cursor seen twice or a page repeated is refused at once.",
    )
    close_grace_secs: float = Field(
        10.0,
        ge=0,
        description="How long `close()` lets calls in flight finish before failing them with "
        "ClientClosedError, seconds.",
    )
    pool_size: int = Field(
        100, ge=1, le=100_000, description="Maximum open connections in the pool."
    )
    pool_size_per_host: int = Field(
        100,
        ge=1,
        le=100_000,
        description="Maximum open connections to one host (the API is one host).",
    )
    fair_queueing: bool = Field(
        True,
        description="Calls beyond the pool wait for a connection in arrival order (the wait "
        "counts toward the call's timeout); off: aiohttp's own order, where a caller that just "
        "released a connection takes it again ahead of those waiting.",
    )
    keepalive_secs: float = Field(
        90.0,
        gt=0,
        description="How long an idle connection is kept, seconds.",
    )
    user_agent: str | None = Field(
        None,
        description="Product token appended to `User-Agent: integrations-mistral/<version>`.",
    )

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        url = _http_url(value, "https://api.mistral.ai")
        if url.user is not None or url.password is not None:
            raise PydanticCustomError(
                "base_url",
                "must not carry credentials (user:password@); the key goes in api_key, a proxy's "
                "in client.proxy",
            )
        if url.query_string or url.fragment:
            raise PydanticCustomError("base_url", "must not carry a query string or fragment")
        return str(url).rstrip("/")

    @field_validator("proxy")
    @classmethod
    def _check_proxy(cls, value: str | None) -> str | None:
        if value is None:
            return None
        url = _http_url(value, "http://proxy.internal:3128")
        if url.path not in ("", "/") or url.query_string or url.fragment:
            raise PydanticCustomError("proxy", "must be scheme://[user:password@]host:port only")
        return str(url.with_path(""))

    @field_validator("ca_bundle")
    @classmethod
    def _check_ca_bundle(cls, value: str | None) -> str | None:
        return None if value is None else check_readable(value, directory=True)

    @field_validator("client_cert", "client_key")
    @classmethod
    def _check_pem_file(cls, value: str | None) -> str | None:
        return None if value is None else check_readable(value)

    @field_validator("user_agent")
    @classmethod
    def _no_control_characters(cls, value: str | None) -> str | None:
        if value is not None and CONTROL.search(value):
            raise PydanticCustomError(
                "header_value", "must not contain control characters such as CR or LF"
            )
        return value

    @model_validator(mode="after")
    def _check_combinations(self) -> ClientSettings:
        if self.base_url.startswith("http://") and not self.allow_insecure_http:
            raise self._refuse(
                "base_url",
                "http:// is refused; use https:// or set client.allow_insecure_http = true",
            )
        if self.ca_bundle_only and self.ca_bundle is None:
            raise self._refuse("ca_bundle_only", "needs client.ca_bundle")
        if self.client_key is not None and self.client_cert is None:
            raise self._refuse("client_key", "needs client.client_cert")
        if self.provider == "azure" and "base_url" not in self.model_fields_set:
            raise self._refuse(
                "base_url",
                "must be written for provider 'azure': the deployment's endpoint, e.g. "
                "https://<name>.<region>.models.ai.azure.com",
            )
        return self


class AzureSettings(Section):
    """Azure AI Foundry (`client.provider = "azure"`)."""

    api_version: str = Field(
        "2024-05-01-preview",
        min_length=1,
        pattern=r"^[A-Za-z0-9._-]+$",
        description="`api-version` query parameter of every request.",
    )


class GcpSettings(Section):
    """Google Vertex AI (`client.provider = "gcp"`)."""

    region: str = Field(
        "europe-west4",
        pattern=r"^[a-z][a-z0-9-]*[a-z0-9]$",
        description="Vertex AI region; the endpoint is https://<region>-aiplatform.googleapis.com.",
    )
    project_id: str | None = Field(
        None,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9.:_-]*$",
        description="Google Cloud project; unset: the project of the Application Default "
        "Credentials.",
    )
    access_token: SecretStr | None = Field(
        None,
        strict=False,
        description="A fixed OAuth2 access token (a secret), used instead of Application Default "
        "Credentials (google-auth, extra `[gcp]`).",
    )

    @field_validator("access_token")
    @classmethod
    def _token_is_a_header_value(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        token = value.get_secret_value().strip()
        if not token or CONTROL.search(token) or " " in token:
            raise PydanticCustomError(
                "header_value", "must be a token without spaces or control characters"
            )
        return SecretStr(token)


def implied_base_url(client: Mapping[str, Any], gcp: Mapping[str, Any]) -> str | None:
    """The base URL that `client.provider`, `client.server` and `gcp.region` imply (None for
    azure, whose endpoint must be written)."""
    provider = client.get("provider", "mistral")
    if provider == "gcp":
        return f"https://{gcp.get('region', 'europe-west4')}-aiplatform.googleapis.com"
    if provider == "azure":
        return None
    server = client.get("server", "global")
    return SERVERS.get(server) if isinstance(server, str) else None
