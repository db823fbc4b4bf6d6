"""When to poll a source again, and what about a poll is worth telling the operator.

A failing source backs off exponentially; its failures are reported once, after
several in a row (a site that is down for one poll is not news). A server that
asks to be left alone (429, 503, rate limits) is left alone for as long as it
asked. A source whose news stopped for much longer than usual is reported once.
"""

from __future__ import annotations

import logging
import shlex
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from crawler.model import CrawlReport, SourceState

log = logging.getLogger("sequelwatch")

FAILURES_BEFORE_WARNING = 3
MAX_BACKOFF = timedelta(hours=12)
MAX_PAUSE = timedelta(hours=24)
# Silent: no new document for this many times the usual gap between new documents, and at least a day.
SILENCE_FACTOR = 10
MIN_SILENCE = timedelta(days=1)
MIN_DOCUMENTS_FOR_A_HABIT = 5


def not_before(report: CrawlReport, failures: int, interval: float, now: datetime) -> datetime | None:
    """The earliest next poll: as the server asked, or after an exponential backoff, or at the usual time."""
    if report.retry_after:
        return now + min(timedelta(seconds=report.retry_after), MAX_PAUSE)
    if failures >= 2:
        return now + min(timedelta(seconds=interval * 2 ** (failures - 1)), MAX_BACKOFF)
    return None


def silence(state: SourceState, interval: float, now: datetime) -> timedelta | None:
    """How long a source that usually has news has had none, when that is far longer than usual."""
    if state.documents_found < MIN_DOCUMENTS_FOR_A_HABIT or state.last_new_document_at is None or not state.polls:
        return None
    usual_gap = timedelta(seconds=interval * state.polls / state.documents_found)
    quiet = now - state.last_new_document_at
    return quiet if quiet > max(usual_gap * SILENCE_FACTOR, MIN_SILENCE) else None


def report_poll(name: str, report: CrawlReport, before: SourceState, after: SourceState, first_poll: bool,
                backfill: bool) -> None:
    """One line for the poll, at the level it deserves."""
    if report.not_modified:
        log.info("poll %s: unchanged (304)", name)
    elif report.interrupted:
        log.info("poll %s: %s; the next poll reads the source again", name, report.summary())
    elif report.ok:
        log.info("poll %s: %s", name, report.summary())
        if first_poll and not backfill and report.new_documents:
            log.info("%s: first poll, %d documents stored without alerts (`sequelwatch backfill %s` alerts "
                     "them; backfill = true in its [[source]] alerts a first poll)", name, report.new_documents,
                     shlex.quote(name))
        if before.consecutive_failures >= FAILURES_BEFORE_WARNING:
            log.info("%s is back after %d failed polls", name, before.consecutive_failures)
    elif after.consecutive_failures == FAILURES_BEFORE_WARNING:
        log.warning("%s has failed %d polls in a row (last: %s); backing off, next poll after %s", name,
                    after.consecutive_failures, report.error, _when(after.not_before))
    else:
        log.info("poll %s: failed (%d in a row): %s", name, after.consecutive_failures, report.error)
    if report.retry_after:
        log.info("%s asked to wait %ds; next poll after %s", name, report.retry_after, _when(after.not_before))


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "the usual interval"


class ClockStep:
    """Notices a step of the wall clock (NTP, a virtual machine resumed) against the monotonic clock.

    APScheduler's intervals run on wall-clock times: after a step back of an hour
    every job's next run lies an hour ahead, and nothing polls or delivers until
    then. The daemon asks :meth:`check` every few seconds and starts the schedule
    again from now when it says the clock stepped.
    """

    def __init__(self, wall: Callable[[], float], monotonic: Callable[[], float] = time.monotonic,
                 tolerance: float = 30.0) -> None:
        self._wall, self._monotonic, self._tolerance = wall, monotonic, tolerance
        self._offset = wall() - monotonic()

    def check(self) -> float | None:
        """Seconds the wall clock stepped since the last check (negative: back), or None when it did not."""
        offset = self._wall() - self._monotonic()
        step, self._offset = offset - self._offset, offset
        return step if abs(step) > self._tolerance else None
