"""The confirmation detector: which events a document states as fact.

Three steps:

1. **Read** (rules): which watched franchises the document really names
   (:mod:`crawler.understand.resolve`), its sentences and the topic each one
   continues, and what the hand-written rules of :mod:`crawler.understand.rules`
   conclude.
2. **Propose** (:mod:`crawler.understand.candidates`): every (franchise, event,
   date) a sentence could state, with its evidence as features.
3. **Weigh** (:mod:`crawler.understand.scorer`): a learned probability per
   candidate; a fact is reported when its best candidate passes its event's
   threshold. Then the conventions of a report: a delay with a new date is also
   a release date; a window that holds a more precise date of the same kind is
   dropped; a delay that names no date takes the one release date reported.

No Scrapy, database or network is involved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from crawler.model import Event, EventKind, Franchise, Hit
from crawler.understand import lexicons
from crawler.understand.candidates import Candidate, DocumentFacts, candidates, in_sentence_case, phrase
from crawler.understand.dates import DateReader, find_dates, is_only_a_date, same_as_said, within, within_as_said
from crawler.understand.doubt import doubted_headline, headline_frame
from crawler.understand.resolve import Mention, colon_titles, resolve_mentions, titled_otherwise, with_topics
from crawler.understand.rules import days_above, rule_events
from crawler.understand.scorer import Judgement, Scorer
from crawler.understand.sentences import DocumentTraits, Sentence, SentenceForms, is_page_furniture, segment


@dataclass(frozen=True)
class Prepared:
    """A document read and proposed, before any weighing: the same whatever the model."""

    mentions: tuple[Mention, ...]
    candidates: tuple[Candidate, ...]
    misidentified: frozenset[str]  # franchises whose name here means another work
    # Why nothing in the document is a fact, whatever its sentences say: it calls itself a joke,
    # a hoax or a fan work. The one veto kept: too rare to learn from, and never wrong to heed.
    vetoed: str | None = None


@dataclass(frozen=True)
class Reading:
    """A document as the detector decided it: every judgement, and the events reported."""

    prepared: Prepared
    judgements: tuple[Judgement, ...]
    events: tuple[Event, ...]


class Detector:
    """Built once per watch list; one instance serves every document."""

    def __init__(self, franchises: Iterable[Franchise] = (), scorer: Scorer | None = None) -> None:
        self._colon_titles = colon_titles(franchises)
        self.scorer = scorer if scorer is not None else Scorer.shipped()

    def detect(self, title: str, body: str, hits: list[Hit], published: date, post: bool = False) -> list[Event]:
        """Events of a document whose title and body are already normalised (see crawler.understand.match)."""
        return list(self.decide(self.prepare(title, body, hits, published, post)).events)

    def prepare(self, title: str, body: str, hits: list[Hit], published: date, post: bool = False) -> Prepared:
        """The franchises really named, and every candidate event with its features."""
        mentions = resolve_mentions(title, body, hits, self._colon_titles)
        if not mentions:
            return Prepared((), (), frozenset())
        sentences = story_sentences(segment(title, body, [(m.start, m.end, m.in_title) for m in mentions], post), published,
                                    post)
        facts = _facts(title, body, mentions, sentences, published, post)
        topics = list(with_topics(sentences, mentions))  # read once: the misidentified and the candidates
        misidentified = frozenset(f for sentence, topic in topics for f in titled_otherwise(sentence, topic, mentions))
        vetoed = "the document calls itself a joke, a hoax or a fan work" if facts.traits.debunked else None
        return Prepared(tuple(mentions), tuple(candidates(sentences, topics, mentions, facts)), misidentified, vetoed)

    def decide(self, prepared: Prepared, scorer: Scorer | None = None, reasons: int = 0) -> Reading:
        """Each candidate weighed (by ``scorer``, else this detector's), and the events reported.
        ``reasons``: how many deciding features each judgement keeps, for explaining."""
        scorer = scorer or self.scorer
        judgements = tuple(scorer.judge(c, reasons) for c in prepared.candidates)
        events = () if prepared.vetoed else tuple(
            e for e in _report(judgements) if e.franchise not in prepared.misidentified)
        return Reading(prepared, judgements, events)


_BYLINE = re.compile(r"^(?:by|posted by|written by|updated|last updated|published|posted)\b", re.IGNORECASE)
_DATELINE_MAX_WORDS = 12
_DATELINE_LINES = 2  # where a byline or date line stands: the top of the story
_A_DAY_AHEAD = timedelta(days=1)  # a page's time zone may run ahead of the publication time


def story_sentences(sentences: Iterable[Sentence], published: date, post: bool = False) -> list[Sentence]:
    """The sentences without the byline and date lines above the story. Once the story has begun,
    a line that is a date is news: "...it has a release date at last!" then "FEBRUARY 28 2027.".
    A post has no date line (its time is the platform's): a date that opens it is news too."""
    kept, begun = [], False
    top: list[int] = []  # the lines above the story that are not page furniture ("Home > News", "Share")
    for sentence in sentences:
        if sentence.paragraph >= 0 and not begun:
            if is_page_furniture(sentence.text):
                kept.append(sentence)
                continue
            if sentence.paragraph not in top:
                top.append(sentence.paragraph)
            if is_dateline(sentence, published, len(top) - 1) and not (post and not _BYLINE.match(sentence.text)):
                continue
        begun = begun or sentence.paragraph >= 0
        kept.append(sentence)
    return kept


def is_dateline(sentence: Sentence, published: date, line: int | None = None) -> bool:
    """A byline or a date line at the top of a story ("By Ann Lee | March 3, 2026", "Updated: ..."):
    when a page was written, never what it reports. Lower down, a line that is a date is news
    ("FEBRUARY 28 2025." after "it has a release date at last"). ``line``: which line of the top it
    is, page furniture not counted (else its paragraph)."""
    line = sentence.paragraph if line is None else line
    if sentence.paragraph < 0 or not 0 <= line < _DATELINE_LINES or len(sentence.text.split()) > _DATELINE_MAX_WORDS:
        return False
    if _BYLINE.match(sentence.text):
        return True
    dates = find_dates(sentence.text, published)
    # A page is dated when it was written, never days ahead: a day to come heads a calendar ("Jun. 5"
    # then "Tidebound: Season 2").
    return is_only_a_date(sentence.text, dates) and not all(d.first > published + _A_DAY_AHEAD for d in dates)


def _facts(title: str, body: str, mentions: list[Mention], sentences: list[Sentence], published: date,
           post: bool) -> DocumentFacts:
    # The rules read capitals as names: a Title Case headline would say nothing to them.
    cased = [in_sentence_case(s, mentions, body if s.paragraph == -1 else "") for s in sentences]
    calendar = lexicons.has("CALENDAR_DOCUMENT", title)
    dates, forms = DateReader(published, _calendar_year(title, published) if calendar else None), SentenceForms()
    traits = DocumentTraits(
        debunked=lexicons.has("DEBUNKED_DOCUMENT", title) or lexicons.has("DEBUNKED_DOCUMENT", body),
        calendar=calendar,
        post=post,
        about_a_trailer=lexicons.has("TRAILER_ANALYSIS", title),
        review=lexicons.has("REVIEW_DOCUMENT", title),
        roundup=lexicons.has("ROUNDUP_DOCUMENT", title),
        days=days_above(sentences, mentions, body, dates) if calendar else {},
    )
    ruled = {(e.franchise, e.kind, e.when): e.evidence.lower()
             for e in rule_events(title, body, mentions, [s for s, _ in cased], published, dates, forms, traits)}
    return DocumentFacts(
        published=published,
        traits=traits,
        headline_doubt=doubted_headline(headline_frame(sentences, body), mentions),
        franchises=len({m.franchise for m in mentions}),
        ruled=ruled,
        dates=dates,
        forms=forms,
        casings={(s.paragraph, s.start): casing for s, casing in cased},
    )


def _calendar_year(title: str, published: date) -> int | None:
    """The one year a calendar's headline names ("The 2027 game release calendar"), if it names one."""
    years = {d.first.year for d in find_dates(title, published) if d.explicit_year}
    return years.pop() if len(years) == 1 else None


def _report(judgements: Sequence[Judgement]) -> list[Event]:
    best: dict[tuple[str, EventKind, str | None], Judgement] = {}
    details: dict[tuple[str, EventKind, str | None], dict[str, str]] = {}
    for judgement in judgements:
        candidate = judgement.candidate
        key = candidate.key
        known = best.get(key)
        # A body sentence is the better evidence at equal weight: an alert shows the headline anyway.
        if known is None or (judgement.probability, candidate.sentence.paragraph >= 0) > (
                known.probability, known.candidate.sentence.paragraph >= 0):
            best[key] = judgement
        # What one report of the fact leaves out (which installment, the date moved from), another may say.
        found = details.setdefault(key, {})
        for name in ("installment", "previous"):
            value = getattr(candidate, name)
            if value and name not in found:
                found[name] = value
    accepted = {key: replace(j.candidate, installment=j.candidate.installment or details[key].get("installment"),
                             previous=j.candidate.previous or details[key].get("previous"))
                for key, j in best.items() if j.accepted}
    for (franchise, kind, moved_to), candidate in list(accepted.items()):
        if kind is EventKind.DELAY and moved_to is not None:
            accepted.setdefault((franchise, EventKind.RELEASE_DATE, moved_to), candidate)
    for key in list(accepted):
        franchise, kind, when = key
        if kind is EventKind.DELAY and when is None:
            dated = [k for k in accepted if k[0] == franchise and k[1] is EventKind.DELAY and k[2]]
            releases = [k for k in accepted if k[0] == franchise and k[1] is EventKind.RELEASE_DATE]
            undated = accepted.pop(key)
            if not dated and len(releases) == 1:
                accepted[(franchise, kind, releases[0][2])] = undated
            elif not dated:
                accepted[key] = undated
    events = []
    in_body = {j.candidate.key for j in judgements if j.accepted and j.candidate.sentence.paragraph >= 0}
    for (franchise, kind, when), candidate in accepted.items():
        if when and any(k[0] == franchise and k[1] is kind and k[2] and within(k[2], when) for k in accepted):
            continue  # "2031" beside "2031-12-19" says the same thing less precisely
        headline = candidate.sentence.paragraph == -1
        if when and (franchise, kind, when) not in in_body and any(
                k[0] == franchise and k[1] is kind and k[2] and k in in_body
                and (within_as_said(k[2], when) or (headline and same_as_said(k[2], when, candidate.sentence.text)))
                for k in accepted):
            # a headline's "Pushed to Summer 2028" over the story's "June 2, 2028"; its "Moves to July" (read as the
            # next July) over the story's "July 9, 2027"
            continue
        events.append(Event(franchise, kind, when or "-", when, candidate.sentence.text,
                            candidate.installment, candidate.previous if kind.dated else None))
    return events


def explain(judgement: Judgement) -> str:
    """"reported 0.97 Franchise release_date 2027-05: the rule reading reports it +2.10, its words +0.40"."""
    candidate = judgement.candidate
    reasons = ", ".join(f"{phrase(name)} {weight:+.2f}" for name, weight in judgement.reasons)
    verdict = "reported    " if judgement.accepted else "not reported"
    return f"{verdict} {judgement.probability:.2f} {candidate.franchise} {candidate.kind} {candidate.when or '-'}: {reasons}"
