"""The [http] page with 10,000 facts stored: how long each route takes, and whether it blocks the loop.

A store (SQLite in a temporary directory) is filled with 10,000 facts over 50
franchises, dated across three years, each with a source and a delivery. The
page's server runs on an asyncio loop in this process, as in the daemon, with a
ticker on the same loop that wakes every 5 ms: the longest it waited too long is
how long a route blocked the loop (the crawl shares it). A client thread asks
each route 20 times. The reference, measured in the same run on the same server,
is /healthz, a route that does no work; the target is 200 ms for the page.

Usage: python bench/web.py [--facts N]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.alerting import AlertPolicy  # noqa: E402
from crawler.model import Document, Event, EventKind, FactKey, Hit, Precision, When  # noqa: E402
from scheduler.config import load  # noqa: E402
from scheduler.services import open_services  # noqa: E402
from scheduler.web.pages import Pages  # noqa: E402
from scheduler.web.server import Response, WebServer  # noqa: E402

NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)
FRANCHISES = [f"Franchise {n:02d}" for n in range(50)]
ROUTES = ("/healthz", "/", "/?franchise=Franchise%2007", "/?event=delay&period=month", "/calendar?month=2027-05",
          "/calendar.ics", "/feed.atom", "/api/facts")
TICK = 0.005


def fill(store, count: int) -> None:
    """Reports until the store holds ``count`` facts: most dated to the day, some to a month, a season or a
    year (those often join a fact already there), a fifth announcements, a tenth delays."""
    policy = AlertPolicy({(f, k): ("console",) for f in FRANCHISES for k in EventKind})
    n = 0
    while n % 1000 or store.counts()["facts"] < count:
        franchise, i = FRANCHISES[n % len(FRANCHISES)], n // len(FRANCHISES)
        day = date(2026, 1, 1) + timedelta(days=(i * 7 + n % 7) % 1100)
        when: When | None = When(Precision.DAY, day.year, day.month, day.day)
        kind = EventKind.DELAY if n % 10 == 0 else EventKind.RELEASE_DATE
        if n % 5 == 1:
            kind, when = EventKind.ANNOUNCEMENT, None
        elif n % 20 == 2:
            when = When(Precision.MONTH, day.year, day.month)
        elif n % 20 == 3:
            when = When(Precision.SEASON, day.year, 1 + 3 * ((day.month - 1) // 3))
        elif n % 40 == 4:
            when = When(Precision.YEAR, day.year)
        key = str(FactKey(kind, when=str(when))) if when else str(FactKey(kind, month=f"{day:%Y-%m}",
                                                                          installment=f"season {i}"))
        event = Event(franchise, kind, key, str(when) if when else None, f"Evidence sentence number {n}.",
                      installment=f"season {i}" if when is None else None)
        text = f"Story {n} about {franchise}, long enough to be stored: " + " ".join(f"w{n}x{k}" for k in range(40))
        document = Document("Ledger", f"https://ledger.example/story/{n}", f"{franchise} story {n}", text,
                            published=NOW)
        store.save_document(document, [Hit(franchise, franchise, 0, 5)], [event], policy,
                            NOW - timedelta(minutes=50_000 - n))
        n += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text(f'[database]\nurl = "sqlite:///{tmp}/sw.db"\n'
                          + "".join(f'[[franchise]]\nname = "{f}"\n' for f in FRANCHISES)
                          + '[[source]]\nname = "Ledger"\nurl = "https://ledger.example/feed"\n')
        services = open_services(load(config))
        started = time.perf_counter()
        fill(services.store, args.facts)
        print(f"{args.facts} facts stored in {time.perf_counter() - started:.0f} s "
              f"({services.store.counts()['facts']} in the store)")
        gc.freeze()  # as the daemon does once it has started (see scheduler/daemon.py)
        loop = asyncio.new_event_loop()
        lag = {"max": 0.0}

        async def ticker() -> None:
            while True:
                before = loop.time()
                await asyncio.sleep(TICK)
                lag["max"] = max(lag["max"], loop.time() - before - TICK)

        async def healthz() -> Response:
            return Response(200, "application/json", b'{"status": "ok"}')

        pages = Pages(lambda: services, lambda: NOW)
        server = WebServer("127.0.0.1", 0, {"/healthz": healthz}, pages.routes())
        threading.Thread(target=loop.run_forever, daemon=True).start()
        asyncio.run_coroutine_threadsafe(server.start(), loop).result(10)
        asyncio.run_coroutine_threadsafe(ticker(), loop)
        timings: dict[str, list[float]] = {}
        sizes: dict[str, int] = {}
        blocked: dict[str, float] = {}
        for route in ROUTES:
            urllib.request.urlopen(server.address + route).read()  # warm: templates compiled, pages cached
            lag["max"] = 0.0
            for _ in range(20):
                begun = time.perf_counter()
                with urllib.request.urlopen(server.address + route) as answer:
                    sizes[route] = len(answer.read())
                timings.setdefault(route, []).append(time.perf_counter() - begun)
            blocked[route] = lag["max"]
        reference = statistics.median(timings["/healthz"])
        print(f"\nreference /healthz: median {reference * 1000:.1f} ms\n")
        print(f"{'route':34} {'median':>9} {'p95':>9} {'x ref':>7} {'bytes':>9} {'loop blocked':>13}")
        for route in ROUTES[1:]:
            values = sorted(timings[route])
            median, p95 = statistics.median(values), values[int(len(values) * 0.95) - 1]
            print(f"{route:34} {median * 1000:7.1f}ms {p95 * 1000:7.1f}ms {median / reference:7.1f} {sizes[route]:9d}"
                  f" {blocked[route] * 1000:11.1f}ms")
        print(f"\nlongest the loop was blocked while serving: {max(blocked.values()) * 1000:.1f} ms (a tick is "
              f"{TICK * 1000:.0f} ms; the crawl's own work blocks it for as long between awaits)")
        page = statistics.median(timings["/"])
        print(f"the page: {page * 1000:.0f} ms = {page / 0.2:.2f} x the 200 ms target")
        asyncio.run_coroutine_threadsafe(server.close(), loop).result(10)
        services.close()


if __name__ == "__main__":
    main()
