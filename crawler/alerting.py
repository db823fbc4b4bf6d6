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

from dataclasses import dataclass, field
from enum import StrEnum

from crawler.model import Confirmations, ConfirmPolicy, Event, Routes, Trust


class Silence(StrEnum):
    """Why a fact is stored without alerts."""

    NOT_WANTED = "its kind is not in the franchise's alert_on"
    FIRST_POLL = "found on its source's first poll, which stores what is already there without alerts"


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

    def verdict(self, event: Event, trust: Trust, first_poll: bool = False) -> Verdict:
        channels = self.routes.get((event.franchise, event.kind), ())
        if not channels:
            return Verdict(silence=Silence.NOT_WANTED)
        if first_poll:
            return Verdict(silence=Silence.FIRST_POLL)
        waits = self.confirm.get(event.franchise) == ConfirmPolicy.OFFICIAL_OR_2 and trust == Trust.COMMUNITY
        return Verdict(channels, awaiting_confirmation=waits)
