"""Splitting a normalised text into paragraphs, headings, sentences and clauses.

Detection reasons sentence by sentence, and a sentence that names no title
takes its topic from its paragraph or its section heading; so the structure of
the text matters as much as its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from crawler.understand import lexicons
from crawler.understand.cuesearch import Span, lower_keep_length
from crawler.understand.dates import MONTHS_IN_FULL, MONTHS_SHORT

# A post may end a sentence with an emoji instead of a stop: "...we are back 🎬 Tickets on sale".
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)|[。！？]+[」』）]*|[\U0001F300-\U0001FAFF\u2600-\u27BF]+(?=\s+[A-Z])")
# "Warner Bros. has", "Dr. Stone", "No. 8": a period here does not end a sentence.
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms st jr sr vs no vol inc ltd co bros corp dept est approx feat ft pt e.g i.e etc u.s u.k a.m p.m "
    "ep eps ch pp p fig ca cf min sec hr hrs mt".split()
)
# "Oct. 9", "Sept. 4": news writes a month short before its day, and the period ends nothing.
_MONTHS_SHORT = frozenset(MONTHS_SHORT)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# The word before a period is read this far back: one letter more than the longest abbreviation, so a
# longer word cut short is never taken for one.
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS)) + 1
# Not at colons: "HAS A DATE: April 10" and "Title: Subtitle" are one statement.
# A comma then a verb a headline gives each of its works ("Orsa delays Lumen Drift 2, dates Korvin's
# Gate remaster"): a second predicate with its own object. Not "confirms", "announces": after a comma
# they name who told ("..., confirms Netflix").
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although|though|yet|so)\s+|\s+(?:but|while)\s+"
                           # a colon, then a pronoun and its verb: "isn't on this list: it arrives in October"
                           r"|:\s+(?=(?:it|they)\s+[a-z]+)"
                           r"|,\s+(?=(?:delays|dates|renews|cancels|sets|pushes|moves|greenlights|orders|slates"
                           r"|postpones|reschedules)\s)")
_HEADING_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with where it stands: offsets in its source text, paragraph, role."""

    text: str
    start: int
    paragraph: int  # -1 for the document title
    heading: bool = False

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def clauses(self) -> list[tuple[int, str]]:
        """(offset within the sentence, text) of each clause."""
        parts, last = [], 0
        for match in _CLAUSE_BREAK.finditer(self.text):
            parts.append((last, self.text[last:match.start()]))
            last = match.end()
        parts.append((last, self.text[last:]))
        return [(offset, text) for offset, text in parts if text.strip()]


def is_question(text: str) -> bool:
    """A sentence that asks: it ends with a question mark, or one ends a clause inside it."""
    return text.rstrip().endswith(("?", "？")) or _QUESTION_INSIDE.search(text) is not None


_QUESTION_INSIDE = re.compile(r"\?\s")


class SentenceForms:
    """What the rule reading and the candidates both make of one document's sentences, made once: a
    text blanked of what it does not state (``lexicons.blank_asides``), and a text's clauses. Built per
    document; the same sentence is read by both, and its clause by several rules."""

    def __init__(self) -> None:
        self._blanked: dict[str, str] = {}
        self._clauses: dict[str, list[tuple[int, str]]] = {}
        self._cues: dict[str, dict[str, list[Span]]] = {}

    def blanked(self, text: str) -> str:
        found = self._blanked.get(text)
        if found is None:
            found = self._blanked[text] = lexicons.blank_asides(text)
        return found

    def clauses(self, text: str) -> list[tuple[int, str]]:
        """``Sentence(text, ...).clauses()``."""
        found = self._clauses.get(text)
        if found is None:
            found = self._clauses[text] = Sentence(text, 0, 0).clauses()
        return list(found)

    def event_cues(self, text: str) -> Mapping[str, list[Span]]:
        """``lexicons.spans`` of each family of ``EVENT_FAMILIES`` in ``text`` (a clause), from one search:
        the rules ask a clause for several of them, and for the same ones whose franchise it continues."""
        found = self._cues.get(text)
        if found is None:
            found = self._cues[text] = _EVENT_FAMILIES.spans(text, lower_keep_length(text))
        return found


@dataclass(frozen=True)
class DocumentTraits:
    """What the whole document is, read once by the detector from its headline and body, for the rule
    reading and the candidates alike."""

    debunked: bool = False  # it calls itself a joke, a hoax or a fan work
    calendar: bool = False  # its headline announces a list of dates ("Spring 2027 anime premiere dates")
    roundup: bool = False  # its headline speaks of several works, naming none ("Every game delayed to 2027 so far")
    post: bool = False  # a post on a social platform: it may say a date as a poster does ("Season 2. July 24.")
    about_a_trailer: bool = False  # the headline is a piece about a trailer already out ("Trailer Breakdown")
    # the headline is a review, a recap or a preview of works already known: a renewal or a new season it tells is
    # background ("Season 4 Review", "Winter anime: the 12 shows we're watching")
    review: bool = False
    # In a calendar, the day line above each line of works ("Nov. 3" then "Wyrmwood: Season 2"), by (paragraph, start).
    days: Mapping[tuple[int, int], Sentence] = field(default_factory=dict)

    @property
    def about_many(self) -> bool:
        """A headline that names no work is about none of them alone: a calendar's or a roundup's."""
        return self.calendar or self.roundup


