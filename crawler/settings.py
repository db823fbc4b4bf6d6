"""How politely to crawl: plain settings, turned into Scrapy's by the runner.

Kept apart from crawler.runner so that reading a configuration does not import Scrapy.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    extract_workers: int = 0  # processes extracting pages; 0: threads of the daemon's own process
    start_spread: float = 60.0  # seconds over which the daemon's first polls are spread after a start

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
            "DOWNLOADER_MIDDLEWARES": {
                "crawler.spiders.retry_after.RetryAfterMiddleware": 560,
                # robots.txt once a day per site, not once a poll; Scrapy's own priority
                "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
                "crawler.spiders.robots.CachedRobotsTxtMiddleware": 100,
            },
            "COOKIES_ENABLED": False,
            # Scrapy's DNS cache is process-wide and never expires: wrong for a daemon.
            "DNSCACHE_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "LOG_ENABLED": False,
            "STATS_DUMP": False,
            "ITEM_PIPELINES": {"crawler.pipelines.DocumentPipeline": 300},
            "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        }
