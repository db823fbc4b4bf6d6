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

import ahocorasick


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


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each ``(``, ``)`` and ``|`` outside escapes and classes."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield i, char, depth
        i += 1


def _top_level_alternatives(pattern: str) -> list[str]:
    """The pattern split at its ``|`` outside groups and classes."""
    cuts = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1:b] for a, b in zip(bounds, bounds[1:], strict=False)]


_META = frozenset(".^$*+?{}[]()|\\")


def _closing(pattern: str, start: int) -> int:
    """The index of the parenthesis that closes the group opened at ``start``."""
    return next((i for i, char, depth in _structure(pattern, start) if char == ")" and depth == 0), -1)


def _literal_start(alternative: str) -> str:
    """The literal text every match of ``alternative`` starts with ("begins?" -> "begin")."""
    literal: list[str] = []
    i = 0
    while i < len(alternative):
        char = alternative[i]
        if char == "\\" and i + 1 < len(alternative) and not alternative[i + 1].isalnum():
            literal.append(alternative[i + 1])  # an escaped mark: "\(" is "("
            i += 2
            continue
        if char in _META:
            if char in "?*{" and literal:
                literal.pop()  # the character before is optional
            break
        literal.append(char)
        i += 1
    return "".join(literal)


def _anchors_of(alternative: str) -> set[str] | None:
    """Literal texts one of which starts every match of ``alternative``; None when there are none."""
    while alternative.startswith(("(?<!", "(?<=")):  # a look-behind takes no text
        end = _closing(alternative, 0)
        if end < 0:
            return None
        alternative = alternative[end + 1:]
    if alternative.startswith("\\b"):
        alternative = alternative[2:]  # a word boundary takes no text
    if alternative.startswith("(?:"):
        end = _closing(alternative, 0)
        if end < 0:
            return None
        found: set[str] = set()
        for inner in _top_level_alternatives(alternative[3:end]):
            anchors = _anchors_of(inner)
            if anchors is None:
                return None
            found |= anchors
        if alternative[end + 1:end + 2] in ("?", "*"):
            rest = _anchors_of(alternative[end + 2:])  # an optional group: or the match starts after it
            return None if rest is None else found | rest
        return None if alternative[end + 1:end + 2] == "{" else found
    literal = _literal_start(alternative)
    if len(literal) >= 2 or (literal and not literal.isascii()):
        return {literal}
    return None


def anchors(fast_pattern: str) -> frozenset[str] | None:
    """Literal texts one of which starts every match of a lower-cased cue; None when some match has none."""
    found: set[str] = set()
    for alternative in _top_level_alternatives(fast_pattern):
        anchors_here = _anchors_of(alternative)
        if anchors_here is None:
            return None
        found |= anchors_here
    return frozenset(found)


class CompiledCue:
    """One cue, ready to search sentences many times."""

    __slots__ = ("_slow", "_fast", "_bounded", "anchors")

    def __init__(self, pattern: str) -> None:
        self._slow = re.compile(pattern, re.IGNORECASE)
        self._fast: re.Pattern | None = None
        self._bounded = False
        self.anchors: frozenset[str] | None = None  # see CueSet
        if "(?-i" in pattern:
            return  # it reads the text's own capitals
        lowered = _lower_literals(pattern)
        # The leading \b of every alternative is checked by hand, when every alternative has one.
        alternatives = _top_level_alternatives(lowered)
        if all(re.match(r"\\b[a-z(]", alternative) for alternative in alternatives):
            lowered, self._bounded = "|".join(alternative[2:] for alternative in alternatives), True
        self._fast = re.compile(lowered)
        self.anchors = anchors(lowered)

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


class CueSet:
    """The cues of one family, with one Aho-Corasick automaton over their anchors.

    A cue can match a sentence only where one of its anchors occurs, so one pass of
    the automaton over the lower-cased sentence tells which few cues are worth a
    search. Cues without anchors are always searched.
    """

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.cues = tuple(CompiledCue(p) for p in patterns)
        self._always = tuple(i for i, cue in enumerate(self.cues) if cue.anchors is None)
        self._automaton = ahocorasick.Automaton()
        by_anchor: dict[str, list[int]] = {}
        for index, cue in enumerate(self.cues):
            for anchor in cue.anchors or ():
                by_anchor.setdefault(anchor, []).append(index)
        for anchor, indexes in by_anchor.items():
            self._automaton.add_word(anchor, tuple(indexes))
        self._empty = not by_anchor
        if not self._empty:
            self._automaton.make_automaton()

    def candidates(self, lowered: str | None) -> list[int]:
        """The indexes of the cues that may match, in family order."""
        if lowered is None:
            return list(range(len(self.cues)))
        found = set(self._always)
        if not self._empty:
            for _, indexes in self._automaton.iter(lowered):
                found.update(indexes)
        return sorted(found)
