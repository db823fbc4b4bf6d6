"""What a crawl needs from outside Scrapy, passed to spiders and pipelines as objects.

Spiders receive a :class:`CrawlRun` as a keyword argument; the pipeline reads it
from ``crawler.spider``. Nothing is smuggled through Scrapy settings, which are
deep-copied per crawler.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.clock import Clock
from crawler.errors import StoreError
from crawler.model import CrawlReport, Document, Franchise, Observation, Page, Saved, Source, SourceState
from crawler.urls import LinkPolicy

T = TypeVar("T")


class RobotsCache:
    """robots.txt bodies by site, kept across polls for at most a day.

    Scrapy reads robots.txt once per crawl, and every poll is a crawl: a feed
    polled every five minutes would cost its site a robots.txt request each
    time. RFC 9309 (section 2.4) asks crawlers not to rely on a copy older
    than 24 hours. Used from the reactor thread only.
    """

    def __init__(self, max_age_seconds: float = 24 * 3600, clock: Callable[[], float] = time.monotonic) -> None:
        self._max_age = max_age_seconds
        self._clock = clock
        self._bodies: dict[str, tuple[float, bytes]] = {}

    def get(self, site: str) -> bytes | None:
        """The body fetched for ``site`` (scheme and host) within the last day, if any."""
        entry = self._bodies.get(site)
        if entry is None or self._clock() - entry[0] >= self._max_age:
            return None
        return entry[1]

    def put(self, site: str, body: bytes) -> None:
        self._bodies[site] = (self._clock(), body)


class Extraction(Protocol):
    """Where pages are extracted and listings parsed (``crawler.extract.workers.ExtractWorkers``)."""

    async def extract(self, page: Page) -> Document | None: ...

    async def run(self, parse: Callable[..., T], *args: Any) -> T: ...


class Catalogue(Protocol):
    """What a catalogue source's poll (AniList) needs from outside Scrapy (``crawler.ingest.Ingest``)."""

    @property
    def franchises(self) -> tuple[Franchise, ...]: ...

    def known(self, source: str) -> Mapping[str, Collection[int]]:
        """franchise -> the entries the source listed for it before (blocking)."""
        ...

    def observe(self, observation: Observation, first_poll: bool, now: datetime) -> Saved:
        """Store what the catalogue lists for one franchise now, with the facts that changed (blocking)."""
        ...


@dataclass(frozen=True)
class CrawlContext:
    """Shared by every crawl of a daemon: built once by the scheduler.

    What a crawl needs from the rest of the program comes as callables, so that
    nothing under ``crawler/fetch`` imports the store or the detector:
    ``triage(urls, now)`` tells which listed URLs are stored already and which
    wait to be retried; ``save(document, first_poll, now)`` analyses and stores
    one (blocking: called from a worker thread). See ``crawler.ingest``.
    """

    triage: Callable[[Sequence[str], datetime], tuple[set[str], set[str]]]
    save: Callable[[Document, bool, datetime], Saved]
    clock: Clock
    workers: Extraction
    link_policy: LinkPolicy = field(default_factory=LinkPolicy)
    robots: RobotsCache = field(default_factory=RobotsCache)
    catalogue: Catalogue | None = None  # for catalogue sources; None: they cannot be polled
    store_timeout: float = 45.0  # seconds a call to the store may take ([database] timeout)
    # Store calls given up on, whose threads may still wait for the database (shared with the daemon's).
    abandoned: list[threading.Event] = field(default_factory=list)

    async def blocking(self, call: Callable[..., T], *args) -> T:
        """A blocking call (the store, the detector) in a worker thread, given up after ``store_timeout``.

        Raises StoreError when the database does not answer in time: the crawl
        counts the page as not stored and goes on, instead of hanging on it.
        """
        return await within_deadline(self.store_timeout, self.abandoned, call, *args)


async def within_deadline(seconds: float, abandoned: list[threading.Event], call: Callable[..., T], *args,
                          **kwargs) -> T:
    """``call`` in a worker thread, given up after ``seconds`` with a StoreError (the database did not answer).

    The thread cannot be stopped and may stay blocked: its event, set when it
    ends, goes into ``abandoned``, so that a daemon can tell it need not wait for it.
    """
    done = threading.Event()

    def run() -> T:
        try:
            return call(*args, **kwargs)
        finally:
            done.set()

    try:
        return await asyncio.wait_for(asyncio.to_thread(run), seconds)
    except TimeoutError as exc:
        abandoned.append(done)
        raise StoreError(f"the database did not answer within {seconds:g} s") from exc


