"""How politely to crawl: plain settings, turned into Scrapy's by the runner.

Kept apart from crawler.fetch.runner so that reading a configuration does not import Scrapy.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.urls import Network


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
    extract_workers: int = 0  # processes extracting pages; 0: one extraction thread of the daemon's own
    start_spread: float = 60.0  # seconds over which the daemon's first polls are spread after a start
    # Networks that links listed by a source may reach besides public addresses (a self-hosted site on the LAN).
    allow_networks: tuple[Network, ...] = ()

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
            # Past this, a redirect chain is a loop: the page is skipped, counted and retried later.
            "REDIRECT_MAX_TIMES": 10,
            # 429 is RetryAfterMiddleware's: it waits as asked instead of retrying at once.
            "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408],
            # Only http(s): a link to file:, data:, ftp: or s3: is never fetched, whatever refuses it first.
            "DOWNLOAD_HANDLERS": {"file": None, "data": None, "ftp": None, "s3": None},
            "DOWNLOADER_MIDDLEWARES": {
                # First of all, so that a refused link costs no robots.txt request either.
                "crawler.fetch.middlewares.link_safety.LinkSafetyMiddleware": 50,
                "crawler.fetch.middlewares.retry_after.RetryAfterMiddleware": 560,
                # robots.txt once a day per site, not once a poll; Scrapy's own priority
                "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
                "crawler.fetch.middlewares.robots.CachedRobotsTxtMiddleware": 100,
            },
            "COOKIES_ENABLED": False,
            # Scrapy's DNS cache is process-wide and never expires: wrong for a daemon.
            "DNSCACHE_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "LOG_ENABLED": False,
            "STATS_DUMP": False,
            "ITEM_PIPELINES": {"crawler.fetch.pipeline.DocumentPipeline": 300},
            "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        }
