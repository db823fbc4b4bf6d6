"""Naming why a request failed, in words a user understands."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

_PLAIN = {
    CannotResolveHostError: "host not found",
    DownloadConnectionRefusedError: "connection refused",
    DownloadTimeoutError: "timeout",
    ResponseDataLossError: "response cut off",
}


def describe(failure: Failure) -> str:
    """A short reason for a failed request ("HTTP 404", "timeout", ...)."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"HTTP {exc.response.status}"
    for kind, words in _PLAIN.items():
        if isinstance(exc, kind):
            return words
    text = " ".join(str(exc).split())
    if isinstance(exc, DownloadCancelledError) and "larger than download max size" in text:
        return "response too large"
    if isinstance(exc, IgnoreRequest):
        if _redirect_loop(exc):
            return "redirect loop"
        return "forbidden by robots.txt" if "robots" in text.lower() else (text or "ignored")
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def page_at_fault(failure: Failure) -> bool:
    """Whether an article request failed because of the page (or its server), not by a rule of ours.

    Such a page waits longer before each new attempt. robots.txt and the
    offsite filter are rules, checked again at no cost; a 429 asks to slow
    down, which the source's own backoff answers.
    """
    exc = failure.value
    if isinstance(exc, HttpError):
        return exc.response.status != 429
    return not isinstance(exc, IgnoreRequest) or _redirect_loop(exc)


def _redirect_loop(exc: Exception) -> bool:
    # Scrapy's RedirectMiddleware says so only in the message of its IgnoreRequest.
    return "max redirections" in str(exc)
