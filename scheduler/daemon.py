"""The long-running service and the one-shot cycle.

The only module that imports APScheduler. Both entry points expect to run on
Twisted's asyncio reactor (see :mod:`scheduler.reactor`).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from crawler.model import CrawlReport
from scheduler.jobs import DeliveryReport, crawl_source, deliver_outbox, housekeeping, poll_source
from scheduler.services import Services
from scheduler.units import format_duration

log = logging.getLogger("sequelwatch")

DELIVERY_INTERVAL_SECONDS = 30
HOUSEKEEPING_INTERVAL_SECONDS = 6 * 3600
STOP_GRACE_SECONDS = 60  # well under systemd's default TimeoutStopSec of 90 s


@dataclass(frozen=True)
class CycleReport:
    crawls: tuple[CrawlReport, ...]
    delivery: DeliveryReport


async def run_once(services: Services) -> CycleReport:
    """Crawl every source once (concurrently), then deliver everything pending."""
    crawls = await asyncio.gather(*(poll_source(services, s) for s in services.config.sources))
    delivery = await deliver_outbox(services, due_only=False)
    return CycleReport(tuple(crawls), delivery)


class Daemon:
    """Polls every source on its own interval and delivers alerts until told to stop."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._stopping = asyncio.Event()
        self._jobs: set[asyncio.Task] = set()

    def request_stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self._on_signal, signum)
        scheduler = AsyncIOScheduler(event_loop=loop, timezone="UTC")
        self._schedule(scheduler)
        scheduler.start()
        config = self.services.config
        log.info("sequelwatch running: %d sources, %d franchises, channels: %s",
                 len(config.sources), len(config.franchises),
                 ", ".join(self.services.dispatcher.channels) or "console")
        try:
            await self._stopping.wait()
        finally:
            await self._shutdown(scheduler)
            for signum in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(signum)

    def _on_signal(self, signum: int) -> None:
        log.info("received %s, stopping", signal.Signals(signum).name)
        self.request_stop()

    def _schedule(self, scheduler: AsyncIOScheduler) -> None:
        now = self.services.clock()
        count = max(len(self.services.config.sources), 1)
        for index, source in enumerate(self.services.config.sources):
            # First polls spread over the first minute instead of all at once.
            first = now + timedelta(seconds=min(60.0, source.interval) * index / count)
            scheduler.add_job(
                self._tracked, IntervalTrigger(seconds=source.interval, jitter=min(source.interval * 0.1, 300)),
                args=(crawl_source, self.services, source), id=f"source:{source.source.name}",
                name=f"poll {source.source.name} every {format_duration(source.interval)}",
                max_instances=1, coalesce=True, misfire_grace_time=int(max(source.interval, 60)),
                next_run_time=first,
            )
        scheduler.add_job(
            self._tracked, IntervalTrigger(seconds=DELIVERY_INTERVAL_SECONDS), args=(deliver_outbox, self.services),
            id="deliver", name="deliver the outbox", max_instances=1, coalesce=True,
            misfire_grace_time=DELIVERY_INTERVAL_SECONDS, next_run_time=now,
        )
        scheduler.add_job(
            self._tracked, IntervalTrigger(seconds=HOUSEKEEPING_INTERVAL_SECONDS), args=(housekeeping, self.services),
            id="housekeeping", name="prune old documents", max_instances=1, coalesce=True,
            misfire_grace_time=HOUSEKEEPING_INTERVAL_SECONDS, next_run_time=now + timedelta(minutes=5),
        )

    async def _tracked(self, job, *args) -> None:
        """Run a job, remembering it so shutdown can wait for it; a job's crash is logged, not fatal."""
        task = asyncio.current_task()
        self._jobs.add(task)
        try:
            await job(*args)
        except Exception:
            log.exception("job %s crashed; it runs again at its next interval", getattr(job, "__name__", job))
        finally:
            self._jobs.discard(task)

    async def _shutdown(self, scheduler: AsyncIOScheduler) -> None:
        scheduler.shutdown(wait=False)
        await self.services.runner.stop()
        if self._jobs:
            # The delivery in flight finishes, so that what was sent is marked sent.
            done, pending = await asyncio.wait(self._jobs, timeout=STOP_GRACE_SECONDS)
            if pending:
                log.warning("%d jobs did not finish within %ds", len(pending), STOP_GRACE_SECONDS)
        log.info("sequelwatch stopped")
