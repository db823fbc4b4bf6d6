"""The database: documents, hits, facts, the delivery outbox and per-source state.

The only package that imports SQLAlchemy (with crawler/migrations). Every method is synchronous and
short; the daemon calls them in a worker thread. Uniqueness lives in the
schema (a canonical URL once, a fact once, an outbox row once per channel), and
colliding inserts use the dialect's ``ON CONFLICT DO NOTHING``, so that a
second daemon on the same database cannot create a duplicate either.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import cast

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import bindparam, create_engine, delete, event, func, inspect, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, CursorResult, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from crawler.alerting import AlertPolicy
from crawler.errors import MissingDatabase, SchemaMismatch, StoreError
from crawler.model import CrawlReport, Document, Event, Hit, SourceState
from crawler.store.catalog import CatalogQueries
from crawler.store.facts import FactOutcome
from crawler.store.fingerprint import SAME_STORY, Fingerprint, similarity
from crawler.store.outbox import Claim, OutboxQueries
from crawler.store.pages import PageQueries
from crawler.store.rows import Delivery, FactSource, FactView, OutboxEntry, OutboxRow, SaveResult
from crawler.store.tables import (
    DeliveryRow,
    DocumentBandRow,
    DocumentRow,
    DocumentURLRow,
    FactRow,
    HitRow,
    Insert,
    PageFailureRow,
    SourceRow,
    table_of,
)
from crawler.urls import canonical_url

MIGRATIONS = Path(__file__).parent / "migrations"
# Any constant: two daemons upgrading one PostgreSQL database take turns on it.
_MIGRATION_LOCK = 7_368_271
STATEMENT_TIMEOUT_SECONDS = 30
CONNECT_TIMEOUT_SECONDS = 10
_DOCUMENTS = table_of(DocumentRow)
# Candidate copies compared per document: a handful share a band by chance, a real copy is among them.
_MAX_CANDIDATES = 20
# The duplicate check's statements, built once: building and caching a statement
# per call cost more than SQLite's execution of it.
_BANDS = DocumentBandRow.__table__.c
_SAME_TEXT = (select(_DOCUMENTS.c.id, _DOCUMENTS.c.story_id)
              .where(_DOCUMENTS.c.fingerprint == bindparam("fingerprint")).limit(1))
_BAND_MATCHES = select(_BANDS.document_id).where(_BANDS.key.in_(bindparam("keys", expanding=True)))
_CANDIDATES = (select(_DOCUMENTS.c.id, _DOCUMENTS.c.story_id, _DOCUMENTS.c.signature)
               .where(_DOCUMENTS.c.id.in_(bindparam("ids", expanding=True))))



def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the CLI read while the daemon writes; NORMAL is durable in WAL mode
    # except for the last transactions before a power cut.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _set_postgresql_session(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # Our queries are small index look-ups. On a table whose statistics lag behind
    # (right after a bulk load) the planner overestimates them and JIT-compiles:
    # 60 ms instead of 0.5 ms for the duplicate check (measured at 1,000,000 documents).
    cursor.execute("SET jit = off")
    # No statement of ours takes long: one that does waits on a lock or a sick server. Ending it
    # turns a hang into a StoreError, one log line, and the job runs again at its next interval.
    cursor.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_SECONDS * 1000}")
    cursor.close()
    dbapi_connection.commit()


def _state_of(row: SourceRow) -> SourceState:
    return SourceState(
        polls=row.polls or 0, etag=row.etag, last_modified=row.last_modified, last_success_at=row.last_success_at,
        last_failure_at=row.last_failure_at, last_error=row.last_error,
        consecutive_failures=row.consecutive_failures or 0, documents_found=row.documents_found or 0,
        last_new_document_at=row.last_new_document_at, not_before=row.not_before,
        lease_holder=row.lease_holder, lease_until=row.lease_until,
    )


def describe_url(url: str) -> str:
    """The database URL with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparseable database URL)"


