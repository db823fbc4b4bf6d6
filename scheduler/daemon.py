"""The long-running service and the one-shot cycle.

The only module that imports APScheduler. Both entry points expect to run on
Twisted's asyncio reactor (see :mod:`scheduler.reactor`).
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import signal
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from crawler.errors import StoreError
from crawler.model import CrawlReport
from crawler.understand import compiled
from scheduler.delivery import DeliveryReport, deliver_outbox
from scheduler.errors import DaemonError, SchedulerError
from scheduler.jobs import DELIVERY_PATIENCE_SECONDS, crawl_source, housekeeping, poll_source
from scheduler.metrics import CONTENT_TYPE, Metrics
from scheduler.polling import ClockStep
from scheduler.progress import REDRAW_SECONDS, Progress
from scheduler.services import Services
from scheduler.systemd import Notifier
from scheduler.units import format_duration
from scheduler.web.pages import Pages
from scheduler.web.server import Response, WebServer

log = logging.getLogger("sequelwatch")

DELIVERY_INTERVAL_SECONDS = 30
HOUSEKEEPING_INTERVAL_SECONDS = 6 * 3600
STOP_GRACE_SECONDS = 60
HEALTH_TIMEOUT_SECONDS = 1.0
CLOCK_CHECK_SECONDS = 5.0  # well under systemd's default TimeoutStopSec of 90 s


@dataclass(frozen=True)
class CycleReport:
    crawls: tuple[CrawlReport, ...]
    delivery: DeliveryReport


async def run_once(services: Services, progress: Progress | None = None) -> CycleReport:
    """Crawl every source once (concurrently), then deliver everything pending."""
    polls = [asyncio.ensure_future(poll_source(services, s)) for s in services.config.sources]
    if progress is None or not progress.enabled:
        return await _cycle(services, polls, None)
    with progress.above_logs():
        try:
            return await _cycle(services, polls, progress)
        finally:
            progress.clear()


async def _cycle(services: Services, polls: Sequence[asyncio.Future[CrawlReport]], progress: Progress | None) -> CycleReport:
    display = asyncio.create_task(_show_polls(services, polls, progress)) if progress is not None else None
    try:
        outcomes = await asyncio.gather(*polls, return_exceptions=True)
    finally:
        if display is not None:
            display.cancel()
    # Every poll runs to its end first: a database error in one does not cut the others short.
    crawls = []
    for outcome in outcomes:
        if isinstance(outcome, StoreError):
            raise DaemonError(f"database error: {outcome}") from outcome
        if isinstance(outcome, BaseException):
            raise outcome
        crawls.append(outcome)
    if progress is not None:
        progress.show("delivering the pending alerts", now=True)
    delivery = await deliver_outbox(services, due_only=False)
    return CycleReport(tuple(crawls), delivery)


async def _show_polls(services: Services, polls: Sequence[asyncio.Future[CrawlReport]], progress: Progress) -> None:
    """Sources done, and pages fetched and stored so far, counting the polls still running."""
    while True:
        finished = [p.result() for p in polls if p.done() and not p.cancelled() and p.exception() is None]
        running = services.active_polls
        fetched = sum(r.fetched for r in finished) + sum(r.tally.fetched for r in running)
        stored = sum(r.new_documents for r in finished) + sum(r.tally.new_documents for r in running)
        progress.update(sum(p.done() for p in polls), f"{fetched} pages fetched, {stored} new documents")
        await asyncio.sleep(REDRAW_SECONDS)


class Daemon:
    """Polls every source on its own interval and delivers alerts until told to stop.

    SIGTERM/SIGINT stop it; SIGHUP reloads config.toml through ``reopen`` (which
    returns new Services, or raises ConfigError/DaemonError: then the running
    configuration stays). State lives in the database, so nothing is lost.
    """

    def __init__(self, services: Services, reopen: Callable[[], Services] | None = None,
                 notifier: Notifier | None = None, stop_grace: float = STOP_GRACE_SECONDS) -> None:
        self.services = services
        self._stop_grace = stop_grace
        self._reopen = reopen
        self._notifier = notifier or Notifier()
        self._stopping = asyncio.Event()
        self._reloading = asyncio.Event()
        self._jobs: set[asyncio.Task] = set()
        self._polls = self._failed_polls = self._delivered = 0
        self.metrics = Metrics()
        self.endpoint: WebServer | None = None
        self._started = time.monotonic()
        self._scheduler: AsyncIOScheduler | None = None
        self.holder = f"{socket.gethostname()}:{os.getpid()}"  # its name in source leases

    def request_stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        signals = {signal.SIGTERM: self._on_signal, signal.SIGINT: self._on_signal, signal.SIGHUP: self._on_hangup}
        for signum, handler in signals.items():
            loop.add_signal_handler(signum, handler, signum)
        await self._open_endpoint()  # a port in use stops the start, with the address in the error
        await self._release_dead_leases()
        watchdog = asyncio.create_task(self._notifier.watchdog())
        self._scheduler = self._start(loop)
        # What is alive now (Scrapy, SQLAlchemy, the detector's weights: hundreds of thousands of objects) lives
        # as long as the daemon. Out of the collector's sight, a full collection no longer walks them all:
        # measured with the page serving 10,000 facts, the loop's longest stall fell from 100 ms to 17 ms.
        gc.freeze()
        clock_watch = asyncio.create_task(self._watch_clock())
        try:
            while await self._next_request() == "reload":
                self._scheduler = await self._reload(loop, self._scheduler)
        finally:
            self._notifier.stopping()
            clock_watch.cancel()
            await self._shutdown(self._scheduler)
            if self.endpoint is not None:
                await self.endpoint.close()
            watchdog.cancel()
            for signum in signals:
                loop.remove_signal_handler(signum)

    async def _release_dead_leases(self) -> None:
        """A daemon restarted on this machine takes its sources back at once, not when its old leases run out."""
        try:
            holders = await asyncio.to_thread(self.services.store.lease_holders)
            host = socket.gethostname()
            dead = [h for h in holders if h.rpartition(":")[0] == host and h != self.holder
                    and not _alive(h.rpartition(":")[2])]
            if await asyncio.to_thread(self.services.store.release_leases, dead):
                log.info("took over the sources of %s (no longer running)", ", ".join(sorted(dead)))
        except StoreError as exc:
            log.warning("could not check source leases: %s", exc)

    async def _watch_clock(self) -> None:
        """Start the schedule again from now when the wall clock steps (see polling.ClockStep)."""
        watch = ClockStep(wall=lambda: self.services.clock().timestamp())
        while True:
            await asyncio.sleep(CLOCK_CHECK_SECONDS)
            step = watch.check()
            if step is None or self._scheduler is None or not self._scheduler.running:
                continue
            log.warning("the wall clock stepped %s by %d s; the schedule starts again from now",
                        "back" if step < 0 else "forward", round(abs(step)))
            now = self.services.clock()
            for job in self._scheduler.get_jobs():
                job.modify(next_run_time=now)

    async def _next_request(self) -> str:
        stop, reload = asyncio.create_task(self._stopping.wait()), asyncio.create_task(self._reloading.wait())
        await asyncio.wait((stop, reload), return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        reload.cancel()
        if self._stopping.is_set():
            return "stop"
        self._reloading.clear()
        return "reload"

    def _start(self, loop) -> AsyncIOScheduler:
        self.services.lease_holder = self.holder
        scheduler = AsyncIOScheduler(event_loop=loop, timezone="UTC")
        self._schedule(scheduler)
        scheduler.start()
        config = self.services.config
        log.info("sequelwatch running: %d sources, %d franchises, channels: %s; detector %s",
                 len(config.sources), len(config.franchises),
                 ", ".join(self.services.dispatcher.channels) or "console",
                 "compiled" if compiled() else "in plain Python")
        self._notifier.ready(self._status())
        return scheduler

    async def _reload(self, loop, scheduler: AsyncIOScheduler) -> AsyncIOScheduler:
        if self._reopen is None:
            return scheduler
        try:
            services = await asyncio.to_thread(self._reopen)
        except SchedulerError as exc:
            log.error("configuration not reloaded; the running one stays:\n%s", exc)
            return scheduler
        self._notifier.reloading()
        await self._shutdown(scheduler)
        await asyncio.to_thread(self.services.close)
        http = self.services.config.http_listen, self.services.config.http_access
        self.services = services
        log.info("configuration reloaded")
        if (services.config.http_listen, services.config.http_access) != http:
            await self._reopen_endpoint()
        return self._start(loop)

    async def _open_endpoint(self) -> None:
        listen = self.services.config.http_listen
        if listen is not None:
            pages = Pages(lambda: self.services, self.services.clock)
            endpoint = WebServer(*listen, {"/healthz": self._healthz, "/metrics": self._metrics}, pages.routes(),
                                 self.services.config.http_access)
            await endpoint.start()
            self.endpoint = endpoint

    async def _reopen_endpoint(self) -> None:
        if self.endpoint is not None:
            await self.endpoint.close()
            self.endpoint = None
        try:
            await self._open_endpoint()
        except SchedulerError as exc:
            log.error("%s; running without the http endpoint", exc)

    async def _healthz(self) -> Response:
        """200 while the loop runs and the database answers; failing sources are in the body, not the code."""
        health = {"uptime_seconds": round(time.monotonic() - self._started), "sources": len(self.services.config.sources),
                  "polls": self._polls, "failed_polls": self._failed_polls, "delivered": self._delivered,
                  "failing_channels": sorted(self.services.failing_channels)}
        try:
            # A hung database must not hang the health check too: a monitor wants an answer now.
            await asyncio.wait_for(asyncio.to_thread(self.services.store.ping), HEALTH_TIMEOUT_SECONDS)
        except (StoreError, TimeoutError) as exc:
            why = str(exc) or f"the database did not answer within {HEALTH_TIMEOUT_SECONDS:g} s"
            return Response(503, "application/json", json.dumps({"status": "unavailable", "database": why,
                                                                  **health}).encode())
        return Response(200, "application/json", json.dumps({"status": "ok", **health}).encode())

    async def _metrics(self) -> Response:
        store = self.services.store
        try:
            counts, states = await asyncio.to_thread(lambda: (store.counts(), store.source_states()))
        except StoreError as exc:
            return Response(503, "text/plain; charset=utf-8", f"database unavailable: {exc}\n".encode())
        body = self.metrics.render(counts, states, self.services.failing_channels,
                                   tuple(self.services.dispatcher.channels))
        return Response(200, CONTENT_TYPE, body)

    def _on_signal(self, signum: int) -> None:
        log.info("received %s, stopping", signal.Signals(signum).name)
        self.request_stop()

    def _on_hangup(self, signum: int) -> None:
        log.info("received SIGHUP, reloading the configuration")
        self._reloading.set()

    def _status(self) -> str:
        return (f"{len(self.services.config.sources)} sources; {self._polls} polls ({self._failed_polls} failed), "
                f"{self._delivered} alerts delivered since start")

    def _schedule(self, scheduler: AsyncIOScheduler) -> None:
        now = self.services.clock()
        count = max(len(self.services.config.sources), 1)
        spread = self.services.config.crawl.start_spread
        for index, source in enumerate(self.services.config.sources):
            # First polls spread out ([crawl] start_spread) instead of all at once.
            first = now + timedelta(seconds=min(spread, source.interval) * index / count)
            scheduler.add_job(
                self._launch, IntervalTrigger(seconds=source.interval, jitter=min(source.interval * 0.1, 300)),
                args=(crawl_source, source), id=f"source:{source.source.name}",
                name=f"poll {source.source.name} every {format_duration(source.interval)}",
                max_instances=1, coalesce=True, misfire_grace_time=int(max(source.interval, 60)),
                next_run_time=first,
            )
        scheduler.add_job(
            self._launch, IntervalTrigger(seconds=DELIVERY_INTERVAL_SECONDS), args=(deliver_pending,),
            id="deliver", name="deliver the outbox", max_instances=1, coalesce=True,
            misfire_grace_time=DELIVERY_INTERVAL_SECONDS, next_run_time=now,
        )
        scheduler.add_job(
            self._launch, IntervalTrigger(seconds=HOUSEKEEPING_INTERVAL_SECONDS), args=(housekeeping,),
            id="housekeeping", name="prune old documents", max_instances=1, coalesce=True,
            misfire_grace_time=HOUSEKEEPING_INTERVAL_SECONDS, next_run_time=now + timedelta(minutes=5),
        )

    async def _launch(self, job, *args) -> None:
        """APScheduler's entry for every job: the job's body runs in a task of the daemon's own.

        APScheduler's executor cancels the coroutines it runs when it shuts down.
        The shield keeps that cancellation out of the body, so a delivery in flight
        finishes and is recorded; :meth:`_shutdown` waits for the task instead.
        """
        task = asyncio.create_task(self._tracked(job, *args), name=_job_name(job))
        self._jobs.add(task)
        task.add_done_callback(self._jobs.discard)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            log.info("job %s: the scheduler stopped waiting for it; it finishes on its own", _job_name(job))

    async def _tracked(self, job, *args) -> None:
        """Run a job on the current services.

        A job's crash is logged, not fatal; its outcome feeds systemd's one-line STATUS.
        """
        try:
            result = await job(self.services, *args)
        except StoreError as exc:  # the database is down or full: expected, so one line, not a traceback
            log.error("job %s: %s; it runs again at its next interval", _job_name(job), exc)
        except Exception:
            log.exception("job %s crashed; it runs again at its next interval", _job_name(job))
        else:
            if isinstance(result, CrawlReport):
                self.metrics.record_poll(result)
                if result.paused_until is None and result.elsewhere is None:
                    self._polls += 1
                    self._failed_polls += result.error is not None
            elif isinstance(result, DeliveryReport):
                self._delivered += result.delivered
                self.metrics.record_sends(result.sends)
            self._notifier.status(self._status())

    async def _shutdown(self, scheduler: AsyncIOScheduler) -> None:
        """Stop (or, for a reload, end) the running schedule without cutting any job short.

        The order matters: no job may start once crawls are stopped, and the
        scheduler is shut down (which cancels what it still runs) only when the
        jobs are done, so that a delivery in flight finishes and is recorded.
        """
        if scheduler.running:
            scheduler.pause()
        try:
            # A crawl stuck on a database that does not answer must not keep the daemon from stopping.
            await asyncio.wait_for(asyncio.shield(self.services.stop_crawls()), self._stop_grace)
        except TimeoutError:
            log.warning("crawls did not stop within %ds", self._stop_grace)
        if self._jobs or self.services.sending:
            _, pending = await asyncio.wait(set(self._jobs) | set(self.services.sending), timeout=self._stop_grace)
            if pending:
                log.warning("%d jobs did not finish within %ds: %s", len(pending), self._stop_grace,
                            ", ".join(sorted(t.get_name() for t in pending)))
        if scheduler.running:
            scheduler.shutdown(wait=False)
        log.info("sequelwatch stopped" if self._stopping.is_set() else "jobs stopped for the reload")


async def deliver_pending(services: Services) -> DeliveryReport:
    """The periodic delivery job: a channel slower than this waits in the background, not the others."""
    return await deliver_outbox(services, patience=DELIVERY_PATIENCE_SECONDS)


def _alive(pid: str) -> bool:
    """Whether a process of this machine still runs (the holder of a lease, by its pid)."""
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:  # another user's process: it runs
        return True
    return True


def _job_name(job) -> str:
    return getattr(job, "__name__", str(job))
