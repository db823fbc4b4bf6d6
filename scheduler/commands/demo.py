"""``sequelwatch demo``: a small news site on localhost and a config that watches it."""

from __future__ import annotations

import tempfile
import threading
from email.utils import format_datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import as_file, files
from pathlib import Path

from crawler.clock import Clock
from crawler.fetch.settings import CrawlSettings
from crawler.model import Franchise, Source, SourceType
from scheduler.config import APP, DEFAULT_ALERT_ON, Config, FranchiseConfig, SourceConfig

DEMO_FRANCHISES = (
    Franchise("Blame!", ("BLAME!", "ブラム!")),
    Franchise("Attack on Titan", ("Shingeki no Kyojin", "進撃の巨人")),
    Franchise("Elden Ring", ("ELDEN RING",)),
)


class _Handler(SimpleHTTPRequestHandler):
    """Serves the demo site; the feed is a template that needs the site's address."""

    def __init__(self, *args, base: str, clock: Clock, **kwargs) -> None:
        self._base = base
        self._clock = clock
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if self.path.split("?")[0] != "/feed.xml":
            return super().do_GET()
        today = format_datetime(self._clock(), usegmt=True)
        template = Path(self.directory, "feed.xml").read_text(encoding="utf-8")
        body = template.replace("{base}", self._base).replace("{today}", today).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:  # the demo prints its own story
        pass


class DemoSite:
    """The packaged demo site on 127.0.0.1 (an ephemeral port) plus a scratch data directory.

    Its feed is dated by ``clock``, the clock the crawl runs on, so the demo's news is always today's.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def __enter__(self) -> DemoSite:
        self._files = as_file(files("scheduler") / "demo_site")
        root = self._files.__enter__()
        self.article_count = len(list((Path(root) / "news").glob("*.html")))
        self._tmp = tempfile.TemporaryDirectory(prefix=f"{APP}-demo-")
        self.data_dir = Path(self._tmp.name)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, base="", clock=self._clock, directory=str(root)))
        self.base_url = f"http://127.0.0.1:{self._server.server_port}"
        self._server.RequestHandlerClass = partial(_Handler, base=self.base_url, clock=self._clock, directory=str(root))
        self._thread = threading.Thread(target=self._server.serve_forever, name="demo-site", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._tmp.cleanup()
        self._files.__exit__(*exc)


def demo_config(base_url: str, data_dir: Path) -> Config:
    return Config(
        path=Path("(demo)"),
        database_url=f"sqlite:///{data_dir / 'demo.db'}",
        crawl=CrawlSettings(user_agent=f"{APP}-demo", download_delay=0.0),
        franchises=tuple(FranchiseConfig(f, DEFAULT_ALERT_ON, ()) for f in DEMO_FRANCHISES),
        # Backfill: the demo polls once, so without it the first poll would alert nothing.
        sources=(SourceConfig(Source("Demo Wire", SourceType.FEED, f"{base_url}/feed.xml", backfill=True), 60.0),),
        channels=(),
    )
