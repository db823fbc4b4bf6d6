"""What the page shows: a fact as a card, the filters, the sources' health. Pure: rows in, plain data out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import urlsplit

from crawler.model import EventKind, SourceState, When, when_in_words
from crawler.store import FactView
from notifiers.model import Alert
from notifiers.render import printable, title_of
from scheduler.config import Config
from scheduler.explain import alert_state, channel_state

PAGE_SIZE = 100  # facts per page: enough for weeks of news, quick to render


class Period(StrEnum):
    """How far back the page lists facts (by when they were first seen)."""

    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    ALL = "all"

    def since(self, now: datetime) -> datetime | None:
        days = {Period.WEEK: 7, Period.MONTH: 31, Period.YEAR: 366}.get(self)
        return now - timedelta(days=days) if days else None


@dataclass(frozen=True)
class Filters:
    """The page's query: which franchise, which event, how far back. Unknown values mean "any"."""

    franchise: str | None = None
    event: EventKind | None = None
    period: Period = Period.ALL

    @classmethod
    def read(cls, query: Mapping[str, str], franchises: Sequence[str]) -> Filters:
        franchise = query.get("franchise") or None
        event = query.get("event", "")
        period = query.get("period", "")
        return cls(franchise if franchise in franchises else None,
                   EventKind(event) if event in EventKind.__members__.values() else None,
                   Period(period) if period in Period.__members__.values() else Period.ALL)


@dataclass(frozen=True)
class Link:
    """A source's report: its name, its title, and its address when that is safe to link."""

    source: str
    title: str
    url: str
    href: str | None  # None: not http(s), shown as text only
    seen: str


@dataclass(frozen=True)
class ChannelLine:
    channel: str
    state: str
    why: str | None


@dataclass(frozen=True)
class Card:
    """One fact as the page shows it."""

    id: int
    title: str
    franchise: str
    event: str
    when: str | None  # in words, with its precision: "May 2027", never "May 1"
    evidence: str
    first_seen: str
    sources: tuple[Link, ...]
    alert: str  # "alerted", "not alerted", "waiting for confirmation"
    why: str | None
    channels: tuple[ChannelLine, ...]


def safe_href(url: str) -> str | None:
    """``url`` when it may be a link: http(s) only, so a stranger's ``javascript:`` never becomes one."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def fact_title(fact: FactView) -> str:
    """"Lumen Drift season 5: delayed: August 2027 (was May 19, 2027)", as its alert is titled."""
    return title_of(Alert(fact.franchise, fact.event, "", "", "", when=when_in_words(fact.when),
                          installment=fact.installment, previous_when=when_in_words(fact.previous_when)))


def card(config: Config, fact: FactView, now: datetime) -> Card:
    state, why = alert_state(fact)
    channels = tuple(ChannelLine(d.channel, *channel_state(config, fact, d, now)) for d in fact.outbox)
    sources = tuple(Link(printable(s.source), printable(s.title or s.url), printable(s.url), safe_href(s.url),
                         f"{s.seen_at:%Y-%m-%d %H:%M}") for s in fact.sources)
    return Card(fact.id, printable(fact_title(fact)), printable(fact.franchise), fact.event.replace("_", " "),
                when_in_words(fact.when), printable(fact.evidence), f"{fact.first_seen:%Y-%m-%d %H:%M}",
                sources, state, why, channels)


@dataclass(frozen=True)
class SourceHealth:
    name: str
    type: str
    url: str  # credentials masked
    last_success: str | None
    failing_since: str | None
    error: str | None
    paused_until: str | None
    state: str  # "ok", "failing", "paused", "never polled"


def health(config: Config, states: Mapping[str, SourceState], now: datetime) -> list[SourceHealth]:
    """Each configured source: when it last worked, since when it fails and why, until when it is paused."""
    rows = []
    for configured in config.sources:
        source = configured.source
        state = states.get(source.name, SourceState())
        failing = state.consecutive_failures > 0
        paused = state.not_before is not None and state.not_before > now
        rows.append(SourceHealth(
            source.name, str(source.type), source.shown_url, _moment(state.last_success_at),
            _moment(state.last_failure_at) if failing else None,
            printable(state.last_error or "") or None if failing else None,
            _moment(state.not_before) if paused else None,
            "never polled" if not state.polls else "paused" if paused else "failing" if failing else "ok"))
    return rows


def _moment(moment: datetime | None) -> str | None:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else None


def words(when: str) -> str:
    """A stored date in words; "2027-fall" -> "Fall 2027"."""
    return when_in_words(when) or when


def parse_when(text: str | None) -> When | None:
    try:
        return When.parse(text) if text else None
    except (ValueError, IndexError):
        return None
