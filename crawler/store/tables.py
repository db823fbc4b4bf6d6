"""The tables: SQLAlchemy models, mapped onto the schema that crawler/migrations creates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use UTC-aware datetimes")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    pass


class SourceRow(Base):
    __tablename__ = "sources"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    documents_found: Mapped[int] = mapped_column(Integer, default=0)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_new_document_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    polls: Mapped[int] = mapped_column(Integer, default=0)
    # Several daemons on one database: the one that polls the source until then (see Store.take_lease).
    lease_holder: Mapped[str | None] = mapped_column(String(200))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_url: Mapped[str] = mapped_column(String(2048), unique=True)
    url: Mapped[str] = mapped_column(String(2048))
    source: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(16))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    fingerprint: Mapped[str | None] = mapped_column(String(32), index=True)  # crawler.store.fingerprint
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    story_id: Mapped[int | None] = mapped_column(Integer)  # the story's first document; NULL when this is it


class DocumentBandRow(Base):
    """One LSH band of a document's signature: documents sharing a band are candidate copies."""

    __tablename__ = "document_bands"
    __table_args__ = {"sqlite_with_rowid": False}
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
                                             index=True)


class DocumentURLRow(Base):
    """Another URL of a stored document: a feed link that redirected to it."""

    __tablename__ = "document_urls"
    canonical_url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)


class PageFailureRow(Base):
    """An article page that could not be used: when it failed, how often, and when to try it again."""

    __tablename__ = "page_failures"
    canonical_url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(String(300))
    failed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)


class HitRow(Base):
    __tablename__ = "hits"
    __table_args__ = (UniqueConstraint("document_id", "franchise"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    franchise: Mapped[str] = mapped_column(String(300), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    in_title: Mapped[bool] = mapped_column(default=False)


class FactRow(Base):
    __tablename__ = "facts"
    __table_args__ = (UniqueConstraint("franchise", "event", "key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    franchise: Mapped[str] = mapped_column(String(300))
    event: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(2048))
    when: Mapped[str | None] = mapped_column(String(32))
    evidence: Mapped[str] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    installment: Mapped[str | None] = mapped_column(String(200))
    previous_when: Mapped[str | None] = mapped_column(String(32))
    awaiting: Mapped[str | None] = mapped_column(Text)  # channels queued once corroborated ("a,b")
    silence: Mapped[str | None] = mapped_column(String(32))  # why it alerts nobody (crawler.alerting.Silence)


class FactSourceRow(Base):
    """One report of a fact: which source said it, where. Kept when old documents are pruned."""

    __tablename__ = "fact_sources"
    __table_args__ = (UniqueConstraint("fact_id", "url"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(2048))
    title: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    trust: Mapped[str] = mapped_column(String(16), default="press")
    story: Mapped[int | None] = mapped_column(Integer)  # the reporting document's story: copies are not independent


class DeliveryRow(Base):
    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("fact_id", "channel"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)



class CatalogEntryRow(Base):
    """What a catalogue source (AniList) last listed for an entry of a watched franchise: what the next poll
    compares against. Text columns hold what the catalogue's users wrote."""

    __tablename__ = "catalog_entries"
    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    # An entry related to two watched franchises (a crossover) is remembered for each.
    franchise: Mapped[str] = mapped_column(String(300), primary_key=True)
    entry_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(32))
    start: Mapped[str | None] = mapped_column(String(32))  # crawler.model.When's text
    trailer: Mapped[str | None] = mapped_column(String(300))
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


def table_of(model: type[Base]) -> Table:
    """A model's Core table, for bulk statements (typed as the Table it is, not a bare FromClause)."""
    return cast(Table, model.__table__)


#: An INSERT that can ignore conflicts: PostgreSQL's or SQLite's, chosen by the store's dialect.
Insert = Callable[..., Any]
