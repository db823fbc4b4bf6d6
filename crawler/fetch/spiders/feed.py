"""RSS, Atom, RDF and JSON Feed: list the entries, fetch each article not stored yet."""

from __future__ import annotations

from scrapy.http import Response, TextResponse

from crawler.extract.listings import advertised_feeds, parse_feed
from crawler.fetch.spiders.base import SourceSpider


class FeedSpider(SourceSpider):
    name = "feed"

    async def parse_listing(self, response: Response):
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1") or None
        listing = await self.run.context.workers.run(parse_feed, response.body, response.url, content_type)
        if listing.problem == "not a feed" and isinstance(response, TextResponse):
            named = advertised_feeds(response.body, response.url)
            if named:  # a site's home page given as a feed: say where its feed is
                self.run.fail(f"not a feed; the page names the feed {named[0]}: use it as the url")
                return
        if listing.problem:
            self.run.fail(listing.problem)
            return
        self.run.skip_entries("no usable link", listing.skipped, response.url)
        async for request in self.fetch_new(listing.entries):
            yield request
