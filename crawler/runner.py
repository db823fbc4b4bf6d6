"""Running spiders: one Scrapy AsyncCrawlerRunner for the life of the daemon.

Requires Twisted's asyncio reactor to be installed before this module's
crawls start (the daemon does it first thing). A crawl is never cancelled:
Scrapy swallows the cancellation and keeps the engine running, so crawls are
bounded by ``CLOSESPIDER_TIMEOUT`` and stopped with :meth:`CrawlRunner.stop`.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapy.crawler import AsyncCrawlerRunner

from crawler.context import CrawlContext, CrawlRun
from crawler.errors import SourceError
from crawler.model import CrawlReport, Source, SourceState
from crawler.spiders.bluesky import BlueskySpider
from crawler.spiders.feed import FeedSpider
from crawler.spiders.html import HtmlSpider
from crawler.spiders.mastodon import MastodonSpider
from crawler.spiders.reddit import RedditSpider
from crawler.spiders.sitemap import SitemapSpider

SPIDERS = {"feed": FeedSpider, "sitemap": SitemapSpider, "html": HtmlSpider, "reddit": RedditSpider,
           "mastodon": MastodonSpider, "bluesky": BlueskySpider}


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    """How politely to crawl: the ``[crawl]`` table of the configuration."""

    user_agent: str
    obey_robots: bool = True
    per_host_concurrency: int = 2
    download_delay: float = 1.0
    timeout: float = 30.0
    max_response_bytes: int = 5 * 1024 * 1024
    max_crawl_seconds: float = 600.0

    def scrapy_settings(self) -> dict:
        return {
            "USER_AGENT": self.user_agent,
            "ROBOTSTXT_OBEY": self.obey_robots,
            "CONCURRENT_REQUESTS": 16,
            "CONCURRENT_REQUESTS_PER_DOMAIN": self.per_host_concurrency,
            "DOWNLOAD_DELAY": self.download_delay,
            "AUTOTHROTTLE_ENABLED": self.download_delay > 0,
            "AUTOTHROTTLE_START_DELAY": max(self.download_delay, 0.1),
            "DOWNLOAD_TIMEOUT": self.timeout,
            "DOWNLOAD_MAXSIZE": self.max_response_bytes,
            "DOWNLOAD_WARNSIZE": 0,
            "CLOSESPIDER_TIMEOUT": self.max_crawl_seconds,
            "RETRY_TIMES": 1,
            # 429 is RetryAfterMiddleware's: it waits as asked instead of retrying at once.
            "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408],
            "DOWNLOADER_MIDDLEWARES": {"crawler.spiders.retry_after.RetryAfterMiddleware": 560},
            "COOKIES_ENABLED": False,
            # Scrapy's DNS cache is process-wide and never expires: wrong for a daemon.
            "DNSCACHE_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "LOG_ENABLED": False,
            "STATS_DUMP": False,
            "ITEM_PIPELINES": {"crawler.pipelines.DocumentPipeline": 300},
            "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        }


class CrawlRunner:
    """Crawls sources, one Scrapy crawler per poll, all on one reused runner."""

    def __init__(self, settings: CrawlSettings, context: CrawlContext) -> None:
        self._runner = AsyncCrawlerRunner(settings.scrapy_settings())
        self._context = context

    async def crawl(self, source: Source, state: SourceState) -> CrawlReport:
        """Poll one source and store what it yields. Never raises for a failed poll.

        The caller records the poll (it decides when the next one may be);
        ``state`` is what the last polls left: validators, the poll count.
        """
        spider = SPIDERS.get(source.type)
        if spider is None:
            raise SourceError(f"source {source.name!r}: unknown type {source.type!r}")
        first_poll = state.polls == 0
        routes = {} if first_poll and not source.backfill else self._context.routes
        run = CrawlRun(source=source, context=self._context, state=state, routes=routes)
        await self._runner.crawl(spider, run=run)
        return run.report()

    async def stop(self) -> None:
        """Stop every running crawl; completes when they have closed."""
        await self._runner.stop()