#: The cue families the rule reading looks for in a clause (see ``SentenceForms.event_cues``).
EVENT_FAMILIES = ("RELEASE", "DELAY", "TRAILER", "TRAILER_OUT", "ANNOUNCEMENT")
_EVENT_FAMILIES = lexicons.searched_together(EVENT_FAMILIES)


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_boundary(text: str, match: re.Match, protected: list[tuple[int, int]]) -> bool:
    position = match.start()
    if any(a <= position < b for a, b in protected):
        return False
    if text[position] == ".":
        word = _WORD_BEFORE.search(text, max(0, position - _LONGEST_ABBREVIATION), position)
        if word and word.group(1).lower() in _ABBREVIATIONS:
            return False
        following = text[match.end():match.end() + 2].strip()
        if word and word.group(1).lower() in _MONTHS_SHORT and following[:1].isdigit():
            return False
        # After a word's period (not an abbreviation's, above) a sentence starts even with a digit or a
        # small letter, as posts write: "delayed AGAIN. 2027 now. i'm so tired"; not after a letter or a
        # number ("J. 3", "2. 5").
        # A year ends a sentence as a word does: "new target: early 2027. thank you".
        if not word or len(word.group(1)) == 1 or (word.group(1)[-1:].isdigit() and not _A_YEAR.fullmatch(word.group(1))):
            if following[:1].islower() or following[:1].isdigit():
                return False
    return True


