"""What every channel kind declares about itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChannelKind:
    """A kind of channel and the limits its service enforces.

    ``max_body`` is the service's hard limit on one message, in characters;
    a rendered message never exceeds it, so the service never rejects it.
    """

    name: str
    schemes: tuple[str, ...]
    body_format: str  # "text", "markdown" or "html"
    max_title: int
    max_body: int
