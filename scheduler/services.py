"""Building, once, every object the daemon and the commands share."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO, TypeVar
from urllib.parse import urlsplit

from crawler.clock import Clock, system_clock
from crawler.errors import StoreError
from crawler.extract.workers import ExtractWorkers
from crawler.fetch.context import CrawlContext, CrawlRun, within_deadline
from crawler.fetch.runner import CrawlRunner
from crawler.ingest import Ingest
from crawler.store import Store
from crawler.understand.analyze import Analyzer
from notifiers.dispatch import Dispatcher
from scheduler.config import Config
from scheduler.errors import DaemonError
from scheduler.rhythm import SendWindow

log = logging.getLogger("sequelwatch")

T = TypeVar("T")


@dataclass
class Services:
    """Everything a job needs, built by :func:`open_services`, closed by :meth:`close`."""

    config: Config
    store: Store
    dispatcher: Dispatcher
    clock: Clock = system_clock
    # One send at a time per channel: a crawl that found facts and the periodic job must not send the same
    # pending row twice; a channel busy with a slow send is left out of a run, and the others go on.
    channel_locks: dict[str, asyncio.Lock] = field(default_factory=dict)
    sending: set[asyncio.Task] = field(default_factory=set)
    abandoned: list[threading.Event] = field(default_factory=list)  # database calls given up on (see db)  # channels' sends a delivery run did not wait for
    failing_channels: dict[str, str] = field(default_factory=dict)
    silent_sources: set[str] = field(default_factory=set)  # reported silent, once per daemon run
    gone_channels: set[str] = field(default_factory=set)  # channels with alerts but no configuration, reported
    send_windows: dict[str, SendWindow] = field(default_factory=dict)  # recent sends, for rate limits
    # Scrapy limits concurrency per host within one crawl; sources on one host take turns,
    # so the limit holds across sources too (five subreddits are one reddit.com).
    host_locks: dict[str, asyncio.Lock] = field(default_factory=dict)
    # The daemon's name in source leases ("host:pid"): set by a running daemon, so that several on one
    # database share the polling; None (run --once, check-source) polls every source regardless.
    lease_holder: str | None = None

    async def db(self, call: Callable[..., T], *args, **kwargs) -> T:
        """A blocking store call in a worker thread, given up after [database] timeout.

        PostgreSQL ends a slow statement itself (statement_timeout); this is for a
        database that does not answer at all (a frozen server or link): the job
        fails with one StoreError line instead of hanging, and runs again at its
        next interval. The worker thread may stay blocked: ``stuck`` says so, and
        the daemon then exits without waiting for it (see ``run``).
        """
        return await within_deadline(self.config.database_timeout, self.abandoned, call, *args, **kwargs)

    @property
    def stuck(self) -> bool:
        """A call given up on still waits for the database in its thread."""
        return any(not done.is_set() for done in self.abandoned)

    def host_lock(self, url: str) -> asyncio.Lock:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        return self.host_locks.setdefault(host, asyncio.Lock())
    _runner: CrawlRunner | None = None
    _workers: ExtractWorkers | None = None

    @property
    def runner(self) -> CrawlRunner:
        """The crawl runner, built on first use: only commands that crawl need a reactor."""
        if self._runner is None:
            self._workers = ExtractWorkers(self.config.crawl.extract_workers)
            watched = tuple(f.franchise for f in self.config.franchises)
            ingest = Ingest(self.store, Analyzer(watched), self.config.alert_policy(), watched)
            context = CrawlContext(
                triage=ingest.triage,
                save=ingest.save,
                clock=self.clock,
                workers=self._workers,
                link_policy=self.config.link_policy(),
                catalogue=ingest,
                store_timeout=self.config.database_timeout,
                abandoned=self.abandoned,
            )
            self._runner = CrawlRunner(self.config.crawl, context)
        return self._runner

    @property
    def active_polls(self) -> tuple[CrawlRun, ...]:
        """The polls in progress (none when nothing has crawled yet)."""
        return self._runner.active if self._runner is not None else ()

    async def stop_crawls(self) -> None:
        """Stop running crawls; nothing to do (and nothing to build) when none ever ran."""
        if self._runner is not None:
            await self._runner.stop()

    def close(self) -> None:
        if self._workers is not None:
            self._workers.close()
        self.store.close()


def open_services(config: Config, console: TextIO | None = None,
                  clock: Clock = system_clock) -> Services:
    """Open the database and the channels of a validated config."""
    try:
        store = Store.open(config.database_url)
        renames = store.renamed_franchises([f.franchise for f in config.franchises])
        if renames:
            # A renamed franchise (its old name kept as an alias) keeps its facts: no alert twice.
            moved = store.rename_franchises(renames)
            log.info("renamed franchises keep their facts: %s (%d facts)",
                     ", ".join(f"{old!r} -> {new!r}" for old, new in sorted(renames.items())), moved)
    except StoreError as exc:
        raise DaemonError(str(exc)) from exc
    return Services(config=config, store=store, dispatcher=Dispatcher(config.delivery_channels, console), clock=clock)
