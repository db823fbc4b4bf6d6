"""The catalogue side of the store: what a catalogue source last listed, and the facts its changes make."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.alerting import AlertPolicy
from crawler.model import CatalogEntry, Document, EntryStatus, Event, Observation, When
from crawler.store.facts import FactOutcome, FactQueries
from crawler.store.rows import SaveResult
from crawler.store.tables import CatalogEntryRow, Insert


class CatalogQueries(FactQueries):
    """Mixed into Store: catalogue entries as last seen, and storing an observation with its events."""

    _insert: Insert  # provided by Store

    def _transaction(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    def catalog_entries(self, source: str, franchise: str | None = None) -> dict[str, dict[int, CatalogEntry]]:
        """franchise -> entry id -> the entry as ``source`` last listed it (of one ``franchise``, when given)."""
        query = select(CatalogEntryRow).where(CatalogEntryRow.source == source)
        if franchise is not None:
            query = query.where(CatalogEntryRow.franchise == franchise)
        found: dict[str, dict[int, CatalogEntry]] = {}
        with self._transaction() as session:
            for row in session.scalars(query):
                found.setdefault(row.franchise, {})[row.entry_id] = CatalogEntry(
                    id=row.entry_id, title=row.title, url=f"https://anilist.co/anime/{row.entry_id}",
                    format=row.format, status=_status(row.status),
                    start=When.parse(row.start) if row.start else None, trailer=row.trailer)
        return found

    def save_observation(self, observation: Observation, changes: Sequence[tuple[CatalogEntry, Event]],
                         policy: AlertPolicy, now: datetime, first_poll: bool) -> SaveResult:
        """Remember what the catalogue lists now, and store the facts its changes report, in one transaction.

        Each fact's source is the entry's page: a news site reporting the same
        fact later adds its own source and alerts nobody again.
        """
        events = [event for _, event in changes]
        verdicts = policy.verdicts(events, observation.trust, first_poll, now.date())
        with self._transaction() as session:
            for entry in observation.entries:
                self._remember(session, observation, entry, now)
            outcomes = []
            for (entry, event), verdict in zip(changes, verdicts, strict=True):
                report = Document(source=observation.source, url=entry.url, title=entry.title, text=event.evidence,
                                  published=now, kind="catalogue entry", trust=observation.trust)
                outcomes.append((self._add_fact(session, None, None, report, event, verdict, now), verdict))
        silenced = Counter(str(v.silence) for outcome, v in outcomes if outcome is FactOutcome.SILENT)
        return SaveResult(new_document=False, new_facts=sum(o is FactOutcome.QUEUED for o, _ in outcomes),
                          silenced=dict(silenced), awaiting=sum(o is FactOutcome.AWAITING for o, _ in outcomes))

    def _remember(self, session: Session, observation: Observation, entry: CatalogEntry, now: datetime) -> None:
        values = dict(title=entry.title, format=entry.format, status=entry.status and str(entry.status),
                      start=str(entry.start) if entry.start else None, trailer=entry.trailer, updated_at=now)
        key = dict(source=observation.source, franchise=observation.franchise, entry_id=entry.id)
        statement = self._insert(CatalogEntryRow).values(**key, **values, first_seen_at=now)
        # Two daemons observing at once: the later write wins, and both saw the same catalogue.
        session.execute(statement.on_conflict_do_update(index_elements=list(key), set_=values))


def _status(text: str | None) -> EntryStatus | None:
    return EntryStatus(text) if text is not None and text in EntryStatus.__members__ else None
