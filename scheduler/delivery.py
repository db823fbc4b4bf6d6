"""The outbox run: claims, rhythm (quiet hours, digests, rate limits), retries.

This is also where stored facts become :class:`notifiers.model.Alert` values:
the one place that knows both the crawler's and the notifiers' types.
"""

from __future__ import annotations

import asyncio
import logging
import random
import shlex
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum, auto

from crawler.model import when_in_words
from crawler.store import Claim, OutboxRow
from notifiers.dispatch import Channel
from notifiers.model import Alert
from notifiers.render import render, render_digest
from scheduler.config import ChannelRules
from scheduler.rhythm import SendWindow
from scheduler.services import Services

log = logging.getLogger("sequelwatch")

# Retry schedule of a failed delivery: 1 min, 2, 4, ... capped at 6 h, +-20% jitter.
RETRY_BASE_SECONDS = 60.0
RETRY_MAX_SECONDS = 6 * 3600.0
# A send whose outcome is unknown (no answer in time) may have arrived: sent again only after this long,
# so a slow channel gets at most one duplicate per fault, not one per retry.
UNKNOWN_OUTCOME_WAIT_SECONDS = 15 * 60.0


@dataclass
class DeliveryReport:
    """What one delivery run did. Held alerts wait by the channel's own rules; waiting ones, for the channel."""

    sends: Counter[tuple[str, str]] = field(default_factory=Counter)  # (channel, outcome) -> alerts
    held: Counter[str] = field(default_factory=Counter)  # why ("quiet hours until 07:30") -> alerts sent later
    waiting: int = 0  # rows of a channel that failed in this run, or that is gone from the configuration
    errors: dict[str, str] = field(default_factory=dict)

    def _total(self, outcome: str) -> int:
        return sum(n for (_, result), n in self.sends.items() if result == outcome)

    @property
    def delivered(self) -> int:
        return self._total("delivered")

    @property
    def retrying(self) -> int:
        return self._total("retrying")

    @property
    def failed(self) -> int:
        return self._total("failed")

    def summary(self) -> str:
        held = ", ".join(f"{n} held ({why})" for why, n in sorted(self.held.items()))
        return (f"{self.delivered} delivered, {self.retrying} to retry, {self.failed} failed"
                + (f", {held}" if held else "")
                + (f", {self.waiting} waiting behind a failing channel" if self.waiting else ""))


def retry_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Seconds before attempt ``attempts + 1`` of a delivery."""
    delay = min(RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0), RETRY_MAX_SECONDS)
    return delay * (rng or random).uniform(0.8, 1.2)


def alert_of(row: OutboxRow) -> Alert:
    return Alert(
        franchise=row.franchise, event=row.event, headline=row.title, url=row.url,
        source=row.source, evidence=row.evidence, when=when_in_words(row.when), published=row.published_at,
        installment=row.installment, previous_when=when_in_words(row.previous_when),
    )


async def deliver_outbox(services: Services, *, due_only: bool = True, patience: float | None = None) -> DeliveryReport:
    """Send pending alerts. A row is marked delivered only when its channel accepted it.

    Channels are served concurrently, each in a task of its own, so a slow or
    throttled one (Apprise paces e-mail) holds back no other; within a channel,
    alerts go oldest first, and after one failure the channel's remaining rows
    wait for the next run instead of hammering a service that is down.
    ``due_only=False`` also sends rows whose retry time has not come yet
    (``run --once``). With ``patience``, the run returns after that many seconds
    even if a channel is still sending: its task goes on (``services.sending``
    holds it, and a daemon that stops waits for it), its channel is left out of
    runs until it is done, and the next run serves every other channel.
    """
    report = DeliveryReport()
    rows = await services.db(services.store.pending, services.clock(), due_only=due_only)
    by_channel: dict[str, list[OutboxRow]] = {}
    for row in rows:
        by_channel.setdefault(row.channel, []).append(row)
    tasks = []
    for name, queue in by_channel.items():
        task = asyncio.create_task(_deliver_locked(services, name, queue, report), name=f"send to {name}")
        services.sending.add(task)
        task.add_done_callback(services.sending.discard)
        tasks.append(task)
    if tasks:
        done, slow = await asyncio.wait(tasks, timeout=patience)
        for task in slow:  # it ends after this run: a failure then is its own log line
            task.add_done_callback(_late_failure)
        if slow:
            report.errors.update({name: "still sending (a slow channel); it goes on in the background"
                                  for name, lock in services.channel_locks.items() if lock.locked()})
        failures = [exc for task in done if (exc := task.exception()) is not None]
        if failures:  # the database failed a channel's claims or marks: the job reports it, once
            raise failures[0]
    if rows:
        log.info("delivery: %s", report.summary())
    return report


def _late_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.error("%s: %s; its alerts stay queued", task.get_name(), exc)


async def _deliver_locked(services: Services, name: str, rows: list[OutboxRow], report: DeliveryReport) -> None:
    """A channel's rows, unless a send to it is in flight (its rows wait for the next run, the others go on)."""
    lock = services.channel_locks.setdefault(name, asyncio.Lock())
    if lock.locked():
        report.waiting += len(rows)
        return
    async with lock:
        if await _deliver_channel(services, name, rows, report):
            # Back after an outage: everything that waited is due now; send it oldest first, from the start.
            fresh = await services.db(services.store.pending, services.clock())
            await _deliver_channel(services, name, [r for r in fresh if r.channel == name], report)


