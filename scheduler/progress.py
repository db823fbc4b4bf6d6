"""A one-line progress display for interactive commands, silent when not on a terminal.

Written to standard error, redrawn in place at most ten times a second, and
erased when done, so that what a command prints on standard output (JSON lines,
a report) stays clean whether or not a person is watching.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
        count = f"{done}/{self.total}" if self.total else str(done)
        self.show(f"{self._label}: {count}" + (f", {detail}" if detail else ""))

    def show(self, line: str, *, now: bool = False) -> None:
        """Draw ``line`` in place (at most every REDRAW_SECONDS, unless ``now``)."""
        moment = time.monotonic()
        if not self.enabled or (not now and moment - self._drawn_at < REDRAW_SECONDS):
            return
        self._drawn_at = moment
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
            self._drawn_at = 0.0  # the next update redraws at once, with fresh counts

    @contextmanager
    def above_logs(self) -> Iterator[None]:
        """While inside, a log line written to this stream first erases the progress line.

        The handlers of the root logger that write to the same stream get a
        filter that clears the line; the next update draws it again below the
        log line, so the two never share a line.
        """
        handlers = [h for h in logging.getLogger().handlers if getattr(h, "stream", None) is self._stream]
        clearing = _ClearFirst(self)
        for handler in handlers:
            handler.addFilter(clearing)
        try:
            yield
        finally:
            for handler in handlers:
                handler.removeFilter(clearing)


class _ClearFirst(logging.Filter):
    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self._progress = progress

    def filter(self, record: logging.LogRecord) -> bool:
        self._progress.clear()
        return True


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def _columns() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 80
