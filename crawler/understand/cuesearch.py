"""Searching for one cue fast: the same matches as ``re.search(pattern, text, re.IGNORECASE)``.

Python's ``re`` scans for a pattern's literal start in C, but not when the
pattern ignores case and not when it starts with ``\\b``: then it tries the
whole pattern at every position, 4 to 8 µs a sentence for each of some two
hundred cues. So a cue is searched in the lower-cased text, with its literal
letters lower-cased and no case flag, and a leading ``\\b`` is checked by hand
at each place the rest matches. A cue that needs the text's own case
(``(?-i:...)``) is searched the slow way.

Most cues start with a literal (their anchors): an Aho-Corasick pass tells
where, and the cue is tried only there. A cue that starts otherwise ("\\d+期",
"(?:続編|第?\\d+期).{0,20}(?:発表|決定)") is searched everywhere, but only in a text
that holds one of the literals every match of it holds: a substring test in C
spares a regex search of 5 µs that cannot succeed (Japanese cues in English text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
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


#: How many literal starts a cue may have: past it, a start is not extended further ("(?:a|b)(?:c|d)...").
_MAX_PREFIXES = 24


def _prefixes(alternative: str) -> list[tuple[str, bool]] | None:
    """The literal texts one of which starts every match of ``alternative``, each with whether it is
    the whole match; None when a match can start without one.

    A start runs on through literal text, through a group whose alternatives are literal and through
    an optional one: "(?:is|are) (?:officially )?a go" starts with "is a go", "is officially a go",
    "are a go" or "are officially a go", not only "is" or "are" ("is" is in "this", "his", "isn't").
    Where it can read no further (a class, a count, a repeat), a start ends there.
    """
    prefixes: list[tuple[str, bool]] = [("", True)]  # (text, still being read)
    i = 0
    while i < len(alternative) and any(open_ for _, open_ in prefixes):
        char = alternative[i]
        if alternative.startswith(("\\b", "\\B"), i):
            i += 2  # a word boundary takes no text
            continue
        if alternative.startswith(("(?<!", "(?<=", "(?=", "(?!"), i):  # a look-around takes no text
            end = _closing(alternative, i)
            if end < 0:
                return None
            i = end + 1
            continue
        if alternative.startswith("(?:", i):
            end = _closing(alternative, i)
            if end < 0:
                return None
            inner = [_prefixes(part) for part in _top_level_alternatives(alternative[i + 3:end])]
            if any(options is None for options in inner):
                break
            options = [option for options in inner for option in options or ()]
            count = alternative[end + 1:end + 2]
            if count == "{":
                break
            if count in ("*", "+"):  # repeated: what follows its first time is not known
                options = [(text, False) for text, _ in options]
            if count in ("?", "*"):
                options.append(("", True))
            i = end + 2 if count in ("?", "*", "+") else end + 1
            if count and alternative[i:i + 1] in ("?", "+"):  # lazy or possessive: the same texts
                i += 1
            prefixes = _joined(prefixes, options)
            continue
        if char == "\\" and i + 1 < len(alternative) and not alternative[i + 1].isalnum():
            literals, step = [alternative[i + 1]], 2  # an escaped mark: "\(" is "("
        elif char == "[" and (small := _class_characters(alternative, i)) is not None:
            literals, step = small[0], small[1] + 1 - i
        elif char in _META or char == "\\":
            break  # a larger class, any character, an anchor of the text, a capture group
        else:
            literals, step = [char], 1
        count = alternative[i + step:i + step + 1]
        if count in ("?", "*", "{"):
            break  # the character may be missing
        prefixes = _joined(prefixes, [(literal, count != "+") for literal in literals])
        i += step + (count == "+")
    finished = i >= len(alternative)
    return [(text, open_ and finished) for text, open_ in prefixes]


def _joined(prefixes: list[tuple[str, bool]], options: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Each start still being read, followed by each of ``options``; when that makes too many, they are
    not read further (once each is long enough to look for: "(?:a|b|...|z)(?:aa|bb)" reads on to "aaa")."""
    count = len(prefixes) * len(options)
    if count > _MAX_PREFIXES ** 2:
        return [(text, False) for text, _ in prefixes]
    too_many = count > _MAX_PREFIXES and all(len(text) >= 2 for text, open_ in prefixes if open_)
    joined = [(text, False) for text, open_ in prefixes if not open_]
    joined += [(text + more, still and not too_many) for text, open_ in prefixes if open_ for more, still in options]
    return list(dict.fromkeys(joined))


