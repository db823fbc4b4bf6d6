"""Scrapy downloader middlewares, each with its priority in ``crawler.fetch.settings``."""
