"""Fetching: the only package that imports Scrapy and Twisted.

The runner (one reused Scrapy runner per daemon), one spider per source type,
the middlewares (robots.txt cache, Retry-After, link safety), the item pipeline
and how a failed request is named. Spiders only yield pages and documents; what
happens to them is the crawl context's (``context.py``).
"""
