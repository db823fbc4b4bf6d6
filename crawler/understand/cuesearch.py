"""Searching for one cue fast: the same matches as ``re.search(pattern, text, re.IGNORECASE)``.

Python's ``re`` scans for a pattern's literal start in C, but not when the
pattern ignores case and not when it starts with ``\\b``: then it tries the
whole pattern at every position, 4 to 8 µs a sentence for each of some two
hundred cues. So a cue is searched in the lower-cased text, with its literal
letters lower-cased and no case flag, and a leading ``\\b`` is checked by hand
at each place the rest matches. A cue that needs the text's own case
(``(?-i:...)``) is searched the slow way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple


class Span(NamedTuple):
    """Where a cue matched, read like a match: ``start()``, ``end()``, ``group()`` (the text's own case)."""

    first: int
    last: int
    text: str

    def start(self) -> int:
        return self.first

    def end(self) -> int:
        return self.last

    def group(self) -> str:
        return self.text[self.first:self.last]


def lower_keep_length(text: str) -> str | None:
    """``text`` in lower case, or None where lowering would change its length ("İ")."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def _lower_literals(pattern: str) -> str:
    """Lower-case a pattern's letters but not its escapes (``\\S`` and ``\\s`` differ)."""
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(char.lower())
        i += 1
    return "".join(out)


def _top_level_alternatives(pattern: str) -> list[str]:
    """The pattern split at its ``|`` outside groups and classes."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


class CompiledCue:
    """One cue, ready to search sentences many times."""

    __slots__ = ("_slow", "_fast", "_bounded")

    def __init__(self, pattern: str) -> None:
        self._slow = re.compile(pattern, re.IGNORECASE)
        self._fast: re.Pattern | None = None
        self._bounded = False
        if "(?-i" in pattern:
            return  # it reads the text's own capitals
        lowered = _lower_literals(pattern)
        # The leading \b of every alternative is checked by hand, when every alternative has one.
        alternatives = _top_level_alternatives(lowered)
        if all(re.match(r"\\b[a-z(]", alternative) for alternative in alternatives):
            lowered, self._bounded = "|".join(alternative[2:] for alternative in alternatives), True
        self._fast = re.compile(lowered)

    def search(self, text: str, lowered: str | None) -> re.Match | None:
        """The first match in ``text``; ``lowered`` is ``lower_keep_length(text)``."""
        if self._fast is None or lowered is None:
            return self._slow.search(text)
        position = 0
        while (match := self._fast.search(lowered, position)) is not None:
            start = match.start()
            if not self._bounded or start == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
                return match
            position = start + 1
        return None

    def finditer(self, text: str, lowered: str | None) -> Iterator[Span]:
        """Every match, left to right, none overlapping the one before."""
        position = 0
        while position <= len(text):
            if self._fast is None or lowered is None:
                match = self._slow.search(text, position)
            else:
                match = self._fast.search(lowered, position)
                while match is not None and self._bounded and match.start() > 0 and (
                        lowered[match.start() - 1].isalnum() or lowered[match.start() - 1] == "_"):
                    match = self._fast.search(lowered, match.start() + 1)
            if match is None:
                return
            yield Span(match.start(), match.end(), text)
            position = match.end() if match.end() > match.start() else match.start() + 1
