"""How a sentence is written: sentence case, Title Case or ALL CAPS.

A capital letter is the first sign of a name ("Blame!", "Dune") only in
sentence case. Half the headlines of real news are in Title Case and some posts
shout; the detector reads those as if written in sentence case, keeping the
capitals of the watch list's own names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from itertools import filterfalse, product
from operator import itemgetter

from crawler.understand.dates import MONTHS_IN_FULL, MONTHS_SHORT, WEEKDAYS
from crawler.understand.languages import JAPANESE_SCRIPT


class Casing(StrEnum):
    """How a sentence is written: a capital letter means a name only in sentence case."""

    SENTENCE = "sentence"
    TITLE = "title"
    UPPER = "upper"


def casing_of(text: str, names: Iterable[tuple[int, int]] = ()) -> Casing:
    """Sentence case, Title Case or ALL CAPS, judged on the words outside the watch list's ``names``."""
    if JAPANESE_SCRIPT.search(text):  # Latin words in Japanese text are names
        return Casing.SENTENCE
    for a, b in names:
        text = f"{text[:a]}{' ' * (b - a)}{text[b:]}"
    words = _LATIN_WORD.findall(text)
    if len(words) < 2:
        return Casing.SENTENCE
    if sum(map(str.isupper, words)) / len(words) >= 0.7:
        return Casing.UPPER
    # Words written with a capital in any case (months, days) say nothing of how the rest is written.
    # (Filters and maps, not a comprehension: a long paragraph's casing is judged word by word.)
    content = list(filterfalse(_NOT_CONTENT.__contains__, filterfalse(str.isupper, words)))
    capitalised = sum(map(str.isupper, map(itemgetter(0), content)))
    return Casing.TITLE if content and capitalised / len(content) >= 0.8 else Casing.SENTENCE


# Not the second part of a compound ("10-minute", "Hands-on"): headline writers leave it in lower case;
# nor an account or a tag ("@quillmoor", "#anime"): their owners spell them.
# Of two letters or more: a single letter ("a", "I") tells nothing.
_LATIN_WORD = re.compile(r"(?<![-\w@#])[A-Za-z][A-Za-z0-9'’-]+")  # "S3", "PS5" are words too
_CAPITALISED_ANYWAY = frozenset({word.capitalize() for word in (*MONTHS_IN_FULL, *WEEKDAYS)} | set(
    "Japan Japanese English America American Europe Christmas".split()))
_SMALL_WORDS = "a an the and or but of to in on at for by with from as is vs via nor".split()
# The words that are no content, as they may be written: "Of", "OF", "oF" for "of".
_NOT_CONTENT = _CAPITALISED_ANYWAY | frozenset(
    "".join(variant) for word in _SMALL_WORDS for variant in product(*((c.lower(), c.upper()) for c in word)))


def sentence_cased(text: str, keep: Iterable[tuple[int, int]] = ()) -> str:
    """``text`` in lower case outside the ``keep`` spans (the watch list's names), same length.

    A Title Case headline or a shouting post then reads like any sentence: its
    cue words are words again, not parts of a name.
    """
    chars = list(text)
    kept = [(a, b) for a, b in keep]
    for i, char in enumerate(chars):
        if not any(a <= i < b for a, b in kept):
            lowered = char.lower()
            chars[i] = lowered if len(lowered) == 1 else char
    # A month before a number, or after "this", "next", "its", a preposition of time or a move, is a date,
    # and dates are written with a capital: "april 10" -> "April 10", "this october" -> "this October",
    # "in may" -> "in May", "delayed to april" -> "delayed to April" (not after "to" alone: "to march"),
    # "october release date" -> "October release date".
    lowered = _MONTH_AS_DATE.sub(lambda m: m.group().capitalize(), "".join(chars))
    # A month after a day that a preposition of time opens: "on 17 september" -> "on 17 September"
    # (not "Lumen Drift 2 may slip": no preposition before the number).
    lowered = _DAY_THEN_MONTH.sub(lambda m: m.group(1) + m.group(2).capitalize(), lowered)
    # Both ends of a range of months: "march-may 2027", "between march and may next year".
    lowered = _MONTH_RANGE.sub(lambda m: m.group(1).capitalize() + m.group(2) + m.group(3).capitalize(), lowered)
    lowered = _WEEKDAY.sub(lambda m: m.group().capitalize(), lowered)  # always written with a capital
    # Roman numerals number an installment ("Lumen Drift II"): they keep their capitals.
    return _ROMAN.sub(lambda m: text[m.start():m.end()], lowered)


_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
_ROMAN = re.compile(r"(?<![\w'’])(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)(?![\w'’])")
_MONTH = f"(?:{'|'.join((*MONTHS_IN_FULL, *MONTHS_SHORT))})"
_AFTER = "|".join(rf"(?<=\b{word} )" for word in
                  ("this", "next", "last", "coming", "from", "in", "into", "for", "by", "until", "since", "of", "its", "early", "late", "mid",
                   # where a move goes: "Delayed to April" ("to march" alone is a verb)
                   "delayed to", "back to", "pushed to", "moved to", "moves to", "slips to", "slipped to",
                   "postponed to", "shifts to", "shifted to"))
# ... and before a release noun: "gets october release date" -> "gets October release date".
_MONTH_AS_DATE = re.compile(rf"\b{_MONTH}(?=\.?\s+\d)|(?:{_AFTER}|(?<=\bmid-)){_MONTH}\b"
                            rf"|\b{_MONTH}(?=\s+(?:release|premiere|launch|debut|opening|window|slot|date)\b)")
_MONTH_RANGE = re.compile(rf"\b({_MONTH})(\s*-\s*|\s+(?:or|and|through|until)\s+)({_MONTH})\b(?!\s+not\b)", re.IGNORECASE)
_DAY_THEN_MONTH = re.compile(rf"(\b(?:on|by|from|until|till|for|before|after)\s+[0-3]?\d(?:st|nd|rd|th)?\s+)({_MONTH})\b")