#: A class of so few characters reads as their alternatives ("['’]ll", "green[- ]light").
_MAX_CLASS = 8


def _class_characters(pattern: str, start: int) -> tuple[list[str], int] | None:
    """The characters of the class that opens at ``start`` ("[- ]", "[a-c]") and where it ends; None for a
    class that is negated, holds an escape or is too large to read as alternatives."""
    end = pattern.find("]", start + 2)
    if end < 0:
        return None
    body = pattern[start + 1:end]
    if body.startswith("^") or "\\" in body or "[" in body:
        return None
    characters: list[str] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            characters += [chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1)]
            i += 3
        else:
            characters.append(body[i])
            i += 1
    return (list(dict.fromkeys(characters)), end) if len(set(characters)) <= _MAX_CLASS else None


def _anchors_of(alternative: str) -> set[str] | None:
    """Literal texts one of which starts every match of ``alternative``; None when there are none."""
    found = _prefixes(alternative)
    if found is None or not all(len(text) >= 2 or (text and not text.isascii()) for text, _ in found):
        return None
    texts = {text for text, _ in found}
    # "is" and "is officially": a match at a place where "is" starts is tried there anyway.
    return {text for text in texts if not any(text != other and text.startswith(other) for other in texts)}


def anchors(fast_pattern: str) -> frozenset[str] | None:
    """Literal texts one of which starts every match of a lower-cased cue; None when some match has none."""
    found: set[str] = set()
    for alternative in _top_level_alternatives(fast_pattern):
        anchors_here = _anchors_of(alternative)
        if anchors_here is None:
            return None
        found |= anchors_here
    return frozenset(found)


def _inner_literals(alternative: str) -> set[str] | None:
    """Literal texts one of which is inside every match of ``alternative`` (not at its start: see
    ``_anchors_of``), read from the parts outside groups that the alternative cannot leave out, and from
    the groups it cannot leave out: "\\d+期" holds 期, "(?:...).{0,20}(?:発表|決定)" holds 発表 or 決定."""
    found: list[set[str]] = []
    run: list[str] = []
    run_start = 0
    i = 0
    while i <= len(alternative):
        char = alternative[i] if i < len(alternative) else ""
        optional = alternative[i + 1:i + 2] in ("?", "*") or alternative[i + 1:i + 3] == "{0"
        if char and char not in _META and not optional:
            if not run:
                run_start = i
            run.append(char)
            i += 1
            continue
        literal = "".join(run)
        if len(literal) >= 2 or (literal and not literal.isascii()):
            # Read on past the run, as a start is: "\\d+(?:rd|th) season" holds "rd season" or "th season".
            found.append(_anchors_of(alternative[run_start:]) or {literal})
        run = []
        if char == "(":
            end = _closing(alternative, i)
            if end < 0:
                return None
            after = alternative[end + 1:end + 2]
            group = alternative[i:end + 1]
            if group.startswith("(?:") and after not in ("?", "*") and alternative[end + 1:end + 3] != "{0":
                inner = _anchors_of(alternative[i:])
                if inner:
                    found.append(inner)
            i = end + 1  # a look-around or a capture group: its text is not required
        elif char in "[{":  # a class, or a count
            close = alternative.find("]" if char == "[" else "}", i + 2 if char == "[" else i + 1)
            if char == "[" and not optional and (small := _anchors_of(alternative[i:])):
                found.append(small)
            i = close + 1 if close >= 0 else len(alternative) + 1
        else:
            i += 2 if char == "\\" else 1
    # The set whose shortest literal is longest ("season" tells more than "th"), then the smallest set.
    return max(found, key=lambda literals: (min(map(len, literals)), -len(literals)), default=None)


