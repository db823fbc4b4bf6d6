"""What every source spider shares: its run, polite requests, conditional GET, article fetching."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.errors import StoreError
from crawler.extract.listings import FeedEntry
from crawler.fetch.context import CrawlRun
from crawler.fetch.failures import describe, page_at_fault
from crawler.fetch.middlewares.link_safety import RefusedLink
from crawler.model import Page
from crawler.urls import origin


class SourceSpider(scrapy.Spider):
    """A spider for one poll of one source. Subclasses implement :meth:`parse_listing`.

    The listing request is conditional (If-None-Match / If-Modified-Since from
    the last poll); a 304 ends the poll with nothing parsed. Article pages are
    requested only for URLs not stored yet.
    """

    def __init__(self, run: CrawlRun, **kwargs) -> None:
        super().__init__(**kwargs)
        self.run = run

    def request(self, url: str, callback, **kwargs) -> scrapy.Request:
        meta = kwargs.pop("meta", {})
        if not self.run.source.robots:
            meta["dont_obey_robotstxt"] = True
        credentials = self.run.source.credentials
        if credentials is not None and origin(url) == origin(self.run.source.url):
            # Scrapy's HttpAuthMiddleware sends them to this host only, and its redirect
            # middleware drops them when a redirect leaves the host.
            meta.update(http_user=credentials.user, http_pass=credentials.password,
                        http_auth_domain=urlsplit(url).netloc.lower())  # Scrapy compares host:port
        return scrapy.Request(url, callback=callback, meta=meta, **kwargs)

    def follow(self, url: str, callback, **kwargs) -> scrapy.Request | None:
        """A request for a link the source listed, or None (counted and logged) when it may not be followed.

        Such a link is a stranger's: one that is not http(s), or points at a
        non-public address, is refused here (LinkSafetyMiddleware checks the
        names it resolves to, and every redirect); one Scrapy cannot request is
        skipped. Either way the rest of the listing is read.
        """
        problem = self.run.context.link_policy.refuses(url)
        if problem:
            self.run.skip("refused link", url, detail=problem)
            return None
        try:
            return self.request(url, callback, **kwargs)
        except ValueError as exc:
            self.run.skip("not a usable link", url, detail=str(exc))
            return None

    def listing_url(self) -> str:
        return self.run.source.url

    async def start(self) -> AsyncIterator[scrapy.Request]:
        headers = {}
        if self.run.state.etag:
            headers["If-None-Match"] = self.run.state.etag
        if self.run.state.last_modified:
            headers["If-Modified-Since"] = self.run.state.last_modified
        yield self.request(self.listing_url(), self._listing, errback=self.listing_failed, headers=headers,
                           dont_filter=True, meta={"handle_httpstatus_list": [304]})

    async def _listing(self, response: Response):
        if response.status == 304:
            self.run.not_modified = True
            return
        self.run.etag = header(response, "ETag")
        self.run.last_modified = header(response, "Last-Modified")
        async for item in self.parse_listing(response):
            yield item

    async def parse_listing(self, response: Response):  # pragma: no cover - every subclass overrides
        raise NotImplementedError
        yield

    async def fetch_new(self, entries: Iterable[FeedEntry]):
        """Requests for the entries whose article is not stored yet.

        Each URL once: the requests bypass Scrapy's duplicate filter, which would
        otherwise end a redirect loop by silently dropping the page (see settings).
        """
        entries = list({e.url: e for e in entries}.values())
        self.run.tally.listed += len(entries)
        urls = [e.url for e in entries]
        # The store lookups are blocking I/O; keep them off the event loop.
        try:
            known, waiting = await self.run.context.blocking(self.run.context.triage, urls, self.run.context.clock())
        except StoreError as exc:  # nothing is known: fetching it all would cost the site; the next poll tries again
            self.run.fail(str(exc))
            return
        self.run.tally.waiting += len(waiting - known)
        for entry in entries:
            if entry.url not in known and entry.url not in waiting:
                request = self.follow(entry.url, self.parse_article, errback=self.article_failed,
                                      cb_kwargs={"entry": entry}, dont_filter=True)
                if request is not None:
                    yield request

    def parse_article(self, response: Response, entry: FeedEntry):
        self.run.tally.fetched += 1
        hops = tuple(response.request.meta.get("redirect_urls", ())) if response.request else ()
        if not isinstance(response, TextResponse):
            self.run.skip("not an HTML page", response.url, urls=(entry.url, *hops), retry_later=True)
            return
        yield Page(source=self.run.source.name, url=response.url, body=response.body, encoding=response.encoding,
                   feed_title=entry.title, feed_published=entry.published, feed_summary=entry.summary,
                   aliases=tuple(dict.fromkeys((entry.url, *hops))), fetched_at=self.run.context.clock())

    def closed(self, reason: str) -> None:
        """Scrapy calls this when the crawl ends. Stopped early, a poll is not a success: what it
        did not reach must be looked at again next time. A shutdown (``runner.stop()``) is no
        fault of the source's; a time limit is."""
        if reason == "shutdown":
            self.run.interrupted = True
        elif reason != "finished" and self.run.error is None:
            self.run.fail(f"stopped before it finished ({reason})")

    def listing_failed(self, failure) -> None:
        self.run.fail(describe(failure))

    def article_failed(self, failure) -> None:
        request = failure.request
        if isinstance(failure.value, RefusedLink):  # a redirect to, or a name resolving to, an address refused
            self.run.skip("refused link", request.url, detail=str(failure.value).removeprefix("refused link: "))
            return
        self.run.skip(describe(failure), request.url, urls=tuple(request.meta.get("redirect_urls", ())),
                      retry_later=page_at_fault(failure))


def header(response: Response, name: str) -> str | None:
    """A response header as text, or None."""
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
