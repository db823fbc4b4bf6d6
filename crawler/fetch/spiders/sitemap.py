"""News sitemaps and sitemap indexes: fetch the articles listed since the last successful poll."""

from __future__ import annotations

from datetime import datetime, timedelta

from scrapy.http import Response

from crawler.extract.listings import parse_sitemap
from crawler.fetch.spiders.base import SourceSpider

# Sitemaps stamp entries in the site's clock, and publishers backdate: look a little further back.
LOOKBACK = timedelta(hours=6)


class SitemapSpider(SourceSpider):
    name = "sitemap"

    def _since(self) -> datetime | None:
        last = self.run.state.last_success_at
        return last - LOOKBACK if last else None

    async def _listing_of(self, response: Response):
        return await self.run.context.workers.run(parse_sitemap, response.body, response.url,
                                                  self.settings.getint("DOWNLOAD_MAXSIZE"))

    async def parse_listing(self, response: Response):
        listing = await self._listing_of(response)
        if listing.problem:
            self.run.fail(listing.problem)
            return
        self.run.skip_entries("no usable link", listing.skipped, response.url)
        since = self._since()
        for url, lastmod in listing.sitemaps:
            if since is None or lastmod is None or lastmod >= since:
                if (request := self.follow(url, self.parse_child, errback=self.article_failed)) is not None:
                    yield request
        async for request in self._new_entries(listing.entries):
            yield request

    async def parse_child(self, response: Response):
        listing = await self._listing_of(response)
        if listing.problem:
            self.run.skip(listing.problem, response.url)
            return
        self.run.skip_entries("no usable link", listing.skipped, response.url)
        async for request in self._new_entries(listing.entries):
            yield request

    async def _new_entries(self, entries):
        since = self._since()
        fresh = [e for e in entries if since is None or e.published is None or e.published >= since]
        async for request in self.fetch_new(fresh):
            yield request
