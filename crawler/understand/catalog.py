"""A catalogue's changes as the detector's events: what AniList lists now against what it listed before.

A catalogue states facts outright, so there is nothing to weigh: a new entry
not yet released is an announcement; a start date set is a release date, moved
later a delay, moved earlier a new release date; a new trailer link is a
trailer. Dates keep the catalogue's precision (a year, a month, a day). The
events are keyed like the detector's (:class:`crawler.model.FactKey`), so the
same confirmation from a news site and from the catalogue is one fact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from crawler.model import CatalogEntry, EntryStatus, Event, EventKind, Precision, When
from crawler.understand.resolve import installment_of

_FORMATS = {"TV": "TV series", "TV_SHORT": "TV short", "MOVIE": "film", "SPECIAL": "special", "OVA": "OVA",
            "ONA": "web series", "MUSIC": "music video"}
# A trailer of a work that ended long ago, linked late, is no news.
_TRAILER_WORTHY = (EntryStatus.NOT_YET_RELEASED, EntryStatus.RELEASING)


@dataclass(frozen=True, slots=True)
class Change:
    """An event, and the entry it is about (its link and title are the fact's source)."""

    entry: CatalogEntry
    event: Event


def changes(franchise: str, names: Sequence[str], before: Mapping[int, CatalogEntry],
            after: Sequence[CatalogEntry], now: datetime) -> list[Change]:
    """What turned ``before`` into ``after`` (entries of one franchise, by id), as events."""
    found: list[Change] = []
    for entry in after:
        found += (Change(entry, event) for event in _events(franchise, names, before.get(entry.id), entry, now))
    return found


def _events(franchise: str, names: Sequence[str], old: CatalogEntry | None, entry: CatalogEntry,
            now: datetime) -> list[Event]:
    month = f"{now:%Y-%m}"
    events: list[Event] = []
    installment = _installment(entry, names)
    described = _described(entry)
    if old is None or (old.status is EntryStatus.CANCELLED and entry.upcoming):
        if entry.upcoming:
            tail = f", starting {entry.start.in_words()}" if entry.start else ""
            events.append(_undated(franchise, EventKind.ANNOUNCEMENT, month, installment,
                                   f"AniList lists {described} as not yet released{tail}."))
            if entry.start:
                events.append(_dated(franchise, EventKind.RELEASE_DATE, entry.start, installment, None,
                                     f"AniList gives {described} a start date: {entry.start.in_words()}."))
    elif entry.upcoming and entry.start and entry.start != old.start:
        # Only an upcoming date can be delayed: a work back from the past gets a date, not a delay.
        kind = _change_of(old.start if old.upcoming else None, entry.start)
        if kind is EventKind.DELAY:
            assert old.start is not None
            events.append(_dated(franchise, kind, entry.start, installment, old.start,
                                 f"AniList moved the start of {described} from {old.start.in_words()} to "
                                 f"{entry.start.in_words()}."))
        elif kind is EventKind.RELEASE_DATE:
            moved_earlier = old.upcoming and old.start and entry.start.last < old.start.first
            previous = old.start if moved_earlier else None
            moved = f", moved from {previous.in_words()}" if previous else ""
            events.append(_dated(franchise, kind, entry.start, installment, previous,
                                 f"AniList gives {described} a start date: {entry.start.in_words()}{moved}."))
    if entry.trailer and entry.status in _TRAILER_WORTHY and (old is None or entry.trailer != old.trailer):
        if old is not None or entry.upcoming:  # a released work's trailer, first seen now, is its past
            events.append(_undated(franchise, EventKind.TRAILER, month, installment,
                                   f"AniList lists a trailer for {described}: {entry.trailer}"))
    return events


def _change_of(old: When | None, new: When) -> EventKind | None:
    """A start date set, moved earlier or made more precise is a release date; moved later, a delay;
    made vaguer, an edit and no news."""
    if old is None or new.last < old.first:
        return EventKind.RELEASE_DATE
    if new.first > old.last:
        return EventKind.DELAY
    order = list(Precision)
    return EventKind.RELEASE_DATE if order.index(new.precision) < order.index(old.precision) else None


def _dated(franchise: str, kind: EventKind, when: When, installment: str | None, previous: When | None,
           evidence: str) -> Event:
    return Event(franchise, kind, "", str(when), evidence, installment, str(previous) if previous else None).keyed("")


def _undated(franchise: str, kind: EventKind, month: str, installment: str | None, evidence: str) -> Event:
    return Event(franchise, kind, "", None, evidence, installment).keyed(month)


def _described(entry: CatalogEntry) -> str:
    kind = _FORMATS.get(entry.format or "")
    return f"{entry.title} ({kind})" if kind else entry.title


def _installment(entry: CatalogEntry, names: Sequence[str]) -> str | None:
    """"season 3", "part 2", "#2": which installment an entry is, as the detector names them."""
    for title in entry.titles or (entry.title,):
        after = [title[len(name):] for name in names if title.casefold().startswith(name.casefold())]
        found = installment_of(title, after)
        if found:
            return found
    return None
