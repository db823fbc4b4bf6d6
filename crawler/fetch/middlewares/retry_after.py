"""Honouring a server's request to slow down: 429 and 503 with Retry-After, rate-limit headers.

A short wait is honoured inside the crawl: the request is retried after it.
A longer one ends the request, and the poll reports how long the server asked
for (``CrawlRun.retry_after``) so that the scheduler polls that source no
earlier. Reddit-style ``X-Ratelimit-Remaining``/``-Reset`` headers are read the
same way, before the limit is hit; a reset given as a Unix time (AniList's
``X-RateLimit-Reset``) is read as one.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from crawler.fetch.context import CrawlRun, run_of
from crawler.fetch.spiders.base import header

SLOW_DOWN = (429, 503)
# A reset larger than this (2001-09-09) is a Unix time: no server asks to wait 31 years.
_UNIX_TIME = 1e9


def seconds_to_wait(value: str | None, now: datetime) -> float | None:
    """Retry-After as delay-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)


class RetryAfterMiddleware:
    """Downloader middleware; sees responses before Scrapy's RetryMiddleware (priority 560 > 550)."""

    def __init__(self, crawler: Crawler) -> None:
        self.run = run_of(crawler)
        self.max_wait = crawler.settings.getfloat("SEQUELWATCH_MAX_RETRY_WAIT", 30.0)
        self.max_retries = crawler.settings.getint("SEQUELWATCH_RETRY_AFTER_TIMES", 2)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        run = self.run
        self._note_rate_limit(run, response)
        if response.status not in SLOW_DOWN:
            return response
        wait = seconds_to_wait(header(response, "Retry-After"), run.context.clock())
        if wait is None:
            return response  # Scrapy's RetryMiddleware retries a 503 as usual
        tries = request.meta.get("retry_after_times", 0)
        if wait <= self.max_wait and tries < self.max_retries:
            await asyncio.sleep(wait)
            return request.replace(dont_filter=True, meta={**request.meta, "retry_after_times": tries + 1})
        run.retry_after = max(run.retry_after or 0.0, wait)
        return response

    @staticmethod
    def _note_rate_limit(run: CrawlRun, response: Response) -> None:
        remaining, reset = header(response, "X-Ratelimit-Remaining"), header(response, "X-Ratelimit-Reset")
        if remaining is None or reset is None:
            return
        try:
            left, wait = float(remaining), float(reset)
        except ValueError:
            return
        if wait > _UNIX_TIME:  # a moment, not a number of seconds
            wait -= run.context.clock().timestamp()
        if left < 1 and wait > 0:
            run.retry_after = max(run.retry_after or 0.0, wait)
