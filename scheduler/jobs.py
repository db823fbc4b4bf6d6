"""The periodic jobs, as plain async functions of :class:`Services`: poll a source, prune old documents.

Delivering the outbox is :mod:`scheduler.delivery`'s.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from datetime import timedelta

from crawler.errors import StoreError
from crawler.model import CrawlReport
from scheduler import polling
from scheduler.config import SourceConfig
from scheduler.delivery import deliver_outbox
from scheduler.services import Services

log = logging.getLogger("sequelwatch")

# A daemon's own job may fire up to 10% of its interval early (jitter): a lease held for 90% of an
# interval after a poll keeps the other daemons off the source until then, and not its own holder.
LEASE_SHARE = 0.9
# How long a daemon's delivery run waits for a channel before leaving its send to finish on its own.
DELIVERY_PATIENCE_SECONDS = 10.0
# While a poll runs, its daemon renews the lease every half minute for a minute: one that dies mid-poll
# hands the source over within a minute.
LEASE_HEARTBEAT = timedelta(seconds=30)


async def poll_source(services: Services, source: SourceConfig) -> CrawlReport:
    """Poll one source unless it is paused or another daemon polls it, record the poll, and report it."""
    name = source.source.name
    state = await services.db(services.store.source_state, name)
    now = services.clock()
    if state.not_before and now < state.not_before:
        log.debug("poll %s: paused until %s", name, state.not_before)
        return CrawlReport(name, paused_until=state.not_before)
    holder = services.lease_holder
    if holder is not None:
        elsewhere = await services.db(services.store.take_lease, name, holder, now, now + 2 * LEASE_HEARTBEAT)
        if elsewhere is not None:
            log.debug("poll %s: %s polls it", name, elsewhere)
            return CrawlReport(name, elsewhere=elsewhere)
    heartbeat = asyncio.create_task(_keep_lease(services, name, holder)) if holder is not None else None
    try:
        async with services.host_lock(source.source.url):
            started = time.monotonic()  # the crawl itself, not the wait for the host's other sources
            report = await services.runner.crawl(source.source, state)
    finally:
        if heartbeat is not None:
            heartbeat.cancel()  # our own renewal loop, not the crawl
    report = replace(report, seconds=time.monotonic() - started)
    failures = 0 if report.ok else state.consecutive_failures + (report.error is not None)
    after = await services.db(services.store.record_poll, report, now,
                              polling.not_before(report, failures, source.interval, now))
    if holder is not None:
        done = services.clock()
        await services.db(services.store.take_lease, name, holder, done,
                          done + timedelta(seconds=source.interval * LEASE_SHARE))
    polling.report_poll(name, report, state, after, state.first_poll, source.source.backfill)
    quiet = polling.silence(after, source.interval, now) if report.ok and not report.new_documents else None
    if quiet is None:
        services.silent_sources.discard(name)
    elif name not in services.silent_sources:
        services.silent_sources.add(name)
        log.warning("%s has had no new documents for %d days, much longer than usual; check its URL", name, quiet.days)
    return report


async def _keep_lease(services: Services, name: str, holder: str) -> None:
    """Renew a source's lease while its poll runs (a lost renewal is tried again at the next beat)."""
    while True:
        await asyncio.sleep(LEASE_HEARTBEAT.total_seconds())
        now = services.clock()
        try:
            await services.db(services.store.take_lease, name, holder, now, now + 2 * LEASE_HEARTBEAT)
        except StoreError as exc:
            log.debug("poll %s: lease not renewed: %s", name, exc)


async def crawl_source(services: Services, source: SourceConfig) -> CrawlReport:
    """The daemon's job for a source: poll it, and deliver at once if it found new facts."""
    report = await poll_source(services, source)
    if report.new_facts:
        await deliver_outbox(services, patience=DELIVERY_PATIENCE_SECONDS)
    return report


async def housekeeping(services: Services) -> int:
    """Prune documents older than [database] keep_documents; facts and their sources stay."""
    before = services.clock() - timedelta(seconds=services.config.keep_documents)
    pruned = await services.db(services.store.prune_documents, before)
    if pruned:
        log.info("housekeeping: %d documents older than %s pruned (facts kept)", pruned, before.date())
    return pruned
