"""Bytes to text: listings (feeds, sitemaps, JSON feeds, social posts) and article pages.

The only package that imports feedparser, trafilatura and htmldate; ``workers``
decides which thread or process runs them.
"""
