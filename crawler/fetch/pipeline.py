"""The item pipeline: extract, analyse and store what the spiders yield."""

from __future__ import annotations

from dataclasses import replace

from scrapy.crawler import Crawler

from crawler.errors import StoreError
from crawler.fetch.context import CrawlRun, run_of
from crawler.model import Document, Observation, Page


class DocumentPipeline:
    """Turns each Page into a Document, finds its hits and events, and stores it.

    Extraction is CPU work and storing is blocking I/O: both run in a worker
    thread so that the event loop (scheduler, other crawls) stays responsive.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DocumentPipeline:
        return cls(crawler)

    async def process_item(self, item):
        # Unusable items are counted and logged in one line by CrawlRun.skip and
        # end here; DropItem would make Scrapy log each one again, multi-line.
        run = run_of(self.crawler)
        if isinstance(item, Observation):
            await self._observe(run, item)
            return item
        if isinstance(item, Page):
            document = await self._extract(run, item)
            if document is None:
                run.skip("no article text", item.url, urls=item.aliases, retry_later=True)
                return None
        elif isinstance(item, Document):
            document = item
        else:
            return item
        document = replace(document, trust=run.source.trust)
        try:
            # Blocking (the detector, the database): off the event loop.
            saved = await run.context.blocking(run.context.save, document, run.first_poll, run.context.clock())
        except StoreError as exc:
            # Not stored means not marked as known, and the poll is no success (it keeps no ETag):
            # the next poll reads the listing in full and fetches it again.
            run.skip("not stored", document.url, detail=str(exc))
            run.unstored(str(exc))
            return None
        if saved.new_document:
            run.tally.new_documents += 1
            run.tally.copies += saved.copy
            run.tally.hits += saved.franchises
            run.tally.events += saved.confirmations
            run.tally.new_facts += saved.new_facts
            run.tally.not_alerted.update(saved.not_alerted)
            run.tally.awaiting += saved.awaiting
        return document

    @staticmethod
    async def _observe(run: CrawlRun, observation: Observation) -> None:
        """Store what a catalogue lists for one franchise; its changes since the last poll become facts."""
        catalogue = run.context.catalogue
        if catalogue is None:  # the spider does not start without one
            return
        run.tally.listed += len(observation.entries)
        try:
            saved = await run.context.blocking(catalogue.observe, replace(observation, trust=run.source.trust),
                                            run.first_poll, run.context.clock())
        except StoreError as exc:
            # Not remembered means the next poll compares against the old entries and finds the change again.
            run.skip("not stored", observation.franchise, detail=str(exc))
            run.unstored(str(exc))
            return
        run.tally.hits += saved.franchises
        run.tally.events += saved.confirmations
        run.tally.new_facts += saved.new_facts
        run.tally.not_alerted.update(saved.not_alerted)
        run.tally.awaiting += saved.awaiting

    @staticmethod
    async def _extract(run: CrawlRun, page: Page) -> Document | None:
        return await run.context.workers.extract(page)
