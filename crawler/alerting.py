"""Whether a new fact alerts, and why not: the one place that decides.

What the user configured (``alert_on``, ``channels``, ``confirm``) and what the
crawl knows (a source's first poll, how much it is trusted) meet here. The store
asks once, when it creates a fact, and queues what the verdict says; later
reports of the fact only add sources, and may release a fact that awaits
confirmation (the store checks that, since it needs the fact's reports).
Delivery-time holds (quiet hours, digests, rate limits) are the channel's
rhythm, not a verdict on the fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from crawler.model import Confirmations, ConfirmPolicy, Event, EventKind, Routes, Trust, When


class Silence(StrEnum):
    """Why a fact is stored without alerts (the value is what the store keeps and summaries count)."""

    NOT_WANTED = "not in alert_on"
    FIRST_POLL = "first poll"
    PAST_DATE = "date passed"
    PART_OF_DELAY = "part of a delay"

    @property
    def why(self) -> str:
        """The reason in a sentence, for a user asking where an alert is."""
        return {
            Silence.NOT_WANTED: "its kind is not in the franchise's alert_on",
            Silence.FIRST_POLL: "found on its source's first poll, which stores what is already there "
                                "without alerts (sequelwatch backfill SOURCE alerts it)",
            Silence.PAST_DATE: "its date had passed when it was found",
            Silence.PART_OF_DELAY: "the new date of a delay, alerted as the delay",
        }[self]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with a new fact: alert these channels, now or once confirmed; or why nobody is alerted."""

    channels: tuple[str, ...] = ()
    awaiting_confirmation: bool = False  # confirm = "official-or-2" and only a community source said it yet
    silence: Silence | None = None


@dataclass(frozen=True)
class AlertPolicy:
    """The user's alert settings: (franchise, kind) -> channels, and each franchise's confirm policy."""

    routes: Routes = field(default_factory=dict)
    confirm: Confirmations = field(default_factory=dict)

    def facts(self, events: Sequence[Event], trust: Trust, first_poll: bool = False) -> list[Event]:
        """The events that become facts: every confirmation, whether it alerts or not, and a mention only
        where it alerts (every new article naming a franchise is news only to who asked for it)."""
        return [e for e in events if e.kind != EventKind.MENTION or self.verdict(e, trust, first_poll).silence is None]

    def verdicts(self, events: Sequence[Event], trust: Trust, first_poll: bool, today: date) -> list[Verdict]:
        """The verdict on each of one document's events. A delay that names its new date is one alert,
        not two: the release date it sets goes with it."""
        verdicts = [self.verdict(e, trust, first_poll, today) for e in events]
        # Only a delay that alerts takes its date along: one whose kind is not wanted leaves the date its own alert.
        delays = {(e.franchise, e.when) for e, v in zip(events, verdicts, strict=True)
                  if e.kind == EventKind.DELAY and e.when and v.channels}
        return [Verdict(silence=Silence.PART_OF_DELAY)
                if e.kind == EventKind.RELEASE_DATE and (e.franchise, e.when) in delays and v.channels else v
                for e, v in zip(events, verdicts, strict=True)]

    def verdict(self, event: Event, trust: Trust, first_poll: bool = False, today: date | None = None) -> Verdict:
        channels = self.routes.get((event.franchise, event.kind), ())
        if not channels:
            return Verdict(silence=Silence.NOT_WANTED)
        if first_poll:
            return Verdict(silence=Silence.FIRST_POLL)
        if today is not None and event.when and _over(event.when, today):
            return Verdict(silence=Silence.PAST_DATE)
        waits = self.confirm.get(event.franchise) == ConfirmPolicy.OFFICIAL_OR_2 and trust == Trust.COMMUNITY
        return Verdict(channels, awaiting_confirmation=waits)


def _over(when: str, today: date) -> bool:
    """The whole of the date lies before today ("May 2026" is over only once May is)."""
    try:
        return When.parse(when).last < today
    except (ValueError, IndexError):
        return False
