"""The database: documents, hits, facts, the delivery outbox and per-source state.

The only package that imports SQLAlchemy (with crawler/migrations). Every method is synchronous and
short; the daemon calls them in a worker thread. Uniqueness lives in the
schema (a canonical URL once, a fact once, an outbox row once per channel), and
colliding inserts use the dialect's ``ON CONFLICT DO NOTHING``, so that a
second daemon on the same database cannot create a duplicate either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import create_engine, delete, event, func, inspect, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from crawler.errors import SchemaMismatch, StoreError
from crawler.model import CrawlReport, Document, Event, Hit, SourceState
from crawler.store.rows import Confirmations, FactSource, FactView, OutboxEntry, OutboxRow, Routes, SaveResult
from crawler.store.tables import (
    DeliveryRow, DocumentRow, DocumentURLRow, FactRow, FactSourceRow, HitRow, SourceRow,
)
from crawler.urls import canonical_url

MIGRATIONS = Path(__file__).parent.parent / "migrations"
# Any constant: two daemons upgrading one PostgreSQL database take turns on it.
_MIGRATION_LOCK = 7_368_271



def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the CLI read while the daemon writes; NORMAL is durable in WAL mode
    # except for the last transactions before a power cut.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Claim:
    """One outbox row held for a send; finish it with exactly one of its methods."""

    def __init__(self, store: Store, delivery_id: int, session: Session | None) -> None:
        self._store, self.delivery_id, self._session = store, delivery_id, session

    def delivered(self, now: datetime) -> None:
        self._finish(status="delivered", delivered_at=now, last_error=None, attempts=DeliveryRow.attempts + 1)

    def retry(self, next_attempt_at: datetime, error: str) -> None:
        self._finish(next_attempt_at=next_attempt_at, last_error=error, attempts=DeliveryRow.attempts + 1)

    def failed(self, error: str) -> None:
        self._finish(status="failed", last_error=error, attempts=DeliveryRow.attempts + 1)

    def release(self) -> None:
        """Give the row back untouched (nothing was sent)."""
        if self._session is not None:
            self._session.rollback()
            self._session.close()

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


def _state_of(row: SourceRow) -> SourceState:
    return SourceState(
        polls=row.polls or 0, etag=row.etag, last_modified=row.last_modified, last_success_at=row.last_success_at,
        last_failure_at=row.last_failure_at, last_error=row.last_error,
        consecutive_failures=row.consecutive_failures or 0, documents_found=row.documents_found or 0,
        last_new_document_at=row.last_new_document_at, not_before=row.not_before,
    )


def describe_url(url: str) -> str:
    """The database URL with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparseable database URL)"


