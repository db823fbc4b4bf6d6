"""The optional [http] endpoint: ``/healthz`` and ``/metrics`` for a local monitor.

A few lines of HTTP/1.1 on asyncio's own server, on the daemon's event loop:
the endpoint answers only while the loop runs, which is what a health check
should see. Two read-only GET routes need no web framework; a request that is
not one of them gets 404 or 405, a slow or oversized one is dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from scheduler.errors import DaemonError

log = logging.getLogger("sequelwatch")

REQUEST_TIMEOUT_SECONDS = 5.0
MAX_HEADER_LINES = 64
_REASONS = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable", 500: "Internal Server Error"}


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    content_type: str
    body: bytes


Route = Callable[[], Awaitable[Response]]


class StatusServer:
    """Serves ``routes`` (path -> coroutine returning a Response) on host:port until closed."""

    def __init__(self, host: str, port: int, routes: Mapping[str, Route]) -> None:
        self.host, self.port = host, port
        self._routes = dict(routes)
        self._server: asyncio.Server | None = None

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        """Listen; a port in use or a host that is not ours is a DaemonError naming the address."""
        try:
            self._server = await asyncio.start_server(self._serve, self.host, self.port, limit=8192)
        except OSError as exc:
            raise DaemonError(f"[http] cannot listen on {self.host}:{self.port}: {exc.strerror or exc}") from exc
        if self.port == 0:  # tests ask the system for a free port
            self.port = self._server.sockets[0].getsockname()[1]
        log.info("http endpoint on %s (/healthz, /metrics)", self.address)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            method, path = await asyncio.wait_for(_read_request(reader), REQUEST_TIMEOUT_SECONDS)
            response = await self._respond(method, path)
            head = (f"HTTP/1.1 {response.status} {_REASONS.get(response.status, '')}\r\n"
                    f"Content-Type: {response.content_type}\r\nContent-Length: {len(response.body)}\r\n"
                    "Cache-Control: no-store\r\nConnection: close\r\n\r\n")
            writer.write(head.encode("ascii") + (b"" if method == "HEAD" else response.body))
            await writer.drain()
        except (TimeoutError, ValueError, ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass  # a client that is too slow, too big or gone: nothing to answer
        finally:
            writer.close()

    async def _respond(self, method: str, path: str) -> Response:
        route = self._routes.get(path.split("?", 1)[0])
        if route is None:
            return Response(404, "text/plain; charset=utf-8", b"not found; try /healthz or /metrics\n")
        if method not in ("GET", "HEAD"):
            return Response(405, "text/plain; charset=utf-8", b"only GET\n")
        try:
            return await route()
        except Exception:
            log.exception("http %s failed", path)
            return Response(500, "text/plain; charset=utf-8", b"internal error; see the log\n")


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str]:
    """The method and path of a request; the headers are read and ignored."""
    parts = (await reader.readuntil(b"\r\n")).decode("latin-1").split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise ValueError("not an HTTP request")
    for _ in range(MAX_HEADER_LINES):
        if await reader.readuntil(b"\r\n") == b"\r\n":
            return parts[0], parts[1]
    raise ValueError("too many header lines")
