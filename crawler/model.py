"""Plain data passed between the crawler's stages.

Every stage takes and returns these frozen dataclasses, so that a stage can be
run and tested without Scrapy, a database or the network.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

#: The event kinds the service can alert on. ``mention`` is every new document
#: naming a franchise; the others come from the confirmation detector.
EVENT_KINDS = ("mention", "announcement", "release_date", "delay", "trailer")


@dataclass(frozen=True, slots=True)
class Franchise:
    """A watched franchise: its display name and the other names it goes by."""

    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched HTML page that still has to be extracted into a :class:`Document`.

    ``feed_*`` fields carry what the listing (feed, sitemap) said about the page;
    they win over what extraction guesses, because publishers set them on purpose.
    """

    source: str
    url: str
    body: bytes = field(repr=False)
    encoding: str | None = None
    feed_title: str | None = None
    feed_published: datetime | None = None
    feed_summary: str | None = None
    aliases: tuple[str, ...] = ()  # the listed URL and redirect hops that led to ``url``
    # When it was fetched: no date found in the page can be later than this.
    fetched_at: datetime = field(kw_only=True)


@dataclass(frozen=True, slots=True)
class Document:
    """One article or post, as text: what matching and detection read."""

    source: str
    url: str
    title: str
    text: str
    published: datetime | None = None
    lang: str | None = None
    kind: str = "article"
    aliases: tuple[str, ...] = ()  # other URLs of the same document (redirected feed links)
    trust: str = "press"  # "official", "press" or "community": how much its source is believed


@dataclass(frozen=True, slots=True)
class Hit:
    """A watched franchise that a document really names, with where it does."""

    franchise: str
    alias: str
    start: int
    end: int
    in_title: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """Something a document says about a franchise that may deserve an alert.

    ``key`` identifies the fact the event reports, so that many documents
    reporting the same thing make one fact: for a ``mention`` it is the
    document's canonical URL; for a dated event it is the normalised date.
    """

    franchise: str
    kind: str
    key: str
    when: str | None = None
    evidence: str = ""
    installment: str | None = None  # "season 3", "part 2", "#2", "fire and ash": which one, when the text says
    previous: str | None = None  # the date a move replaces, when the text says it


@dataclass(frozen=True, slots=True)
class CrawlReport:
    """What one poll of one source did. Failures are data here, not exceptions."""

    source: str
    listed: int = 0
    fetched: int = 0
    new_documents: int = 0
    copies: int = 0  # new documents that copy a stored story (syndicated or lightly edited)
    hits: int = 0
    events: int = 0  # confirmations detected in the new documents (new facts or not)
    new_facts: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    waiting: int = 0  # listed pages not fetched: they failed lately and wait for their next attempt
    failed_pages: tuple[tuple[str, str], ...] = ()  # (url, reason) of pages to fetch again only later
    error: str | None = None
    not_modified: bool = False  # the server answered 304: nothing changed, nothing parsed
    etag: str | None = None  # validators for the next conditional request
    last_modified: str | None = None
    retry_after: float | None = None  # seconds the server asked us to wait (429, 503, rate limits)
    paused_until: datetime | None = None  # not polled: backing off or asked to wait until then
    seconds: float = 0.0  # wall time of the poll
    # Stopped by a shutdown or reload before it finished: neither a success nor the source's failure.
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        """Everything the poll set out to do was done (an interrupted poll was not)."""
        return self.error is None and not self.interrupted

    def summary(self) -> str:
        if self.not_modified:
            return "unchanged (304)"
        if self.paused_until:
            return f"paused until {self.paused_until:%Y-%m-%d %H:%M} UTC (backing off)"
        parts = [
            f"{self.listed} listed",
            f"{self.fetched} fetched",
            f"{self.new_documents} new" + (f" ({self.copies} copies)" if self.copies else ""),
            f"{self.hits} hits",
            f"{self.new_facts} new facts",
        ]
        parts += [f"{n} skipped ({reason})" for reason, n in sorted(self.skipped.items())]
        if self.waiting:
            parts.append(f"{self.waiting} waiting to be retried")
        if self.error:
            parts.append(f"failed: {self.error}")
        elif self.interrupted:
            parts.append("interrupted before it finished")
        return ", ".join(parts)


TRUST_LEVELS = ("official", "press", "community")
CONFIRM_POLICIES = ("any", "official-or-2")

#: The source types this version can crawl.
SOURCE_TYPES = ("feed", "sitemap", "html", "reddit", "mastodon", "bluesky")


@dataclass(frozen=True, slots=True)
class Credentials:
    """HTTP basic-auth credentials for a source, from ``https://user:password@host/...`` in its URL."""

    user: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class Source:
    """Where to look: a feed, a sitemap, a listing page or a social API.

    ``links`` and ``next_page`` are CSS selectors of an ``html`` listing (article
    links, the next listing page); ``pages`` is how many listing pages to read.
    ``url`` never carries credentials: they are in ``credentials``, sent only to
    the source's own origin, and shown masked (:attr:`shown_url`).
    """

    name: str
    type: str
    url: str
    robots: bool = True
    backfill: bool = False
    links: str | None = None
    next_page: str | None = None
    pages: int = 1
    trust: str = "press"
    credentials: Credentials | None = None

    @property
    def shown_url(self) -> str:
        """The URL as it may be printed or logged: ``https://user:***@host/feed`` when it has credentials."""
        if self.credentials is None:
            return self.url
        scheme, rest = self.url.split("://", 1)
        return f"{scheme}://{self.credentials.user}:***@{rest}"


@dataclass(frozen=True, slots=True)
class SourceState:
    """What is remembered about a source between polls (and restarts)."""

    polls: int = 0
    etag: str | None = None
    last_modified: str | None = None
    last_success_at: datetime | None = None
    last_failure_at: datetime | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    documents_found: int = 0
    last_new_document_at: datetime | None = None
    not_before: datetime | None = None

    @property
    def first_poll(self) -> bool:
        """No poll has succeeded yet: what the source lists now is its past, not news.

        Failed or interrupted polls do not count, or the first good one would
        alert on everything already there.
        """
        return self.last_success_at is None


#: franchise -> "any" or "official-or-2" (absent: "any").
Confirmations = Mapping[str, str]

#: (franchise, event kind) -> channel names that want it.
Routes = Mapping[tuple[str, str], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Saved:
    """What storing one document did, as the crawl counts it."""

    new_document: bool  # False: it was stored already (another link to it, another daemon)
    copy: bool = False  # it copies a stored story (syndicated or lightly edited)
    franchises: int = 0  # watched franchises it names
    confirmations: int = 0  # confirmed events detected in it
    new_facts: int = 0
