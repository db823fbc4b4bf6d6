"""The rule reading: which events a document states as fact, by hand-written rules.

These rules were the whole detector once; they veto, and they were grown on one
corpus. They now give the scorer one opinion among its features
(:mod:`crawler.understand.candidates`), and their helpers serve it.

For every sentence it asks three questions, in this order:

1. **Whom is it about?** A franchise named in the clause; else, when the clause
   refers back ("it", "the film", "the new season", 本作) and names no other
   title, the topic of its paragraph, section heading or headline.
2. **Is it stated as fact?** Questions, negations, rumours, hedges and
   conditionals take a sentence's events back; so does a retelling of the past.
3. **Is it new and upcoming?** A date counts only when it is after the
   publication date and not the date a delay moves away from.

The result is a list of :class:`crawler.model.Event` with the normalised
``when`` and the evidence sentence; no Scrapy, database or network is involved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum
from functools import cached_property
from itertools import pairwise

from crawler.model import Event, EventKind
from crawler.understand import lexicons
from crawler.understand.cuesearch import Span
from crawler.understand.dates import (
    SCHEDULE_LINE_MAX,
    WEEKDAYS,
    DateMention,
    DateReader,
    anchored,
    bounds_a_period,
    find_dates,
    is_a_line_between,
    is_labelled_date,
    is_only_a_date,
    moved_from,
    schedule_line,
    within,
)
from crawler.understand.languages import JAPANESE_SCRIPT, english
from crawler.understand.resolve import (
    SPIN_OFF_WORDS,
    Mention,
    cast_before,
    installment_alone,
    installment_of,
    lead_in,
    named_in,
    names_in,
    owns_the_trailer,
    subject_titles,
    titled_otherwise,
    titles_in,
    with_topics,
    work_heading_above,
)
from crawler.understand.sentences import (
    NUMBERED_ITEM,
    DocumentTraits,
    Sentence,
    SentenceForms,
    is_question,
    lines_before,
)


@dataclass
class _Reading:
    """One document being read: what holds for all its sentences, and the events found so far.

    Events are keyed so that a fact is reported once per document.
    """

    published: date
    dates: DateReader
    forms: SentenceForms
    written: dict[bool, str]  # the title (True) and the body as written, in their own capitals
    traits: DocumentTraits  # a calendar's "April 10: Title." lines are release dates; a post's poster lines too
    # The headline reported or asked, and a line below confirms it: "the sequel" there is the reported one.
    confirmed_report: bool = False
    # Body lines of a list of dates, one a line ("January 22: Tidebound season 3"), by (paragraph, start).
    listed: frozenset[tuple[int, int]] = frozenset()

    # Franchises whose sentence just read spoke of a release without a date ("It finally has a date."):
    # a next line that is only a date ("FEBRUARY 28 2027.") gives it.
    awaiting_date: set[str] = field(default_factory=set)
    # Franchises whose installment the post's line before said alone ("Season 3." then "It's happening."):
    # the installment the next line speaks of.
    installment_line: set[str] = field(default_factory=set)

    events: dict[tuple[str, EventKind, str | None], Event] = field(default_factory=dict)
    delays_without_date: dict[str, str] = field(default_factory=dict)  # franchise -> evidence
    from_headline: set[tuple[str, EventKind, str | None]] = field(default_factory=set)

    @cached_property  # read when a clause first needs it: most documents never ask
    def already_announced(self) -> bool:
        """The text says the work was announced before ("first announced in 2024", 発表済み)."""
        return any(lexicons.has("ANNOUNCED_BEFORE", text) for text in self.written.values())

    def add(self, franchise: str, kind: EventKind, when: str | None, sentence: Sentence,
            installment: str | None = None, previous: str | None = None) -> None:
        """Keep one event per fact. Its evidence is the first sentence that reported it, except
        that a body sentence replaces the headline (an alert shows the headline anyway). What one
        report leaves out (the installment, the date moved from), another may add."""
        key, headline = (franchise, kind, when), sentence.paragraph == -1
        known = self.events.get(key)
        evidence = sentence.text
        if known is not None and (key not in self.from_headline or headline):
            evidence = known.evidence
        elif headline:
            self.from_headline.add(key)
        else:
            self.from_headline.discard(key)
        self.events[key] = Event(franchise, kind, when or "-", when, evidence,
                                 installment or (known.installment if known else None),
                                 previous or (known.previous if known else None))


def rule_events(title: str, body: str, mentions: list[Mention], sentences: list[Sentence],
                published: date, dates: DateReader, forms: SentenceForms, traits: DocumentTraits) -> list[Event]:
    """Events of a document whose title and body are normalised (see crawler.understand.match),
    with its resolved mentions and its sentences. ``traits``: what the whole document is (a joke, a
    calendar, a post, a review ...), read once by the detector. ``dates`` and ``forms``: the document's
    dates and sentences as the candidates read them too."""
    if traits.debunked or not mentions:
        return []
    frame = headline_frame(sentences, body)
    if doubted_headline(frame, mentions):
        return []  # "Lumen Drift 6 delayed, claims insider": the document's frame is not a fact
    reading = _Reading(
        published, dates, forms, {True: title, False: body}, traits,
        confirmed_report=frame is HeadlineFrame.CONFIRMED,
        listed=_lines_of_a_list(sentences, body, dates),
    )
    misidentified = set()
    line_before = lines_before(sentences)
    for sentence, topic in with_topics(sentences, mentions):
        awaiting, reading.awaiting_date = reading.awaiting_date, set()
        if topic in awaiting and not named_in(sentence, mentions):
            _date_line(reading, topic, sentence)
        _read_sentence(reading, sentence, topic, mentions)
        if (day := traits.days.get((sentence.paragraph, sentence.start))) is not None:
            for franchise in named_in(sentence, mentions):  # "Nov. 3" then "Wyrmwood: Season 2"
                _date_line(reading, franchise, day)
        reading.installment_line = set()
        if traits.post and topic in awaiting and is_a_line_between(sentence.text, reading.dates(sentence.text)):
            reading.awaiting_date.add(topic)  # "POLAR returns." "Season 2, only on Netflix." "January 2027."
        # A post's line of only an installment is about the post's topic: "Season 3." then "It's happening."
        if traits.post and (named := installment_alone(sentence, mentions, topic)):
            reading.awaiting_date.add(named)  # "Tidebound Season 2." then "July 24.": a poster's lines
            reading.installment_line.add(named)
        previous = line_before.get((sentence.paragraph, sentence.start))
        if previous is not None:
            for franchise in reading.awaiting_date:  # "MAY 2." then "The date is out at last!"
                _date_line(reading, franchise, previous)
            if len(sentence.text) <= _DATE_LINE_MAX and (listed := work_heading_above(sentence, line_before, mentions)):
                _date_line(reading, listed, sentence)  # "Lumen Drift 2", then "Release date: April 22, 2027"
        misidentified |= titled_otherwise(sentence, topic, mentions)
    if reading.confirmed_report:
        _confirmed_headline(reading, sentences, mentions)
    return [e for e in _finish(reading) if e.franchise not in misidentified]


_DATE_LINE_MAX = 60  # characters: "Release date: TBA 2027", "Premiere: January 15, 2027 (Netflix)"


def _confirmed_headline(reading: _Reading, sentences: list[Sentence], mentions: list[Mention]) -> None:
    """"Rumor: Lumen Drift 4 delayed to 2027" then only "Update: Orsa has since confirmed the delay": what
    the headline reported is what is confirmed, for a franchise the story gives no date of its own. Its
    dates count only when the story holds no date still to come: one the reading could not place may be
    the date the update confirms, and the rumour's may be wrong."""
    dated = {e.franchise for e in reading.events.values() if e.when}
    story_dated = any(not d.is_past(reading.published)
                      for s in sentences if s.paragraph >= 0 for d in reading.dates(s.text))
    headline = replace(reading, events={}, from_headline=set(), delays_without_date={}, awaiting_date=set())
    for sentence in sentences:
        if sentence.paragraph == -1:
            _read_sentence(headline, _without_doubt(sentence), None, mentions)
    for (franchise, kind, when), event in headline.events.items():
        if kind.dated and (franchise in dated or story_dated):
            continue
        if (franchise, kind, when) not in reading.events:
            reading.events[(franchise, kind, when)] = event
            reading.from_headline.add((franchise, kind, when))
    for franchise, evidence in headline.delays_without_date.items():
        if franchise not in dated and not story_dated:
            reading.delays_without_date.setdefault(franchise, evidence)


