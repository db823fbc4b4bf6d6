"""Fetching one URL the user gave a command (scan, discover): plain HTTP, bounded in size and time.

What the user types is trusted, unlike what a source lists; the crawl's link
policy does not apply. A failure is a FetchProblem with a sentence for the user.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from scheduler.config import APP

LIMIT_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 30


class FetchProblem(Exception):
    """Raised by :func:`fetch` when the URL cannot be read; the message says why, with the URL."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    body: bytes
    content_type: str | None
    charset: str | None


def fetch(url: str, purpose: str) -> Fetched:
    """GET ``url`` (at most LIMIT_BYTES, TIMEOUT_SECONDS); ``purpose`` names the command to the site."""
    request = urllib.request.Request(url, headers={"User-Agent": f"{APP} {purpose}"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            body = response.read(LIMIT_BYTES + 1)
            fetched = Fetched(response.geturl(), body, response.headers.get("Content-Type"),
                              response.headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        raise FetchProblem(f"{url}: HTTP {exc.code}") from exc
    except (OSError, ValueError) as exc:  # URLError is an OSError; ValueError: not a URL
        raise FetchProblem(f"{url}: cannot fetch: {getattr(exc, 'reason', exc)}") from exc
    if len(fetched.body) > LIMIT_BYTES:
        raise FetchProblem(f"{url}: larger than {LIMIT_BYTES} bytes")
    return fetched