def split_sentences(text: str, start: int, paragraph: int, protected: list[tuple[int, int]],
                    heading: bool = False) -> list[Sentence]:
    """Sentences of one paragraph; ``protected`` spans (matched titles) are never cut."""
    sentences, begin = [], 0
    local = [(a - start, b - start) for a, b in protected]
    for match in _SENTENCE_END.finditer(text):
        if not _is_boundary(text, match, local):
            continue
        piece = text[begin:match.end()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            sentences.append(Sentence(piece.strip(), start + begin + lead, paragraph, heading))
        begin = match.end()
    rest = text[begin:]
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        sentences.append(Sentence(rest.strip(), start + begin + lead, paragraph, heading))
    return sentences


# Lines a web page puts between paragraphs that are not the story's structure: captions, credits,
# calls to share or read more, ads. They are not section headings, so they do not end a topic.
_PAGE_FURNITURE = re.compile(
    r"^\W*(?:\[|\((?:image|photo|pictured|credit|source)|image:|photo:|(?:photo|image|picture) (?:credit|courtesy|via)"
    r"|credit:|source:|caption:|pictured:"
    r"|advertisement\b|sponsored\b|read more\b|read next\b|related\b|see also\b|share\b|watch\b|listen\b"
    r"|subscribe\b|sign up\b|follow us\b|getty\b|©|\(c\)|tags?:|filed under\b|\d+ comments?\b)"
    # a breadcrumb trail: "Home > News > Movies"
    r"|^\W*[\w&' -]{1,25}(?:\s+[>›»]\s+[\w&' -]{1,25})+\W*$",
    re.IGNORECASE,
)
# A line that opens a list of other stories: "More from Movies", "You may also like", "Trending".
_OTHER_STORIES_LABEL = (
    r"more from\b.{0,40}|more (?:news|stories|articles)|related(?: (?:news|stories|articles|posts|coverage|reading))?"
    r"|read next|up next|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|most (?:read|popular)"
    r"|popular(?: now)?|latest(?: news| stories)?|also on [\w ]{1,30}|read more|(?:also|further) read(?:ing)?"
    r"|read also|see also|more on [\w ]{1,30}"
    r"|関連記事|関連ニュース|関連リンク|あわせて読みたい|合わせて読みたい|おすすめ記事|人気記事|注目記事|最新記事|こちらもおすすめ")
_MORE_STORIES = re.compile(rf"^\W*(?:{_OTHER_STORIES_LABEL})\W*$", re.IGNORECASE)
# ... or that gives them after its label: "Related: Lumen Drift 2 launches November 13 | Tidebound ...".
_OTHER_STORIES_INLINE = re.compile(rf"^\W*(?:{_OTHER_STORIES_LABEL})\s*[:|»›>–—-]\s*\S", re.IGNORECASE)
_HEADLINE_MAX_WORDS = 16


def lines_before(sentences: list[Sentence]) -> dict[tuple[int, int], Sentence]:
    """The sentence right before each one, by (paragraph, start): headings included, which the topic
    walk of ``resolve.with_topics`` leaves out."""
    return {(b.paragraph, b.start): a for a, b in zip(sentences, sentences[1:], strict=False)}


def is_page_furniture(line: str) -> bool:
    """A caption, credit or call to action: "[Image: ...]", "Photo: Studio", "Read more: ...", "Advertisement"."""
    return bool(_PAGE_FURNITURE.match(line))


_MONTH_STEMS = "|".join(name[:3] for name in MONTHS_IN_FULL)
# "Vanta Reach: October 4", "Tidebound - Oct. 12": a line of a schedule, its work then its day; no heading
# (unlike "Title: Season Three, Part 2").
_A_DAY = (rf"(?:(?:{_MONTH_STEMS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
          rf"|\d{{1,2}}\s+(?:{_MONTH_STEMS})[a-z]*(?:\s+\d{{4}})?|(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)")
# ... or a month, a season or a quarter with its year: "Tidebound season 2 - July 2026" heads no section.
_A_MONTH_OF_A_YEAR = (rf"(?:(?:early|mid|late)[\s-]+)?(?:(?:{_MONTH_STEMS})[a-z]*\.?|spring|summer|fall|autumn|winter|q[1-4])"
                      rf"\s+\d{{4}}|\d{{4}}年\d{{1,2}}月")
_LISTED_WITH_A_DATE = re.compile(rf"(?::\s*|\s[-—–|]\s+)(?:{_A_DAY}|{_A_MONTH_OF_A_YEAR})\s*$", re.IGNORECASE)
# "January 22: Tidebound season 3", "Sept. 9 - Vanta Reach 2": the same line, its day first.
_DAY_THEN_LISTED = re.compile(rf"^{_A_DAY}\s*(?::|\s[-—–|])\s", re.IGNORECASE)


# "1. Title", "2) Title", "#3 Title": an item of a numbered list; with "- Title", "• Title", of any list.
# An item is about itself, never the head of a section.
_ITEM_NUMBER = r"(?:\d{1,3}[.)]|#\d{1,3})"
NUMBERED_ITEM = re.compile(rf"^{_ITEM_NUMBER}(?:\s|$)")
_LIST_ITEM = re.compile(rf"^(?:{_ITEM_NUMBER}|[-*•·])\s")


# A fact box's field that gives a date ("Release date: TBA 2027", "Premiere: March 3") is no heading.
_DATE_FIELD = re.compile(r"^(?:(?:release|launch|premiere|air|broadcast|street)\s+)?(?:date|day|window)s?\s*[:：]", re.IGNORECASE)


def _looks_like_heading(line: str, next_line: str | None) -> bool:
    stripped = line.strip()
    return (
        next_line is not None
        and not _LIST_ITEM.match(stripped)
        and not stripped.startswith(("＼", "\\"))  # a post's shout: "＼TVアニメ第2期 放送決定／" is its news
        and not stripped.startswith("|")  # a table's row: "| Quartz Hollow | PS5, PC | December 10 |"
        and not is_page_furniture(stripped)
        and not _LISTED_WITH_A_DATE.search(stripped)
        and not _DAY_THEN_LISTED.match(stripped)
        and not _DATE_FIELD.match(stripped)
        and len(stripped.split()) <= _HEADING_MAX_WORDS
        and not stripped.endswith((".", "!", "?", ":", ";", "。", "！", "？", ","))
        and len(next_line) > len(stripped)
    )


def segment(title: str, body: str, protected: Iterable[tuple[int, int, bool]], post: bool = False) -> list[Sentence]:
    """Title sentences (paragraph -1), then each body line's sentences in order.

    ``protected`` holds (start, end, in_title) spans that no sentence boundary may cut. A ``post`` has no
    section headings: its short lines are the poster's ("Tidebound: Ashfall", "Coming to Switch", "03.18.2027").
    """
    spans = list(protected)
    in_title = [(a, b) for a, b, t in spans if t]
    in_body = [(a, b) for a, b, t in spans if not t]
    sentences = split_sentences(title, 0, -1, in_title) if title.strip() else []
    lines = body.split("\n")
    offset = 0
    other_stories = False  # under "More from Movies": other stories' headlines, up to the next sentence
    for number, line in enumerate(lines):
        stripped = line.strip()
        if _MORE_STORIES.match(stripped) or _OTHER_STORIES_INLINE.match(stripped):
            other_stories = True
        elif other_stories and stripped:
            other_stories = len(stripped.split()) <= _HEADLINE_MAX_WORDS and not stripped.endswith((".", "。"))
        if not other_stories:
            following = next((later for later in lines[number + 1:] if later.strip()), None)
            heading = not post and _looks_like_heading(line, following)
            sentences += split_sentences(line, offset, number, in_body, heading)
        offset += len(line) + 1
    return sentences
