"""Confirmed dates in a month view and as an iCalendar feed (RFC 5545). Pure: facts in, a view or bytes out.

A date keeps its precision: a day sits on its day; a month, season, half or
year is a band over the month view, never pinned to the 1st. A date that a
later report moved away from is replaced by the new one, which says what it
replaced. In the feed each installment (a franchise and the installment its
reports name) is one event with a stable UID, so a moved date updates the
event a phone already shows instead of adding a second one.
"""

from __future__ import annotations

import calendar as gregorian
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

from crawler.model import EventKind, Precision, When
from crawler.store import FactView
from notifiers.model import Alert
from notifiers.render import title_of
from scheduler.web.views import parse_when, safe_href, words

PRODUCT = "-//sequelwatch//confirmed dates//EN"


@dataclass(frozen=True)
class Dated:
    """A fact with a date that still holds."""

    fact: FactView
    when: When

    @property
    def group(self) -> tuple[str, str]:
        return self.fact.franchise, self.fact.installment or ""


def current(facts: Sequence[FactView]) -> list[Dated]:
    """The release dates and delays whose date holds: one a later report moved away from is left out,
    and a delay and the release date it sets (the same date) count once, as the delay."""
    dated = [Dated(f, w) for f in facts
             if f.event in (EventKind.RELEASE_DATE, EventKind.DELAY) and (w := parse_when(f.when)) is not None]
    moved_away = {(d.fact.franchise, d.fact.previous_when) for d in dated if d.fact.previous_when}
    newest: dict[tuple[str, str], Dated] = {}
    for item in dated:
        if item.group not in newest or item.fact.first_seen >= newest[item.group].fact.first_seen:
            newest[item.group] = item
    best: dict[tuple[str, str, str], Dated] = {}
    for item in sorted(dated, key=lambda d: (d.fact.event != EventKind.DELAY, d.fact.first_seen)):
        # Moved away from, unless the installment's newest report sets this very date again.
        if (item.fact.franchise, item.fact.when) in moved_away and newest[item.group].when != item.when:
            continue
        best.setdefault((*item.group, str(item.when)), item)
    return sorted(best.values(), key=lambda d: (d.when.first, d.fact.franchise))


@dataclass(frozen=True)
class Entry:
    id: int
    title: str
    when: str
    was: str | None


@dataclass(frozen=True)
class Day:
    day: date
    in_month: bool
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Band:
    label: str  # "All of May 2027", "Spring 2027", "First half of 2027", "2027"
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Month:
    label: str
    weeks: tuple[tuple[Day, ...], ...]
    bands: tuple[Band, ...]
    previous: str  # "2027-04": the query of the month before
    next: str

    @property
    def busy(self) -> bool:
        return any(day.entries for week in self.weeks for day in week if day.in_month)


def month_keys(year: int, month: int) -> tuple[str, tuple[str, ...]]:
    """The dates a month view shows, as the store writes them: a prefix for its days and the month itself,
    and its season, half and year."""
    return f"{year:04d}-{month:02d}", tuple(str(When(p, year, month)) for p in (Precision.SEASON, Precision.HALF,
                                                                                  Precision.YEAR))


def month_view(dated: Sequence[Dated], year: int, month: int) -> Month:
    first = date(year, month, 1)
    last = date(year, month, gregorian.monthrange(year, month)[1])
    on_day: dict[date, list[Entry]] = {}
    bands: dict[Precision, list[Entry]] = {}
    for item in dated:
        if item.when.last < first or item.when.first > last:
            continue
        entry = Entry(item.fact.id, _label(item.fact), item.when.in_words(),
                      words(item.fact.previous_when) if item.fact.previous_when else None)
        if item.when.precision is Precision.DAY:
            on_day.setdefault(item.when.first, []).append(entry)
        else:
            bands.setdefault(item.when.precision, []).append(entry)
    weeks = tuple(tuple(Day(d, d.month == month, tuple(on_day.get(d, ()))) for d in week)
                  for week in gregorian.Calendar(firstweekday=0).monthdatescalendar(year, month))
    labels = {Precision.MONTH: f"All of {first:%B %Y}", Precision.SEASON: None, Precision.HALF: None,
              Precision.YEAR: f"Sometime in {year}"}
    shown = []
    for precision in (Precision.MONTH, Precision.SEASON, Precision.HALF, Precision.YEAR):
        entries = bands.get(precision)
        if entries:
            window = When(precision, year, month if precision is not Precision.YEAR else 1).in_words()
            shown.append(Band(labels[precision] or window[:1].upper() + window[1:], tuple(entries)))
    before, after = first - timedelta(days=1), last + timedelta(days=1)
    return Month(f"{first:%B %Y}", weeks, tuple(shown), f"{before:%Y-%m}", f"{after:%Y-%m}")


def _label(fact: FactView) -> str:
    """"Lumen Drift season 2: delayed": the calendar shows the date itself."""
    return title_of(Alert(fact.franchise, fact.event, "", "", "", installment=fact.installment))


@dataclass(frozen=True)
class Installment:
    """What the feed shows of one installment: its date that holds, and how many dates it has had."""

    group: tuple[str, str]
    dated: Dated
    dates: int


def installments(facts: Sequence[FactView]) -> list[Installment]:
    """Per installment, the newest of its dates that hold."""
    dates_seen: dict[tuple[str, str], set[str]] = {}
    for fact in facts:
        if fact.when and fact.event in (EventKind.RELEASE_DATE, EventKind.DELAY):
            dates_seen.setdefault((fact.franchise, fact.installment or ""), set()).add(fact.when)
    newest: dict[tuple[str, str], Dated] = {}
    for item in current(facts):
        if item.group not in newest or item.fact.first_seen >= newest[item.group].fact.first_seen:
            newest[item.group] = item
    return [Installment(group, item, len(dates_seen[group])) for group, item in newest.items()]


def ics(chosen: Sequence[Installment], now: datetime) -> bytes:
    """One all-day event per installment: on its day, or, for a month, season, half or year, on the
    window's first day with the window in its title ("(May 2027, no day yet)")."""
    feed = Calendar()
    feed.add("prodid", PRODUCT)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", "sequelwatch: confirmed dates")
    for installment in chosen:
        feed.add_component(_event(installment.group, installment.dated, installment.dates, now))
    return feed.to_ical()


def _event(group: tuple[str, str], item: Dated, dates: int, now: datetime) -> Event:
    fact, when = item.fact, item.when
    event = Event()
    event.add("uid", hashlib.sha256("\x1f".join(group).encode()).hexdigest()[:24] + "@sequelwatch")
    title = _label(fact)
    vague = "" if when.precision is Precision.DAY else f" ({when.in_words()}, no day yet)"
    event.add("summary", f"{title}{vague}")
    event.add("dtstart", when.first)
    event.add("dtend", when.first + timedelta(days=1))
    event.add("dtstamp", now)
    event.add("last-modified", fact.first_seen)
    event.add("sequence", max(dates - 1, 0))  # each date it had bumps it, so calendars take the move
    event.add("transp", "TRANSPARENT")
    lines = [fact.evidence]
    if fact.previous_when:
        lines.append(f"Moved from {words(fact.previous_when)}.")
    lines.append("Sources:")
    lines += [f"- {s.source}: {s.url}" for s in fact.sources]
    event.add("description", "\n".join(lines))
    link = next((href for s in fact.sources if (href := safe_href(s.url))), None)
    if link:
        event.add("url", link)
    return event
