"""AniList's catalogue: the watched franchises' entries, their dates and trailers, through its GraphQL API.

A poll asks AniList, in as few requests as its rate limit likes: first, for the
franchises it cannot place yet (no ``anilist`` ids in config.toml, none found
before), a search by name, answered only by an entry titled exactly so; then
every known entry with its sequels, prequels and side stories, 50 to a page,
and the related entries it did not know, until it knows the whole chain: a
sequel listed long ago but seen only now would otherwise be announced as new.
It yields one :class:`Observation` per franchise; what changed since the last
poll is the ingest's to find. The API is no web page: robots.txt does not
apply, and a 429's Retry-After pauses the source (RetryAfterMiddleware).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import scrapy
from scrapy.http import JsonRequest, Response

from crawler.errors import CatalogError, StoreError
from crawler.extract.anilist import (
    MEDIA_QUERY,
    SEARCHES_PER_QUERY,
    answering,
    parse_media_page,
    parse_search,
    search_query,
)
from crawler.fetch.spiders.base import SourceSpider
from crawler.model import CatalogEntry, Franchise, Observation

# Rounds of "and the entries related to those" per poll: a chain of seasons is walked a hop a round.
MAX_ROUNDS = 12


class AniListSpider(SourceSpider):
    name = "anilist"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._ids: dict[str, set[int]] = {}  # franchise -> the entries it is asked about
        self._unplaced: list[Franchise] = []
        self._entries: dict[int, CatalogEntry] = {}  # asked for, with their relations
        self._related: dict[int, CatalogEntry] = {}  # seen as relations only
        self._asked: set[int] = set()
        self._round: list[int] = []  # the ids this round asks for
        self._rounds = 0

    async def start(self) -> AsyncIterator[scrapy.Request]:
        catalogue = self.run.context.catalogue
        if catalogue is None:
            self.run.fail("this crawl has no catalogue to store AniList's entries in")
            return
        try:
            known = await self.run.context.blocking(catalogue.known, self.run.source.name)
        except StoreError as exc:
            self.run.fail(str(exc))
            return
        self._ids = {f.name: set(f.anilist) | set(known.get(f.name, ())) for f in catalogue.franchises}
        self._unplaced = [f for f in catalogue.franchises if not self._ids[f.name]]
        for request in self._next_step():
            yield request

    def _next_step(self) -> Iterator[scrapy.Request]:
        """The next search for unplaced franchises, else the first page of entries."""
        if self._unplaced:
            batch, self._unplaced = self._unplaced[:SEARCHES_PER_QUERY], self._unplaced[SEARCHES_PER_QUERY:]
            variables = {f"q{i}": franchise.name for i, franchise in enumerate(batch)}
            yield self._ask(search_query(len(batch)), variables, self._searched, batch=batch)
        elif any(self._ids.values()):
            yield self._next_round(set().union(*self._ids.values()))

    def _next_round(self, ids: set[int]) -> JsonRequest:
        self._rounds += 1
        self._round = sorted(ids)
        self._asked |= ids
        return self._media_page(1)

    def _ask(self, query: str, variables: dict, callback, **cb_kwargs) -> JsonRequest:
        return JsonRequest(self.run.source.url, data={"query": query, "variables": variables}, callback=callback,
                           errback=self.listing_failed, cb_kwargs=cb_kwargs, dont_filter=True,
                           meta={"dont_obey_robotstxt": True})

    def _media_page(self, page: int) -> JsonRequest:
        return self._ask(MEDIA_QUERY, {"ids": self._round, "page": page}, self._listed, page=page)

    def _searched(self, response: Response, batch: list[Franchise]):
        try:
            found = parse_search(response.body, len(batch))
        except CatalogError as exc:
            self.run.fail(f"AniList's search answer: {exc}")
            return
        for franchise, candidates in zip(batch, found, strict=True):
            entry = answering(franchise.names, candidates)
            if entry is None:
                self.run.skip("not found on AniList", franchise.name,
                              detail="no entry is titled so; give its ids as anilist = [...] in its [[franchise]]")
            else:
                self._ids[franchise.name].add(entry.id)
        yield from self._next_step()

    def _listed(self, response: Response, page: int):
        try:
            answer = parse_media_page(response.body)
        except CatalogError as exc:
            self.run.fail(f"AniList's answer to page {page}: {exc}")
            return
        if answer.skipped:
            self.run.skip_entries("unreadable AniList entry", answer.skipped, f"page {page}")
        self._entries.update((e.id, e) for e in answer.entries)
        self._related.update(answer.related)
        if answer.has_next:
            yield self._media_page(page + 1)
            return
        unknown = {r for e in self._entries.values() for r in e.related} - self._asked
        if unknown and self._rounds < MAX_ROUNDS:
            yield self._next_round(unknown)
            return
        yield from self._observations()

    def _observations(self) -> Iterator[Observation]:
        for franchise, ids in self._ids.items():
            chain: dict[int, CatalogEntry] = {}
            waiting = sorted(ids)
            while waiting:
                entry_id = waiting.pop()
                entry = self._entries.get(entry_id) or self._related.get(entry_id)
                if entry is None or entry_id in chain:
                    continue
                chain[entry_id] = entry
                waiting += entry.related
            if chain:
                entries = tuple(sorted(chain.values(), key=lambda e: e.id))
                yield Observation(self.run.source.name, franchise, entries, self.run.source.trust)