def required_literals(fast_pattern: str) -> frozenset[str] | None:
    """Literal texts one of which is inside every match of a lower-cased cue; None when none is known."""
    found: set[str] = set()
    for alternative in _top_level_alternatives(fast_pattern):
        literals = _anchors_of(alternative) or _inner_literals(alternative)
        if not literals:
            return None
        found |= literals
    return frozenset(found)


def _gate(fast_pattern: str, anchors: frozenset[str]) -> frozenset[str] | None:
    """For a cue whose anchors are common words ("is", "has"), literals one of which is inside every
    match and that say more ("in production", "n't" or " not"): a text without any cannot match, and
    the cue is not tried at its anchors there. None when they would say no more than the anchors."""
    found: set[str] = set()
    for alternative in _top_level_alternatives(fast_pattern):
        literals = _inner_literals(alternative)
        if not literals:
            return None
        found |= literals
    shortest_anchor = min(map(len, anchors))
    return frozenset(found) if shortest_anchor <= _COMMON_ANCHOR and min(map(len, found)) > shortest_anchor else None


#: An anchor this short is a common word: a cue that starts with one is gated (see ``_gate``).
_COMMON_ANCHOR = 4


class CompiledCue:
    """One cue, ready to search sentences many times."""

    __slots__ = ("_slow", "_fast", "_bounded", "_at_start", "anchors", "required", "gate")

    def __init__(self, pattern: str) -> None:
        self._slow = re.compile(pattern, re.IGNORECASE)
        self._fast: re.Pattern | None = None  # None: the cue reads the text's own capitals ("(?-i:...)")
        self._bounded = False
        lowered = _lower_literals(pattern)
        alternatives = _top_level_alternatives(lowered)
        # "^\W*reports?\s*:": a match can only start where the text does, so it is tried there alone.
        self._at_start = all(alternative.startswith("^") for alternative in alternatives) and "(?m" not in pattern
        # Where a cue reads capitals, its case-blind parts still give anchors and literals, in lower case as
        # the text is searched; the cue itself is then tried on the text as written.
        self.anchors: frozenset[str] | None = anchors(lowered)  # see CueSet
        # A cue without anchors is searched everywhere, but only in a text that holds one of these.
        self.required: frozenset[str] | None = None if self.anchors else required_literals(lowered)
        self.gate: frozenset[str] | None = _gate(lowered, self.anchors) if self.anchors else None
        if "(?-i" in pattern:
            return
        # The leading \b of every alternative is checked by hand, when every alternative has one.
        if all(re.match(r"\\b[a-z(]", alternative) for alternative in alternatives):
            lowered, self._bounded = "|".join(alternative[2:] for alternative in alternatives), True
        self._fast = re.compile(lowered)

    def _cannot_match(self, lowered: str) -> bool:
        if self.required is None:
            return False
        for literal in self.required:  # a loop, not any(): this runs for every sentence
            if literal in lowered:
                return False
        return True

    def gated_out(self, lowered: str) -> bool:
        """The text holds none of the literals of ``gate``: the cue cannot match at its anchors."""
        if self.gate is None:
            return False
        for literal in self.gate:
            if literal in lowered:
                return False
        return True

    def search(self, text: str, lowered: str | None, literal_seen: bool = False) -> re.Match | None:
        """The first match in ``text``; ``lowered`` is ``lower_keep_length(text)``. ``literal_seen``: the
        caller found one of the ``required`` literals already (see ``CueSet``)."""
        if lowered is None:
            return self._slow.search(text)
        if not literal_seen and self._cannot_match(lowered):
            return None
        if self._fast is None:
            return self._slow.match(text) if self._at_start else self._slow.search(text)
        if self._at_start:
            return self._fast.match(lowered)
        position = 0
        while (match := self._fast.search(lowered, position)) is not None:
            start = match.start()
            if not self._bounded or start == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
                return match
            position = start + 1
        return None

    def finditer(self, text: str, lowered: str | None, starts: list[int] | None = None,
                 literal_seen: bool = False) -> Iterator[Span]:
        """Every match, left to right, none overlapping the one before.

        ``starts``: the only places a match can start (where the automaton of :class:`CueSet`
        found one of this cue's anchors); the cue is then tried there alone instead of searched.
        ``literal_seen``: as for ``search``.
        """
        if starts is not None and self.anchors is not None and lowered is not None:
            yield from self._matches_at(text, lowered, starts)
            return
        if self._at_start:  # one match at most: "^" holds nowhere else
            if (match := self.search(text, lowered, literal_seen)) is not None:
                yield Span(match.start(), match.end(), text)
            return
        if self._fast is not None and lowered is not None and not literal_seen and self._cannot_match(lowered):
            return
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

    def match_at(self, text: str, lowered: str, start: int) -> re.Match | None:
        """The match that starts at ``start``, if any (for a cue with anchors); ``lowered`` is the text in
        lower case (``lower_keep_length``)."""
        if self._fast is None:
            return self._slow.match(text, start)
        if self._bounded and start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
            return None
        return self._fast.match(lowered, start)

    def _matches_at(self, text: str, lowered: str, starts: list[int]) -> Iterator[Span]:
        position = 0
        for start in starts:
            if start >= position and (match := self.match_at(text, lowered, start)) is not None:
                yield Span(start, match.end(), text)
                position = match.end() if match.end() > start else start + 1


