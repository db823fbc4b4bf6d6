"""Understanding a document: which watched franchises it names, and what it confirms about them.

Pure: no I/O, no Scrapy, no database. ``analyze`` is the seam the crawl calls;
``evaluation`` scores it on a labelled corpus.
"""
