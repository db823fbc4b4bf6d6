"""Running spiders: one Scrapy AsyncCrawlerRunner for the life of the daemon.

Requires Twisted's asyncio reactor to be installed before this module's
crawls start (the daemon does it first thing). A crawl is never cancelled:
Scrapy swallows the cancellation and keeps the engine running, so crawls are
bounded by ``CLOSESPIDER_TIMEOUT`` and stopped with :meth:`CrawlRunner.stop`.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import cast

from scrapy.crawler import AsyncCrawlerRunner
from twisted.internet.interfaces import IReactorPluggableNameResolver

from crawler.errors import SourceError
from crawler.fetch.context import CrawlContext, CrawlRun
from crawler.fetch.middlewares.link_safety import GuardedResolver
from crawler.fetch.settings import CrawlSettings
from crawler.fetch.spiders.anilist import AniListSpider
from crawler.fetch.spiders.bluesky import BlueskySpider
from crawler.fetch.spiders.feed import FeedSpider
from crawler.fetch.spiders.html import HtmlSpider
from crawler.fetch.spiders.mastodon import MastodonSpider
from crawler.fetch.spiders.reddit import RedditSpider
from crawler.fetch.spiders.sitemap import SitemapSpider
from crawler.model import CrawlReport, Source, SourceState
from crawler.urls import LinkPolicy

SPIDERS = {"feed": FeedSpider, "sitemap": SitemapSpider, "html": HtmlSpider, "reddit": RedditSpider,
           "mastodon": MastodonSpider, "bluesky": BlueskySpider, "anilist": AniListSpider}


#: How long a stop waits for crawls that were starting when it came, to stop them too.
STARTING_CRAWL_WAIT_SECONDS = 5


class CrawlRunner:
    """Crawls sources, one Scrapy crawler per poll, all on one reused runner."""

    def __init__(self, settings: CrawlSettings, context: CrawlContext) -> None:
        self._runner = AsyncCrawlerRunner(settings.scrapy_settings())
        _guard_name_resolution(context.link_policy)
        self._context = context
        self._active: set[CrawlRun] = set()
        self._stopped = False

    @property
    def active(self) -> tuple[CrawlRun, ...]:
        """The polls in progress, whose tallies grow as they go (progress displays read them)."""
        return tuple(self._active)

    async def crawl(self, source: Source, state: SourceState) -> CrawlReport:
        """Poll one source and store what it yields. Never raises for a failed poll.

        The caller records the poll (it decides when the next one may be);
        ``state`` is what the last polls left: validators, the poll count.
        """
        spider = SPIDERS.get(source.type)
        if spider is None:
            raise SourceError(f"source {source.name!r}: unknown type {source.type!r}")
        if self._stopped:  # a job that reached this after shutdown began: it starts nothing new
            return CrawlReport(source.name, interrupted=True)
        run = CrawlRun(source=source, context=self._context, state=state,
                       first_poll=state.first_poll and not source.backfill)
        self._active.add(run)
        try:
            await self._runner.crawl(spider, run=run)
        finally:
            self._active.discard(run)
        return run.report()

    async def stop(self) -> None:
        """Stop every running crawl, and refuse new ones; completes when they have closed."""
        self._stopped = True
        await self._runner.stop()
        # A crawl whose engine was still opening its spider when the runner stopped it is not stopped:
        # Scrapy's Crawler.stop_async stops only a running engine, and that one starts a moment later
        # and runs its whole poll. Stop such engines once they run (for a few seconds at most).
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STARTING_CRAWL_WAIT_SECONDS
        while self._active and loop.time() < deadline:
            for crawler in list(self._runner.crawlers):
                engine = getattr(crawler, "engine", None)
                if engine is not None and engine.running:
                    with contextlib.suppress(RuntimeError):  # it stopped in the meantime
                        await engine.stop_async()
            await asyncio.sleep(0.05)


def _guard_name_resolution(policy: LinkPolicy) -> None:
    """Every connection of this process resolves names through the policy (see GuardedResolver).

    The reactor is imported here, not at the top: importing it installs Twisted's
    default reactor unless the asyncio one was installed first, which the daemon
    does only when it starts, after this module is imported.
    """
    from twisted.internet import reactor as installed

    reactor = cast(IReactorPluggableNameResolver, installed)
    resolver = reactor.nameResolver
    if isinstance(resolver, GuardedResolver):  # a reload: replace the old policy, do not stack
        resolver = resolver.wrapped
    reactor.installNameResolver(GuardedResolver(resolver, policy))