#: Where the anchors of a family's cues start in a text, by cue index; for a cue without anchors, by
#: ``~index``, where one of the literals it requires is (see ``CueSet``).
Starts = dict[int, list[int]]


def _anchor_automaton(by_anchor: dict[str, list]) -> ahocorasick.Automaton | None:
    """An automaton that gives, for each anchor found, how far back it starts and whose it is."""
    if not by_anchor:
        return None
    automaton = ahocorasick.Automaton()
    for anchor, places in by_anchor.items():
        automaton.add_word(anchor, (len(anchor) - 1, tuple(places)))
    automaton.make_automaton()
    return automaton


class CueSet:
    """The cues of one family, with one Aho-Corasick automaton over their anchors.

    Every match of a cue starts with one of its anchors, so one pass of the
    automaton over the lower-cased sentence tells which few cues can match and
    the only places where: each is then tried there instead of searched. A cue
    without anchors is searched everywhere, when the same pass found one of the
    literals it requires (it is given as ``~index``); one that requires none
    (``unflagged``), always.
    """

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.cues = tuple(CompiledCue(p) for p in patterns)
        self.unflagged = tuple(i for i, cue in enumerate(self.cues) if cue.anchors is None and cue.required is None)
        by_anchor: dict[str, list[int]] = {}
        for index, cue in enumerate(self.cues):
            for anchor in cue.anchors or ():
                by_anchor.setdefault(anchor, []).append(index)
            for literal in cue.required or ():
                by_anchor.setdefault(literal, []).append(~index)
        self._automaton = _anchor_automaton(by_anchor)

    def any_match(self, text: str, lowered: str | None) -> bool:
        """Whether any cue matches: stops at the first that does."""
        if lowered is None:
            return any(cue.search(text, None) for cue in self.cues)
        # Loops, not any(): this runs some seventy times a document, mostly on short texts.
        cues = self.cues
        flagged = set()
        if self._automaton is not None:
            gated: set[int] = set()
            for end, (back, indexes) in self._automaton.iter(lowered):
                for index in indexes:
                    if index < 0:
                        flagged.add(~index)
                    elif index not in gated:
                        cue = cues[index]
                        if cue.gate is not None and cue.gated_out(lowered):
                            gated.add(index)
                        elif cue.match_at(text, lowered, end - back) is not None:
                            return True
        for index in flagged:
            if cues[index].search(text, lowered, literal_seen=True) is not None:
                return True
        for index in self.unflagged:
            if cues[index].search(text, lowered) is not None:
                return True
        return False

    def matches(self, text: str, lowered: str | None) -> list[tuple[int, Span]]:
        """(cue index, span) of every match of every cue, by start, then by index."""
        if lowered is None:
            return [(index, span) for _, index, span in sorted(
                (span.first, index, span) for index, cue in enumerate(self.cues) for span in cue.finditer(text, None))]
        return self.matches_at(text, lowered, self._starts(lowered))

    def matches_at(self, text: str, lowered: str, starts: Starts) -> list[tuple[int, Span]]:
        """``matches``, where the automaton found the cues' anchors at ``starts``."""
        found: list[tuple[int, int, Span]] = []
        for index, at in starts.items():
            if index < 0:
                found.extend((span.first, ~index, span)
                             for span in self.cues[~index].finditer(text, lowered, literal_seen=True))
            elif not self.cues[index].gated_out(lowered):
                found.extend((span.first, index, span) for span in self.cues[index].finditer(text, lowered, sorted(at)))
        for index in self.unflagged:
            found.extend((span.first, index, span) for span in self.cues[index].finditer(text, lowered))
        found.sort()
        return [(index, span) for _, index, span in found]

    def firsts(self, text: str, lowered: str | None) -> list[tuple[int, int, int]]:
        """(cue index, start, end) of the first match of each cue that matches, by index."""
        if lowered is None:
            return [(index, match.start(), match.end()) for index, cue in enumerate(self.cues)
                    if (match := cue.search(text, None)) is not None]
        return self.firsts_at(text, lowered, self._starts(lowered))

    def firsts_at(self, text: str, lowered: str, starts: Starts) -> list[tuple[int, int, int]]:
        """``firsts``, where the automaton found the cues' anchors at ``starts``."""
        found = []
        for index, at in starts.items():
            if index < 0:
                if (match := self.cues[~index].search(text, lowered, literal_seen=True)) is not None:
                    found.append((~index, match.start(), match.end()))
                continue
            cue = self.cues[index]
            if cue.gate is not None and cue.gated_out(lowered):
                continue
            for start in sorted(at) if len(at) > 1 else at:
                if (match := cue.match_at(text, lowered, start)) is not None:
                    found.append((index, start, match.end()))
                    break
        for index in self.unflagged:
            if (match := self.cues[index].search(text, lowered)) is not None:
                found.append((index, match.start(), match.end()))
        found.sort()
        return found

    def _starts(self, lowered: str) -> Starts:
        """Where each cue's anchors start, in the order the automaton ends them (not always by start)."""
        starts: Starts = {}
        if self._automaton is not None:
            for end, (back, indexes) in self._automaton.iter(lowered):
                for index in indexes:
                    starts.setdefault(index, []).append(end - back)
        return starts


