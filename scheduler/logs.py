"""Logging for the daemon and the commands: one line per event, secrets masked."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable

MASK = "****"
# Loggers of libraries whose routine chatter is not the user's business.
_QUIET = ("scrapy", "twisted", "filelock", "urllib3", "trafilatura", "htmldate", "charset_normalizer", "apscheduler")


# Control characters but line break and tab: a page title with an escape sequence must not
# rewrite the terminal, nor forge a log line.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class SecretFilter(logging.Filter):
    """Replaces every known secret in a record's final message, and drops its control characters."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = tuple(sorted({s for s in secrets if s}, key=len, reverse=True))

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for secret in self._secrets:
            message = message.replace(secret, MASK)
        record.msg, record.args = _CONTROL.sub("", message), None
        return True


def configure(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    """Set up the root logger. Called once by the CLI, never at import."""
    handler = logging.StreamHandler(sys.stderr)
    # journald stamps each line itself; a terminal or file wants a time.
    under_journal = bool(os.environ.get("JOURNAL_STREAM"))
    fmt = "%(levelname)s %(name)s: %(message)s" if under_journal else "%(asctime)s %(levelname)s %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(fmt, datefmt="%Y-%m-%d %H:%M:%S"))
    handler.addFilter(SecretFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    debug = root.level <= logging.DEBUG
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.WARNING)
    # Scrapy logs a page it gave up on, and a robots.txt it could not fetch, as an
    # ERROR with a traceback; the crawl already reports the failed request in one line.
    for name in ("scrapy.downloadermiddlewares.retry", "scrapy.downloadermiddlewares.robotstxt"):
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.CRITICAL)
    # Apprise's failures reach the log through our DeliveryResult, once and masked;
    # its own records would repeat them.
    logging.getLogger("apprise").propagate = debug
