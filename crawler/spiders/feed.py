"""RSS, Atom and RDF feeds: list the entries, fetch each article not stored yet."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import scrapy
from scrapy.http import Response, TextResponse

from crawler.context import CrawlRun
from crawler.extract import FeedEntry, parse_feed
from crawler.model import Page
from crawler.spiders.failures import describe


class FeedSpider(scrapy.Spider):
    name = "feed"

    def __init__(self, run: CrawlRun, **kwargs) -> None:
        super().__init__(**kwargs)
        self.run = run

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(
            self.run.source.url, callback=self.parse_listing, errback=self.listing_failed,
            dont_filter=True,
        )

    async def parse_listing(self, response: Response):
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        listing = parse_feed(response.body, response.url, content_type)
        if listing.problem:
            self.run.fail(listing.problem)
            return
        self.run.tally["listed"] += len(listing.entries)
        urls = [entry.url for entry in listing.entries]
        # The store lookup is blocking I/O; keep it off the event loop.
        known = await asyncio.to_thread(self.run.context.store.known_urls, urls)
        for entry in listing.entries:
            if entry.url not in known:
                yield scrapy.Request(
                    entry.url, callback=self.parse_article, errback=self.article_failed,
                    cb_kwargs={"entry": entry},
                )

    def parse_article(self, response: Response, entry: FeedEntry):
        self.run.tally["fetched"] += 1
        if not isinstance(response, TextResponse):
            self.run.skip("not an HTML page", response.url)
            return
        yield Page(
            source=self.run.source.name,
            url=response.url,
            body=response.body,
            encoding=response.encoding,
            feed_title=entry.title,
            feed_published=entry.published,
            feed_summary=entry.summary,
        )

    def listing_failed(self, failure) -> None:
        self.run.fail(describe(failure))

    def article_failed(self, failure) -> None:
        self.run.skip(describe(failure), failure.request.url)
