"""Why a fact alerted or not, and how each channel's alert stands: told the same way by ``events``,
``events --json`` and the web page."""

from __future__ import annotations

from datetime import datetime

from crawler.alerting import Silence
from crawler.store import Delivery, FactView
from scheduler.config import Config


def alert_state(fact: FactView) -> tuple[str, str | None]:
    """Whether a fact alerted anyone: "alerted", "not alerted" with why, or "waiting for confirmation"."""
    if fact.silence:
        return "not alerted", Silence(fact.silence).why
    if fact.awaiting_confirmation:
        said = ", ".join(sorted({s.source for s in fact.sources}))
        return "waiting for confirmation", (f'confirm = "official-or-2": reported by {said} only, needs an official '
                                            f"source or a second independent one")
    return "alerted", None


def channel_state(config: Config, fact: FactView, sent: Delivery, now: datetime) -> tuple[str, str | None]:
    """One channel's alert of a fact: delivered (when), failed (why), held (by which rule) or queued."""
    if sent.status == "delivered":
        return "delivered", f"{sent.delivered_at:%Y-%m-%d %H:%M} UTC" if sent.delivered_at else None
    if sent.status == "failed":
        return "failed", f"after {sent.attempts} attempts: {sent.last_error}; `sequelwatch retry` queues it again"
    if sent.channel not in {c.name for c in config.delivery_channels}:
        return "queued", "for a channel no longer in the configuration"
    held = config.rules_of(sent.channel).rhythm.hold(fact.event, sent.created_at, now)
    if held:
        return "held", held
    if sent.attempts:
        return "queued", (f"attempt {sent.attempts + 1} at {sent.next_attempt_at:%Y-%m-%d %H:%M} UTC; "
                          f"last error: {sent.last_error}")
    return "queued", None


def fact_record(config: Config, fact: FactView, now: datetime) -> dict:
    """A fact as ``events --json`` prints it and ``/api/facts`` serves it."""
    state, why = alert_state(fact)
    channels = {d.channel: channel_state(config, fact, d, now) for d in fact.outbox}
    return {
        "franchise": fact.franchise, "event": fact.event, "when": fact.when, "installment": fact.installment,
        "previous_when": fact.previous_when, "evidence": fact.evidence,
        "sources": [{"source": s.source, "url": s.url, "title": s.title, "seen_at": s.seen_at.isoformat(),
                     "story": s.story} for s in fact.sources],
        "first_seen": fact.first_seen.isoformat(), "deliveries": fact.deliveries,
        "alert": {"state": state, "why": why},
        "channels": {name: {"state": s, "why": w} for name, (s, w) in channels.items()},
    }
