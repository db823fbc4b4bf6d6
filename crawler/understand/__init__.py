"""Understanding a document: which watched franchises it names, and what it confirms about them.

Pure: no I/O, no Scrapy, no database. ``analyze`` is the seam the crawl calls;
``evaluation`` scores it on a labelled corpus.
"""

from __future__ import annotations

from importlib.util import find_spec


def compiled() -> bool:
    """Whether the detector's modules run compiled by mypyc (a wheel built where a C compiler was at
    hand, see setup.py) rather than as plain Python: they behave the same, compiled costs less."""
    spec = find_spec("crawler.understand.rules")
    return spec is not None and spec.origin is not None and not spec.origin.endswith(".py")
