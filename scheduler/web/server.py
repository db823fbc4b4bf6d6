"""The [http] endpoint's server: aiohttp on the daemon's own event loop.

It answers only while the loop runs, which is what a health check should see.
Every answer carries headers that keep a stranger's text inert in a browser (no
script runs at all: the page needs none), access control guards everything
but ``/healthz`` when it is configured, and an error in a route is one log
line and a 500 that says nothing of it. aiohttp's access log stays off: a
token in a calendar URL's query must not reach the log.
"""

from __future__ import annotations

import base64
import hmac
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files

from aiohttp import web

from scheduler.config import HttpAccess
from scheduler.errors import DaemonError

log = logging.getLogger("sequelwatch")

# No script, no frames, no foreign anything: the page is HTML and one stylesheet.
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
OPEN_PATHS = ("/healthz",)  # a monitor on the machine asks without credentials; it shows no text of pages


@dataclass(frozen=True, slots=True)
class Response:
    """What a plain route (health, metrics) answers."""

    status: int
    content_type: str
    body: bytes


PlainRoute = Callable[[], Awaitable[Response]]


class WebServer:
    """Serves ``routes`` and the ``plain`` ones (path -> coroutine returning a Response) on host:port."""

    def __init__(self, host: str, port: int, plain: Mapping[str, PlainRoute], routes: Sequence[web.RouteDef] = (),
                 access: HttpAccess | None = None) -> None:
        self.host, self.port = host, port
        self._access = access or HttpAccess()
        self._app = web.Application(middlewares=[self._guard], client_max_size=64 * 1024)
        self._app.add_routes([web.get(path, _plain(route)) for path, route in plain.items()])
        self._app.add_routes(list(routes))
        self._app.router.add_static("/static/", str(files("scheduler.web") / "static"))
        self._runner: web.AppRunner | None = None

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        """Listen; a port in use or a host that is not ours is a DaemonError naming the address."""
        self._runner = web.AppRunner(self._app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            raise DaemonError(f"[http] cannot listen on {self.host}:{self.port}: {exc.strerror or exc}") from exc
        if self.port == 0:  # tests ask the system for a free port
            self.port = self._runner.addresses[0][1]
        log.info("http endpoint on %s (/, /calendar, /calendar.ics, /feed.atom, /api/facts, /healthz, /metrics)%s",
                 self.address, "" if self._access.open else "; access control on")

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        if request.path not in OPEN_PATHS and not self._access.open and not self._allowed(request):
            response: web.StreamResponse = web.Response(
                status=401, text="credentials needed (see [http] in the README)\n",
                headers={"WWW-Authenticate": 'Basic realm="sequelwatch", charset="UTF-8"'})
        else:
            try:
                response = await handler(request)
            except web.HTTPException as exc:  # 404, 405, 503 ...: an answer, with the reason as its text
                response = web.Response(status=exc.status, text=exc.text, headers=exc.headers)
            except Exception:
                log.exception("http %s failed", request.path)
                response = web.Response(status=500, text="internal error; see the log\n")
        response.headers.update(_HEADERS)
        return response

    def _allowed(self, request: web.Request) -> bool:
        """Basic auth with the configured user and password, or the token (Bearer, or ``?token=``)."""
        given = request.headers.get("Authorization", "")
        access = self._access
        if access.token:
            token = given.removeprefix("Bearer ") if given.startswith("Bearer ") else request.query.get("token", "")
            if token and hmac.compare_digest(token.encode(), access.token.encode()):
                return True
        if access.user and access.password and given.startswith("Basic "):
            try:
                user, _, password = base64.b64decode(given[6:], validate=True).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                return False
            same_user = hmac.compare_digest(user.encode(), access.user.encode())
            return hmac.compare_digest(password.encode(), access.password.encode()) and same_user
        return False


def _plain(route: PlainRoute):
    async def handle(request: web.Request) -> web.Response:
        answer = await route()
        return web.Response(status=answer.status, body=answer.body, headers={"Content-Type": answer.content_type})
    return handle