async def _deliver_channel(services: Services, name: str, rows: list[OutboxRow], report: DeliveryReport) -> bool:
    """Send a channel's rows in order until one fails; True when the channel came back (the rest is re-read)."""
    channel = services.dispatcher.channels.get(name)
    if channel is None:
        report.waiting += len(rows)
        report.errors[name] = "channel no longer in the configuration"
        if name not in services.gone_channels:  # once per daemon run, not every 30 s
            services.gone_channels.add(name)
            log.warning("%d alerts for channel %s wait: it is no longer in the configuration "
                        "(`sequelwatch outbox --drop-channel %s` ends them)", len(rows), name, shlex.quote(name))
        return False
    rules = services.config.rules_of(name)
    window = services.send_windows.setdefault(name, SendWindow())
    now = services.clock()
    digest, single = [], []
    for row in rows:
        if (why := rules.rhythm.hold(row.event, row.created_at, now)) is not None:
            report.held[why] += 1  # quiet hours, or not yet its digest: sent later, in order
        elif rules.rhythm.digest is not None and row.event not in rules.rhythm.priority:
            digest.append(row)
        else:
            single.append(row)
    batches = [[row] for row in single] + ([digest] if digest else [])
    for index, batch in enumerate(batches):
        rate = rules.rhythm.rate
        if rate is not None and not window.allows(rate, services.clock()):
            report.held[f"rate limit of {rate}"] += sum(len(b) for b in batches[index:])  # the next run sends them
            return False
        sent = await _send_batch(services, channel, rules, batch, window, report, digest=batch is digest)
        if sent is not Sent.OK:
            report.waiting += sum(len(b) for b in batches[index + 1:]) if sent is Sent.FAILED else 0
            return sent is Sent.RECOVERED
    return False


class Sent(Enum):
    """How one send went: for the channel's remaining rows, go on, stop, or start again from the oldest."""

    OK = auto()
    FAILED = auto()
    RECOVERED = auto()  # sent, and the channel was failing until now


async def _send_batch(services: Services, channel: Channel, rules: ChannelRules, rows: list[OutboxRow], window: SendWindow,
                      report: DeliveryReport, digest: bool) -> Sent:
    """Claim the rows, send one alert (or one digest, in one or more messages), mark them.

    Rows another daemon holds, or delivered meanwhile, are left out.
    """
    name = channel.name
    claims = [(row, claim) for row in rows if (claim := await services.db(services.store.claim, row.id))]
    if not claims:
        return Sent.OK
    alerts = [alert_of(row) for row, _ in claims]
    messages = (render_digest(alerts, channel.kind, rules.template) if digest
                else [render(alerts[0], channel.kind, rules.template)])
    for message in messages:
        result = await services.dispatcher.send(name, message)
        window.record(services.clock())
        if not result.ok:
            error = result.error or "failed"
            report.errors[name] = error
            for row, claim in claims:
                await _failed(services, name, row, claim, error, report, unknown=result.unknown)
            if result.pause:
                # Asked to slow down: none of its alerts before then, not only the ones of this send.
                until = services.clock() + timedelta(seconds=result.pause)
                await services.db(services.store.postpone, name, until)
                error = f"{error}; paused {result.pause:g} s as the service asked"
            _channel_failed(services, name, error)
            return Sent.FAILED
    for _, claim in claims:
        await services.db(claim.delivered, services.clock())
    report.sends[name, "delivered"] += len(claims)
    if services.failing_channels.pop(name, None) is not None:
        # Back after an outage: what waited, with retry times spread by the backoff, is due now, so the
        # next runs send it oldest first at the channel's rate, not the oldest last.
        due = await services.db(services.store.due_now, name, services.clock())
        log.info("channel %s is delivering again%s", name, f"; {due} waiting alerts follow, oldest first" if due else "")
        return Sent.RECOVERED
    return Sent.OK


async def _failed(services: Services, name: str, row: OutboxRow, claim: Claim, error: str, report: DeliveryReport,
                  unknown: bool = False) -> None:
    if unknown:
        # It may have arrived: wait long enough that a slow channel has answered before sending again.
        next_at = services.clock() + timedelta(seconds=UNKNOWN_OUTCOME_WAIT_SECONDS)
        await services.db(claim.retry, next_at, error)
        report.sends[name, "retrying"] += 1
    elif row.attempts + 1 >= services.config.delivery_attempts:
        await services.db(claim.failed, error)
        report.sends[name, "failed"] += 1
        log.error("alert %d to %s failed %d times, giving up (sequelwatch retry re-queues it): %s",
                  row.id, name, row.attempts + 1, error)
    else:
        next_at = services.clock() + timedelta(seconds=retry_delay(row.attempts + 1))
        await services.db(claim.retry, next_at, error)
        report.sends[name, "retrying"] += 1


def _channel_failed(services: Services, channel: str, error: str) -> None:
    # Reported once per failing streak, not on every retry.
    if channel not in services.failing_channels:
        log.warning("channel %s is failing (%s); its alerts stay queued and are retried", channel, error)
    services.failing_channels[channel] = error

