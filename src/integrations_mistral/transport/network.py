"""The network path of a request: the TLS context (trust store, client certificate) and the
proxy (`client.proxy`, else the environment's `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY`)."""

from __future__ import annotations

import ipaddress
import os
import ssl
from base64 import b64encode
from collections.abc import Mapping
from typing import Any

from yarl import URL

from .._secrets import mask_url
from ..config.models import ClientSettings
from ..errors import ConfigurationError

__all__ = ["ProxyChooser", "bypassed", "tls_context"]


def _no_password() -> bytes:
    """An encrypted client key would make OpenSSL prompt on the terminal: answer nothing."""
    return b""


def tls_context(client: ClientSettings | None = None) -> ssl.SSLContext:
    """Certificate and host checks always on, TLS 1.2 at the least; the system store plus
    `client.ca_bundle` (or that alone), and `client.client_cert` for mutual TLS."""
    if client is not None and client.ca_bundle_only:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, checks host names
    else:
        context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if client is None:
        return context
    if client.ca_bundle is not None:
        bundle = client.ca_bundle
        try:
            if os.path.isdir(bundle):
                context.load_verify_locations(capath=bundle)
            else:
                context.load_verify_locations(cafile=bundle)
        except (ssl.SSLError, OSError, ValueError) as exc:
            raise ConfigurationError(
                f"client.ca_bundle {bundle}: not a PEM certificate bundle ({_reason(exc)})"
            ) from None
    if client.client_cert is not None:
        try:
            context.load_cert_chain(client.client_cert, client.client_key, password=_no_password)
        except (ssl.SSLError, OSError, ValueError) as exc:
            files = client.client_cert + (f" / {client.client_key}" if client.client_key else "")
            raise ConfigurationError(
                f"client.client_cert / client.client_key {files}: cannot be used as a PEM "
                f"certificate and unencrypted private key ({_reason(exc)})"
            ) from None
    return context


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc)


class ProxyChooser:
    """Which proxy a request goes through: `client.proxy` for every request; else, with
    `client.trust_env`, the environment's proxy for the URL's scheme unless `NO_PROXY` matches
    its host (read once, when the client is built, as curl and requests read them)."""

    def __init__(self, client: ClientSettings, environ: Mapping[str, str] | None = None) -> None:
        self._explicit = _options(client.proxy, "client.proxy") if client.proxy else None
        self._by_scheme: dict[str, dict[str, Any]] = {}
        self._no_proxy = ""
        if self._explicit is None and client.trust_env:
            found = _environment_proxies(os.environ if environ is None else environ)
            self._no_proxy = found.pop("no", "")
            for scheme in ("http", "https"):
                proxy = found.get(scheme) or found.get("all")
                if proxy:
                    name = f"{scheme if scheme in found else 'all'}_proxy"
                    self._by_scheme[scheme] = _options(proxy, name.upper())
        self._chosen: dict[tuple[str, str, int | None], dict[str, Any]] = {}

    @property
    def never(self) -> bool:
        """No request goes through a proxy."""
        return self._explicit is None and not self._by_scheme

    def plain_http_headers(self, url: URL) -> dict[str, str]:
        """Headers a plain-http request to `url` carries for its proxy: sent to the proxy in
        the request itself (https requests send them on the CONNECT instead)."""
        if url.scheme != "http":
            return {}
        return dict(self.options(url).get("proxy_headers", {}))

    def options(self, url: URL) -> dict[str, Any]:
        """The `proxy=` / `proxy_headers=` options of a request to `url` (empty: direct)."""
        if self._explicit is not None:
            return self._explicit
        key = (url.scheme, url.host or "", url.port)
        chosen = self._chosen.get(key)
        if chosen is None:
            bypass = bypassed(url.host or "", url.port, self._no_proxy)
            chosen = self._chosen[key] = {} if bypass else self._by_scheme.get(url.scheme, {})
        return chosen


def bypassed(host: str, port: int | None, no_proxy: str) -> bool:
    """Whether `NO_PROXY` exempts `host`: `*`; a host name matching itself and its subdomains
    (a leading dot optional); an IP address or CIDR range; any of them with `:port`."""
    host = host.lower().strip("[]")
    address = _address(host)
    for raw in no_proxy.split(","):
        entry = raw.strip().lower()
        if entry == "*":
            return True
        if not entry:
            continue
        name, wanted = entry, None
        if entry.startswith("["):  # [v6]:port
            name, _, rest = entry[1:].partition("]")
            wanted = rest[1:] or None
        elif entry.count(":") == 1:
            name, _, wanted = entry.partition(":")
        if wanted is not None and port is not None and wanted != str(port):
            continue
        name = name.lstrip(".")
        if "/" in name and address is not None:
            try:
                if address in ipaddress.ip_network(name, strict=False):
                    return True
            except ValueError:
                pass
            continue
        if host == name or host.endswith("." + name):
            return True
    return False


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _environment_proxies(environ: Mapping[str, str]) -> dict[str, str]:
    """`*_proxy` variables (lower-case first, as curl), by scheme; `no` holds NO_PROXY."""
    proxies: dict[str, str] = {}
    for name in sorted(environ, key=lambda n: n.islower()):  # lower-case ones win
        value = environ[name].strip()
        if value and name.lower().endswith("_proxy"):
            proxies[name.lower()[: -len("_proxy")]] = value
    return proxies


def _options(proxy: str, source: str) -> dict[str, Any]:
    """A proxy URL as aiohttp options: the URL without credentials, which travel in a
    `Proxy-Authorization` header instead."""
    text = proxy if "://" in proxy else f"http://{proxy}"  # `proxy:3128`, as curl reads it
    try:
        url = URL(text)
    except ValueError:
        url = URL()
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"{source}: {mask_url(proxy)!r} is not an http(s) proxy URL such as http://proxy:3128"
        )
    options: dict[str, Any] = {"proxy": url.with_user(None)}
    if url.user is not None:
        pair = f"{url.user}:{url.password or ''}".encode()
        options["proxy_headers"] = {"Proxy-Authorization": f"Basic {b64encode(pair).decode()}"}
    return options
