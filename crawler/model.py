"""Plain data passed between the crawler's stages.

Every stage takes and returns these frozen dataclasses, so that a stage can be
run and tested without Scrapy, a database or the network.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum


class EventKind(StrEnum):
    """What a document can report about a franchise. Values are what config.toml and the store spell."""

    MENTION = "mention"  # every new document naming the franchise; the others are confirmations
    ANNOUNCEMENT = "announcement"
    RELEASE_DATE = "release_date"
    DELAY = "delay"
    TRAILER = "trailer"

    @property
    def dated(self) -> bool:
        """Its fact is a date (release dates, delays); the others are keyed by the month they were reported."""
        return self in (EventKind.RELEASE_DATE, EventKind.DELAY)


#: What the confirmation detector reports: every kind but the plain mention.
CONFIRMATIONS = tuple(kind for kind in EventKind if kind is not EventKind.MENTION)


class Precision(StrEnum):
    """How exactly a text gives a date: "2027" is a year, not January 1."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
#: Season -> its first and last month (northern calendar, as outlets mean it).
SEASONS = {"winter": (1, 3), "spring": (4, 6), "summer": (7, 9), "fall": (10, 12)}
_HALVES = {"h1": (1, 6), "h2": (7, 12)}


@dataclass(frozen=True, slots=True)
class When:
    """A date with its precision. The one place dates are written as text and read back.

    Its text (``str(when)``), as events carry it and the store keeps it:
    "2027-05-19" (day), "2027-05" (month), "2027-fall" (season), "2027-h1"
    (half) or "2027" (year).
    """

    precision: Precision
    year: int
    month: int = 1  # the first month of a season or half
    day: int = 1

    @classmethod
    def parse(cls, text: str) -> When:
        """The inverse of ``str()``; ValueError for anything else."""
        parts = text.split("-")
        year = int(parts[0])
        if len(parts) == 1:
            return cls(Precision.YEAR, year)
        if parts[1] in SEASONS:
            return cls(Precision.SEASON, year, SEASONS[parts[1]][0])
        if parts[1] in _HALVES:
            return cls(Precision.HALF, year, _HALVES[parts[1]][0])
        if len(parts) == 2:
            return cls(Precision.MONTH, year, int(parts[1]))
        if len(parts) == 3:
            return cls(Precision.DAY, year, int(parts[1]), int(parts[2]))
        raise ValueError(f"not a date: {text!r}")

    def __str__(self) -> str:
        if self.precision is Precision.DAY:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision is Precision.MONTH:
            return f"{self.year:04d}-{self.month:02d}"
        if self.precision is Precision.SEASON:
            return f"{self.year:04d}-{self._season}"
        if self.precision is Precision.HALF:
            return f"{self.year:04d}-{'h1' if self.month <= 6 else 'h2'}"
        return f"{self.year:04d}"

    @property
    def _season(self) -> str:
        return next(name for name, (first, last) in SEASONS.items() if first <= self.month <= last)

    def in_words(self) -> str:
        """"May 19, 2027", "May 2027", "Fall 2027", "first half of 2027", "2027": the precision kept."""
        if self.precision is Precision.DAY:
            return f"{_MONTHS[self.month - 1]} {self.day}, {self.year}"
        if self.precision is Precision.MONTH:
            return f"{_MONTHS[self.month - 1]} {self.year}"
        if self.precision is Precision.SEASON:
            return f"{self._season.capitalize()} {self.year}"
        if self.precision is Precision.HALF:
            return f"{'first' if self.month <= 6 else 'second'} half of {self.year}"
        return str(self.year)

    @property
    def first(self) -> date:
        """The first day it can mean."""
        return date(self.year, self.month, self.day if self.precision is Precision.DAY else 1)

    @property
    def last(self) -> date:
        """The last day it can mean."""
        if self.precision is Precision.DAY:
            return self.first
        last_month = {Precision.MONTH: self.month, Precision.SEASON: self.month + 2,
                      Precision.HALF: self.month + 5}.get(self.precision, 12)
        following = date(self.year + (last_month == 12), last_month % 12 + 1, 1)
        return following - timedelta(days=1)