class CueSets:
    """Several families searched together: one pass of one automaton for all of them, for a
    caller that wants every family's cues in the same sentence."""

    def __init__(self, families: Mapping[str, CueSet]) -> None:
        self.families = dict(families)
        by_anchor: dict[str, list[tuple[str, int]]] = {}
        for name, family in self.families.items():
            for index, cue in enumerate(family.cues):
                for anchor in cue.anchors or ():
                    by_anchor.setdefault(anchor, []).append((name, index))
                for literal in cue.required or ():
                    by_anchor.setdefault(literal, []).append((name, ~index))
        self._automaton = _anchor_automaton(by_anchor)

    def firsts(self, text: str, lowered: str | None) -> dict[str, list[tuple[int, int, int]]]:
        """``CueSet.firsts`` of each family."""
        if lowered is None:
            return {name: family.firsts(text, None) for name, family in self.families.items()}
        starts = self._starts(lowered)
        # Most families have no anchor in a sentence and no cue to search everywhere: nothing to try.
        return {name: family.firsts_at(text, lowered, starts.get(name, {}))
                if name in starts or family.unflagged else [] for name, family in self.families.items()}

    def spans(self, text: str, lowered: str | None) -> dict[str, list[Span]]:
        """The spans of ``CueSet.matches`` of each family."""
        if lowered is None:
            return {name: [span for _, span in family.matches(text, None)] for name, family in self.families.items()}
        starts = self._starts(lowered)
        return {name: [span for _, span in family.matches_at(text, lowered, starts.get(name, {}))]
                if name in starts or family.unflagged else [] for name, family in self.families.items()}

    def _starts(self, lowered: str) -> dict[str, Starts]:
        """``CueSet._starts`` of each family that has an anchor in ``lowered``, from one pass."""
        starts: dict[str, Starts] = {}
        if self._automaton is not None:
            for end, (back, places) in self._automaton.iter(lowered):
                for name, index in places:
                    starts.setdefault(name, {}).setdefault(index, []).append(end - back)
        return starts
