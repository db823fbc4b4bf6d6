"""Which listed pages to fetch: not those stored already, and a failed one only later and later.

A feed keeps listing a broken article (an HTTP 500, a video page with no
text, a page over the size limit) for days. Fetching it on every poll of a
five-minute feed would cost its site hundreds of requests a day and log the
same warning each time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crawler.store.tables import DocumentRow, DocumentURLRow, PageFailureRow
from crawler.urls import canonical_url

FIRST_RETRY = timedelta(minutes=10)
LONGEST_WAIT = timedelta(days=1)


def page_retry_delay(failures: int) -> timedelta:
    """How long a page that failed ``failures`` times in a row waits: 10 min, doubling, at most a day."""
    return min(FIRST_RETRY * 2 ** (failures - 1), LONGEST_WAIT)


class PageQueries:
    """Mixed into Store: which listed pages are stored, and which failed and when they may be fetched again."""

    def _transaction(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    def _locked_row(self, session: Session, model: type, key: str, **defaults):  # provided by Store
        raise NotImplementedError

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Which of these URLs (any form) are stored already, returned as given."""
        return self._given_urls(urls, (DocumentRow.canonical_url, DocumentURLRow.canonical_url))

    def waiting_urls(self, urls: Iterable[str], now: datetime) -> set[str]:
        """Which of these URLs failed lately and wait for their next attempt, returned as given."""
        return self._given_urls(urls, (PageFailureRow.canonical_url,), PageFailureRow.next_attempt_at > now)

    def _given_urls(self, urls: Iterable[str], columns: tuple, *conditions) -> set[str]:
        """The URLs whose canonical form is in one of ``columns`` (rows meeting ``conditions``), as given."""
        by_canonical = {canonical_url(u): u for u in urls}
        keys = list(by_canonical)
        found: set[str] = set()
        with self._transaction() as session:
            for i in range(0, len(keys), 500):
                for column in columns:
                    rows = session.scalars(select(column).where(column.in_(keys[i:i + 500]), *conditions))
                    found.update(by_canonical[r] for r in rows)
        return found

    def waiting_pages(self, now: datetime, limit: int = 3) -> tuple[int, list[PageFailureRow]]:
        """How many pages wait for another attempt, and the ``limit`` that failed last (for ``status``)."""
        waiting = PageFailureRow.next_attempt_at > now
        with self._transaction() as session:
            count = session.scalar(select(func.count()).select_from(PageFailureRow).where(waiting)) or 0
            latest = list(session.scalars(select(PageFailureRow).where(waiting)
                                          .order_by(PageFailureRow.failed_at.desc()).limit(limit)))
        return count, latest

    def _record_page_failures(self, session: Session, failures: Mapping[str, str], now: datetime) -> None:
        for url, reason in failures.items():
            row = self._locked_row(session, PageFailureRow, canonical_url(url),
                                   failures=0, last_error="", failed_at=now, next_attempt_at=now)
            row.failures += 1
            row.last_error, row.failed_at = reason[:300], now
            row.next_attempt_at = now + page_retry_delay(row.failures)
