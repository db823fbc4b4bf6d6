"""Plain data of the notifiers: what to say, how it was said, how it went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Alert:
    """One thing to tell the user, independent of any channel's format.

    Text fields come from web pages and are untrusted: renderers escape them.
    """

    franchise: str
    event: str
    headline: str
    url: str
    source: str
    evidence: str = ""
    when: str | None = None  # in words, as a reader wants it: "May 19, 2027", "Fall 2027"
    published: datetime | None = None
    installment: str | None = None  # "season 3", "part 2", "#2"
    previous_when: str | None = None  # the date this one replaces, in words


@dataclass(frozen=True, slots=True)
class Message:
    """An alert rendered for one channel kind, within that kind's limits."""

    title: str
    body: str
    body_format: str  # "text", "markdown" or "html": what Apprise is told


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """How one send to one channel went. ``error`` is masked, safe to log."""

    channel: str
    ok: bool
    error: str | None = None
    # The channel did not answer in time: the message may have arrived. Retried only after a deliberate
    # wait, so that a slow service gets at most one duplicate, not one per retry.
    unknown: bool = False
    # The service said "too many requests" (429): leave the channel alone this many seconds.
    pause: float | None = None


@dataclass(frozen=True, slots=True)
class Template:
    """A channel's own title and body, with {placeholders} filled in escaped for its format.

    Placeholders: franchise, event, label, when, headline, url, evidence, source.
    """

    title: str | None = None
    body: str | None = None
