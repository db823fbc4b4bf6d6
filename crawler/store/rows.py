"""Plain rows the store returns: no SQLAlchemy object ever leaves crawler.store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class SaveResult:
    new_document: bool
    new_facts: int  # facts whose alerts this document queued (new ones, or ones it confirmed)
    copy_of: int | None = None  # the story this document copies (its first document's id)
    silenced: dict[str, int] = field(default_factory=dict)  # new facts stored without alerts, by why (Silence)
    awaiting: int = 0  # new facts that wait for confirmation


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """A pending delivery with everything needed to render its alert."""

    id: int
    channel: str
    attempts: int
    created_at: datetime
    franchise: str
    event: str
    when: str | None
    evidence: str
    first_seen_at: datetime
    title: str
    url: str
    source: str
    published_at: datetime | None
    installment: str | None = None
    previous_when: str | None = None


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One outbox row as the operator sees it."""

    id: int
    channel: str
    status: str
    attempts: int
    created_at: datetime
    delivered_at: datetime | None
    next_attempt_at: datetime
    last_error: str | None
    franchise: str
    event: str
    when: str | None





@dataclass(frozen=True, slots=True)
class FactSource:
    source: str
    url: str
    title: str | None
    seen_at: datetime
    story: int | None = None  # reports with the same story are copies of one another


@dataclass(frozen=True, slots=True)
class Delivery:
    """One alert of a fact to one channel, as the outbox has it."""

    channel: str
    status: str  # "pending", "delivered" or "failed"
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    delivered_at: datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class FactView:
    """A fact with every report of it and its delivery state per channel (``sequelwatch events``)."""

    id: int
    franchise: str
    event: str
    when: str | None
    installment: str | None
    previous_when: str | None
    evidence: str
    first_seen: datetime
    sources: tuple[FactSource, ...]
    deliveries: dict[str, str]  # channel -> status
    awaiting_confirmation: bool = False
    silence: str | None = None  # why it alerts nobody (crawler.alerting.Silence)
    outbox: tuple[Delivery, ...] = ()