def _without_doubt(headline: Sentence) -> Sentence:
    """The headline with its hedges and question marks blanked (same length): what it reported or asked."""
    text = headline.text.replace("?", " ").replace("？", " ")
    return replace(headline, text=lexicons.blanked(text, lexicons.spans("SPECULATION", text)))


def asks_or_guesses(text: str) -> bool:
    """A question or a hedge; ``text`` is blanked of what it does not state (``lexicons.blank_asides``:
    "after a leak", quoted words)."""
    return is_question(text) or lexicons.has("SPECULATION", text)


# ", ending months of guessing about when it would arrive", ", which is expected to run twelve episodes",
# ", where rival guilds may fight": background after the statement.
_TRAILING_PARTICIPLE = re.compile(r",\s+(?:ending|citing|adding|saying|noting|capping|closing|which|who|whose|where)\b[^;]*$")


def confirmed_later(body: str) -> bool:
    """A line of the story that confirms what its headline reported or asked ("Update: Halden has
    since confirmed the sequel"), not one that says it is not ("Update: the studio has not confirmed it")."""
    for span in lexicons.spans("CONFIRMING_UPDATE", body):
        line = body[span.first:span.last]
        if not (lexicons.has("NEGATION", line) or asks_or_guesses(lexicons.blank_asides(line))):
            return True
    return False


class HeadlineFrame(Enum):
    """How the headline frames the story: it states, it asks or guesses, or it did and a line below confirms it."""

    STATED = "stated"
    DOUBTED = "doubted"
    CONFIRMED = "confirmed"


def headline_frame(sentences: list[Sentence], body: str) -> HeadlineFrame:
    """Whether the headline asks or guesses from its first clause on ("Rumor: ...", "Will X slip?"), or
    the story's lead gives the news as others' report ("..., according to a report from Deadline"), and
    if so whether a line of the story confirms it since ("Update: Halden has since confirmed the sequel").
    A question the headline answers itself ("Delayed? No, Orsa says") is no doubt."""
    lead = next((s for s in sentences if s.paragraph >= 0 and not s.heading), None)
    secondhand = lead is not None and lexicons.has("SECONDHAND", _without_descriptions(lexicons.blank_asides(lead.text)))
    headline = [s for s in sentences if s.paragraph == -1]
    # A question the headline answers itself ("Delayed? No, Orsa says") doubts nothing.
    asked = [s for i, s in enumerate(headline) if headline_doubts(s.text)
             and not (i + 1 < len(headline) and lexicons.has("HEADLINE_ANSWER", headline[i + 1].text))]
    if not secondhand and not asked:
        return HeadlineFrame.STATED
    return HeadlineFrame.CONFIRMED if confirmed_later(body) else HeadlineFrame.DOUBTED


def doubted_headline(frame: HeadlineFrame, mentions: list[Mention]) -> bool:
    """A doubting headline that names a watched franchise: the frame of the whole story. Confirmed below,
    the story counts, and the headline's own claim only where the story gives no date (an update may
    confirm another date than the rumour's: see ``_confirmed_headline``)."""
    return frame is HeadlineFrame.DOUBTED and any(m.in_title for m in mentions)


def headline_doubts(text: str) -> bool:
    """A headline that asks or guesses from its first clause on: the frame of the whole document ("Rumor:
    ...", "Will X slip?"), not "X opens May 7, but could a sequel follow?"."""
    clauses = Sentence(lexicons.blank_asides(text), 0, 0).clauses()
    if not clauses:
        return False
    first = clauses[0][1]
    if lexicons.has("SPECULATION", first):
        first = _RUMOUR_ANSWERED.sub(lexicons.blank, first)
        if lexicons.has("SPECULATION", first):
            # "X is thought to be its biggest game yet, and it launches April 9": a guess at what it is, then news.
            return not (len(clauses) > 1 and _described_only(first))
    # A question the story is there to answer doubts nothing it states: one that asks when, how or why
    # ("When does Lumen Drift 2 launch?", "Why was it delayed?") presupposes its news, and one that asks
    # of no event and no date ("Is Lumen Drift 2 on Game Pass?", "Is it worth it?") is about something else.
    return is_question(first) and not _ASKS_WHAT_IT_TELLS.match(first) and (
        lexicons.any_event(first) or bool(find_dates(first, _ANY_DAY)))


# A headline about an answer to a rumour reports the answer: "Tidebound dev responds to delay rumours", "Orsa denies ...".
_RUMOUR_ANSWERED = re.compile(r"\b(?:respon(?:ds?|ded)|reacts?|answers?|address(?:es|ed)?|den(?:y|ies|ied)|shoots? down|debunks?"
                              r"|dismiss(?:es|ed)?|quash(?:es|ed)?|squash(?:es|ed)?|clears? up|puts? to rest|on)\s+(?:to\s+)?"
                              r"(?:(?:the|those|these|recent|new|latest|online)\s+)*(?:[\w-]+\s+)?(?:rumou?rs?|reports?|leaks?"
                              r"|speculation)\b", re.IGNORECASE)

_ANY_DAY = date(2000, 1, 1)  # whether a headline names a date at all, not which
# (after an explainer's label too: "Lumen Drift 2 release date: when is it coming out?")
_ASKS_WHAT_IT_TELLS = re.compile(r"(?:[^:?]{1,80}:\s+)?\W*(?:when|what time|what date|what day|where|how|why|which)\b", re.IGNORECASE)


def _factual(text: str) -> bool:
    """Not a question, a hedge or a negation (``text`` blanked as for ``asks_or_guesses``). A trailing
    participle phrase is background and does not take back what the sentence states before it; nor does a
    relative clause set off by commas, which is no trailing phrase either ("Two former employees, who asked not
    to be named, told us they expect ..." doubts)."""
    if "," in text:
        text = _TRAILING_PARTICIPLE.sub("", _RELATIVE_ASIDE.sub(lexicons.blank, text))
    return not (asks_or_guesses(text) or lexicons.has("NEGATION", text))


# A relative clause that ends a sentence: ", which remains scheduled for March 2027."
# (a date's comma: "March 4, 2027"; and who told it after: "..., which remains on track for fall 2027, the network said.")
_TRAILING_RELATIVE = re.compile(r",\s+(?:which|who)\b(?:[^,;]|,\s*\d)*?(?:,\s+(?:[\w'’.&-]+\s+){1,4}?(?:said|says|confirmed|announced"
                                r"|added|wrote|noted|explained)\b[^,;]*)?$")


def _stated_relative(text: str) -> int | None:
    """Where a relative clause that ends ``text`` starts, when it states a fact of its own; else None."""
    found = _TRAILING_RELATIVE.search(text) if "," in text else None
    return found.start() if found is not None and _factual(found.group()[1:]) else None


def _cut(clauses: list[tuple[int, str]], at: int) -> list[tuple[int, str]]:
    """``clauses`` with the one that holds ``at`` cut there in two."""
    cut = []
    for offset, clause in clauses:
        if offset < at < offset + len(clause):
            cut += [(offset, clause[:at - offset]), (at, clause[at - offset:])]
        else:
            cut.append((offset, clause))
    return cut


# in lower-cased text: "in 2019", "since 2016", "mid-2024", "on March 4, 2025"
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|since|from|until|till|by|of|between|during|to|and|early|late|mid)[\s-]+$")
# How close before an old date a word of history is that date's own phrase ("originally scheduled to premiere
# in May"): no retelling. Farther, another verb stands between ("was first teased at E3 2019 and had been
# aiming for 2022"), and the word tells the past of the work.
_TELLS_THE_OLD_DATE = 30
# A relative clause set off by commas: what it says of the work is background to the sentence.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,")
# ... and an apposition: ", a hit on PC since its release last year,".
_APPOSITION = re.compile(r",\s+(?:which|who|a|an|the|its|their)\b[^,;]{3,80},")


