"""Page extraction in worker processes, for crawls that are limited by the CPU.

trafilatura is pure-Python-heavy: in threads it shares one interpreter lock with
Scrapy and the store. ``[crawl] extract_workers = N`` moves it to N processes
(spawned, not forked: the daemon has threads). Off by default, because each
worker costs the memory of a second interpreter with trafilatura loaded.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from crawler.extract import extract_page
from crawler.model import Document, Page

log = logging.getLogger("sequelwatch")


class ExtractWorkers:
    """Extracts pages in worker processes; in a thread of this one once a worker has died."""

    def __init__(self, processes: int) -> None:
        self._pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"))
        self._broken = False

    async def extract(self, page: Page) -> Document | None:
        if not self._broken:
            try:
                return await asyncio.get_running_loop().run_in_executor(self._pool, extract_page, page)
            except BrokenProcessPool:
                # A worker was killed (out of memory?): a broken pool stays broken.
                self._broken = True
                log.error("an extraction worker died; pages are extracted in the daemon from now on")
        return await asyncio.to_thread(extract_page, page)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
