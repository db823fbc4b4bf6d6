"""Fetching one URL the user gave a command (scan, discover, import): plain HTTP, bounded in size and time.

What the user types is trusted, unlike what a source lists; the crawl's link
policy does not apply. A failure is a FetchProblem with a sentence for the user.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Mapping
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


@dataclass(frozen=True)
class Answer:
    """An API's answer, whatever its status: an error's body and headers say what to do next."""

    status: int
    headers: Mapping[str, str]  # names lowered
    body: bytes


def post(url: str, body: bytes, purpose: str, content_type: str = "application/json") -> Answer:
    """POST ``body`` to an API; an HTTP error status is an Answer too, a failure to connect a FetchProblem."""
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "User-Agent": f"{APP} {purpose}", "Content-Type": content_type, "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            answer = Answer(response.status, _lowered(response.headers.items()), response.read(LIMIT_BYTES + 1))
    except urllib.error.HTTPError as exc:
        answer = Answer(exc.code, _lowered(exc.headers.items()), exc.read(LIMIT_BYTES + 1))
    except (OSError, ValueError) as exc:
        raise FetchProblem(f"{url}: cannot fetch: {getattr(exc, 'reason', exc)}") from exc
    if len(answer.body) > LIMIT_BYTES:
        raise FetchProblem(f"{url}: larger than {LIMIT_BYTES} bytes")
    return answer


def _lowered(headers) -> dict[str, str]:
    return {name.lower(): value for name, value in headers}
