"""Where a fetched document meets the detector and the store.

The fetch package sees neither: the scheduler hands a crawl :meth:`Ingest.save`
and :meth:`Ingest.triage` as plain callables in its context, so a spider or a
middleware imports no SQLAlchemy and no detector.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from crawler.alerting import AlertPolicy, Verdict
from crawler.model import CatalogEntry, Document, Event, EventKind, Franchise, Observation, Saved
from crawler.store import Store
from crawler.understand.analyze import Analyzer
from crawler.understand.catalog import Change, changes


@dataclass(frozen=True)
class Ingest:
    """Analyses and stores documents. Blocking: the crawl calls it from a worker thread."""

    store: Store
    analyzer: Analyzer
    policy: AlertPolicy = field(default_factory=AlertPolicy)
    franchises: tuple[Franchise, ...] = ()  # what catalogue sources look up

    def save(self, document: Document, first_poll: bool, now: datetime) -> Saved:
        """Find what ``document`` names and confirms, and store it with its new facts.

        ``first_poll``: found on its source's first poll (stored, not alerted).
        """
        analysis = self.analyzer.analyze(document, now)
        events = self.policy.facts(analysis.events, document.trust, first_poll)
        result = self.store.save_document(document, list(analysis.hits), events, self.policy, now, first_poll)
        return Saved(new_document=result.new_document, copy=result.copy_of is not None,
                     franchises=len(analysis.franchises), confirmations=sum(e.kind != EventKind.MENTION for e in events),
                     new_facts=result.new_facts, not_alerted=result.silenced, awaiting=result.awaiting)

    def triage(self, urls: Sequence[str], now: datetime) -> tuple[set[str], set[str]]:
        """Of ``urls``: those stored already, and those that failed lately and wait for their next attempt."""
        return self.store.known_urls(urls), self.store.waiting_urls(urls, now)

    def known(self, source: str) -> dict[str, set[int]]:
        """franchise -> the catalogue entries ``source`` has listed for it (a poll asks about them again)."""
        return _ids(self.store.catalog_entries(source))

    def observe(self, observation: Observation, first_poll: bool, now: datetime) -> Saved:
        """Store what a catalogue lists for a franchise, with the facts its changes since the last poll report.

        A franchise seen for the first time (the source's first poll, or one just
        added to the watch list) is stored without alerts, like a first poll.
        """
        stored = self.store.catalog_entries(observation.source, observation.franchise)
        before = stored.get(observation.franchise, {})
        found = _changes(self.franchises, observation, before, now)
        result = self.store.save_observation(observation, [(c.entry, c.event) for c in found], self.policy, now,
                                             first_poll or not before)
        return Saved(new_document=False, franchises=1, confirmations=len(found), new_facts=result.new_facts,
                     not_alerted=result.silenced, awaiting=result.awaiting)


@dataclass(frozen=True)
class Previewed:
    """One document as a preview saw it: the franchises it names, and each confirmation with its verdict."""

    document: Document
    franchises: tuple[str, ...]
    events: tuple[tuple[Event, Verdict, bool], ...]  # (event, verdict, already a stored fact)
    stored: bool = False  # stored on an earlier poll: a poll does not read it again


@dataclass
class Preview:
    """What ``Ingest`` would do with a poll's documents, storing nothing (``sequelwatch check-source``).

    Each document is judged as on a later poll of its source (first-poll
    silence aside); ``known`` says whether the store has a fact already, so that
    a repeat is told apart from news. Its ``save`` runs in worker threads:
    appending to ``found`` is its only effect.
    """

    analyzer: Analyzer
    policy: AlertPolicy
    known: Callable[[Event], bool] = field(default=lambda event: False)
    stored: Callable[[Sequence[str]], set[str]] = field(default=lambda urls: set())
    found: list[Previewed] = field(default_factory=list)
    franchises: tuple[Franchise, ...] = ()
    # source -> franchise -> the catalogue entries it listed before (Store.catalog_entries)
    entries: Callable[[str], Mapping[str, Mapping[int, CatalogEntry]]] = field(default=lambda source: {})

    def save(self, document: Document, first_poll: bool, now: datetime) -> Saved:
        analysis = self.analyzer.analyze(document, now)
        events = self.policy.facts(analysis.events, document.trust)
        verdicts = self.policy.verdicts(events, document.trust, False, now.date())
        judged = tuple((e, v, self.known(e)) for e, v in zip(events, verdicts, strict=True))
        self.found.append(Previewed(document, analysis.franchises, judged,
                                    stored=bool(self.stored([document.url, *document.aliases]))))
        alerting = sum(bool(v.channels) and not v.awaiting_confirmation and not known for _, v, known in judged)
        return Saved(new_document=True, franchises=len(analysis.franchises),
                     confirmations=sum(e.kind != EventKind.MENTION for e in events), new_facts=alerting)

    @staticmethod
    def triage(urls: Sequence[str], now: datetime) -> tuple[set[str], set[str]]:
        return set(), set()  # every listed page is fetched: a preview shows the whole listing

    def catalogue(self, source: str) -> _PreviewCatalogue:
        """What a catalogue source's poll stores into, for this preview: nothing, but ``found`` grows."""
        return _PreviewCatalogue(self, self.entries(source))


@dataclass(frozen=True)
class _PreviewCatalogue:
    """A catalogue poll's changes judged as the next poll would judge them, storing nothing."""

    preview: Preview
    before: Mapping[str, Mapping[int, CatalogEntry]]

    @property
    def franchises(self) -> tuple[Franchise, ...]:
        return self.preview.franchises

    def known(self, source: str) -> dict[str, set[int]]:
        return _ids(self.before)

    def observe(self, observation: Observation, first_poll: bool, now: datetime) -> Saved:
        before = self.before.get(observation.franchise, {})
        events = [c.event for c in _changes(self.franchises, observation, before, now)]
        # As the next poll would judge it: the source's first-poll silence aside, as for documents, but
        # a franchise never observed is the catalogue's first look at it.
        verdicts = self.preview.policy.verdicts(events, observation.trust, not before, now.date())
        judged = tuple((e, v, self.preview.known(e)) for e, v in zip(events, verdicts, strict=True))
        url = observation.entries[0].url if observation.entries else ""
        summary = Document(observation.source, url, f"{observation.franchise}: {len(observation.entries)} entries "
                                                     f"on AniList", "", kind="catalogue entry")
        self.preview.found.append(Previewed(summary, (observation.franchise,), judged))
        alerting = sum(bool(v.channels) and not v.awaiting_confirmation and not known for _, v, known in judged)
        return Saved(new_document=False, franchises=1, confirmations=len(events), new_facts=alerting)


def _ids(entries: Mapping[str, Mapping[int, CatalogEntry]]) -> dict[str, set[int]]:
    return {franchise: set(by_id) for franchise, by_id in entries.items()}


def _changes(franchises: Sequence[Franchise], observation: Observation, before: Mapping[int, CatalogEntry],
             now: datetime) -> list[Change]:
    """What changed in the catalogue for the observed franchise, read with every name it goes by."""
    names = next((f.names for f in franchises if f.name == observation.franchise), (observation.franchise,))
    return changes(observation.franchise, names, before, observation.entries, now)
