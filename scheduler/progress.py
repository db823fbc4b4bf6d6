"""A one-line progress display for interactive commands, silent when not on a terminal.

Written to standard error, redrawn in place at most ten times a second, and
erased when done, so that what a command prints on standard output (JSON lines,
a report) stays clean whether or not a person is watching.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

REDRAW_SECONDS = 0.1


class Progress:
    """``update`` as work goes; ``clear`` before printing anything else (the line is redrawn at the next update)."""

    def __init__(self, stream: TextIO, label: str, total: int | None = None, *, enabled: bool | None = None) -> None:
        self._stream, self._label, self.total = stream, label, total
        self.enabled = _is_terminal(stream) if enabled is None else enabled
        self.done = 0
        self._drawn_at = 0.0
        self._width = 0

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc) -> None:
        self.clear()

    def advance(self, n: int = 1, detail: str = "") -> None:
        self.update(self.done + n, detail)

    def update(self, done: int, detail: str = "") -> None:
        self.done = done
        now = time.monotonic()
        if not self.enabled or now - self._drawn_at < REDRAW_SECONDS:
            return
        self._drawn_at = now
        count = f"{done}/{self.total}" if self.total else str(done)
        line = f"{self._label}: {count}" + (f", {detail}" if detail else "")
        columns = _columns() - 1
        line = line[:columns]
        self._stream.write("\r" + line + " " * max(self._width - len(line), 0))
        self._stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        if self.enabled and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def _columns() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 80
