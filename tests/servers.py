"""Local servers for tests: a fixture news site, an HTTP alert receiver, an SMTP sink.

Everything binds to 127.0.0.1 on an ephemeral port; nothing touches the internet.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import socket
import threading
import time
from collections import Counter
from datetime import date
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aiosmtpd.controller import Controller

FIXTURES = Path(__file__).parent / "fixtures"
# Next year, for a fixture whose date must still be ahead when its alert is checked (a date that has
# passed never alerts): tests that use it pass on any day they run, and do not wait for a date to pass.
NEXT_YEAR = date.today().year + 1

CONTENT_TYPES = {".gz": "application/x-gzip", ".rss": "application/rss+xml", ".atom": "application/atom+xml", ".rdf": "application/rdf+xml",
                 ".xml": "application/xml", ".html": "text/html; charset=utf-8", ".txt": "text/plain"}


class _Server:
    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.owner = self  # handlers reach their server's state through this
        self.base_url = f"http://127.0.0.1:{self.httpd.server_port}"
        # A short poll interval: shutdown() waits for the serving loop to notice, up to that long, and
        # every test that starts a server stops one.
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _SiteHandler(BaseHTTPRequestHandler):
    # Keep-alive, as real sites do; every answer carries a Content-Length.
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        site: FixtureSite = self.server.owner
        path = self.path.split("?")[0]
        site.requests[path] += 1
        site.bytes_sent_before = site.bytes_sent
        status = site.statuses.get(path)
        if status:
            self.send_error(status)
            return
        if path in site.passwords and self.headers.get("Authorization") != _basic(site.passwords[path]):
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="fixture"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path in site.redirects:
            self.send_response(301)
            target = site.redirects[path]
            self.send_header("Location", target if "://" in target else site.base_url + target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        time.sleep(site.delays.get(path, 0.0))
        if site.throttled.get(path, 0) > 0:
            site.throttled[path] -= 1
            self.send_response(429)
            self.send_header("Retry-After", str(site.retry_after))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        file = (site.root / path.lstrip("/")).resolve()
        if file.is_dir():
            file = file / "index.json"
        if not file.is_file() or site.root not in file.parents:
            self.send_error(404)
            return
        body = file.read_bytes()
        if file.suffix == ".gz":  # the template is inside the compressed file
            body = gzip.compress(gzip.decompress(body).replace(b"{base}", site.base_url.encode()), mtime=0)
        else:
            body = body.replace(b"{base}", site.base_url.encode())
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if site.etags and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        kind = "application/json" if "/api/" in path or "/xrpc/" in path else CONTENT_TYPES.get(file.suffix)
        self.send_header("Content-Type", kind or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        if site.etags:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)
        site.bytes_sent += len(body)

    def log_message(self, *args) -> None:
        pass


def _basic(credentials: tuple[str, str]) -> str:
    return "Basic " + base64.b64encode(":".join(credentials).encode()).decode()


class FixtureSite(_Server):
    """Serves tests/fixtures/<name>; ``{base}`` in a file becomes the site's URL.

    ``requests`` counts GETs per path; ``statuses`` makes a path answer an error;
    ``throttled[path] = n`` answers 429 with Retry-After the next n times;
    ``passwords[path] = (user, password)`` answers 401 without them (basic auth);
    ``redirects[path] = target`` answers 301 to the target (a path here, or a whole URL); ``delays[path]`` answers after that many seconds;
    with ``etags``, answers carry an ETag and a matching If-None-Match gets a 304.
    A directory serves its index.json (API paths without an extension).
    """

    def __init__(self, name: str = "site", etags: bool = False) -> None:
        self.root = (FIXTURES / name).resolve()
        self.requests: Counter[str] = Counter()
        self.statuses: dict[str, int] = {}
        self.throttled: dict[str, int] = {}
        self.redirects: dict[str, str] = {}
        self.delays: dict[str, float] = {}
        self.passwords: dict[str, tuple[str, str]] = {}
        self.retry_after = 1
        self.etags = etags
        self.bytes_sent = 0
        self.bytes_sent_before = 0
        super().__init__(_SiteHandler)


class _ReceiverHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        receiver: Receiver = self.server.owner
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        receiver.attempts += 1
        if receiver.status >= 400:
            if receiver.error_body is None:
                self.send_error(receiver.status)
                return
            self.send_response(receiver.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(receiver.error_body)))
            self.end_headers()
            self.wfile.write(receiver.error_body)
            return
        receiver.received.append(json.loads(body))
        time.sleep(receiver.delay)  # recorded, not yet answered: the window a kill can fall into
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


class Receiver(_Server):
    """A local endpoint for Apprise ``json://`` URLs; set ``status`` to make it fail."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.attempts = 0
        self.status = 200
        self.delay = 0.0
        self.error_body: bytes | None = None  # what an error status answers (a 429's {"retry_after": 120})
        super().__init__(_ReceiverHandler)

    @property
    def apprise_url(self) -> str:
        return "json://" + self.base_url.removeprefix("http://") + "/alerts"


class _SmtpHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server, session, envelope) -> str:
        self.sink.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"


class SmtpSink:
    """An aiosmtpd server on 127.0.0.1 that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        # Controller probes its port on start, so it needs a real one, not 0.
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._controller = Controller(_SmtpHandler(self), hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpSink:
        self._controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self._controller.stop()

    @property
    def apprise_url(self) -> str:
        return f"mailto://127.0.0.1:{self.port}?mode=insecure&from=alerts@sequelwatch.test&to=fan@example.test"


class FreezableProxy:
    """A TCP proxy on 127.0.0.1 in front of a server; ``frozen`` stops it passing bytes either way.

    A frozen proxy keeps its connections open and answers nothing: a database that accepts and
    never replies, as a hung server or a stalled network looks to a client.
    """

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.frozen = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = [self._listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self._sockets += [client, server]
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            while self.frozen.is_set():
                time.sleep(0.05)
            try:
                target.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        self.frozen.clear()
        for sock in self._sockets:
            sock.close()
