"""The outbox side of the store: pending alerts, claims for one send, marking, the operator's view."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from typing import cast

from sqlalchemy import func, select, update
from sqlalchemy.engine import CursorResult, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from crawler.errors import StoreError
from crawler.store.rows import OutboxEntry, OutboxRow
from crawler.store.tables import DeliveryRow, DocumentRow, FactRow, FactSourceRow


class Claim:
    """One outbox row held for a send; finish it with exactly one of its methods."""

    def __init__(self, store: OutboxQueries, delivery_id: int, session: Session | None) -> None:
        self._store, self.delivery_id, self._session = store, delivery_id, session

    def delivered(self, now: datetime) -> None:
        self._finish(status="delivered", delivered_at=now, last_error=None, attempts=DeliveryRow.attempts + 1)

    def retry(self, next_attempt_at: datetime, error: str) -> None:
        self._finish(next_attempt_at=next_attempt_at, last_error=error, attempts=DeliveryRow.attempts + 1)

    def failed(self, error: str) -> None:
        self._finish(status="failed", last_error=error, attempts=DeliveryRow.attempts + 1)

    def _finish(self, **values) -> None:
        if self._session is None:
            self._store._update(self.delivery_id, **values)
            return
        try:
            self._session.execute(update(DeliveryRow).where(DeliveryRow.id == self.delivery_id).values(**values))
            self._session.commit()
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {getattr(exc, 'orig', None) or exc}") from exc
        finally:
            self._session.close()


class OutboxQueries:
    """Mixed into Store: everything about delivery rows."""

    _engine: Engine

    def _transaction(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    def pending(self, now: datetime, *, due_only: bool = True, limit: int = 200) -> list[OutboxRow]:
        """Pending outbox rows, oldest first; with ``due_only`` those whose backoff has passed."""
        query = (
            select(DeliveryRow, FactRow, DocumentRow)
            .join(FactRow, DeliveryRow.fact_id == FactRow.id)
            .outerjoin(DocumentRow, FactRow.document_id == DocumentRow.id)
            .where(DeliveryRow.status == "pending")
            .order_by(DeliveryRow.id)
            .limit(limit)
        )
        if due_only:
            query = query.where(DeliveryRow.next_attempt_at <= now)
        with self._transaction() as session:
            rows = session.execute(query).all()
            # A fact without its document (a catalogue's entry, or a document pruned since) links its first source.
            first = self._first_sources(session, [f.id for _, f, doc in rows if doc is None])
            return [
                OutboxRow(
                    id=d.id, channel=d.channel, attempts=d.attempts, created_at=d.created_at, franchise=f.franchise,
                    event=f.event, when=f.when, evidence=f.evidence, first_seen_at=f.first_seen_at,
                    title=doc.title if doc else first.get(f.id, ("", "", ""))[0],
                    url=doc.url if doc else first.get(f.id, ("", "", ""))[1],
                    source=doc.source if doc else first.get(f.id, ("", "", ""))[2],
                    published_at=doc.published_at if doc else None,
                    installment=f.installment, previous_when=f.previous_when,
                )
                for d, f, doc in rows
            ]

    @staticmethod
    def _first_sources(session: Session, fact_ids: list[int]) -> dict[int, tuple[str, str, str]]:
        """fact id -> (title, url, source) of its first report."""
        if not fact_ids:
            return {}
        first = (select(func.min(FactSourceRow.id)).where(FactSourceRow.fact_id.in_(fact_ids))
                 .group_by(FactSourceRow.fact_id))
        return {row.fact_id: (row.title or "", row.url, row.source)
                for row in session.scalars(select(FactSourceRow).where(FactSourceRow.id.in_(first)))}

    def claim(self, delivery_id: int) -> Claim | None:
        """Take a pending row for one send, or None when it is delivered or another daemon has it.

        On PostgreSQL the row stays locked (FOR UPDATE SKIP LOCKED) until the
        claim is finished, so that two daemons never send it both; a daemon that
        dies releases it with its connection. SQLite serves one daemon: the claim
        only checks that the row is still pending, and holds no transaction
        across the send (a WAL snapshot held that long could not write after).
        """
        if self._engine.dialect.name != "postgresql":
            with self._transaction() as session:
                pending = session.scalar(select(DeliveryRow.id).where(
                    DeliveryRow.id == delivery_id, DeliveryRow.status == "pending"))
            return Claim(self, delivery_id, None) if pending else None
        session = Session(self._engine, expire_on_commit=False)
        try:
            session.begin()
            row = session.scalar(select(DeliveryRow.id).where(
                DeliveryRow.id == delivery_id, DeliveryRow.status == "pending").with_for_update(skip_locked=True))
        except SQLAlchemyError as exc:
            session.close()
            raise StoreError(f"database error: {getattr(exc, 'orig', None) or exc}") from exc
        if row is None:
            session.rollback()
            session.close()
            return None
        return Claim(self, delivery_id, session)

    def _update(self, delivery_id: int, **values) -> None:
        with self._transaction() as session:
            session.execute(update(DeliveryRow).where(DeliveryRow.id == delivery_id).values(**values))

    def requeue_failed(self, channel: str | None, now: datetime) -> int:
        """Give failed rows (of one channel, or all) a fresh set of attempts; returns how many."""
        query = update(DeliveryRow).where(DeliveryRow.status == "failed")
        if channel:
            query = query.where(DeliveryRow.channel == channel)
        with self._transaction() as session:
            result = session.execute(query.values(status="pending", attempts=0, next_attempt_at=now))
            return cast(CursorResult, result).rowcount or 0

    def postpone(self, channel: str, until: datetime) -> int:
        """No attempt at a channel's pending alerts before ``until`` (it answered 429); returns how many moved."""
        query = (update(DeliveryRow).where(DeliveryRow.channel == channel, DeliveryRow.status == "pending",
                                           DeliveryRow.next_attempt_at < until).values(next_attempt_at=until))
        with self._transaction() as session:
            return cast(CursorResult, session.execute(query)).rowcount or 0

    def due_now(self, channel: str, now: datetime) -> int:
        """Make a channel's pending alerts due at once (it is back after an outage); returns how many."""
        query = (update(DeliveryRow).where(DeliveryRow.channel == channel, DeliveryRow.status == "pending",
                                           DeliveryRow.next_attempt_at > now).values(next_attempt_at=now))
        with self._transaction() as session:
            return cast(CursorResult, session.execute(query)).rowcount or 0

    def drop_pending(self, channel: str) -> int:
        """End the pending alerts of a channel that is gone: they become failed, with why; returns how many.

        Failed, not deleted: the history stays, and ``retry`` can queue them again if the channel returns.
        """
        query = (update(DeliveryRow).where(DeliveryRow.status == "pending", DeliveryRow.channel == channel)
                 .values(status="failed", last_error="dropped: the channel is no longer in the configuration"))
        with self._transaction() as session:
            return cast(CursorResult, session.execute(query)).rowcount or 0

    def outbox(self, status: str, limit: int = 20, channel: str | None = None) -> list[OutboxEntry]:
        """Rows of one status, newest first, with what they are about."""
        query = (
            select(DeliveryRow, FactRow)
            .join(FactRow, DeliveryRow.fact_id == FactRow.id)
            .where(DeliveryRow.status == status)
            .order_by(DeliveryRow.id.desc())
            .limit(limit)
        )
        if channel:
            query = query.where(DeliveryRow.channel == channel)
        with self._transaction() as session:
            return [OutboxEntry(d.id, d.channel, d.status, d.attempts, d.created_at, d.delivered_at,
                                d.next_attempt_at, d.last_error, f.franchise, f.event, f.when)
                    for d, f in session.execute(query)]

    def outbox_counts(self) -> dict[tuple[str, str], int]:
        """(channel, status) -> number of rows."""
        with self._transaction() as session:
            return {(c, st): n for c, st, n in session.execute(
                select(DeliveryRow.channel, DeliveryRow.status, func.count()).group_by(DeliveryRow.channel,
                                                                                       DeliveryRow.status))}