def _past_times(text: str, dates: list[DateMention], published: date, japanese: bool) -> list[DateMention]:
    """The past years, months or days used as a time ("in 2019", "since 2016", "in July 2025", "on March 4,
    2025", 2019年に), not as an adjective ("the 2008 classic", "a remake of 2009's Lumen Drift 3"), and not
    inside an aside (", which premiered in March 2025,"). A day counts once it is more than _NEWS_AGE old."""
    found = []
    asides = [m.span() for aside in (_RELATIVE_ASIDE, _APPOSITION) for m in aside.finditer(text)] if "," in text else []
    for d in dates:
        past = d.last.year < published.year if d.precision == "year" else d.explicit_year and (
            (d.precision == "month" and d.last < published) or (d.precision == "day" and d.last < published - _NEWS_AGE))
        if any(a <= d.start and d.end <= b for a, b in asides):
            continue  # "Tidebound, which premiered in March 2025, has been renewed": the aside is background
        if not past or text[d.end:d.end + 2] in ("'s", "’s"):
            continue
        if _FIRST_SINCE.search(text, max(0, d.start - 60), d.start):
            continue  # "a new Moonwell game, the first in the series since 2019": a gap measured, not a time told
        before = text[max(0, d.start - 12):d.start].lower()
        if japanese or _TIME_PREPOSITION_BEFORE.search(before):
            found.append(d)
    return found


