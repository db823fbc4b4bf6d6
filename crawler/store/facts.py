"""The facts side of the store: one fact per thing confirmed, its sources, corroboration."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from enum import Enum, auto
from typing import cast

from sqlalchemy import exists, func, or_, select, text, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, aliased

from crawler.alerting import AlertPolicy, Silence, Verdict
from crawler.model import Document, Event, EventKind, Franchise, Trust
from crawler.store.rows import Delivery, FactSource, FactView
from crawler.store.tables import DeliveryRow, FactRow, FactSourceRow, HitRow, Insert


class FactOutcome(Enum):
    """What storing one report did to its fact."""

    QUEUED = auto()  # its alerts were queued: a new fact, or one this report confirmed
    AWAITING = auto()  # a new fact that waits for confirmation
    SILENT = auto()  # a new fact that alerts nobody (its Silence is stored with it)
    KNOWN = auto()  # a known fact: this report is one more source


class FactQueries:
    """Mixed into Store: creating facts, adding their sources, and listing them."""

    _insert: Insert  # provided by Store

    def _transaction(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    def _add_fact(self, session: Session, doc_id: int | None, story: int | None, document: Document, ev: Event,
                  verdict: Verdict, now: datetime) -> FactOutcome:
        """Store a fact once; every report of it is a source.

        ``doc_id`` and ``story`` are None for a report that is no stored
        document (a catalogue's entry): its link is its source.

        A new fact's alerts are what ``verdict`` says. One that awaits
        confirmation is queued once an official source, or a second independent
        source, reports it too.
        """
        if ev.when is None and session.get_bind().dialect.name == "postgresql":
            # Undated reports of one month join one fact by looking for it first. Two daemons storing two
            # reports at once would both find none and make two facts; the unique key cannot tell, since
            # their keys differ by installment. One lock per month's fact makes them take turns (SQLite
            # has one writer at a time anyway).
            session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:group, 0))"),
                            {"group": f"{ev.franchise}\x1f{ev.group or ev.key}"})
        same = self._same_undated_fact(session, ev) if ev.when is None else None
        if same is not None:
            self._add_source(session, same, document, story, now)
            return FactOutcome.QUEUED if self._corroborated(session, same, now) else FactOutcome.KNOWN
        channels, waits = verdict.channels, verdict.awaiting_confirmation
        fact_id = session.scalar(
            self._insert(FactRow)
            .values(franchise=ev.franchise, event=ev.kind, key=ev.key, when=ev.when, evidence=ev.evidence,
                    document_id=doc_id, first_seen_at=now, installment=ev.installment,
                    previous_when=ev.previous or self._previous_date(session, ev),
                    awaiting=",".join(channels) if waits else None, silence=verdict.silence)
            .on_conflict_do_nothing()
            .returning(FactRow.id)
        )
        if fact_id is None:  # another writer created it first
            existing = session.scalars(select(FactRow.id).where(
                FactRow.franchise == ev.franchise, FactRow.event == ev.kind, FactRow.key == ev.key)).one()
            self._add_source(session, existing, document, story, now)
            return FactOutcome.QUEUED if self._corroborated(session, existing, now) else FactOutcome.KNOWN
        self._add_source(session, fact_id, document, story, now)
        if waits:
            return FactOutcome.AWAITING
        if not channels:
            return FactOutcome.SILENT
        self._queue(session, fact_id, channels, now)
        return FactOutcome.QUEUED

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
        reports = session.execute(select(FactSourceRow.source, FactSourceRow.trust, FactSourceRow.story,
                                         FactSourceRow.url).where(FactSourceRow.fact_id == fact_id)).all()
        # Independent: two sources, and two stories (a copy of the same post is not a second voice).
        # Two sources and two stories always include a pair differing in both.
        sources = {r.source for r in reports}
        stories = {r.story if r.story is not None else r.url for r in reports}
        if not any(r.trust == Trust.OFFICIAL for r in reports) and (len(sources) < 2 or len(stories) < 2):
            return False
        session.execute(update(FactRow).where(FactRow.id == fact_id).values(awaiting=None))
        self._queue(session, fact_id, awaiting.split(","), now)
        return True

    def _add_source(self, session: Session, fact_id: int, document: Document, story: int | None,
                    now: datetime) -> None:
        session.execute(
            self._insert(FactSourceRow)
            .values(fact_id=fact_id, source=document.source, url=document.url, title=document.title, seen_at=now,
                    trust=document.trust, story=story)
            .on_conflict_do_nothing()
        )

    def has_fact(self, event: Event) -> bool:
        """Whether a fact this event would report is stored already (its key, or its month's undated fact)."""
        with self._transaction() as session:
            if event.when is None:  # as _same_undated_fact joins it, without filling in its installment
                base = event.group or event.key
                installments = {i for (i,) in session.execute(select(FactRow.installment).where(
                    FactRow.franchise == event.franchise, FactRow.event == event.kind,
                    (FactRow.key == base) | FactRow.key.startswith(base + ":", autoescape=True)))}
                return bool(installments) and (event.installment is None or bool({None, event.installment}
                                                                                  & installments))
            return session.scalar(select(FactRow.id).where(
                FactRow.franchise == event.franchise, FactRow.event == event.kind, FactRow.key == event.key)) is not None

    def renamed_franchises(self, franchises: Sequence[Franchise]) -> dict[str, str]:
        """Stored franchise names that are now another watched franchise's alias: old -> new name.

        Renaming a franchise and keeping the old name as an alias keeps its facts: a
        report of a known announcement under the new name is then no news.
        """
        by_name: dict[str, set[str]] = {}
        for franchise in franchises:
            for name in franchise.aliases:
                by_name.setdefault(name.casefold(), set()).add(franchise.name)
        current = {f.name for f in franchises}
        with self._transaction() as session:
            stored = set(session.scalars(select(FactRow.franchise).distinct()))
        return {old: next(iter(new)) for old in stored - current
                if len(new := by_name.get(old.casefold(), set())) == 1}

    def rename_franchises(self, renames: dict[str, str]) -> int:
        """Give facts and hits of the old names the new ones; returns how many facts moved.

        A fact (or hit) the new name already has stays under the old one: both were watched once,
        and the unique keys allow one of each.
        """
        moved = 0
        taken_fact, taken_hit = aliased(FactRow), aliased(HitRow)
        with self._transaction() as session:
            for old, new in renames.items():
                result = session.execute(update(FactRow).where(FactRow.franchise == old, ~exists().where(
                    taken_fact.franchise == new, taken_fact.event == FactRow.event, taken_fact.key == FactRow.key))
                    .values(franchise=new))
                moved += cast(CursorResult, result).rowcount or 0
                session.execute(update(HitRow).where(HitRow.franchise == old, ~exists().where(
                    taken_hit.franchise == new, taken_hit.document_id == HitRow.document_id)).values(franchise=new))
        return moved

    def fact_states(self) -> dict[str, int]:
        """How many facts alerted, wait for confirmation, or alert nobody (by the Silence why)."""
        with self._transaction() as session:
            rows = session.execute(select(FactRow.silence, FactRow.awaiting.is_not(None), func.count())
                                   .group_by(FactRow.silence, FactRow.awaiting.is_not(None))).all()
        states: dict[str, int] = {}
        for silence, awaiting, count in rows:
            state = silence or ("waiting for confirmation" if awaiting else "alerted")
            states[state] = states.get(state, 0) + count
        return states

    def backfill(self, source: str, policy: AlertPolicy, now: datetime, since: datetime | None = None) -> int:
        """Alert what ``source``'s first poll stored without alerts (first seen since ``since``); once only.

        Each such fact is judged again as if found on a later poll: it may alert,
        await confirmation, or stay silent for another reason (its date has
        passed meanwhile). Its first-poll silence is cleared either way, so a
        second backfill finds nothing. Returns how many facts' alerts were queued.
        """
        reports = select(FactSourceRow.fact_id, func.max(FactSourceRow.trust).label("trust")).where(
            FactSourceRow.source == source).group_by(FactSourceRow.fact_id).subquery()
        query = (select(FactRow, reports.c.trust).join(reports, reports.c.fact_id == FactRow.id)
                 .where(FactRow.silence == Silence.FIRST_POLL).order_by(FactRow.first_seen_at, FactRow.id))
        if since is not None:
            query = query.where(FactRow.first_seen_at >= since)
        queued = 0
        with self._transaction() as session:
            for fact, trust in session.execute(query).all():
                event = Event(fact.franchise, EventKind(fact.event), fact.key, fact.when, fact.evidence,
                              fact.installment)
                verdict = policy.verdict(event, Trust(trust), first_poll=False, today=now.date())
                fact.silence = verdict.silence
                if verdict.awaiting_confirmation:
                    fact.awaiting = ",".join(verdict.channels)
                elif verdict.channels:
                    self._queue(session, fact.id, verdict.channels, now)
                    queued += 1
        return queued

    @staticmethod
    def _same_undated_fact(session: Session, ev: Event) -> int | None:
        """The month's fact an undated report belongs to, where its key alone cannot tell.

        "Blame! 2 announced" and "a Blame! sequel announced" in the same month are
        one fact: a report naming no installment joins the month's fact of that
        kind, and one naming an installment joins a fact that named none (and
        fills its installment in). Two different installments stay two facts.
        """
        base = ev.group or ev.key
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
        if not ev.kind.dated or not ev.installment or not ev.when:
            return None
        return session.scalar(
            select(FactRow.when)
            .where(FactRow.franchise == ev.franchise, FactRow.event == EventKind.RELEASE_DATE,
                   FactRow.installment == ev.installment, FactRow.when != ev.when)
            .order_by(FactRow.first_seen_at.desc())
            .limit(1)
        )

    def facts(self, franchise: str | None = None, since: datetime | None = None, limit: int = 200,
              event: str | None = None) -> list[FactView]:
        """Facts newest first, with their sources and their delivery state per channel."""
        query = select(FactRow).order_by(FactRow.first_seen_at.desc(), FactRow.id.desc()).limit(limit)
        if franchise:
            query = query.where(FactRow.franchise == franchise)
        if since:
            query = query.where(FactRow.first_seen_at >= since)
        if event:
            query = query.where(FactRow.event == str(event))
        with self._transaction() as session:
            return self._views(session, list(session.scalars(query)))

    def dated_facts(self, first_year: int, *, prefix: str | None = None, exact: Collection[str] = (),
                    sources: bool = True) -> list[FactView]:
        """Release dates and delays (a calendar's facts), oldest first, without their deliveries: those dated
        ``first_year`` or later, or, given ``prefix`` ("2027-05") and ``exact`` ({"2027-spring", "2027"}), those
        dated so (or that moved away from such a date). ``sources=False`` leaves their sources out too."""
        if prefix is None:
            dated = FactRow.when >= f"{first_year:04d}"
        else:
            dated = or_(*(column.startswith(prefix, autoescape=True) | column.in_(list(exact))
                          for column in (FactRow.when, FactRow.previous_when)))
        query = (select(FactRow).where(FactRow.event.in_((EventKind.RELEASE_DATE, EventKind.DELAY)), dated)
                 .order_by(FactRow.first_seen_at, FactRow.id))
        with self._transaction() as session:
            return self._views(session, list(session.scalars(query)), outbox=False, sources=sources)

    def fact_sources(self, fact_ids: Collection[int]) -> dict[int, tuple[FactSource, ...]]:
        """Every report of these facts, oldest first."""
        with self._transaction() as session:
            return self._sources(session, list(fact_ids))

    @staticmethod
    def _sources(session: Session, ids: list[int]) -> dict[int, tuple[FactSource, ...]]:
        found: dict[int, list[FactSource]] = {}
        for row in session.scalars(select(FactSourceRow).where(FactSourceRow.fact_id.in_(ids))
                                   .order_by(FactSourceRow.seen_at, FactSourceRow.id)):
            found.setdefault(row.fact_id, []).append(FactSource(row.source, row.url, row.title, row.seen_at, row.story))
        return {fact_id: tuple(rows) for fact_id, rows in found.items()}

    @classmethod
    def _views(cls, session: Session, facts: list[FactRow], outbox: bool = True,
               sources: bool = True) -> list[FactView]:
        ids = [f.id for f in facts]
        reports = cls._sources(session, ids) if sources else {}
        sent_by: dict[int, list[Delivery]] = {}
        rows = session.scalars(select(DeliveryRow).where(DeliveryRow.fact_id.in_(ids))
                               .order_by(DeliveryRow.channel)) if outbox else ()
        for sent in rows:
            sent_by.setdefault(sent.fact_id, []).append(Delivery(
                sent.channel, sent.status, sent.attempts, sent.created_at, sent.next_attempt_at,
                sent.delivered_at, sent.last_error))
        return [FactView(f.id, f.franchise, f.event, f.when, f.installment, f.previous_when, f.evidence,
                         f.first_seen_at, reports.get(f.id, ()),
                         {d.channel: d.status for d in sent_by.get(f.id, ())},
                         awaiting_confirmation=bool(f.awaiting), silence=f.silence,
                         outbox=tuple(sent_by.get(f.id, ())))
                for f in facts]