def when_in_words(text: str | None) -> str | None:
    """An event's date text in words ("2027-fall" -> "Fall 2027"); text that is not a date, unchanged."""
    if text is None:
        return None
    try:
        return When.parse(text).in_words()
    except (ValueError, IndexError):
        return text


class Trust(StrEnum):
    """How much a source is believed (``trust`` of a [[source]])."""

    OFFICIAL = "official"  # the studio's or publisher's own account
    PRESS = "press"
    COMMUNITY = "community"  # fan subreddits, hashtags


class ConfirmPolicy(StrEnum):
    """When a fact that only a community source reported alerts (``confirm``)."""

    ANY = "any"  # at once
    OFFICIAL_OR_2 = "official-or-2"  # once an official source, or a second independent one, reports it


class SourceType(StrEnum):
    """The kinds of source this version can crawl (``type`` of a [[source]])."""

    FEED = "feed"
    SITEMAP = "sitemap"
    HTML = "html"
    REDDIT = "reddit"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    ANILIST = "anilist"  # AniList's catalogue: entries and their dates, not articles

    @property
    def catalogue(self) -> bool:
        """Its polls observe structured entries (:class:`Observation`), not documents for the detector."""
        return self is SourceType.ANILIST


@dataclass(frozen=True, slots=True)
class Franchise:
    """A watched franchise: its display name and the other names it goes by."""

    name: str
    aliases: tuple[str, ...] = ()
    anilist: tuple[int, ...] = ()  # its AniList media ids, when the user gave them (``sequelwatch import``)

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
    trust: Trust = Trust.PRESS  # how much its source is believed

    def __post_init__(self) -> None:
        object.__setattr__(self, "trust", Trust(self.trust))