_FIRST_SINCE = re.compile(r"\b(?:first|only|last|biggest|best)\b[^,;.]{0,40}\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_SPOKEN_OF_AS_AHEAD = re.compile(r"\b(?:will|later|upcoming|coming|this (?:month|season))\b|予定|へ$")


def _upcoming(mention: DateMention, published: date, clause: str = "") -> bool:
    """After the publication day; a month or season already begun counts only when spoken of as ahead."""
    if mention.precision == "day":
        return mention.first > published
    if mention.is_past(published):
        return False
    started = mention.first <= published and mention.precision in ("month", "season")
    return not started or _SPOKEN_OF_AS_AHEAD.search(clause) is not None


# The object of a release verb: up to five words before its date's preposition ("moves Skyreach to").
_OBJECT_OF_THE_CUE = re.compile(r"\W*(?:\w+\s+){0,5}?(?=for\b|to\b|on\b|in\b|from\b|$)")


# A work the object of a move says is another: "and moved its untitled monster movie to August 6".
_ANOTHER_WORK = re.compile(r"\b(?:untitled|another|other)\b", re.IGNORECASE)
# ... right before the date it is moved or set to: "and pushed another game to 2027".
_ANOTHER_WORK_TO = re.compile(r"\b(?:another|an? untitled|its untitled|their untitled|its other|their other)\b[^,;.]{0,30}"
                              r"\b(?:to|for|into|until)\s+$", re.IGNORECASE)


def _another_works_date(clause: str, at: int, names: list[tuple[int, int, str]]) -> bool:
    """The date at ``at`` is one another work is set or moved to ("pushed another game to 2027"), not one
    of the work named in between ("dated its untitled Harrowgate sequel for July 14")."""
    found = _ANOTHER_WORK_TO.search(clause[:at])
    return found is not None and not any(found.start() <= a < found.end() for a, _, _ in names)


def _foreign(clause: str, found: Span, kind: EventKind) -> bool:
    """The clause's subject, or the object of its release verb, is another title.

    "Deadpool 3 jumps forward", "Kraven the Hunter shifts", "Sony set the third
    Venom film for July": the event belongs to that title. A name followed by a
    transitive verb is an agent, not a title ("Khara released a teaser").
    """
    if subject_titles(clause, found.start()):
        return True
    if kind.dated:
        # The object, inside the cue ("set the third Skyreach film for") or after it ("moves Skyreach to").
        inside = found.group().split(None, 1)[1:]
        obj = _OBJECT_OF_THE_CUE.match(clause[found.end():])
        return bool((inside and names_in(inside[0])) or (obj and (names_in(obj.group()) or _ANOTHER_WORK.search(obj.group()))))
    return False


def _read_sentence(reading: _Reading, sentence: Sentence, topic: str | None, mentions: list[Mention]) -> None:
    if topic is None and not named_in(sentence, mentions) and not reading.traits.calendar:
        return  # about nothing watched
    if reading.traits.calendar and sentence.paragraph == -1 and not named_in(sentence, mentions):
        return  # "Fall 2026 TV Premiere Dates": a calendar's headline is about all its works, none alone
    text = reading.forms.blanked(sentence.text)
    if not (reading.traits.calendar or reading.traits.post or lexicons.any_event(text) or _in_a_list(reading, sentence)):
        return
    japanese = bool(JAPANESE_SCRIPT.search(text))
    clauses = [(0, text)] if japanese else reading.forms.clauses(text)
    # A hedge or a question takes back its own clause and those after it ("Sources say X opens in May,
    # and Y follows"), not the ones before ("X opens May 7; whether a sequel follows is unclear"); a
    # negation takes back its own clause ("X isn't on this list: it arrives in October"). Most sentences
    # doubt nothing: one look at the whole says so.
    doubted = not _factual(text)
    # ... but a relative clause that ends the sentence states its own fact: "The studio said the cuts would not
    # affect Nightglass, which remains scheduled for March 2027."
    relative = _stated_relative(text) if doubted else None
    if relative is not None:
        clauses = _cut(clauses, relative)
    if not clauses or (doubted and len(clauses) == 1):
        return  # (most sentences are one clause: one that doubts has nothing left to read)
    published = reading.published
    dates = reading.dates(text)
    # A trailing phrase that hedges ("..., which is expected to return in 2027") states no date of its own.
    if dates and "," in text and (trailing := _TRAILING_PARTICIPLE.search(text)) is not None \
            and asks_or_guesses(trailing.group()):
        dates = [d for d in dates if d.start < trailing.start()]
    old = [d for d in dates if reading.dates.moved_from(text, d, dates)]
    # A date moved to, then left in the same sentence, is no longer the date: "first from 2025 to 2026 and then out of
    # 2026 entirely".
    if len(old) > 1:
        dates = [d for d in dates if d in old or not any(o.value == d.value and o.start > d.start for o in old)]
    # "originally set for May, now opens ...", 11月発売予定とされていたが: a word of the past that tells the
    # old date is no retelling.
    # A past year is background when a date still to come stands beside it and nothing after it is told
    # in the past ("the sequel we were promised in 2024 is dated for July 2027", "season 1 aired in 2024;
    # season 2 premieres in July 2027"); not in a retelling ("was pulled in July 2023, then slipped to ...").
    past = _past_times(text, dates, published, japanese)
    ahead = [d for d in dates if _upcoming(d, published) and d.explicit_year and d not in old]  # (not one left behind)
    # The same for a word of history: "was announced last June and is due on February 11, 2027".
    # Not one inside an aside that names no work ("Ninefold, a hit on PC since its release last year, arrives ...";
    # not "MAPPA, which announced the Chainsaw Man sequel back in 2023, opened ...": the aside's is the news there).
    asides = [m.span() for m in _APPOSITION.finditer(text)
              if not named_in(sentence, mentions, m.start(), m.end())] if text.count(",") > 1 else []
    historical = (bool(past) and not (ahead and not lexicons.has("PAST", text[past[-1].end:]))) or any(
        not any(0 <= d.start - span.last <= _TELLS_THE_OLD_DATE or 0 <= span.first - d.end <= 20 for d in old)
        and not (ahead and ahead[-1].start > span.last and not lexicons.has("PAST", text[span.last:]))
        and not any(a <= span.first and span.last <= b for a, b in asides)
        for span in lexicons.spans("HISTORY", text))
    skipping = False  # a hedge or a question took back the clauses after it, up to a relative clause of its own
    for offset, clause in clauses:
        if skipping and offset != relative:
            continue
        if doubted and offset != relative and not _factual(clause):
            if asks_or_guesses(clause) and not _described_only(clause):
                if relative is None or offset > relative:
                    return
                skipping = True
            continue
        before = named_in(sentence, mentions, 0, offset)
        franchises = named_in(sentence, mentions, offset, offset + len(clause)) or _continued(
            clause, reading.forms, before if len(before) == 1 else [], topic, japanese)
        clause_dates = anchored([d for d in dates if offset <= d.start < offset + len(clause)], text, published)
        here = [m for m in mentions if m.in_title == (sentence.paragraph == -1)
                and sentence.start + offset <= m.start < sentence.start + offset + len(clause)]
        after = [sentence.text[m.end - sentence.start:][:30] for m in here]
        # A subtitle after the name, told by its capital as written ("TIDEBOUND: ASHFALL ANNOUNCED" too).
        subtitled = any(_SUBTITLE.match(reading.written[m.in_title], m.end) for m in here)
        names = [(m.start - sentence.start - offset, m.end - sentence.start - offset, m.franchise) for m in here]
        for franchise in franchises:
            _clause_events(reading, franchise, clause, offset, clause_dates, sentence, historical, after, names,
                           [d for d in old if d.start < offset], subtitled)


# A hedge of what the work is, not of what happens to it: "is thought to be the studio's biggest game, and it
# launches April 9" guesses at a description; the clauses after it state their own news.
_DESCRIBED_AS = re.compile(r"\b(?:thought|believed|said|rumou?red|reported|expected|considered|tipped)\s+to\s+be\s+"
                          r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*$", re.IGNORECASE)


def _described_only(clause: str) -> bool:
    """The clause guesses at what the work is and tells nothing of what happens to it."""
    return _DESCRIBED_AS.search(clause) is not None and not lexicons.any_event(clause)


def _without_descriptions(text: str) -> str:
    """``text`` blanked of the clauses that only guess at what the work is (same length)."""
    if "to be" not in text:
        return text  # (most leads)
    return lexicons.blanked(text, [Span(offset, offset + len(clause), text)
                                   for offset, clause in Sentence(text, 0, 0).clauses() if _described_only(clause)])


def _continued(clause: str, forms: SentenceForms, earlier_in_sentence: list[str], topic: str | None,
               japanese: bool) -> list[str]:
    """The franchise a clause that names none is about, if it refers back to one."""
    if not lexicons.any_event(clause):
        return []  # no cue of any kind: the look is cheaper than the families' search
    spans = forms.event_cues(clause)
    first = _first_cue(clause, spans)
    if first is None and (moved := _MOVED.search(clause)):
        first = (EventKind.DELAY, Span(moved.start(), moved.end(), clause))  # "The sequel has been moved to May 5."
    if first is None:
        return []
    last = _last_move(spans) or first
    if japanese:
        return [topic] if topic else []
    if _foreign(clause, last[1], last[0]):
        return []
    if earlier_in_sentence:
        return earlier_in_sentence  # "Korvin's Gate Nightfall, the spinoff that ... but rebuilds ..., launches on May 30"
    if topic is None:
        return []
    # Who speaks or acts ("Halden tweeted that", "Orsa released a teaser") is no other title.
    refers_back = lexicons.has("ANAPHOR", clause) or not titles_in(clause)
    return [topic] if refers_back else []


# A move to a date, which names no cue family of its own (see MOVE_TO_DATE).
_MOVED = re.compile(r"\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|bump(?:s|ed|ing)?)\b(?=.{0,50}\b(?:to|until)\b)", re.IGNORECASE)


def _last_move(spans: Mapping[str, list[Span]]) -> tuple[EventKind, Span] | None:
    """The last release or delay cue (``spans``: each family's matches in the clause): its subject is
    whose date it is."""
    found = [(m.start(), order, kind, m) for order, (kind, family) in enumerate(_KINDS[:2]) for m in spans[family]]
    return (max(found)[2], max(found)[3]) if found else None


def cue(family: str, text: str) -> Span | None:
    """The first match of a cue of ``family`` that is an ordinary word, not part of a name."""
    return _first_ordinary(text, lexicons.spans(family, text))


def _first_ordinary(text: str, spans: list[Span]) -> Span | None:
    return next(_ordinary(text, spans), None)


def _ordinary(text: str, spans: list[Span]) -> Iterator[Span]:
    """The ``spans`` of cues in ``text`` that are ordinary words, not part of a name.

    Cues match regardless of case ("HAS A DATE" in a shouting post), but a
    Title Case word inside a sentence is a name ("Land of Embers", "Date Night Drift").
    """
    for match in spans:
        word = match.group()
        title_case = word[:1].isupper() and word[1:2].islower()
        if title_case and match.start() > 0 and not _AFTER_A_BREAK.search(text[:match.start()]):
            continue
        yield match


# What may stand before a capital that starts a statement: a stop, a colon, a separator ("X | In theaters May 3").
_AFTER_A_BREAK = re.compile(r"[.!?:|•–—]\s*$|^\W*$")
# The cue families, in the order a tie goes.
_KINDS = ((EventKind.RELEASE_DATE, "RELEASE"), (EventKind.DELAY, "DELAY"),
          (EventKind.TRAILER, "TRAILER"), (EventKind.ANNOUNCEMENT, "ANNOUNCEMENT"))


def _first_cue(clause: str, spans: Mapping[str, list[Span]]) -> tuple[EventKind, Span] | None:
    found = [(m.start(), order, kind, m) for order, (kind, family) in enumerate(_KINDS)
             if (m := _first_ordinary(clause, spans[family]))]
    return (min(found)[2], min(found)[3]) if found else None


_NUMBER_AFTER_THE_NAME = re.compile(r"\s+(?:\d+|[IVX]{1,4})\b")  # "Lumen Drift 4", "Lumen Drift II"
# 公開が決まった, 放送決定: that a release will happen, without its date
_RELEASE_DECIDED = re.compile(r"(?:公開|放送|発売)(?:されること)?が決ま|(?<!日)(?:公開|放送|発売)決定")


def _clause_events(reading: _Reading, franchise: str, clause: str, offset: int, dates: list[DateMention],
                   sentence: Sentence, historical: bool, mentions_after: list[str],
                   names: list[tuple[int, int, str]], old_before: list[DateMention], subtitled: bool) -> None:
    """The events of one clause about ``franchise``; ``mentions_after`` is the text after each
    mention of it in the clause ("2: Polygon...", " III is ..."), ``names`` where the clause
    names watched franchises, ``old_before`` the dates moved away from in the clauses before
    ("was first slated for May, but now opens ..."), ``subtitled`` whether a subtitle follows a name
    of it ("Tidebound: Ashfall")."""
    published = reading.published
    # "dated X for October 9 and pushed another game to 2027": a date another work is moved or set to is not X's.
    if "other" in (lowered := clause.lower()) or "untitled" in lowered:  # ("another" holds "other")
        dates = [d for d in dates if not _another_works_date(clause, max(0, d.start - offset), names)]
    installment = installment_of(clause, mentions_after)
    # "Lumen Drift 4", "Lumen Drift II", "Lumen Drift: Ashfall": a numbered or subtitled installment.
    numbered = subtitled or any(_NUMBER_AFTER_THE_NAME.match(after) for after in mentions_after) \
        or franchise in reading.installment_line
    upcoming = [d for d in dates if _upcoming(d, published, clause) and not bounds_a_period(sentence.text, d)]
    # Offsets of ``dates`` are the sentence's; the clause starts at ``offset``.
    old = old_before + [d for d in dates if reading.dates.moved_from(sentence.text, d, dates)]
    new = [d for d in upcoming if d not in old]
    # (a move's word inside a title is none: "Night Shift is announced for 2027")
    moves_to = any(_first_ordinary(clause, lexicons.spans("MOVE_TO_DATE", clause[:d.start - offset])) for d in new)
    spans = reading.forms.event_cues(clause)
    delayed = _first_ordinary(clause, spans["DELAY"])
    if delayed is not None and (_ANOTHER_WORK.search(delayed.group()) or _DELAY_AS_A_TIME.search(clause, 0, delayed.start())):
        delayed = None  # "pushed another game to 2027": another work's delay; "before its first delay": a time
    # A delay told as a step of a story in order is no news of one, though the date it gave may still stand: "It was
    # then delayed to fall 2027, and the director says it is on track".
    told_in_order = delayed is not None and _TOLD_IN_ORDER.search(clause, 0, delayed.start()) is not None
    moved = bool(delayed) or moves_to or (bool(old) and bool(new) and lexicons.has("REPLACED", clause))
    if moved and not historical and not _not_the_work(clause, delayed):
        earlier = lexicons.has("EARLIER", clause) or (old and new and new[-1].first < old[-1].first)
        if new:
            previous = old[-1].value if old else None
            # The last date is the one moved to. A work in parts (前編は…、後編は…) has each part's date as
            # a release date, and the delay is the first part's: a later part may never have had a date.
            parts = new if not old and len(new) > 1 and _PARTS.search(clause) else []
            moved_to = parts[0] if parts else new[-1]
            for dated in parts or [moved_to]:
                reading.add(franchise, EventKind.RELEASE_DATE, dated.value, sentence, installment, previous)
            if not earlier and not told_in_order:
                reading.add(franchise, EventKind.DELAY, moved_to.value, sentence, installment, previous)
        elif not earlier and not told_in_order and not [d for d in dates if d.is_past(published) and d not in old]:
            reading.delays_without_date.setdefault(franchise, sentence.text)
            reading.awaiting_date.add(franchise)  # "delayed AGAIN." then "2027 now."
        return
    if historical:
        return
    released = list(_ordinary(clause, spans["RELEASE"]))
    if new and (released or _calendar_line(clause, reading, sentence)):
        for mention in new:
            # Whose date it is: the subject of the release cue nearest before it ("the anniversary arriving in
            # December"), else of the first after it.
            before = [c for c in released if c.end() <= mention.start - offset]
            governing = before[-1] if before else next(iter(released), None)
            if not _not_the_work(clause, governing) and not _said_of_another_title(clause, governing, names):
                reading.add(franchise, EventKind.RELEASE_DATE, mention.value, sentence, installment)
    elif released and not dates and not _not_the_work(clause, released[0]):
        reading.awaiting_date.add(franchise)
    shown = _first_ordinary(clause, spans["TRAILER"])
    if shown and _first_ordinary(clause, spans["TRAILER_OUT"]) and not _shown_before(reading, clause, dates) \
            and not lexicons.has("TRAILER_AHEAD", clause) and owns_the_trailer(franchise, clause, shown.start(), shown.end(), names):
        reading.add(franchise, EventKind.TRAILER, None, sentence, installment)
    announced = _first_ordinary(clause, spans["ANNOUNCEMENT"])
    if announced and not reading.traits.review and not _told_as_history(clause, announced) \
            and (_new_installment(clause, numbered, names, reading.confirmed_report) or _RENEWED.match(clause, announced.start())
                 or _MADE_AGAIN.match(clause, announced.start())) \
            and not (_weak_announcement(clause) and reading.already_announced) \
            and not (_IS_COMING.match(clause, announced.start())
                     and not _A_NEW_ONE_BEFORE.search(clause, max(0, announced.start() - 80), announced.start())) \
            and not _announces_something_else(clause, announced, names):
        reading.add(franchise, EventKind.ANNOUNCEMENT, None, sentence, installment)


_TOLD_IN_ORDER = re.compile(r"\b(?:was|were)\s+(?:then|later|subsequently|eventually)\s+$", re.IGNORECASE)
# A delay named as the time of something else: "had been aiming for 2025 before its first delay", "since the delay".
_DELAY_AS_A_TIME = re.compile(r"\b(?:before|since|after|until)\s+(?:its|the|their|a|an)\s+(?:(?:first|second|third|latest|last"
                              r"|previous|earlier|original)\s+)?$", re.IGNORECASE)


def _shown_before(reading: _Reading, clause: str, dates: list[DateMention]) -> bool:
    """A trailer the clause dates weeks back ("which was shown in March"; not a past year: "a remaster of the
    1997 game, whose trailer premiered today"), or one the story is a piece about ("Trailer Breakdown")."""
    return any(d.precision in ("day", "month") and d.last < reading.published - _NEWS_AGE for d in dates) \
        or lexicons.has("LONG_AGO", clause) or reading.traits.about_a_trailer or lexicons.has("TRAILER_ANALYSIS", clause)


def _weak_announcement(clause: str) -> bool:
    """"公開決定" and a step of making ("begins filming") say a work exists only if the text does not say
    it was announced before: then the news is the step, not the work."""
    return _RELEASE_DECIDED.search(clause) is not None or lexicons.has("PRODUCTION_STEP", clause)


def _told_as_history(clause: str, announced: Span) -> bool:
    """The announcement cue is inside a word of history ("was announced last June and is due ..."): the
    sentence may still date the work, but its announcement is old."""
    return any(span.first <= announced.start() < span.last for span in lexicons.spans("HISTORY", clause))


def _not_the_work(clause: str, found: Span | None, subject_only: bool = False) -> bool:
    """What comes out or moves is no installment: "the soundtrack album is out July 10", "the summer
    event starts July 3". Next to the cue ``found``, with no comma between ("reveals a new visual,
    April 2027 premiere" is still a premiere); without a cue, anywhere after an opening phrase
    ("After the panel, ...": where the news was told is not what it is about). ``subject_only``: only what
    stands before the cue (an announcement's object is read by ``_announces_something_else``)."""
    start = lead_in(clause)
    if found is None:
        return lexicons.has("NOT_AN_INSTALLMENT", clause[start:])
    if _VIDEO_BEFORE.search(clause, max(0, found.start() - 30), found.start()) or _VIDEO_AFTER.match(clause, found.end()):
        return True  # "the trailer debuts Thursday", "will release the first teaser on ...": a video of the work
    for span in lexicons.spans("NOT_AN_INSTALLMENT", clause):
        if span.first < start:
            continue
        if span.first < found.end() and span.last > found.start():
            return True  # the cue is inside it: "上映会", "the summer game drop lands"
        if span.last <= found.start():
            # Its subject: close before the cue, no separator between. ", out July 1" right after it is said
            # of it, an apposition ("the next patch, out July 1").
            # An aside between the thing and its verb tells of it: "the 1.5 update, adding co-op, arrives July 15".
            # So does one set off by two commas: "the PS5 version of Emberline, out on PC since April, is pushed".
            between = _ASIDE_AFTER_SUBJECT.sub("", _COMMA_ASIDE.sub("", clause[span.last:found.start()]).rstrip(", "))
            if (len(between) <= _SUBJECT_REACH or _OF_A_WORK.fullmatch(between)) and not _SEPARATOR.search(between) \
                    and not (subject_only and lexicons.has("INSTALLMENT", clause[span.last:found.end()])):
                return True  # (not "10周年プロジェクト始動、新作アニメ制作決定": the new anime is what is decided)
        elif not subject_only and not _SEPARATOR.search(clause[found.end():span.first][:_OBJECT_REACH]) \
                and not _ALONGSIDE.search(clause, found.end(), span.first):
            return True  # its object: after the cue, the clause not moving on soon after it
    return False


def _said_of_another_title(clause: str, found: Span | None, names: list[tuple[int, int, str]]) -> bool:
    """The cue stands in apposition to another title: "Tidebound fans will love Nightjar Coast, out May 5"
    (``names``: where the clause names watched franchises; their subtitles are theirs)."""
    if found is None:
        return False
    titles = titles_in(clause, found.start())
    if not titles or clause[titles[-1].end():found.start()].strip() not in (",", "—", "–", "-"):
        return False
    start = titles[-1].start()
    for earlier in reversed(titles[:-1]):  # a title of several words starts at its first: "Lumen Drift: Night Shift, coming ..."
        if clause[earlier.end():start] != " ":
            break
        start = earlier.start()
    return not any(a <= start <= b + 2 for a, b, _ in names) and not _titles_its_installment(clause, start, names)


_CAPITALISED_WORDS_AT_END = re.compile(r"(?:(?<![\w'’])[A-Z][\w'’-]*\s+)+$")


def _titles_its_installment(clause: str, start: int, names: list[tuple[int, int, str]]) -> bool:
    """The title at ``start`` is set off by a comma after an installment of a watched work: its own
    title ("Lumen Drift's first expansion, Ashen Tide, launches ...")."""
    head = _CAPITALISED_WORDS_AT_END.sub("", clause[:start]).rstrip()  # the title's first words ("Ashen Tide")
    if not head.endswith(","):
        return False
    head = head[:-1].rstrip()
    installments = lexicons.spans("INSTALLMENT", head)
    return bool(installments) and installments[-1].last == len(head) and any(
        b <= installments[-1].first for _, b, _ in names)


# How close before its cue a thing that is no installment is the cue's subject; how soon after the cue a
# separator ends its object (after it, the rest of the clause is the object, however long).
_SUBJECT_REACH, _OBJECT_REACH = 40, 25
_ASIDE_AFTER_SUBJECT = re.compile(r"^,\s+(?:which|that|adding|featuring|including|bringing|covering|containing|with)\b"
                                  r"[^,;:]{1,60}$", re.IGNORECASE)
# What the thing is of, however long: "An exhibition of original drawings from Tidebound opens next month".
# ... or what work on it is: "Filming on the long-awaited Tidebound film is scheduled to start in March"; the
# subject's own verb may end it.
_OF_A_WORK = re.compile(r"\s+(?:of|from|for|about|celebrating|featuring|based on|on)\s+"
                        # (a phrase, not a clause: no conjunction and no verb of its own)
                        r"(?:(?!\b(?:and|or|but|before|after|ahead|when|while|as|then|is|are|was|were|has|have|had|will"
                        r"|would)\b)[^,;:]){1,60}?\s*(?:\b(?:is|are|will be|has been|have been)"
                        r"(?:\s+(?:set|scheduled|slated|due|expected|planned|going)\s+to)?\s*)?")
_COMMA_ASIDE = re.compile(r",\s+(?!(?:and|or|but|then)\b)[^,;:]{1,60},")
# Where a clause moves on to another thing; not 、, which in a Japanese headline parts the subject from its
# predicate ("Blu-ray BOX、9月発売").
_SEPARATOR = re.compile(r"[,;:。]")
# A video as the subject right before the cue: "the trailer debuts Thursday", "the first teaser drops Friday".
_VIDEO_BEFORE = re.compile(r"\b(?:trailer|teaser|pv|video|footage|clip)s?\s+(?:(?!(?:and|or|but|then)\b)[\w-]+\s+)?$",
                           re.IGNORECASE)
_VIDEO_AFTER = re.compile(r"\s+(?:the|a|an|its|their)\s+(?:first\s+|new\s+|official\s+|final\s+|full\s+|next\s+)?"
                          r"(?:trailer|teaser|pv|video|footage|clip)s?\b", re.IGNORECASE)
# What comes with the work is not the work: "launches November 12 with a demo out today".
_ALONGSIDE = re.compile(r"\b(?:with|alongside|plus|after|following|before)\b", re.IGNORECASE)


# ... or a spin-off's word, as a title writes it: "Tidebound Tactics", "TIDEBOUND TACTICS"
_SUBTITLE = re.compile(rf":\s+[A-Z0-9]|[ \t]+(?:{'|'.join(sorted(SPIN_OFF_WORDS | {w.upper() for w in SPIN_OFF_WORDS}))})\b")
# A work released in parts, each on its own date.
_PARTS = re.compile(r"前編|中編|後編|第[1-9一二三]部|\bpart (?:1|2|3|one|two|three|i|ii|iii)\b|\b(?:first|second) half\b"
                    r"|\bthe (?:rest|remaining)\b", re.IGNORECASE)


def _date_line(reading: _Reading, franchise: str, sentence: Sentence) -> None:
    """"FEBRUARY 28 2027." or "New date: Feb 28, 2027." right after "...it has a release date at last!",
    or right before it: the date it got. Right after, also a sentence that releases on one date whoever
    its subject ("...set a date for the second season. The Harlows return on October 9."): characters
    and casts have capitals too, and the story has just said a date was coming."""
    dates = reading.dates(sentence.text)
    upcoming = [d for d in dates if _upcoming(d, reading.published)]
    if len(upcoming) != 1:
        return
    if is_only_a_date(sentence.text, dates) or is_labelled_date(sentence.text, dates) or _called_date(sentence.text, dates) \
            or _cast_returns(sentence.text, dates):
        reading.add(franchise, EventKind.RELEASE_DATE, upcoming[0].value, sentence)


def _called_date(text: str, dates: list[DateMention]) -> bool:
    """A call to the reader and a date, nothing else: "Set sail February 11, 2027", "Mark your calendars: October 9!"."""
    call = lexicons.spans("CALL_TO_DATE", text)
    if not call:
        return False
    cut = call[0].last
    return is_only_a_date(text[cut:], [replace(d, start=d.start - cut, end=d.end - cut) for d in dates if d.start >= cut])


def _cast_returns(text: str, dates: list[DateMention]) -> bool:
    """"The Harlows return on October 9.", "Ilo and Mara are back on October 9.": a short name or two
    right before a release cue, then the date: the cast of the work whose date was just promised."""
    found = cue("RELEASE", text)
    return (found is not None and cast_before(text, found.start()) and _factual(text)
            and not any(moved_from(text, d, dates) or bounds_a_period(text, d) for d in dates)
            and not _not_the_work(text, found))


# The trailer that made a work known. Not "the reveal trailer": as often the first trailer of a work already
# known ("season 3: the reveal trailer sets up ...").
_ANNOUNCEMENT_TRAILER = re.compile(r"(?:announce|announcement)\s+(?:trailer|teaser)s?\b", re.IGNORECASE)
# What "revealed", "unveiled" and 決定 govern, when it is not a new installment: "season 2 PV unveiled",
# "a teaser was revealed", "再放送が決定".
_SHOWN = re.compile(r"\b(?:reveal|unveil)", re.IGNORECASE)
_WITH_IT = re.compile(r"\s+(?:with|alongside|via|through)\b", re.IGNORECASE)  # what came with the news, not what it is


# "announced that <the work> will open ...": the announcement's object is a release, not a work.
_TOLD_VERB = r"(?:open|premiere|launch|arrive|release|be released|debut|air|hit|land|come out|stream)"
_TOLD_AUX = r"(?:will|is set to|is scheduled to|is slated to|is due to)"
_TOLD_DATE = re.compile(r"^\s*(?:(?:on|late|early|last)\s+\w+\s+|today\s+|yesterday\s+|this\s+(?:week|morning)\s+"
                        r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?"
                        rf"(?:that\s+(?P<subject>[^,;]{{1,80}}?)\s+(?:{_TOLD_AUX}\s+)?(?:now\s+)?{_TOLD_VERB}(?:s|es)?\b"
                        # "that" left out, or the statement after a colon ("confirmed it: season 3 premieres ..."): then
                        # a verb that is one by its form ("will premiere", "premieres"; not "a launch event")
                        rf"|(?:it\s*[:—–-]\s*)?(?P<bare>[^,;:]{{1,80}}?)\s+(?:{_TOLD_AUX}\s+(?:now\s+)?{_TOLD_VERB}\b"
                        rf"|(?:now\s+)?{_TOLD_VERB}(?:s|es)\b))",
                        re.IGNORECASE)
_DETAILS = re.compile(r"^\s+(?:(?:(?:more|new|fresh|further|additional|first)\s+)?(?:details|information|info|more)\s+"
                      r"(?:about|on|of|for)\b|(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:slate|line-?up|schedule)\b)",
                      re.IGNORECASE)
_JA_DATE_NOUN = r"(?:発売|公開|放送|配信)(?:日時|日程|日|時期|開始日)"  # 発売日, 放送時期, 放送日時: when, not what
# What a work has that may be revealed without the work being new: its date, its cast, its pictures.
_THINGS_OF_A_WORK = ("date|window|time|trailer|teaser|cast|title|logo|poster|visual|plot|opening|art|artwork|image|still|screenshot"
                     "|episode count|episode order|runtime|run time|length|rating|price|platforms|soundtrack|theme song"
                     # what a game or a show holds: "reveals new combat system", "Collector's Edition revealed"
                     "|system|mode|feature|character|class|boss|map|area|region|weapon|mechanic|combat|setting|villain"
                     "|companion|ending|edition|bonus|cover|box art|cover art|staff|crew")
# "A new key visual for Tidebound season 2 was revealed": the thing, then whose it is, then the verb.
_THING_BEFORE = re.compile(rf"\b(?:{_THINGS_OF_A_WORK}|details)s?\s+(?:(?:for|of)\s+[^,;.!?]{{1,60}}?\s+)?"
                           r"(?:(?:is|are|has been|have been|was|were|officially|finally|now)\s+)*(?:\w+ly\s+)?$"
                           rf"|{_JA_DATE_NOUN}(?:が|は)?$|日程(?:が|は)?$", re.IGNORECASE)
_DATE_DECIDED = re.compile(rf"{_JA_DATE_NOUN}(?:が|は|(?=決定|発表))")  # 発売日が決定, 発売日決定
# 第2期が10月より放送開始となることが発表された: what was announced is that it starts, on a date.
_START_ANNOUNCED = re.compile(r"(?:公開|放送|発売|配信|上映)(?:開始)?(?:と(?:なる|なった)|される|する)?ことが(?:発表|決定|明らかにな)"
                              # 放送が2027年7月に始まることが発表: the start, told with its own verb
                              r"|(?:始まる|始まった|スタートする|開始される)ことが(?:発表|決定|明らかにな)"
                              # 発売日を2027年3月18日に決定: what was decided is the date
                              rf"|{_JA_DATE_NOUN}を.{{0,20}}に決定")
_INDEFINITE = re.compile(r"(?:a|an|another|new|two|three|four)\b", re.IGNORECASE)  # "that a sequel will open": new


# A trailing attribution: ", Keld confirmed." / ", the studio announced on Friday." (its verb tells; not
# "Finally, Vanta Reach 3 is official", an opening word and the statement).
_TELLING = re.compile(r"confirm|announc|reveal|unveil", re.IGNORECASE)
_ATTRIBUTION_BEFORE = re.compile(r",\s+(?:[\w'’.&-]+\s+){1,4}$")
_NOTHING_AFTER = re.compile(r"(?:\s*(?:(?:on|this|last)\s+\w+|today|yesterday|tonight"
                            rf"|{'|'.join(WEEKDAYS)}"  # "..., Max announced Wednesday."
                            # where it was told: "during its June showcase", "at a fan event in Tokyo", "in a
                            # Nintendo Direct" (not "... that ...")
                            r"|(?:during|at|via|through|in)\s+(?:(?!that\b)[^,.;!?]){1,40}?))*"
                            # ... and what else happened there: ", where it also premiered a new trailer"
                            r"(?:,\s+(?:where|when)\b[^.;!?]*)?\s*[.!]?\s*$", re.IGNORECASE)
_NEWS_AGE = timedelta(days=14)  # a trailer shown longer ago than this is no longer news
_THING_AFTER = re.compile(r"^\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:first|new|official|final|full|exact|key)\s+)?"
                          # an installment's number before the thing: "announces season 3 premiere date"
                          r"(?:(?:season|part|volume|series|chapter)\s+(?:\d+|[ivx]{1,4})\s+)?"
                          r"(?:(?!(?:via|with|alongside|through|in|on|at|for|by|from|to|and|of)\b)[a-z-]+\s+)?"
                          rf"(?:(?:release|premiere|launch|air|debut)\s+)?(?:{_THINGS_OF_A_WORK}|schedule)s?\b"
                          # more things of it: "revealed its main staff and a new key visual"
                          r"(?:\s*(?:,|and|&)\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:first|new|official|main|key)\s+)?"
                          rf"(?:[a-z-]+\s+)?(?:{_THINGS_OF_A_WORK})s?\b)*"
                          r"(?!\s+(?:and|with|plus)\b)", re.IGNORECASE)
# What may follow a name before a thing of its work: "'s", a number, "season 2" ("Korvin's Gate 3 box art").
_INSTALLMENT_AFTER_NAME = re.compile(r"(?:['’]s)?(?:\s+(?:(?:season|part|volume|chapter)\s+)?(?:\d+|[IVX]{1,4})\b)?",
                                     re.IGNORECASE)
_ADVERBIAL = re.compile(r"^\s+(?:ahead of|after|before|during|following|amid|at|by|as|via|through|in|on)\b", re.IGNORECASE)
_OBJECT_END = re.compile(r"\s+(?:and|with|plus|alongside|as well as|at|during|after|before|following|ahead of)\s+|[,;:]")


def _announces_something_else(clause: str, announced: Span, names: list[tuple[int, int, str]]) -> bool:
    """The announcement cue's object is a trailer, another title or something that is no installment,
    or the cue is the verb of a time clause ("arrived a year after it was announced"); ``names``: where
    the clause names watched franchises."""
    if _another_title_after(clause, announced, names):
        return True  # "It also revealed Nightjar Coast, a new survival game": that title is what is new
    # Where a watched name right after the cue ends, if one stands there: the work the cue is about.
    named_next = next((b for a, b, _ in names if 0 <= a - announced.end() <= 5), None)
    if _not_the_work(clause, announced, subject_only=True) and named_next is None:
        # "Hollow Lantern Tactics 2 Switch 2 Port Announced": what is announced is no installment (but "the
        # anniversary stream reveals Korvin's Gate 4": the work named right after the cue is what is revealed)
        return True
    if lexicons.has("TIME_CLAUSE_BEFORE", clause[max(0, announced.start() - 60):announced.start()]):
        return True
    if _TELLING.match(announced.group()) and _ATTRIBUTION_BEFORE.search(clause[:announced.start()]) \
            and _NOTHING_AFTER.match(clause[announced.end():]):
        return True  # "Season 2 premieres on October 3, Keld confirmed.": it says who told the statement
    told = _TOLD_DATE.match(clause[announced.end():])
    if told and not _INDEFINITE.match(told.group("subject") or told.group("bare")):
        return True  # "announced that Lumen Drift II will open on March 8": what it announced is the date
    if _DETAILS.match(clause[announced.end():]):
        return True  # "revealed more about", "confirmed its 2027 slate": about works already known
    if _ANNOUNCEMENT_TRAILER.match(clause, announced.start()):
        return False  # "the announcement trailer for Vanta Reach 2": the trailer that made the work known
    if _THING_AFTER.match(clause[announced.end():]):
        return True  # "revealed the premiere date for Tidebound season 2": what it revealed is the date
    if named_next is not None and (number := _INSTALLMENT_AFTER_NAME.match(clause, named_next)) is not None \
            and _THING_AFTER.match(clause[number.end():]):
        return True  # "Halden Reveals Korvin's Gate 3 Box Art": a thing of the work named, not the work
    if _THING_BEFORE.search(clause[:announced.start()]) or _DATE_DECIDED.search(announced.group()) \
            or _START_ANNOUNCED.search(announced.group()):
        return True  # "Lumen Drift II release date revealed", 新作の発売日が決定: what was revealed is the date
    if _SHOWN.match(announced.group()) and cue("TRAILER", clause) and not _WITH_IT.match(clause, announced.end()):
        return True  # the trailer is what was revealed (not "Lumen Drift 3 revealed with a first trailer")
    around = clause[max(0, announced.start() - 6):announced.end()]
    if lexicons.has("NOT_AN_INSTALLMENT", around):
        return True  # "再放送が決定", "Blu-ray発売決定"
    # Its object: "confirmed a signing event for ...", not "announced Tidebound 3 and a launch event", nor
    # what follows a passive one ("Tidebound 3 confirmed ahead of the season 2 finale", "... at a fan event").
    after = clause[announced.end():]
    return not _ADVERBIAL.match(after) and lexicons.has("NOT_AN_INSTALLMENT", _OBJECT_END.split(after, 1)[0][:60])


_ARTICLE_AFTER = re.compile(r"\s+(?:the\s+)?")
# What a new work of its own is called beside its title: ", a new survival game", ", its first strategy game".
_NEW_WORK_APPOSITION = re.compile(r"(?:[^,;.]{1,40}),\s+(?:a|an|its|their|the studio's)\s+(?:brand-new|new|first|original)\b"
                                  r"(?![^,;.]*\b(?:sequel|remake|remaster|spin-?off|prequel|season|installment|entry|chapter"
                                  r"|expansion|dlc|follow-up|reboot|adaptation|part)\b)")


def _another_title_after(clause: str, announced: Span, names: list[tuple[int, int, str]]) -> bool:
    """The cue's object, right after it, is a title that is not watched, told as a new work of its own:
    "revealed Nightjar Coast, a new survival game" (not "announced Tidebound 3", nor "announced Tidebound
    Kiwami, a full remake": a name may hold a watched one that a longer name hid)."""
    lead = _ARTICLE_AFTER.match(clause, announced.end())
    if lead is None or any(a <= lead.end() < b for a, b, _ in names):
        return False
    found = names_in(clause[lead.end():lead.end() + 40])
    return bool(found) and found[0].start() == 0 and _NEW_WORK_APPOSITION.match(clause, lead.end()) is not None


def _new_installment(clause: str, numbered: bool, names: list[tuple[int, int, str]], reported: bool = False) -> bool:
    """An installment introduced as new ("a third season", "a sequel", "Lumen Drift 4 Revival"),
    not a known one ("the final season"). ``numbered``: the clause names a numbered installment;
    ``names``: where it names watched franchises; ``reported``: the headline reported or asked and a
    line below confirms it, so "the sequel" there is the one reported."""
    if numbered:
        return True
    for match in lexicons.spans("INSTALLMENT", clause):
        if reported or any(_NAME_BEFORE_NOUN.fullmatch(clause[end:match.start()]) for _, end, _ in names):
            # "the Korvin's Gate sequel", "Tidebound's movie": the name says which sequel, and a
            # determiner before a name says nothing of whether the sequel is known.
            return True
        # The determiner nearest the noun decides: "confirmed that a sequel" is new, "the final season" is not.
        determiners = re.findall(r"\b(the|its|this|that|these|those|a|an|another|new|two|three|four|five|more)\s+(?=(?:[\w'-]+\s+){0,3}$)",
                                 clause[max(0, match.start() - 40):match.start()], re.IGNORECASE)
        if not determiners or determiners[-1].lower() not in ("the", "its", "this", "that", "these", "those"):
            return True
    return False


_NAME_BEFORE_NOUN = re.compile(r"(?:['’]s?)?\s+")  # what may stand between a name and its noun
# A series renewed has a new season, named or not: "Netflix renews Tidebound", "Tidebound renewed at Keld",
# "has renewed Tidebound"; not "renewed interest in Tidebound" (the adjective).
_RENEWED = re.compile(r"renews\b|(?:(?<=\bhas )|(?<=\bhave )|(?<=\bwas )|(?<=\bbeen )|(?<=\bofficially ))renewed\b"
                      r"|renewed(?=\s+(?:for|at|by|through|until|again|officially)\b|\s*[.,!:;]|\s*$)", re.IGNORECASE)


# "A Tidebound movie is coming in 2028!" announces it; "The Tidebound movie is coming to Netflix" is a known one's release.
_IS_COMING = re.compile(english.WORK_COMING, re.IGNORECASE)
_A_NEW_ONE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:new\s+|brand-new\s+)?(?:[\w'’:-]+\s+){1,5}?$", re.IGNORECASE)


# A work made again is a new installment without a noun for it: "Quarry Kings is being remade", "is remaking its classic".
_MADE_AGAIN = re.compile(english.MADE_AGAIN, re.IGNORECASE)


def _calendar_line(clause: str, reading: _Reading, sentence: Sentence) -> bool:
    """"April 10: Title." and "Title: April 10" lines in a premiere calendar, in a post ("Lumen Drift 2
    - March 12, 2027"), as an item of a numbered list ("1. Starfall Academy Season 3 - January 2027",
    the list of a story of works to come) or in a list of such lines: the date is the release date."""
    return (reading.traits.calendar or reading.traits.post or _in_a_list(reading, sentence)) and schedule_line(clause, reading.dates)


def _in_a_list(reading: _Reading, sentence: Sentence) -> bool:
    """The sentence is an item of a list in the body: a numbered one, or one of lines of dates."""
    return sentence.paragraph >= 0 and (
        (sentence.paragraph, sentence.start) in reading.listed or _in_a_numbered_item(reading.written[False], sentence))


def _lines_of_a_list(sentences: list[Sentence], body: str, dates: DateReader) -> frozenset[tuple[int, int]]:
    """The body's lines that are schedule lines next to another one ("January 8: Quiet Hours" then
    "January 22: Tidebound season 3"): a list of dates whatever the headline says. Each such line is
    a sentence alone on its line."""
    lines = [s for s in sentences if s.paragraph >= 0 and len(s.text) <= SCHEDULE_LINE_MAX and schedule_line(s.text, dates)
             and _alone_on_its_line(body, s)]
    listed = set()
    for one, two in pairwise(lines):
        if one.paragraph != two.paragraph and not body[one.end:two.start].strip():
            listed.update({(one.paragraph, one.start), (two.paragraph, two.start)})
    return frozenset(listed)


_TITLE_LINE_MAX = 80  # characters: a work's name, its season, a part


def days_above(sentences: list[Sentence], mentions: list[Mention], body: str,
               dates: DateReader) -> dict[tuple[int, int], Sentence]:
    """In a calendar, the lines of works listed under a line that is only their day ("Nov. 3" then
    "Wyrmwood: Season 2", "The Quiet Field"): that day's line, by the (paragraph, start) of each line
    that names a watched work. A line of prose ends the day's list."""
    found: dict[tuple[int, int], Sentence] = {}
    day: Sentence | None = None
    for sentence in sentences:
        if sentence.paragraph < 0:
            continue
        alone = _alone_on_its_line(body, sentence)
        its_dates = dates(sentence.text) if alone else []
        if its_dates and is_only_a_date(sentence.text, its_dates):
            day = sentence
        elif not alone or its_dates or len(sentence.text) > _TITLE_LINE_MAX or sentence.text.endswith((".", "。")):
            day = None
        elif day is not None and named_in(sentence, mentions):
            found[(sentence.paragraph, sentence.start)] = day
    return found


def _alone_on_its_line(body: str, sentence: Sentence) -> bool:
    before, after = body.rfind("\n", 0, sentence.start), body.find("\n", sentence.end)
    return not body[before + 1:sentence.start].strip() and not body[sentence.end:len(body) if after < 0 else after].strip()


def _in_a_numbered_item(body: str, sentence: Sentence) -> bool:
    """The sentence stands on a line that a number opens ("1. Title - date"): an item of a list."""
    line_start = body.rfind("\n", 0, sentence.start) + 1
    return NUMBERED_ITEM.match(body[line_start:line_start + 8]) is not None  # (its "^" holds at the text's start)


def _finish(reading: _Reading) -> list[Event]:
    events = dict(reading.events)
    for franchise, evidence in reading.delays_without_date.items():
        dated = [k for k in events if k[0] == franchise and k[1] == EventKind.RELEASE_DATE]
        if len(dated) == 1:
            when = dated[0][2]
            events.setdefault((franchise, EventKind.DELAY, when),
                              Event(franchise, EventKind.DELAY, when or "-", when, evidence))
        elif not any(k[0] == franchise and k[1] == EventKind.DELAY for k in events):
            events[(franchise, EventKind.DELAY, None)] = Event(franchise, EventKind.DELAY, "-", None, evidence)
    # "delayed to 2027" in the headline, "now launches March 12, 2027" below: the delay is to that day.
    for (franchise, kind, when), event in list(events.items()):
        if kind is not EventKind.DELAY or not when:
            continue
        inside = [k[2] for k in events if k[0] == franchise and k[1] is EventKind.RELEASE_DATE
                  and k[2] and k[2] != when and within(k[2], when)]
        if len(inside) == 1 and (franchise, kind, inside[0]) not in events:
            del events[(franchise, kind, when)]
            events[(franchise, kind, inside[0])] = replace(event, key=inside[0], when=inside[0])
    # A window that holds a more precise date of the same kind says the same thing less precisely.
    kept = {}
    for key, event in events.items():
        franchise, kind, when = key
        if when and any(k[0] == franchise and k[1] == kind and k[2] and within(k[2], when) for k in events):
            continue
        kept[key] = event
    return list(kept.values())

