"""The item pipeline: extract, analyse and store what the spiders yield."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from scrapy.crawler import Crawler

from crawler.context import CrawlRun
from crawler.errors import StoreError
from crawler.extract import MIN_TEXT_CHARS
from crawler.model import Document, Page
from crawler.store import SaveResult


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
        run: CrawlRun = self.crawler.spider.run
        if isinstance(item, Page):
            document = await self._extract(run, item)
            if document is None:
                run.skip("no article text", item.url, urls=item.aliases, retry_later=True)
                return None
            if len(document.text) < MIN_TEXT_CHARS:
                run.tally["title_only"] += 1
        elif isinstance(item, Document):
            document = item
        else:
            return item
        try:
            saved, franchises, confirmations = await asyncio.to_thread(self._store, run, document)
        except StoreError as exc:
            # Not stored means not marked as known: the next poll fetches it again.
            run.skip(f"not stored ({exc})", document.url)
            return None
        if saved.new_document:
            run.tally["new_documents"] += 1
            run.tally["copies"] += saved.copy_of is not None
            run.tally["hits"] += franchises
            run.tally["events"] += confirmations
            run.tally["new_facts"] += saved.new_facts
        return document

    @staticmethod
    async def _extract(run: CrawlRun, page: Page) -> Document | None:
        return await run.context.workers.extract(page)

    @staticmethod
    def _store(run: CrawlRun, document: Document) -> tuple[SaveResult, int, int]:
        """Runs in a worker thread: touches no shared mutable state but the database."""
        now = run.context.clock()
        document = replace(document, trust=run.source.trust)
        analysis = run.context.analyzer.analyze(document, now)
        routes = run.routes
        # A mention is a fact only for franchises that alert on mentions; confirmed events always are.
        events = [e for e in analysis.events if e.kind != "mention" or (e.franchise, "mention") in routes]
        saved = run.context.store.save_document(document, list(analysis.hits), events, routes, now,
                                                run.context.confirm)
        return saved, len(analysis.franchises), sum(e.kind != "mention" for e in events)