#: Pages skipped for one reason that a poll logs one by one; the rest only its summary counts.
SKIPS_LOGGED_PER_REASON = 3


@dataclass
class Tally:
    """What a poll has counted so far; progress displays read it while the poll runs."""

    listed: int = 0
    fetched: int = 0
    new_documents: int = 0
    copies: int = 0  # new documents that copy a stored story
    hits: int = 0
    events: int = 0
    new_facts: int = 0
    not_alerted: Counter[str] = field(default_factory=Counter)  # new facts that alert nobody, by why
    awaiting: int = 0
    waiting: int = 0  # listed pages not fetched: they failed lately
    skipped: Counter[str] = field(default_factory=Counter)  # why -> how many


@dataclass(eq=False)  # a poll is itself: compared and hashed by identity
class CrawlRun:
    """One poll of one source: its context and what happened, counted as it goes.

    ``first_poll``: the source's first successful poll, without backfill: what
    is already there is stored, not alerted.
    """

    source: Source
    context: CrawlContext
    state: SourceState = field(default_factory=SourceState)
    first_poll: bool = False
    tally: Tally = field(default_factory=Tally)
    error: str | None = None
    interrupted: bool = False
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    retry_after: float | None = None
    failed_pages: dict[str, str] = field(default_factory=dict)  # url -> why; fetched again only later
    log: logging.Logger = field(default_factory=lambda: logging.getLogger("sequelwatch.crawl"))

    def skip(self, reason: str, url: str, *, urls: tuple[str, ...] = (), retry_later: bool = False,
             detail: str | None = None) -> None:
        """Count a page or feed that could not be used, with one log line.

        ``reason`` is what the poll's summary counts by; ``detail``, in the log
        line only, says more about this one.

        ``retry_later``: the page itself is at fault (an HTTP error, no article
        in it): it, and its other ``urls`` (the listed one, redirects), are
        fetched again only after a wait that grows with each failure.
        """
        self.tally.skipped[reason] += 1
        # The URL is a stranger's text: its non-printable characters (a line break would forge a log line) escaped.
        shown = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in url)
        # During a fault (a full disk, a site down) every page fails alike: a few lines say so, the
        # poll's summary counts them all.
        level = logging.WARNING if self.tally.skipped[reason] <= SKIPS_LOGGED_PER_REASON else logging.DEBUG
        self.log.log(level, "%s: skipped %s: %s", self.source.name, shown, f"{reason}: {detail}" if detail else reason)
        if retry_later:
            self.failed_pages.update(dict.fromkeys((url, *urls), reason))

    def skip_entries(self, reason: str, count: int, listing: str) -> None:
        """Count ``count`` entries of one listing that could not be used, in one log line for them all."""
        if count:
            self.tally.skipped[reason] += count
            self.log.warning("%s: skipped %d entries of %s: %s", self.source.name, count, listing, reason)

    def unstored(self, why: str) -> None:
        """A document could not be stored: the poll fails, so that nothing it listed is taken as seen."""
        if self.error is None:
            self.error = f"documents could not be stored ({why})"

    def fail(self, message: str) -> None:
        """The poll as a whole failed (the feed itself could not be read).

        Not logged here: the poll's one summary line carries it.
        """
        self.error = message

    def report(self) -> CrawlReport:
        return CrawlReport(
            source=self.source.name,
            listed=self.tally.listed,
            fetched=self.tally.fetched,
            new_documents=self.tally.new_documents,
            copies=self.tally.copies,
            hits=self.tally.hits,
            events=self.tally.events,
            new_facts=self.tally.new_facts,
            not_alerted=dict(self.tally.not_alerted),
            awaiting=self.tally.awaiting,
            skipped=dict(self.tally.skipped),
            waiting=self.tally.waiting,
            failed_pages=tuple(self.failed_pages.items()),
            error=self.error, interrupted=self.interrupted, not_modified=self.not_modified, etag=self.etag,
            last_modified=self.last_modified, retry_after=self.retry_after,
        )


def run_of(crawler: Crawler) -> CrawlRun:
    """The poll a Scrapy crawler is running: every sequelwatch spider carries one (``SourceSpider.run``).

    Raises NotConfigured otherwise, which makes Scrapy leave out the component asking.
    """
    run = getattr(crawler.spider, "run", None)
    if not isinstance(run, CrawlRun):
        raise NotConfigured("not a sequelwatch spider: it carries no crawl run")
    return run
