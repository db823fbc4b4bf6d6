"""Where the CPU-heavy parsing runs: one extraction thread, or worker processes.

trafilatura and htmldate keep compiled lxml XPath objects at module level, and
those are not safe to use from two threads at once: with six threads of the
default pool inside them, the process aborted with "double free or corruption".
So every page extraction, and every feed or sitemap parse, runs on one thread of
its own (which also keeps that work off the event loop), or, with
``[crawl] extract_workers = N``, page extraction runs in N processes (spawned,
not forked: the daemon has threads), each with an interpreter of its own.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import ParamSpec, TypeVar

from crawler.extract.pages import extract_page
from crawler.model import Document, Page

log = logging.getLogger("sequelwatch")

P = ParamSpec("P")
T = TypeVar("T")


class ExtractWorkers:
    """Extracts pages in worker processes, or on the one extraction thread (also once a worker has died)."""

    def __init__(self, processes: int = 0) -> None:
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="sequelwatch-extract")
        self._pool = (ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"))
                      if processes else None)

    async def extract(self, page: Page) -> Document | None:
        if self._pool is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(self._pool, extract_page, page)
            except BrokenProcessPool:
                # A worker was killed (out of memory?): a broken pool stays broken.
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
                log.error("an extraction worker died; pages are extracted in the daemon from now on")
        return await self.run(extract_page, page)

    async def run(self, parse: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``parse(*args)`` on the extraction thread (feeds, sitemaps: lxml and feedparser work)."""
        return await asyncio.get_running_loop().run_in_executor(self._thread, lambda: parse(*args, **kwargs))

    def close(self) -> None:
        self._thread.shutdown(wait=False, cancel_futures=True)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
