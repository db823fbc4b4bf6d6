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

Whether a clause is stated or taken back is :mod:`crawler.understand.doubt`'s to
tell; whether a cue's subject or object is the watched work,
:mod:`crawler.understand.governs`'s. The result is a list of
:class:`crawler.model.Event` with the normalised ``when`` and the evidence
sentence; no Scrapy, database or network is involved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from itertools import pairwise

from crawler.model import Event, EventKind
from crawler.understand import lexicons
from crawler.understand.cuesearch import Span
from crawler.understand.dates import (
    SCHEDULE_LINE_MAX,
    DateMention,
    DateReader,
    anchored,
    bounds_a_period,
    is_a_line_between,
    is_labelled_date,
    is_only_a_date,
    moved_from,
    schedule_line,
    within,
)
from crawler.understand.doubt import (
    RELATIVE_ASIDE,
    TRAILING_PARTICIPLE,
    HeadlineFrame,
    asks_or_guesses,
    described_only,
    doubted_headline,
    factual,
    headline_frame,
    stated_relative,
    without_doubt,
)
from crawler.understand.governs import (
    ANOTHER_WORK,
    announces_something_else,
    another_works_date,
    cue,
    first_ordinary,
    foreign,
    new_installment,
    not_the_work,
    ordinary,
    said_of_another_title,
    trailer_of_a_thing,
)
from crawler.understand.languages import JAPANESE_SCRIPT, english
from crawler.understand.resolve import (
    SPIN_OFF_WORDS,
    Mention,
    cast_before,
    installment_alone,
    installment_of,
    named_in,
    owns_the_trailer,
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
            _read_sentence(headline, without_doubt(sentence), None, mentions)
    for (franchise, kind, when), event in headline.events.items():
        if kind.dated and (franchise in dated or story_dated):
            continue
        if (franchise, kind, when) not in reading.events:
            reading.events[(franchise, kind, when)] = event
            reading.from_headline.add((franchise, kind, when))
    for franchise, evidence in headline.delays_without_date.items():
        if franchise not in dated and not story_dated:
            reading.delays_without_date.setdefault(franchise, evidence)


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
# An apposition set off by commas, as background as a relative clause (doubt.RELATIVE_ASIDE): ", a hit on PC
# since its release last year,".
_APPOSITION = re.compile(r",\s+(?:which|who|a|an|the|its|their)\b[^,;]{3,80},")


def _past_times(text: str, dates: list[DateMention], published: date, japanese: bool) -> list[DateMention]:
    """The past years, months or days used as a time ("in 2019", "since 2016", "in July 2025", "on March 4,
    2025", 2019年に), not as an adjective ("the 2008 classic", "a remake of 2009's Lumen Drift 3"), and not
    inside an aside (", which premiered in March 2025,"). A day counts once it is more than _NEWS_AGE old."""
    found = []
    asides = [m.span() for aside in (RELATIVE_ASIDE, _APPOSITION) for m in aside.finditer(text)] if "," in text else []
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


def _read_sentence(reading: _Reading, sentence: Sentence, topic: str | None, mentions: list[Mention]) -> None:
    if topic is None and not named_in(sentence, mentions) and not reading.traits.calendar:
        return  # about nothing watched
    if reading.traits.about_many and sentence.paragraph == -1 and not named_in(sentence, mentions):
        return  # "Fall 2026 TV Premiere Dates", "Every game delayed to 2027": about all its works, none alone
    text = reading.forms.blanked(sentence.text)
    if not (reading.traits.calendar or reading.traits.post or lexicons.any_event(text) or _in_a_list(reading, sentence)):
        return
    japanese = bool(JAPANESE_SCRIPT.search(text))
    clauses = [(0, text)] if japanese else reading.forms.clauses(text)
    # A hedge or a question takes back its own clause and those after it ("Sources say X opens in May,
    # and Y follows"), not the ones before ("X opens May 7; whether a sequel follows is unclear"); a
    # negation takes back its own clause ("X isn't on this list: it arrives in October"). Most sentences
    # doubt nothing: one look at the whole says so.
    doubted = not factual(text)
    # ... but a relative clause that ends the sentence states its own fact: "The studio said the cuts would not
    # affect Nightglass, which remains scheduled for March 2027."
    relative = stated_relative(text) if doubted else None
    if relative is not None:
        clauses = _cut(clauses, relative)
    if not clauses or (doubted and len(clauses) == 1):
        return  # (most sentences are one clause: one that doubts has nothing left to read)
    published = reading.published
    dates = reading.dates(text)
    # A trailing phrase that hedges ("..., which is expected to return in 2027") states no date of its own.
    if dates and "," in text and (trailing := TRAILING_PARTICIPLE.search(text)) is not None \
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
        if doubted and offset != relative and not factual(clause):
            if asks_or_guesses(clause) and not described_only(clause):
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
    if foreign(clause, last[1], last[0]):
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


# The cue families, in the order a tie goes.
_KINDS = ((EventKind.RELEASE_DATE, "RELEASE"), (EventKind.DELAY, "DELAY"),
          (EventKind.TRAILER, "TRAILER"), (EventKind.ANNOUNCEMENT, "ANNOUNCEMENT"))


def _first_cue(clause: str, spans: Mapping[str, list[Span]]) -> tuple[EventKind, Span] | None:
    found = [(m.start(), order, kind, m) for order, (kind, family) in enumerate(_KINDS)
             if (m := first_ordinary(clause, spans[family]))]
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
        dates = [d for d in dates if not another_works_date(clause, max(0, d.start - offset), names)]
    installment = installment_of(clause, mentions_after)
    # "Lumen Drift 4", "Lumen Drift II", "Lumen Drift: Ashfall": a numbered or subtitled installment.
    numbered = subtitled or any(_NUMBER_AFTER_THE_NAME.match(after) for after in mentions_after) \
        or franchise in reading.installment_line
    upcoming = [d for d in dates if _upcoming(d, published, clause) and not bounds_a_period(sentence.text, d)]
    # Offsets of ``dates`` are the sentence's; the clause starts at ``offset``.
    old = old_before + [d for d in dates if reading.dates.moved_from(sentence.text, d, dates)]
    new = [d for d in upcoming if d not in old]
    # (a move's word inside a title is none: "Night Shift is announced for 2027")
    moves_to = any(first_ordinary(clause, lexicons.spans("MOVE_TO_DATE", clause[:d.start - offset])) for d in new)
    spans = reading.forms.event_cues(clause)
    delayed = first_ordinary(clause, spans["DELAY"])
    if delayed is not None and (ANOTHER_WORK.search(delayed.group()) or _DELAY_AS_A_TIME.search(clause, 0, delayed.start())):
        delayed = None  # "pushed another game to 2027": another work's delay; "before its first delay": a time
    # A delay told as a step of a story in order is no news of one, though the date it gave may still stand: "It was
    # then delayed to fall 2027, and the director says it is on track".
    told_in_order = delayed is not None and _TOLD_IN_ORDER.search(clause, 0, delayed.start()) is not None
    moved = bool(delayed) or moves_to or (bool(old) and bool(new) and lexicons.has("REPLACED", clause))
    if moved and not historical and not not_the_work(clause, delayed):
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
    released = list(ordinary(clause, spans["RELEASE"]))
    if new and (released or _calendar_line(clause, reading, sentence)):
        for mention in new:
            # Whose date it is: the subject of the release cue nearest before it ("the anniversary arriving in
            # December"), else of the first after it.
            before = [c for c in released if c.end() <= mention.start - offset]
            governing = before[-1] if before else next(iter(released), None)
            if not not_the_work(clause, governing) and not said_of_another_title(clause, governing, names):
                reading.add(franchise, EventKind.RELEASE_DATE, mention.value, sentence, installment)
    elif released and not dates and not not_the_work(clause, released[0]):
        reading.awaiting_date.add(franchise)
    shown = first_ordinary(clause, spans["TRAILER"])
    if shown and first_ordinary(clause, spans["TRAILER_OUT"]) and not _shown_before(reading, clause, dates) \
            and not lexicons.has("TRAILER_AHEAD", clause) and owns_the_trailer(franchise, clause, shown.start(), shown.end(), names) \
            and not trailer_of_a_thing(clause, shown):
        reading.add(franchise, EventKind.TRAILER, None, sentence, installment)
    announced = first_ordinary(clause, spans["ANNOUNCEMENT"])
    if announced and not reading.traits.review and not _told_as_history(clause, announced) \
            and (new_installment(clause, numbered, names, reading.confirmed_report) or _RENEWED.match(clause, announced.start())
                 or _MADE_AGAIN.match(clause, announced.start())) \
            and not (_weak_announcement(clause) and reading.already_announced) \
            and not (_IS_COMING.match(clause, announced.start())
                     and not _A_NEW_ONE_BEFORE.search(clause, max(0, announced.start() - 80), announced.start())) \
            and not announces_something_else(clause, announced, names):
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
    return (found is not None and cast_before(text, found.start()) and factual(text)
            and not any(moved_from(text, d, dates) or bounds_a_period(text, d) for d in dates)
            and not not_the_work(text, found))


_NEWS_AGE = timedelta(days=14)  # a trailer shown longer ago than this is no longer news


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
