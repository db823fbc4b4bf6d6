"""Listing pages of sites without feeds: article links by CSS selector, pagination by selector."""

from __future__ import annotations

from scrapy.http import Response, TextResponse

from crawler.extract.listings import FeedEntry
from crawler.fetch.spiders.base import SourceSpider

DEFAULT_NEXT_PAGE = "a[rel=next]"


class HtmlSpider(SourceSpider):
    name = "html"

    async def parse_listing(self, response: Response, page: int = 1):
        if not isinstance(response, TextResponse):
            self.run.fail("the listing is not an HTML page")
            return
        entries = []
        for link in response.css(self.run.source.links or "a"):
            href = link.attrib.get("href") or link.css("a::attr(href)").get()
            if href and not href.startswith("#"):
                # No title from the link: its text is "Read more" or a file name as often as a headline;
                # the page's own title is the document's.
                entries.append(FeedEntry(response.urljoin(href), None, None, None))
        if not entries and page == 1:
            self.run.fail(f"no links match {self.run.source.links!r}")
            return
        async for request in self.fetch_new(dict((e.url, e) for e in entries).values()):
            yield request
        next_href = response.css(self.run.source.next_page or DEFAULT_NEXT_PAGE).attrib.get("href")
        if page < self.run.source.pages and next_href:
            request = self.follow(response.urljoin(next_href), self.parse_listing, errback=self.article_failed,
                                  cb_kwargs={"page": page + 1})
            if request is not None:
                yield request
