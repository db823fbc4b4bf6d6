"""The program's one source of "now".

Every part that needs the time (jobs, commands, the store's timestamps, the
detector's "is this date past?") takes a :data:`Clock` from its caller instead
of reading the system time itself, so that a test can set the date and the
suite passes on any day. Only the composition root (``scheduler``) picks
:func:`system_clock`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

#: A function that returns the current time, timezone-aware.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real time, in UTC."""
    return datetime.now(UTC)