class Store:
    """All reads and writes of sequelwatch's state. Build with :meth:`open`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect, create the schema if the database is new, and check its version."""
        try:
            parsed = make_url(url)
            if parsed.get_backend_name() not in ("sqlite", "postgresql"):
                raise StoreError(f"unsupported database {parsed.get_backend_name()!r}; use sqlite or postgresql")
            if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(parsed, pool_pre_ping=True)
        except (ArgumentError, ImportError, OSError) as exc:
            raise StoreError(f"cannot open database: {exc}") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _set_sqlite_pragmas)
        store = cls(engine)
        store._prepare_schema()
        return store

    def _prepare_schema(self) -> None:
        """Create or upgrade the schema with Alembic, so that an upgrade never loses data."""
        config = AlembicConfig()
        config.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self._engine.begin() as connection:
                if connection.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
                config.attributes["connection"] = connection
                tables = set(inspect(connection).get_table_names())
                if "documents" in tables and "alembic_version" not in tables:
                    command.stamp(config, "0001")  # made by sequelwatch 0.1, before migrations
                command.upgrade(config, "head")
        except AlembicError as exc:
            raise SchemaMismatch(
                f"the database was made by a newer sequelwatch ({exc}); upgrade sequelwatch"
            ) from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database: {getattr(exc, 'orig', None) or exc}") from exc

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        # Objects stay readable after commit: callers get plain values, not lazy rows.
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {getattr(exc, 'orig', None) or exc}") from exc

    # -- crawling ---------------------------------------------------------------

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Which of these URLs (any form) are stored already, returned as given."""
        by_canonical = {canonical_url(u): u for u in urls}
        found: set[str] = set()
        keys = list(by_canonical)
        with self._transaction() as session:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                for column in (DocumentRow.canonical_url, DocumentURLRow.canonical_url):
                    found.update(by_canonical[r] for r in session.scalars(select(column).where(column.in_(chunk))))
        return found

    def save_document(
        self, document: Document, hits: list[Hit], events: list[Event], routes: Routes, now: datetime,
        confirm: Confirmations | None = None,
    ) -> SaveResult:
        """Store a document with its hits and events, and queue alerts for new facts.

        One transaction: either the document, its facts and their outbox rows
        are all stored, or none is. A document already stored (same canonical
        URL) changes nothing.
        """
        with self._transaction() as session:
            doc_id = session.scalar(
                self._insert(DocumentRow)
                .values(
                    canonical_url=canonical_url(document.url), url=document.url,
                    source=document.source, kind=document.kind, title=document.title,
                    text=document.text, lang=document.lang,
                    published_at=document.published, fetched_at=now,
                )
                .on_conflict_do_nothing()
                .returning(DocumentRow.id)
            )
            if doc_id is None:
                return SaveResult(new_document=False, new_facts=0)
            own = canonical_url(document.url)
            for alias in {canonical_url(u) for u in document.aliases} - {own}:
                session.execute(self._insert(DocumentURLRow).values(canonical_url=alias, document_id=doc_id)
                                .on_conflict_do_nothing())
            seen: set[str] = set()
            for hit in hits:
                if hit.franchise not in seen:
                    seen.add(hit.franchise)
                    session.add(HitRow(document_id=doc_id, franchise=hit.franchise,
                                       alias=hit.alias, in_title=hit.in_title))
            new_facts = sum(self._add_fact(session, doc_id, document, e, routes, now, (confirm or {}).get(e.franchise))
                            for e in events)
        return SaveResult(new_document=True, new_facts=new_facts)

    def _add_fact(self, session: Session, doc_id: int, document: Document, ev: Event, routes: Routes,
                  now: datetime, confirm: str | None) -> bool:
        """Store a fact once; every report of it is a source. True when alerts were queued.

        With ``confirm = "official-or-2"``, a fact that only a community source
        reported waits: its alerts are queued once an official source, or a
        second independent source, reports it too.
        """
        channels = routes.get((ev.franchise, ev.kind), ())
        same = self._same_undated_fact(session, ev) if ev.when is None else None
        if same is not None:
            self._add_source(session, same, document, now)
            return self._corroborated(session, same, now)
        waits = confirm == "official-or-2" and document.trust == "community" and bool(channels)
        fact_id = session.scalar(
            self._insert(FactRow)
            .values(franchise=ev.franchise, event=ev.kind, key=ev.key, when=ev.when, evidence=ev.evidence,
                    document_id=doc_id, first_seen_at=now, installment=ev.installment,
                    previous_when=ev.previous or self._previous_date(session, ev),
                    awaiting=",".join(channels) if waits else None)
            .on_conflict_do_nothing()
            .returning(FactRow.id)
        )
        if fact_id is None:
            fact_id = session.scalar(select(FactRow.id).where(
                FactRow.franchise == ev.franchise, FactRow.event == ev.kind, FactRow.key == ev.key))
            self._add_source(session, fact_id, document, now)
            return self._corroborated(session, fact_id, now)
        self._add_source(session, fact_id, document, now)
        if waits:
            return False
        self._queue(session, fact_id, channels, now)
        return True

    def _queue(self, session: Session, fact_id: int, channels: Iterable[str], now: datetime) -> None:
        for channel in channels:
            session.execute(
                self._insert(DeliveryRow)
                .values(fact_id=fact_id, channel=channel, status="pending", attempts=0,
                        next_attempt_at=now, created_at=now)
                .on_conflict_do_nothing()
            )

    def _corroborated(self, session: Session, fact_id: int, now: datetime) -> bool:
        """Queue a waiting fact's alerts once an official or a second independent source reported it."""
        awaiting = session.scalar(select(FactRow.awaiting).where(FactRow.id == fact_id))
        if not awaiting:
            return False
        reports = session.execute(select(FactSourceRow.source, FactSourceRow.trust)
                                  .where(FactSourceRow.fact_id == fact_id)).all()
        if not any(trust == "official" for _, trust in reports) and len({source for source, _ in reports}) < 2:
            return False
        session.execute(update(FactRow).where(FactRow.id == fact_id).values(awaiting=None))
        self._queue(session, fact_id, awaiting.split(","), now)
        return True

    def _add_source(self, session: Session, fact_id: int, document: Document, now: datetime) -> None:
        session.execute(
            self._insert(FactSourceRow)
            .values(fact_id=fact_id, source=document.source, url=document.url, title=document.title, seen_at=now,
                    trust=document.trust)
            .on_conflict_do_nothing()
        )

    @staticmethod
    def _same_undated_fact(session: Session, ev: Event) -> int | None:
        """The month's fact an undated report belongs to, where its key alone cannot tell.

        "Blame! 2 announced" and "a Blame! sequel announced" in the same month are
        one fact: a report naming no installment joins the month's fact of that
        kind, and one naming an installment joins a fact that named none (and
        fills its installment in). Two different installments stay two facts.
        """
        base = ev.key.split(":", 1)[0] if ev.installment else ev.key
        rows = session.execute(select(FactRow.id, FactRow.installment).where(
            FactRow.franchise == ev.franchise, FactRow.event == ev.kind,
            (FactRow.key == base) | FactRow.key.startswith(base + ":", autoescape=True))).all()
        if not rows:
            return None
        if ev.installment is None:
            return rows[0].id
        for fact_id, installment in rows:
            if installment == ev.installment:
                return fact_id
        for fact_id, installment in rows:
            if installment is None:
                session.execute(update(FactRow).where(FactRow.id == fact_id).values(installment=ev.installment))
                return fact_id
        return None

    @staticmethod
    def _previous_date(session: Session, ev: Event) -> str | None:
        """The date a new date of the same named installment replaces, when the text did not say."""
        if ev.kind not in ("release_date", "delay") or not ev.installment or not ev.when:
            return None
        return session.scalar(
            select(FactRow.when)
            .where(FactRow.franchise == ev.franchise, FactRow.event == "release_date",
                   FactRow.installment == ev.installment, FactRow.when != ev.when)
            .order_by(FactRow.first_seen_at.desc())
            .limit(1)
        )

    def source_states(self) -> dict[str, SourceState]:
        with self._transaction() as session:
            return {row.name: _state_of(row) for row in session.scalars(select(SourceRow))}

    def last_delivered_at(self) -> datetime | None:
        with self._transaction() as session:
            return session.scalar(select(func.max(DeliveryRow.delivered_at)))

    def source_state(self, name: str) -> SourceState:
        with self._transaction() as session:
            row = session.get(SourceRow, name)
            return _state_of(row) if row is not None else SourceState()

    def record_poll(self, report: CrawlReport, now: datetime, not_before: datetime | None = None) -> SourceState:
        """Remember how a poll went; returns the source's state after it.

        ``not_before``: no poll of this source before then (backoff, Retry-After).
        """
        with self._transaction() as session:
            row = session.get(SourceRow, report.source)
            if row is None:
                row = SourceRow(name=report.source, consecutive_failures=0, documents_found=0, polls=0)
                session.add(row)
            row.last_polled_at, row.polls, row.not_before = now, (row.polls or 0) + 1, not_before
            row.documents_found += report.new_documents
            if report.new_documents:
                row.last_new_document_at = now
            if report.etag is not None or report.last_modified is not None:
                row.etag, row.last_modified = report.etag, report.last_modified
            if report.ok:
                row.last_success_at, row.consecutive_failures = now, 0
            else:
                row.last_failure_at, row.last_error = now, report.error
                row.consecutive_failures += 1
            return _state_of(row)

    # -- delivery ---------------------------------------------------------------

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
            return [
                OutboxRow(
                    id=d.id, channel=d.channel, attempts=d.attempts, created_at=d.created_at, franchise=f.franchise,
                    event=f.event, when=f.when, evidence=f.evidence, first_seen_at=f.first_seen_at,
                    title=doc.title if doc else "", url=doc.url if doc else "",
                    source=doc.source if doc else "", published_at=doc.published_at if doc else None,
                    installment=f.installment, previous_when=f.previous_when,
                )
                for d, f, doc in session.execute(query)
            ]

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

    def mark_delivered(self, delivery_id: int, now: datetime) -> None:
        self._update(delivery_id, status="delivered", delivered_at=now, last_error=None,
                     attempts=DeliveryRow.attempts + 1)

    def mark_retry(self, delivery_id: int, next_attempt_at: datetime, error: str) -> None:
        self._update(delivery_id, next_attempt_at=next_attempt_at, last_error=error,
                     attempts=DeliveryRow.attempts + 1)

    def mark_failed(self, delivery_id: int, error: str) -> None:
        self._update(delivery_id, status="failed", last_error=error, attempts=DeliveryRow.attempts + 1)

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
            return result.rowcount or 0

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

    def prune_documents(self, fetched_before: datetime) -> int:
        """Delete documents (and their hits) fetched before a time; facts and their sources stay."""
        with self._transaction() as session:
            old = select(DocumentRow.id).where(DocumentRow.fetched_at < fetched_before)
            session.execute(update(FactRow).where(FactRow.document_id.in_(old)).values(document_id=None))
            session.execute(delete(HitRow).where(HitRow.document_id.in_(old)))
            result = session.execute(delete(DocumentRow).where(DocumentRow.fetched_at < fetched_before))
            return result.rowcount or 0

    # -- inspection -------------------------------------------------------------

    def facts(self, franchise: str | None = None, since: datetime | None = None, limit: int = 200) -> list[FactView]:
        """Facts newest first, with their sources and their delivery state per channel."""
        query = select(FactRow).order_by(FactRow.first_seen_at.desc(), FactRow.id.desc()).limit(limit)
        if franchise:
            query = query.where(FactRow.franchise == franchise)
        if since:
            query = query.where(FactRow.first_seen_at >= since)
        with self._transaction() as session:
            facts = list(session.scalars(query))
            ids = [f.id for f in facts]
            sources: dict[int, list[FactSource]] = {}
            for row in session.scalars(select(FactSourceRow).where(FactSourceRow.fact_id.in_(ids))
                                       .order_by(FactSourceRow.seen_at, FactSourceRow.id)):
                sources.setdefault(row.fact_id, []).append(FactSource(row.source, row.url, row.title, row.seen_at))
            deliveries: dict[int, dict[str, str]] = {}
            for row in session.scalars(select(DeliveryRow).where(DeliveryRow.fact_id.in_(ids))):
                deliveries.setdefault(row.fact_id, {})[row.channel] = row.status
            return [FactView(f.id, f.franchise, f.event, f.when, f.installment, f.previous_when, f.evidence,
                             f.first_seen_at, tuple(sources.get(f.id, ())), deliveries.get(f.id, {}),
                             awaiting_confirmation=bool(f.awaiting))
                    for f in facts]

    def counts(self) -> dict[str, int]:
        """Row counts per table and outbox rows per status, for reports and tests."""
        with self._transaction() as session:
            result = {
                name: session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in (("documents", DocumentRow), ("hits", HitRow), ("facts", FactRow))
            }
            for status, n in session.execute(
                select(DeliveryRow.status, func.count()).group_by(DeliveryRow.status)
            ):
                result[f"deliveries_{status}"] = n
        return result

    def hits(self, limit: int = 50) -> list[tuple[str, str, str, datetime]]:
        """Recent (franchise, title, url, fetched_at), newest first."""
        with self._transaction() as session:
            rows = session.execute(
                select(HitRow.franchise, DocumentRow.title, DocumentRow.url, DocumentRow.fetched_at)
                .join(DocumentRow, HitRow.document_id == DocumentRow.id)
                .order_by(DocumentRow.fetched_at.desc(), HitRow.id.desc())
                .limit(limit)
            )
            return [tuple(r) for r in rows]


__all__ = ["Claim", "FactSource", "FactView", "OutboxEntry", "OutboxRow", "Routes", "SaveResult", "Store", "describe_url"]
