"""What every channel kind declares about itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChannelKind:
    """A kind of channel and the limits its service enforces.

    ``max_body`` is the service's hard limit on one message, in characters;
    a rendered message never exceeds it, so the service never rejects it.
    ``title_in_body``: the service's Apprise plugin puts the title and a line
    break in front of the body, inside the same limit. ``default_rate``: what
    the service accepts before it answers 429 ("20/min"), unless configured.
    ``pause_after_429``: how long to leave it alone after a 429 that says no
    Retry-After that Apprise lets us see (its documented window, or two minutes).
    """

    name: str
    schemes: tuple[str, ...]
    body_format: str  # "text", "markdown" or "html"
    max_title: int
    max_body: int
    title_in_body: bool = False
    default_rate: str | None = None
    pause_after_429: float = 120.0
