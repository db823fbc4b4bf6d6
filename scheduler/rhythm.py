"""When a channel may receive alerts: quiet hours, daily digests, rate limits, priority.

Pure functions of a clock, so that they are tested with any time of day. The
delivery job asks, per pending alert: may it go now, and if not, it waits (stays
pending) and goes out later, in order.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo

from crawler.model import EventKind

_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_DIGEST = re.compile(r"^\s*daily\s+(\d{1,2}):(\d{2})\s*$", re.IGNORECASE)
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(s|sec|second|m|min|minute|h|hour)\s*$", re.IGNORECASE)
_PER = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600}


def _clock(hours: str, minutes: str) -> time:
    h, m = int(hours), int(minutes)
    if h > 23 or m > 59:
        raise ValueError(f"{hours}:{minutes} is not a time of day")
    return time(h, m)


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A daily window, possibly across midnight ("23:00-07:30"), in the channel's time zone."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        match = _HOURS.match(text)
        if not match:
            raise ValueError(f"{text!r} is not a window; write it like \"23:00-07:30\"")
        return cls(_clock(*match.group(1, 2)), _clock(*match.group(3, 4)))

    def contains(self, moment: datetime, zone: tzinfo) -> bool:
        local = moment.astimezone(zone).time()
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end


@dataclass(frozen=True, slots=True)
class Digest:
    """One message a day at a local time gathering what arrived before it."""

    at: time

    @classmethod
    def parse(cls, text: str) -> Digest:
        match = _DIGEST.match(text)
        if not match:
            raise ValueError(f"{text!r} is not a digest schedule; write it like \"daily 09:00\"")
        return cls(_clock(*match.group(1, 2)))

    def last_before(self, moment: datetime, zone: tzinfo) -> datetime:
        """The most recent digest time at or before ``moment``."""
        local = moment.astimezone(zone)
        today = datetime.combine(local.date(), self.at, tzinfo=zone)
        return today if today <= local else today - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most ``count`` messages per ``seconds`` to one channel ("20/min")."""

    count: int
    seconds: float

    def __str__(self) -> str:
        unit = {1.0: "second", 60.0: "minute", 3600.0: "hour"}.get(self.seconds, f"{self.seconds:g} s")
        return f"{self.count} per {unit}"

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        match = _RATE.match(text)
        if not match or int(match.group(1)) < 1:
            raise ValueError(f"{text!r} is not a rate; write it like \"20/min\"")
        return cls(int(match.group(1)), float(_PER[match.group(2).lower()]))


@dataclass
class SendWindow:
    """What was sent to a channel recently, to keep within its rate limit (in memory)."""

    sent: deque = field(default_factory=deque)

    def allows(self, limit: RateLimit | None, now: datetime) -> bool:
        if limit is None:
            return True
        while self.sent and (now - self.sent[0]).total_seconds() >= limit.seconds:
            self.sent.popleft()
        return len(self.sent) < limit.count

    def record(self, now: datetime) -> None:
        self.sent.append(now)


@dataclass(frozen=True)
class Rhythm:
    """A channel's delivery rules; the default lets everything through at once."""

    zone: tzinfo
    quiet: QuietHours | None = None
    digest: Digest | None = None
    rate: RateLimit | None = None
    priority: frozenset[EventKind] = frozenset()

    def hold(self, event: str, created_at: datetime, now: datetime) -> str | None:
        """Why an alert must stay queued for now ("quiet hours until 07:30", "digest at 09:00"); None: it may go."""
        if event in self.priority:
            return None
        if self.digest is not None:
            return f"digest at {self.digest.at:%H:%M}" if created_at > self.digest.last_before(now, self.zone) else None
        if self.quiet is not None and self.quiet.contains(now, self.zone):
            return f"quiet hours until {self.quiet.end:%H:%M}"
        return None
