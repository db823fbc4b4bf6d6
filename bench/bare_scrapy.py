"""The reference crawler of the benchmarks: bare Scrapy, downloading what feeds list.

sequelwatch's own Scrapy settings (delays, limits, robots.txt) without its
pipeline and middleware, so that only the downloading is the same. Reads each
feed, downloads every <item><link>, prints how many pages it downloaded.

Usage: python bench/bare_scrapy.py [--concurrency N] [--no-robots] FEED_URL ...
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.fetch.settings import CrawlSettings  # noqa: E402


class Bare(scrapy.Spider):
    name = "bare"
    pages = 0

    def parse(self, response):
        for link in response.xpath("//item/link/text()").getall():
            yield scrapy.Request(link, callback=self.article)

    def article(self, response):
        Bare.pages += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("feeds", nargs="+")
    parser.add_argument("--concurrency", type=int, default=CrawlSettings(user_agent="").per_host_concurrency)
    parser.add_argument("--no-robots", action="store_true")
    args = parser.parse_args()
    settings = CrawlSettings(user_agent="bench", download_delay=0.0, obey_robots=not args.no_robots,
                             per_host_concurrency=args.concurrency).scrapy_settings()
    for key in ("ITEM_PIPELINES", "DOWNLOADER_MIDDLEWARES", "LOG_ENABLED"):
        settings.pop(key)
    settings["LOG_LEVEL"] = "ERROR"
    process = CrawlerProcess(settings)
    process.crawl(Bare, start_urls=args.feeds)
    process.start()
    print(Bare.pages)


if __name__ == "__main__":
    main()
