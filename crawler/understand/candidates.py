"""Candidate events and the evidence for and against each: what the scorer weighs.

Rules are strong at finding things: which franchise a sentence is about, which
dates it names, which cue words it uses. They are weak at deciding: one hedge
word anywhere used to discard a whole sentence. So here every sentence about a
watched franchise that carries a cue yields candidates, one per (franchise,
event, date), and each candidate carries its evidence as named features: the
cues and where they stand, hedges, negations and history markers in the same
clause or only elsewhere, the date's relation to the publication day, the
headline and its casing, topic continuation, what the rule reading of
:mod:`crawler.understand.rules` concluded, and hashed words with names and
dates masked. :mod:`crawler.understand.scorer` turns the features into a
probability.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from crawler.model import EventKind
from crawler.understand import lexicons
from crawler.understand.casing import Casing, casing_of, sentence_cased
from crawler.understand.cuesearch import CueSets, lower_keep_length
from crawler.understand.dates import (
    DateMention,
    DateReader,
    anchored,
    bounds_a_period,
    is_a_line_between,
    is_only_a_date,
    schedule_line,
)
from crawler.understand.languages import JAPANESE_SCRIPT
from crawler.understand.resolve import (
    CAPITALISED,
    PLAIN_CAPITALS,
    Mention,
    cast_before,
    installment_alone,
    installment_of,
    named_in,
    owns_the_trailer,
    subject_titles,
)
from crawler.understand.sentences import DocumentTraits, Sentence, SentenceForms, is_question, lines_before

#: Words are hashed into this many buckets: the model file holds numbers, not text. Word pairs too
#: were tried: the same cross-validated score, twice the features to weigh per candidate.
HASH_BUCKETS = 1 << 18

_WORD = r"[a-z0-9']+|[^\sa-z0-9']"  # in lower-cased text: a case flag makes re much slower
_FAMILIES = {
    "announce": "ANNOUNCEMENT", "release": "RELEASE", "delay": "DELAY", "trailer": "TRAILER", "trailer_out": "TRAILER_OUT",
    "installment": "INSTALLMENT", "negation": "NEGATION", "hedge": "SPECULATION", "history": "HISTORY",
    "not_installment": "NOT_AN_INSTALLMENT", "earlier": "EARLIER", "anaphor": "ANAPHOR", "replaced": "REPLACED",
    "trailer_ahead": "TRAILER_AHEAD", "long_ago": "LONG_AGO",
}
# The families that propose an event; a sentence without any is not read further.
_EVENT_CUES = ("announce", "release", "delay", "trailer", "installment")
_OTHER_CUES = tuple(name for name in _FAMILIES if name not in _EVENT_CUES)
_PROPOSING = lexicons.searched_together(tuple(_FAMILIES[name] for name in _EVENT_CUES))
_WEIGHING = lexicons.searched_together(tuple(_FAMILIES[name] for name in _OTHER_CUES))
_MOVE_WORD = re.compile(r"\b(?:mov|shift|jump|bump)", re.IGNORECASE)  # a move to a date (MOVE_TO_DATE) is a cue too
_AFTER_PREPOSITION = re.compile(r"\b(?:on|for|in|by|from|until|to)\s+(?:the\s+)?(?:early|late|mid-?)?\s*$", re.IGNORECASE)
_KARA = re.compile(r"から|より")
# The families that take an event back: whether they stand in the cue's own clause matters.
_AGAINST = ("negation", "hedge", "history", "not_installment")
# The cue families that make a sentence a candidate for each event.
_CUES = {
    EventKind.ANNOUNCEMENT: ("announce", "installment"),
    EventKind.RELEASE_DATE: ("release", "delay", "move_to", "moved_later", "calendar_line", "release_carried"),
    EventKind.DELAY: ("delay", "move_to", "moved_later"),
    EventKind.TRAILER: ("trailer",),
}


# What a feature means, for `scan --explain`; a feature not listed is shown by its name.
_PHRASES = {
    "rule:same": "the rule reading reports it", "rule:here": "the rule reading reports it from this sentence",
    "rule:other_date": "the rule reading reports another date",
    "question": "a question", "negation:same_clause": "a negation in its clause",
    "negation:elsewhere": "a negation elsewhere in the sentence", "hedge:same_clause": "a hedge in its clause",
    "hedge:elsewhere": "a hedge elsewhere in the sentence", "history:same_clause": "told as the past",
    "history:elsewhere": "the past, elsewhere in the sentence",
    "not_installment:same_clause": "about something that is not an installment",
    "doc:debunked": "the document is a joke or a fan work", "doc:headline_doubt": "the headline asks or doubts",
    "date:old": "the date a change moves away from", "date:begun": "a date already begun",
    "date:past_year_named": "a past year in the sentence", "topic": "names no franchise, continues the topic",
    "other_names": "names other titles", "named": "names the franchise", "words": "its words",
    "cue:apart_from_name": "the cue is in another clause than the name",
}


def phrase(feature: str) -> str:
    """A feature in words: "hedge:same_clause" -> "a hedge in its clause"."""
    if feature in _PHRASES:
        return _PHRASES[feature]
    family, _, value = feature.partition(":")
    if family == "cue_word":
        return f'the cue "{value}"'
    return feature


def in_sentence_case(sentence: Sentence, mentions: Iterable[Mention], body: str = "") -> tuple[Sentence, Casing]:
    """The sentence as if written in sentence case, when it is in Title Case or ALL CAPS.

    The watch list's names keep their capitals; everything else is lowered, so
    that a capital letter means a name again ("Gets Release Date" -> "gets
    release date") for every rule that reads capitals. So does a subtitle after
    a name and its colon that the ``body`` writes the same, capitals and all: it
    is the work's own title ("Announces Dusk Patrol: Night Shift for 2027" moves nothing).
    """
    in_title = sentence.paragraph == -1
    names = [(m.start - sentence.start, m.end - sentence.start) for m in mentions
             if m.in_title == in_title and sentence.start <= m.start < sentence.end]
    casing = casing_of(sentence.text, names)
    if casing == Casing.SENTENCE:
        return sentence, casing
    keep = names + [subtitle for name in names if (subtitle := _subtitle_as_written(sentence.text, name, body))]
    return replace(sentence, text=sentence_cased(sentence.text, keep)), casing


_SUBTITLE_AFTER = re.compile(r":\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_SUBTITLE_WORD = re.compile(r"[A-Z][\w'’-]*")


def _subtitle_as_written(text: str, name: tuple[int, int], body: str) -> tuple[int, int] | None:
    """The capitalised words after the name at ``name`` and a colon, when ``body`` writes the name and them so."""
    subtitle = _SUBTITLE_AFTER.match(text, name[1])
    if subtitle is None or not body:
        return None
    # The longest run of its words that the body writes after the name, as written.
    words = list(_SUBTITLE_WORD.finditer(subtitle.group()))
    for last in reversed(words):
        if text[name[0]:name[1] + last.end()] in body:
            return name[1], name[1] + last.end()
    return None


@dataclass
class Candidate:
    """One possible event: a franchise, an event kind and a date, from one sentence."""

    franchise: str
    kind: EventKind
    when: str | None
    sentence: Sentence
    features: dict[str, float] = field(default_factory=dict)
    installment: str | None = None
    previous: str | None = None  # the date a change moves away from

    @property
    def key(self) -> tuple[str, EventKind, str | None]:
        return self.franchise, self.kind, self.when


@dataclass(frozen=True)
class DocumentFacts:
    """What holds for the whole document, read once."""

    published: date
    traits: DocumentTraits  # shared with the rule reading
    headline_doubt: bool
    franchises: int
    # What the rule reading reports, with its evidence sentence (in lower case).
    ruled: Mapping[tuple[str, EventKind, str | None], str]
    dates: DateReader
    forms: SentenceForms  # shared with the rule reading
    casings: Mapping[tuple[int, int], Casing]  # of each sentence, by (paragraph, start)

    def rule_features(self, franchise: str, kind: EventKind, when: str | None, sentence: Sentence) -> dict[str, float]:
        text = sentence.text.lower()
        evidence = self.ruled.get((franchise, kind, when))
        if evidence is None and kind is EventKind.DELAY and when is None:
            # "Halden has delayed Tidebound 3." then "The new date is March 5.": the rules give the
            # delay that date, as a report does (detect._report); it is this sentence's delay still.
            evidence = next((e for (f, k, _), e in self.ruled.items() if f == franchise and k is kind and e == text), None)
        if evidence is not None:
            return {"rule:same": 1.0, "rule:here": 1.0} if evidence == text else {"rule:same": 1.0}
        if any(f == franchise and k == kind for f, k, _ in self.ruled):
            return {"rule:other_date": 1.0}
        return {}

    def features(self) -> dict[str, float]:
        found = {"bias:doc": 1.0}
        for name, holds in (("debunked", self.traits.debunked), ("headline_doubt", self.headline_doubt),
                            ("calendar", self.traits.calendar), ("post", self.traits.post)):
            if holds:
                found[f"doc:{name}"] = 1.0
        found[f"doc:franchises={min(self.franchises, 3)}"] = 1.0
        return found


# The words of news repeat from sentence to sentence ("the", "has", "<d>"): a small memo spares most hashing.
@lru_cache(maxsize=4096)
def _hashed(name: str) -> str:
    return f"h:{zlib.crc32(name.encode()) % HASH_BUCKETS}"


def _hashed_words(words: list[str], prefix: str) -> dict[str, float]:
    return {_hashed(f"{prefix}1:{w}"): 1.0 for w in words}


def _cues(text: str, names: tuple[str, ...], together: CueSets) -> dict[str, list[tuple[int, int, int]]]:
    """The first match of each cue of the families ``names`` ("announce", "hedge"), searched ``together``."""
    found = together.firsts(text, lower_keep_length(text))
    return {name: found[_FAMILIES[name]] for name in names}


def _bucket(days: int) -> str:
    for limit, name in ((0, "past"), (31, "month"), (183, "half"), (400, "year"), (800, "two")):
        if days <= limit:
            return name
    return "far"


def _clause_at(clauses: list[tuple[int, str]], position: int) -> int:
    index = 0
    for number, (offset, _) in enumerate(clauses):
        if offset <= position:
            index = number
    return index




def candidates(sentences: list[Sentence], topics: list[tuple[Sentence, str | None]], mentions: list[Mention],
               facts: DocumentFacts) -> Iterator[Candidate]:
    """Every (franchise, event, date) a sentence could state, with its features; ``topics``: the
    sentences read for events (headings are not), each with its topic (``resolve.with_topics``)."""
    document = facts.features()
    previous_topic: str | None = None
    dateless_cue: set[str] = set()  # franchises whose previous sentence had a release cue and no date
    line_before = lines_before(sentences)
    for sentence, topic in topics:
        named = named_in(sentence, mentions)
        # A calendar's or a roundup's headline that names no work ("Fall 2026 TV Premiere Dates") is about none alone.
        about = named or ([topic] if topic and not (facts.traits.about_many and sentence.paragraph == -1) else [])
        if not about:
            previous_topic, dateless_cue = None, set()
            continue
        carried = bool(dateless_cue & set(about))
        promised, dateless_cue = dateless_cue & set(about), set()
        yield from _sentence_candidates(sentence, about, bool(named), mentions, facts, document,
                                        continued=previous_topic == topic and not named, carried=carried,
                                        dateless_cue=dateless_cue)
        if facts.traits.post and promised and is_a_line_between(sentence.text, facts.dates(sentence.text)):
            dateless_cue |= promised  # "POLAR returns." "Season 2, only on Netflix." "January 2027."
        if facts.traits.post and (alone := installment_alone(sentence, mentions, topic)):
            dateless_cue.add(alone)  # "Tidebound Season 2." then "July 24.": a poster's lines
        if (day := facts.traits.days.get((sentence.paragraph, sentence.start))) is not None and named:
            # "Nov. 3" then "Wyrmwood: Season 2": the day above dates the works listed under it.
            yield from _sentence_candidates(day, named, False, mentions, facts, document,
                                            continued=False, carried=True, dateless_cue=set())
        previous = line_before.get((sentence.paragraph, sentence.start))
        if dateless_cue and previous is not None and is_only_a_date(previous.text, facts.dates(previous.text)):
            # "MAY 2." then "The date is out at last!": the line before gave the date.
            yield from _sentence_candidates(previous, sorted(dateless_cue), False, mentions, facts, document,
                                            continued=False, carried=True, dateless_cue=set())
        previous_topic = named[-1] if named else topic


def _sentence_candidates(sentence: Sentence, about: list[str], named: bool, mentions: list[Mention],
                         facts: DocumentFacts, document: dict[str, float], continued: bool, carried: bool,
                         dateless_cue: set[str]) -> Iterator[Candidate]:
    """The candidates of one sentence about the franchises ``about``.

    ``carried``: the sentence before spoke of a release without a date ("It finally
    has a date."), so this one's date may be it ("FEBRUARY 28."). The franchises
    whose release this sentence speaks of without a date are added to ``dateless_cue``.
    """
    in_title = sentence.paragraph == -1
    spans = [(m.start - sentence.start, m.end - sentence.start, m.franchise) for m in mentions
             if m.in_title == in_title and sentence.start <= m.start < sentence.end]
    casing = facts.casings[(sentence.paragraph, sentence.start)]
    raw = facts.forms.blanked(sentence.text)
    text = raw if casing == Casing.SENTENCE else sentence_cased(raw, [(a, b) for a, b, _ in spans])
    japanese = bool(JAPANESE_SCRIPT.search(text))
    found = _cues(text, _EVENT_CUES, _PROPOSING)
    found["calendar_line"] = [(0, 0, 0)] if schedule_line(raw, facts.dates) else []
    if not any(found.values()) and not carried and not _MOVE_WORD.search(text):
        return  # most sentences: nothing that proposes an event, and nothing else to read
    clauses = [(0, text)] if japanese else facts.forms.clauses(text)
    if not named and casing == Casing.SENTENCE and not (carried and _cast_returns(text, found)) \
            and _another_title_leads(clauses, found):
        return  # "Skyreach Saga launches on March 4": another title is the subject, not the topic (unless the
        # sentence before promised the topic's date: "...set a date. The Harlows return on October 9.")
    found.update(_cues(text, _OTHER_CUES, _WEIGHING))
    dates = anchored(facts.dates(text), text)
    # A move counts with the date it moves to: "moves it up to March 15", not "moving to studio Drive".
    moves = (lexicons.spans("MOVE_TO_DATE", text[:d.start]) for d in dates)
    found["move_to"] = [(0, m[0].first, m[0].last) for m in moves if m]
    upcoming = [d for d in dates if not d.is_past(facts.published)]
    old = [d for d in dates if facts.dates.moved_from(text, d, dates)]
    later = [d for d in upcoming if d not in old and any(d.first > o.last for o in old)]
    # "previously dated for August 7, will now open on May 14, 2027": a move to a later date is a delay.
    found["moved_later"] = [(0, later[0].start, later[0].end)] if later else []
    found["release_carried"] = [(0, 0, 0)] if carried and upcoming and not found["release"] else []
    if (found["release"] or found["delay"]) and not upcoming:
        dateless_cue.update(about)  # "...has a date at last!", "delayed AGAIN.": the date may be the next line
    if not any(found[f] for kind in _CUES for f in _CUES[kind]):
        return
    others = [w for w in CAPITALISED.finditer(text) if w.group().rstrip(".,'’") not in PLAIN_CAPITALS
              and not any(a <= w.start() < b for a, b, _ in spans)] if casing == Casing.SENTENCE else []
    base = dict(document)
    base.update({
        f"where:{'title' if in_title else 'heading' if sentence.heading else 'body'}": 1.0,
        f"para:{min(max(sentence.paragraph, -1), 3)}": 1.0,
        f"casing:{casing}": 1.0,
        "lang:ja" if japanese else "lang:en": 1.0,
        "named" if named else "topic": 1.0,
    })
    if continued:
        base["topic:continued"] = 1.0
    if others:
        base["other_names"] = 1.0
        base[f"other_names={min(len(others), 3)}"] = 1.0
    if is_question(sentence.text):
        base["question"] = 1.0
    if "!" in sentence.text or "！" in sentence.text:
        base["exclaim"] = 1.0
    masks = [(a, b, "<f>") for a, b, _ in spans] + [(d.start, d.end, "<d>") for d in dates]
    masks += [(w.start(), w.end(), "<n>") for w in others]
    masked = _MaskedText(text, masks)
    base.update(_hashed_words(masked.sentence_words(), "w"))
    for family, hits in found.items():
        for index, _, _ in hits:
            base[f"{family}:{index}"] = 1.0
        if hits:
            base[family] = 1.0
    past_year = any(d.precision == "year" and d.last.year < facts.published.year for d in dates)
    if past_year:
        base["date:past_year_named"] = 1.0
    mentions_after = [sentence.text[b:b + 30] for a, b, _ in spans]
    installment = installment_of(text, mentions_after)
    if installment:
        base["installment:numbered"] = 1.0
    for franchise in about:
        own = [(a, b) for a, b, f in spans if f == franchise]
        for kind, families in _CUES.items():
            cues = [(family, start) for family in families for _, start, _ in found[family]]
            if not cues or (kind is EventKind.DELAY and found["earlier"] and not found["delay"]):
                continue  # a date moved earlier is a release date, never a delay
            if kind is EventKind.TRAILER and found["trailer"] and not owns_the_trailer(
                    franchise, text, found["trailer"][0][1], found["trailer"][0][2], spans):
                continue  # "New Vanta Reach trailer teases a Lumen Drift crossover": not Lumen Drift's
            if kind is EventKind.ANNOUNCEMENT and facts.traits.review:
                continue  # "Season 4 Review: ..." then "the show has been renewed for a fifth season": background
            if kind is EventKind.TRAILER and (found["trailer_ahead"] or found["long_ago"] or facts.traits.about_a_trailer
                                              or lexicons.has("TRAILER_ANALYSIS", text)):
                continue  # "New trailer tomorrow at 9am PT!": not out yet; "the trailer, released last month": old
            features = dict(base)
            features.update(_kind_features(kind, cues, own, clauses, found, masked))
            if kind.dated:
                for mention in _dated(dates, facts.published, text):
                    dated = dict(features)
                    dated.update(_date_features(mention, masked, cues, clauses, facts.published, dates, old))
                    dated.update(facts.rule_features(franchise, kind, mention.value, sentence))
                    yield Candidate(franchise, kind, mention.value, sentence, dated, installment,
                                    old[-1].value if old and old[-1] is not mention else None)
                if kind is EventKind.DELAY:
                    undated = dict(features)
                    undated["date:none"] = 1.0
                    undated.update(facts.rule_features(franchise, kind, None, sentence))
                    yield Candidate(franchise, kind, None, sentence, undated, installment)
            else:
                features.update(facts.rule_features(franchise, kind, None, sentence))
                yield Candidate(franchise, kind, None, sentence, features, installment)


def _another_title_leads(clauses: list[tuple[int, str]], found: dict[str, list[tuple[int, int, int]]]) -> bool:
    """Each clause that holds an event cue has another title before its cue: its subject."""
    starts = [start for hits in found.values() for _, start, _ in hits]
    for start in starts:
        offset, clause = clauses[_clause_at(clauses, start)]
        if not subject_titles(clause, start - offset):
            return False
    return bool(starts)


def _cast_returns(text: str, found: dict[str, list[tuple[int, int, int]]]) -> bool:
    """A short name or two, then a release cue: "The Harlows return on October 9" (see rules._cast_returns)."""
    return any(cast_before(text, start) for _, start, _ in found["release"])


def _dated(dates: list[DateMention], published: date, text: str) -> list[DateMention]:
    """The dates a dated event could have: not over before publication, not the bound of a period."""
    return [d for d in dates if not d.is_past(published) and not bounds_a_period(text, d)]


# A masked span stands in the lower-cased text as a run of one character that no text holds (Unicode's
# private use), as long as the span, so that offsets hold; the word pattern reads the run as one word.
_PLACEHOLDER = {"<f>": "\ue000", "<d>": "\ue001", "<n>": "\ue002"}
_TOKEN = {char: token for token, char in _PLACEHOLDER.items()}
_PLACEHOLDER_RUN = re.compile(r"\ue000+|\ue001+|\ue002+")
_MASKED_WORD = re.compile(rf"{_PLACEHOLDER_RUN.pattern}|{_WORD}")


_CUE_WORDS = 4  # the longest cue match kept whole as a feature
_LATIN = re.compile("[a-z]")


def _general(word: str) -> str:
    """``word``, or "<w>" when it is not a word news is written with (lexicons.GENERAL_WORDS): in a
    Title Case headline the title of another work is lower case too ("… | gladiator - …")."""
    return "<w>" if word not in lexicons.GENERAL_WORDS and _LATIN.search(word) else word


class _MaskedText:
    """A sentence's words with the watched names, dates and other names as placeholders ("<f>", "<d>",
    "<n>"): a feature of words never names a work, so the weights learn how news is written, not which
    works the training documents were about ("cue_prev:gate" from one title, "pushed <f> from <d> back
    to" rather than the title and date of one story)."""

    def __init__(self, text: str, masks: list[tuple[int, int, str]]) -> None:
        self.text = text
        lowered = lower_keep_length(text)
        if lowered is None:  # lower case would move the offsets ("İ"): no placeholders
            lowered, masks = text.lower(), []
        pieces, last = [], 0
        # At one start the longest span masks ("March-May 2027" the date, not "March-May" a name).
        for start, end, token in sorted(masks, key=lambda mask: (mask[0], -mask[1])):
            if start < last:
                continue  # inside a span already masked
            pieces += [lowered[last:start], _PLACEHOLDER[token] * (end - start)]
            last = end
        pieces.append(lowered[last:])
        self._masked = "".join(pieces)
        # Every candidate of a sentence (each franchise, kind and date) asks for the same few spans.
        self._context: dict[tuple[int, int, str], dict[str, float]] = {}
        self._cue_words: dict[tuple[int, int], str] = {}

    def words(self, start: int, end: int) -> list[str]:
        """The lower-case words of ``text[start:end]``; a masked span is one word, its placeholder."""
        return [_TOKEN.get(word[0], word) for word in _MASKED_WORD.findall(self._masked, max(0, start), max(0, end))]

    def sentence_words(self) -> list[str]:
        """Every word of the sentence, or in Japanese every pair of characters next to each other."""
        if JAPANESE_SCRIPT.search(self.text):
            chars = [c for c in _PLACEHOLDER_RUN.sub(lambda run: run.group()[0], self._masked) if not c.isspace()]
            return ["".join(chars[i:i + 2]) for i in range(len(chars) - 1)]
        return self.words(0, len(self.text))

    def cue_word(self, start: int, end: int) -> str:
        """The feature of a cue as written: "cue_word:pushed <f> back to". A long match (a cue that spans
        a phrase, "moved ... to") keeps its two first words and its last: a whole phrase of one story
        is not a way of writing news."""
        known = self._cue_words.get((start, end))
        if known is None:
            words = self.words(start, end)
            if len(words) > 2:  # a cue's own words start and end it; between them may be a name
                words = [words[0], *map(_general, words[1:-1]), words[-1]]
            shown = " ".join(words if len(words) <= _CUE_WORDS else [*words[:2], "…", words[-1]])
            known = self._cue_words[(start, end)] = f"cue_word:{shown}"
        return known

    def context(self, start: int, end: int, name: str) -> dict[str, float]:
        """The words next to a span: "has <cue>", "<date> for"; tense and reach live there."""
        known = self._context.get((start, end, name))
        if known is None:
            known = self._context[(start, end, name)] = self._read_context(start, end, name)
        return known

    def _read_context(self, start: int, end: int, name: str) -> dict[str, float]:
        before = [_general(word) for word in self.words(start - 30, start)[-2:]]
        after = [_general(word) for word in self.words(end, end + 20)[:1]]
        found = {}
        if before:
            found[f"{name}_prev:{before[-1]}"] = 1.0
        if len(before) == 2:
            found[f"{name}_prev2:{before[0]} {before[1]}"] = 1.0
        if after:
            found[f"{name}_next:{after[0]}"] = 1.0
        return found


def _kind_features(kind: EventKind, cues: list[tuple[str, int]], own: list[tuple[int, int]],
                   clauses: list[tuple[int, str]], found: dict[str, list[tuple[int, int, int]]],
                   masked: _MaskedText) -> dict[str, float]:
    features = {f"bias:{kind}": 1.0}
    for family in _CUES[kind]:
        for _, start, end in found[family][:2]:
            features[masked.cue_word(start, end)] = 1.0
            features.update(masked.context(start, end, "cue"))
    for a, b in own[:1]:
        features.update(masked.context(a, b, "name"))
    cue_clauses = {_clause_at(clauses, start) for _, start in cues}
    name_clauses = {_clause_at(clauses, a) for a, _ in own}
    if own:
        features["cue:with_name_clause" if cue_clauses & name_clauses else "cue:apart_from_name"] = 1.0
        first_cue, first_name = min(s for _, s in cues), min(a for a, _ in own)
        features["cue:after_name" if first_cue > first_name else "cue:before_name"] = 1.0
    for family in _AGAINST:
        hits = found[family]
        if not hits:
            continue
        same = any(_clause_at(clauses, start) in cue_clauses for _, start, _ in hits)
        features[f"{family}:{'same_clause' if same else 'elsewhere'}"] = 1.0
        before_cue = any(start < min(s for _, s in cues) for _, start, _ in hits)
        if before_cue:
            features[f"{family}:before_cue"] = 1.0
    return features


def _date_features(mention: DateMention, masked: _MaskedText, cues: list[tuple[str, int]],
                   clauses: list[tuple[int, str]], published: date, dates: list[DateMention],
                   old: list[DateMention]) -> dict[str, float]:
    """``old``: the dates of ``dates`` that a change moves away from."""
    text = masked.text
    features = dict(masked.context(mention.start, mention.end, "date"))
    features |= {
        f"date:{mention.precision}": 1.0,
        f"date:ahead={_bucket((mention.first - published).days)}": 1.0,
    }
    if mention.explicit_year:
        features["date:explicit_year"] = 1.0
    if mention.first <= published:
        features["date:begun"] = 1.0
    if mention in old:
        features["date:old"] = 1.0
    if len(dates) > 1:
        features["date:several"] = 1.0
        if mention is dates[-1]:
            features["date:last"] = 1.0
        if any(d.first > mention.first for d in dates if d is not mention):
            features["date:not_latest"] = 1.0
    clause = _clause_at(clauses, mention.start)
    if any(_clause_at(clauses, start) == clause for _, start in cues):
        features["date:cue_clause"] = 1.0
    nearest = min(abs(start - mention.start) for _, start in cues)
    features[f"date:cue_distance={'near' if nearest <= 25 else 'mid' if nearest <= 60 else 'far'}"] = 1.0
    before = text[max(0, mention.start - 40):mention.start]
    if lexicons.has("MOVE_TO_DATE", before):
        features["date:moved_to"] = 1.0
    if _AFTER_PREPOSITION.search(before):
        features["date:after_preposition"] = 1.0
    if _KARA.search(text[mention.end:mention.end + 3]):
        features["date:kara"] = 1.0
    return features