class EntryStatus(StrEnum):
    """Where a catalogue entry stands (AniList's MediaStatus)."""

    NOT_YET_RELEASED = "NOT_YET_RELEASED"
    RELEASING = "RELEASING"
    FINISHED = "FINISHED"
    CANCELLED = "CANCELLED"
    HIATUS = "HIATUS"


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One work as a fan catalogue (AniList) lists it: a season, a film, an OVA.

    Strangers edit these catalogues: every text here is a stranger's.
    ``start`` is the catalogue's start date with its precision (a year, a
    month or a day), ``trailer`` the trailer's link, when it lists one.
    """

    id: int
    title: str
    url: str
    format: str | None = None  # "TV", "MOVIE", "OVA", ...
    status: EntryStatus | None = None
    start: When | None = None
    trailer: str | None = None
    titles: tuple[str, ...] = ()  # every title it goes by (English, romaji, native, synonyms)
    related: tuple[int, ...] = ()  # entries of the same franchise (sequels, prequels, side stories)

    @property
    def upcoming(self) -> bool:
        return self.status is EntryStatus.NOT_YET_RELEASED


@dataclass(frozen=True, slots=True)
class Observation:
    """What one poll of a catalogue source saw of one watched franchise: its entries, all of them."""

    source: str
    franchise: str
    entries: tuple[CatalogEntry, ...]
    trust: Trust = Trust.OFFICIAL


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
    kind: EventKind
    key: str
    when: str | None = None
    evidence: str = ""
    installment: str | None = None  # "season 3", "part 2", "#2", "fire and ash": which one, when the text says
    previous: str | None = None  # the date a move replaces, when the text says it
    # An undated event's FactKey.group: what reports of the month share when they name no installment.
    group: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", EventKind(self.kind))  # "release_date" read from a row is the member

    def keyed(self, month: str) -> Event:
        """The event with the key that makes many reports of it a single fact (see FactKey).

        ``month`` ("2026-11"): when it was reported, which an undated event's fact is keyed by.
        """
        if self.when:
            return replace(self, key=str(FactKey(self.kind, when=self.when)))
        key = FactKey(self.kind, month=month, installment=self.installment)
        return replace(self, key=str(key), group=key.group)


@dataclass(frozen=True, slots=True)
class FactKey:
    """What makes many reports of one thing a single fact; an Event's ``key`` is its text.

    A dated event is its date alone: a report that leaves out which installment
    it is about must not make a second fact of the same date. An announcement or
    a trailer has no date of its own: it is the month it was reported in, and
    its installment when the text names one ("season 3"), so that twenty sites
    repeating it make one fact while a new one months later, or another
    installment's, is another.
    """

    kind: EventKind
    when: str | None = None  # dated: the date's text
    month: str | None = None  # undated: "2026-11"
    installment: str | None = None

    def __str__(self) -> str:
        if self.when:
            return f"{self.kind}:{self.when}"
        return self.group + (f":{self.installment}" if self.installment else "")

    @property
    def group(self) -> str:
        """The key of the month's fact of this kind whatever the installment: a report naming none joins it."""
        return f"{self.kind}@{self.month}"


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
    new_facts: int = 0  # facts whose alerts were queued
    not_alerted: dict[str, int] = field(default_factory=dict)  # new facts stored without alerts, by why
    awaiting: int = 0  # new facts waiting for confirmation
    skipped: dict[str, int] = field(default_factory=dict)
    waiting: int = 0  # listed pages not fetched: they failed lately and wait for their next attempt
    failed_pages: tuple[tuple[str, str], ...] = ()  # (url, reason) of pages to fetch again only later
    error: str | None = None
    not_modified: bool = False  # the server answered 304: nothing changed, nothing parsed
    etag: str | None = None  # validators for the next conditional request
    last_modified: str | None = None
    retry_after: float | None = None  # seconds the server asked us to wait (429, 503, rate limits)
    paused_until: datetime | None = None  # not polled: backing off or asked to wait until then
    elsewhere: str | None = None  # not polled: another daemon holds the source's lease (it polls it)
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
        if self.elsewhere:
            return f"polled by {self.elsewhere}"
        parts = [
            f"{self.listed} listed",
            f"{self.fetched} fetched",
            f"{self.new_documents} new" + (f" ({self.copies} copies)" if self.copies else ""),
            f"{self.hits} hits",
            f"{self.new_facts} new facts",
        ]
        if self.not_alerted:
            reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.not_alerted.items()))
            parts.append(f"{sum(self.not_alerted.values())} not alerted ({reasons})")
        if self.awaiting:
            parts.append(f"{self.awaiting} awaiting confirmation")
        parts += [f"{n} skipped ({reason})" for reason, n in sorted(self.skipped.items())]
        if self.waiting:
            parts.append(f"{self.waiting} waiting to be retried")
        if self.error:
            parts.append(f"failed: {self.error}")
        elif self.interrupted:
            parts.append("interrupted before it finished")
        return ", ".join(parts)




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
    type: SourceType
    url: str
    robots: bool = True
    backfill: bool = False
    links: str | None = None
    next_page: str | None = None
    pages: int = 1
    trust: Trust = Trust.PRESS
    credentials: Credentials | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", SourceType(self.type))
        object.__setattr__(self, "trust", Trust(self.trust))

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
    lease_holder: str | None = None  # the daemon that polls it (several daemons on one database)
    lease_until: datetime | None = None

    @property
    def first_poll(self) -> bool:
        """No poll has succeeded yet: what the source lists now is its past, not news.

        Failed or interrupted polls do not count, or the first good one would
        alert on everything already there.
        """
        return self.last_success_at is None


#: franchise -> its confirm policy (absent: ANY).
Confirmations = Mapping[str, ConfirmPolicy]

#: (franchise, event kind) -> channel names that want it.
Routes = Mapping[tuple[str, EventKind], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Saved:
    """What storing one document did, as the crawl counts it."""

    new_document: bool  # False: it was stored already (another link to it, another daemon)
    copy: bool = False  # it copies a stored story (syndicated or lightly edited)
    franchises: int = 0  # watched franchises it names
    confirmations: int = 0  # confirmed events detected in it
    new_facts: int = 0  # facts whose alerts it queued
    not_alerted: Mapping[str, int] = field(default_factory=dict)  # new facts that alert nobody, by why
    awaiting: int = 0  # new facts waiting for confirmation
