"""Real parts for the network edge: a test CA and certificates made with openssl at test time,
HTTPS fake servers (one requiring a client certificate), and a forward proxy on loopback."""

from __future__ import annotations

import asyncio
import base64
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from integrations_mistral.testing import FakeMistralServer


@dataclass(frozen=True)
class Certificates:
    ca: Path
    ca_dir: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path
    other_ca: Path  # a CA that signed nothing the servers use

    def server_context(self, *, require_client_cert: bool = False) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.server_cert, self.server_key)
        if require_client_cert:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(cafile=self.ca)
        return context


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def _issue(cwd: Path, name: str, subject: str, usage: str, alt: str | None) -> None:
    _openssl(
        "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-subj", f"/CN={subject}", "-keyout", f"{name}.key", "-out", f"{name}.csr", cwd=cwd,
    )  # fmt: skip
    extensions = [
        "basicConstraints=critical,CA:FALSE",
        "keyUsage=critical,digitalSignature,keyEncipherment",
        f"extendedKeyUsage={usage}",
        "subjectKeyIdentifier=hash",
        "authorityKeyIdentifier=keyid,issuer",
    ]
    if alt:
        extensions.append(f"subjectAltName={alt}")
    (cwd / f"{name}.ext").write_text("\n".join(extensions) + "\n")
    _openssl(
        "x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-extfile", f"{name}.ext", "-out", f"{name}.pem", cwd=cwd,
    )  # fmt: skip


def _ca(cwd: Path, name: str) -> None:
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-days", "2", "-subj", f"/CN=integrations-mistral {name}", "-keyout", f"{name}.key",
        "-out", f"{name}.pem",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        "-addext", "subjectKeyIdentifier=hash", cwd=cwd,
    )  # fmt: skip


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    """A test CA, a server certificate for 127.0.0.1 and a client certificate it signed."""
    if shutil.which("openssl") is None:
        pytest.skip("no openssl to make test certificates (.ci/run installs Debian's openssl)")
    cwd = tmp_path_factory.mktemp("pki")
    _ca(cwd, "ca")
    _ca(cwd, "other-ca")
    _issue(cwd, "server", "127.0.0.1", "serverAuth", "IP:127.0.0.1,DNS:localhost")
    _issue(cwd, "client", "integrations-mistral test client", "clientAuth", None)
    ca_dir = cwd / "ca-dir"
    ca_dir.mkdir()
    shutil.copy(cwd / "ca.pem", ca_dir / "ca.pem")
    _openssl("rehash", str(ca_dir), cwd=cwd)
    return Certificates(
        cwd / "ca.pem",
        ca_dir,
        cwd / "server.pem",
        cwd / "server.key",
        cwd / "client.pem",
        cwd / "client.key",
        cwd / "other-ca.pem",
    )


@pytest.fixture
async def tls_server(certs: Certificates) -> AsyncIterator[FakeMistralServer]:
    async with FakeMistralServer(api_key="test-key", ssl_context=certs.server_context()) as fake:
        yield fake


@pytest.fixture
async def mtls_server(certs: Certificates) -> AsyncIterator[FakeMistralServer]:
    context = certs.server_context(require_client_cert=True)
    async with FakeMistralServer(api_key="test-key", ssl_context=context) as fake:
        yield fake


@dataclass
class Passed:
    """One request the proxy saw: `CONNECT host:port` or an absolute-form request."""

    method: str
    target: str
    headers: dict[str, str]


@dataclass
class ForwardProxy:
    """An HTTP forward proxy on loopback: tunnels CONNECT, relays absolute-form requests,
    records what passes, and with `credentials` answers 407 to requests without them."""

    credentials: tuple[str, str] | None = None
    passed: list[Passed] = field(default_factory=list)
    port: int = 0
    _server: asyncio.Server | None = None
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url_with(self, user: str, password: str) -> str:
        return f"http://{user}:{password}@127.0.0.1:{self.port}"

    async def start(self) -> ForwardProxy:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()
            return
        line, *rest = head.decode("latin-1").split("\r\n")
        method, target, _ = line.split(" ", 2)
        headers = {}
        for item in rest:
            if ":" in item:
                name, _, value = item.partition(":")
                headers[name.strip().lower()] = value.strip()
        self.passed.append(Passed(method, target, headers))
        if self.credentials is not None:
            user, password = self.credentials
            expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
            if headers.get("proxy-authorization") != expected:
                writer.write(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                    b'Proxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n'
                    b"Connection: close\r\n\r\n"
                )
                await writer.drain()
                writer.close()
                return
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            upstream_reader, upstream_writer = await asyncio.open_connection(host, int(port))
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await writer.drain()
        else:
            from yarl import URL

            url = URL(target)
            upstream_reader, upstream_writer = await asyncio.open_connection(url.host, url.port)
            kept = [
                item
                for item in rest
                if item and not item.lower().startswith(("proxy-", "connection:"))
            ]
            origin = f"{method} {url.raw_path_qs} HTTP/1.1"
            upstream_writer.write(
                ("\r\n".join([origin, *kept, "Connection: close"]) + "\r\n\r\n").encode("latin-1")
            )
        await asyncio.gather(
            _pipe(reader, upstream_writer), _pipe(upstream_reader, writer), return_exceptions=True
        )


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


@pytest.fixture
async def proxy() -> AsyncIterator[ForwardProxy]:
    forward = await ForwardProxy().start()
    yield forward
    await forward.stop()


@pytest.fixture
async def auth_proxy() -> AsyncIterator[ForwardProxy]:
    forward = await ForwardProxy(credentials=("alice", "s3cret-proxy-pw")).start()
    yield forward
    await forward.stop()
