"""Scrapy's robots.txt middleware, reading robots.txt once a day per site instead of once a poll."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from crawler.fetch.context import RobotsCache, run_of


class CachedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Takes Scrapy's place (same priority, same NotConfigured when robots are not obeyed).

    The cache is the crawl context's, shared by every poll of a daemon. It
    keeps the body, not the parser, so no parser holds on to an old poll's
    spider. A robots.txt that could not be fetched is not cached: the next
    poll asks again. This relies on Scrapy 2.19's ``robot_parser`` and
    ``_parse_robots`` (pinned in pyproject.toml; tests/test_sources.py checks it).
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._cache: RobotsCache = run_of(crawler).context.robots

    @staticmethod
    def _site(request: Request) -> str:
        url = urlparse_cached(request)
        return f"{url.scheme}://{url.netloc}"

    async def robot_parser(self, request: Request) -> RobotParser | None:
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            body = self._cache.get(self._site(request))
            if body is not None:
                self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler, body)
        return await super().robot_parser(request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        self._cache.put(self._site(request), response.body)
        await super()._parse_robots(response, netloc, request)
