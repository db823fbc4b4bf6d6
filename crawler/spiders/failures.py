"""Naming why a request failed, in words a user understands."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure


def describe(failure: Failure) -> str:
    """A short reason for a failed request ("HTTP 404", "timeout", ...)."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"HTTP {exc.response.status}"
    if isinstance(exc, (TimeoutError, TCPTimedOutError)):
        return "timeout"
    if isinstance(exc, DNSLookupError):
        return "host not found"
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        return "forbidden by robots.txt" if "robots" in text.lower() else (text or "ignored")
    text = str(exc).strip()
    reason = type(exc).__name__
    if "maxsize" in text.lower() or "larger than download" in text.lower():
        return "response too large"
    return f"{reason}: {text[:200]}" if text else reason