class Store(CatalogQueries, OutboxQueries, PageQueries):
    """All reads and writes of sequelwatch's state. Build with :meth:`open`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._insert: Insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        # One document written at a time per process: concurrent polls store from
        # worker threads, and two copies saved side by side would each find no
        # story yet and start their own. (SQLite had them queue in its busy
        # handler anyway, sleeping; PostgreSQL would let both through.)
        self._write_lock = threading.Lock()
        self._insert_document = (self._insert(_DOCUMENTS).on_conflict_do_nothing()
                                 .returning(_DOCUMENTS.c.id))
        self._insert_bands = self._insert(table_of(DocumentBandRow)).on_conflict_do_nothing()
        self._insert_alias = self._insert(table_of(DocumentURLRow)).on_conflict_do_nothing()

    @classmethod
    def open(cls, url: str, create: bool = True) -> Store:
        """Connect, create the schema if the database is new, and check its version.

        ``create=False``: an SQLite file that does not exist is a StoreError
        (MissingDatabase) naming the path, not a new empty database.
        """
        try:
            parsed = make_url(url)
            if parsed.get_backend_name() not in ("sqlite", "postgresql"):
                raise StoreError(f"unsupported database {parsed.get_backend_name()!r}; use sqlite or postgresql")
            if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
                path = Path(parsed.database).expanduser()
                if not create and not path.exists():
                    raise MissingDatabase(f"no database at {path}")
                path.parent.mkdir(parents=True, exist_ok=True)
            connect_args = {"connect_timeout": CONNECT_TIMEOUT_SECONDS} if parsed.get_backend_name() == "postgresql" else {}
            engine = create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
        except (ArgumentError, ImportError, OSError) as exc:
            raise StoreError(f"cannot open database: {exc}") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _set_sqlite_pragmas)
        else:
            event.listen(engine, "connect", _set_postgresql_session)
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

    def _locked_row(self, session: Session, model: type, key: str, **defaults):
        """The row of ``model`` with primary key ``key``, made from ``defaults`` if missing, locked for update.

        Two daemons on one PostgreSQL database may create or update the same
        row at once (a source's first poll, a page failing on both): an insert
        that ignores a conflict, then a row lock, serialises them.
        """
        table = table_of(model)
        (pk,) = table.primary_key.columns
        session.execute(self._insert(table).values({pk.name: key, **defaults}).on_conflict_do_nothing())
        return session.get(model, key, with_for_update=True)

    def close(self) -> None:
        self._engine.dispose()

    def ping(self) -> None:
        """Raise StoreError unless the database answers (health checks)."""
        with self._transaction() as session:
            session.execute(text("SELECT 1"))

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        # Objects stay readable after commit: callers get plain values, not lazy rows.
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {getattr(exc, 'orig', None) or exc}") from exc

    # -- crawling ---------------------------------------------------------------

    def save_document(
        self, document: Document, hits: list[Hit], events: list[Event], policy: AlertPolicy, now: datetime,
        first_poll: bool = False,
    ) -> SaveResult:
        """Store a document with its hits and events, and queue alerts for new facts as ``policy`` decides.

        One transaction: either the document, its facts and their outbox rows
        are all stored, or none is. A document already stored (same canonical
        URL) changes nothing. A copy of a stored document (same text, or nearly)
        is stored as part of that document's story: its facts still count, but
        as a report of the same story, not an independent one.
        """
        fingerprint = Fingerprint.of(document.title, document.text)
        with self._write_lock, self._transaction() as session:
            # Core statements on the session's connection: the ORM's bulk-insert path
            # cost as much as the database itself on this, the crawl's hottest write.
            connection = session.connection()
            copy_of = self._story_of(connection, fingerprint)
            own = canonical_url(document.url)
            doc_id = connection.scalar(self._insert_document, dict(
                canonical_url=own, url=document.url, source=document.source, kind=document.kind,
                title=document.title, text=document.text, lang=document.lang,
                published_at=document.published, fetched_at=now,
                fingerprint=fingerprint.exact, signature=fingerprint.signature, story_id=copy_of,
            ))
            if doc_id is None:
                return SaveResult(new_document=False, new_facts=0)
            if fingerprint.bands and copy_of is None:  # a copy is found through its story's first document
                connection.execute(self._insert_bands,
                                   [{"key": key, "document_id": doc_id} for key in set(fingerprint.bands)])
            aliases = {canonical_url(u) for u in document.aliases} - {own}
            if aliases:
                connection.execute(self._insert_alias, [{"canonical_url": a, "document_id": doc_id} for a in aliases])
            first_hits = {hit.franchise: hit for hit in reversed(hits)}  # the first hit of each franchise
            if first_hits:
                connection.execute(table_of(HitRow).insert(), [
                    {"document_id": doc_id, "franchise": h.franchise, "alias": h.alias, "in_title": h.in_title}
                    for h in first_hits.values()])
            story = copy_of or doc_id
            verdicts = policy.verdicts(events, document.trust, first_poll, now.date())
            outcomes = [(self._add_fact(session, doc_id, story, document, e, verdict, now), verdict)
                        for e, verdict in zip(events, verdicts, strict=True)]
        silenced = Counter(str(v.silence) for outcome, v in outcomes if outcome is FactOutcome.SILENT)
        return SaveResult(new_document=True, new_facts=sum(o is FactOutcome.QUEUED for o, _ in outcomes),
                          copy_of=copy_of, silenced=dict(silenced),
                          awaiting=sum(o is FactOutcome.AWAITING for o, _ in outcomes))

    def story_of(self, fingerprint: Fingerprint) -> int | None:
        """The story (its first document's id) that a text with this fingerprint copies, if any."""
        with self._transaction() as session:
            return self._story_of(session.connection(), fingerprint)

    @staticmethod
    def _story_of(connection: Connection, fingerprint: Fingerprint) -> int | None:
        # Index look-ups only (the fingerprint, then the bands), so the cost does
        # not grow with the number of stored documents.
        if fingerprint.exact is not None:
            same = connection.execute(_SAME_TEXT, {"fingerprint": fingerprint.exact}).first()
            if same is not None:
                return same.story_id or same.id
        if fingerprint.signature is None:
            return None
        # Two look-ups, not a join, and no LIMIT: with either, PostgreSQL may prefer
        # walking a whole index or table to the key look-up (measured: linear in the
        # store). Only a story's first document has bands, so few rows match.
        matches = connection.scalars(_BAND_MATCHES, {"keys": list(fingerprint.bands)})
        candidates = list(dict.fromkeys(matches))[:_MAX_CANDIDATES]
        if not candidates:
            return None
        best: tuple[float, int] | None = None
        for row in connection.execute(_CANDIDATES, {"ids": candidates}):
            score = similarity(fingerprint.signature, row.signature)
            if score >= SAME_STORY and (best is None or score > best[0]):
                best = (score, row.story_id or row.id)
        return best[1] if best else None

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
        """Remember how a poll went, and the pages it could not use; returns the source's state after it.

        ``not_before``: no poll of this source before then (backoff, Retry-After).
        """
        with self._transaction() as session:
            row = self._locked_row(session, SourceRow, report.source,
                                   consecutive_failures=0, documents_found=0, polls=0)
            row.last_polled_at, row.polls, row.not_before = now, (row.polls or 0) + 1, not_before
            row.documents_found += report.new_documents
            if report.new_documents:
                row.last_new_document_at = now
            # Validators only from a complete poll: with them, the next poll gets a 304
            # and would never fetch what this one did not reach.
            if report.ok and (report.etag is not None or report.last_modified is not None):
                row.etag, row.last_modified = report.etag, report.last_modified
            if report.ok:
                row.last_success_at, row.consecutive_failures = now, 0
            elif report.interrupted:
                pass  # neither the source's success nor its failure
            else:
                row.last_failure_at, row.last_error = now, report.error
                row.consecutive_failures += 1
            self._record_page_failures(session, dict(report.failed_pages), now)
            return _state_of(row)


    def take_lease(self, source: str, holder: str, now: datetime, until: datetime) -> str | None:
        """Make ``holder`` the daemon that polls ``source`` until ``until``; None when it is, else who is.

        Taken when nobody holds it, ``holder`` does already, or the last lease has
        run out (its daemon died, or it polled over an interval ago). One
        conditional UPDATE: of two daemons asking at once, one gets it.
        """
        with self._transaction() as session:
            session.execute(self._insert(SourceRow).values(name=source, consecutive_failures=0, documents_found=0,
                                                           polls=0).on_conflict_do_nothing())
            taken = session.execute(
                update(SourceRow)
                .where(SourceRow.name == source,
                       (SourceRow.lease_holder.is_(None)) | (SourceRow.lease_holder == holder)
                       | (SourceRow.lease_until.is_(None)) | (SourceRow.lease_until < now))
                .values(lease_holder=holder, lease_until=until))
            if cast(CursorResult, taken).rowcount:
                return None
            return session.scalar(select(SourceRow.lease_holder).where(SourceRow.name == source)) or "another daemon"

    def release_leases(self, holders: list[str]) -> int:
        """End the leases of daemons known to be gone (a restart on the same machine); returns how many."""
        if not holders:
            return 0
        with self._transaction() as session:
            result = session.execute(update(SourceRow).where(SourceRow.lease_holder.in_(holders))
                                     .values(lease_holder=None, lease_until=None))
            return cast(CursorResult, result).rowcount or 0

    def lease_holders(self) -> set[str]:
        with self._transaction() as session:
            return {h for h in session.scalars(select(SourceRow.lease_holder).distinct()) if h}

    def prune_documents(self, fetched_before: datetime) -> int:
        """Delete documents (and their hits) fetched before a time; facts and their sources stay."""
        with self._transaction() as session:
            old = select(DocumentRow.id).where(DocumentRow.fetched_at < fetched_before)
            session.execute(update(FactRow).where(FactRow.document_id.in_(old)).values(document_id=None))
            session.execute(delete(HitRow).where(HitRow.document_id.in_(old)))
            session.execute(delete(DocumentBandRow).where(DocumentBandRow.document_id.in_(old)))
            session.execute(delete(DocumentURLRow).where(DocumentURLRow.document_id.in_(old)))
            session.execute(delete(PageFailureRow).where(PageFailureRow.failed_at < fetched_before))
            result = session.execute(delete(DocumentRow).where(DocumentRow.fetched_at < fetched_before))
            return cast(CursorResult, result).rowcount or 0

    # -- inspection -------------------------------------------------------------

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
            return [(r.franchise, r.title, r.url, r.fetched_at) for r in rows]


__all__ = ["Claim", "Delivery", "FactSource", "FactView", "OutboxEntry", "OutboxRow", "SaveResult", "Store", "describe_url"]
