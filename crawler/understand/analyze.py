"""From a Document to what it says about the watch list: hits and events.

This is the one seam between fetching and alerting. The pipeline and the
command line both call :meth:`Analyzer.analyze`; the confirmation detector
adds its events here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from crawler.model import Document, Event, EventKind, Franchise, Hit
from crawler.understand.detect import Detector, Prepared, Reading
from crawler.understand.match import Matcher, normalize
from crawler.understand.scorer import Scorer
from crawler.understand.sentences import split_sentences
from crawler.urls import canonical_url

EVIDENCE_MAX_CHARS = 400


def sentence_at(text: str, start: int, end: int, titles: Iterable[tuple[int, int]] = ()) -> str:
    """The sentence of ``text`` that contains the span ``start:end``, split as detection splits.

    Neither the span nor any of ``titles`` (other matched spans) ends a
    sentence: "Blame!" does not.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    sentence = next((s.text for s in split_sentences(line, line_start, 0, [(start, end), *titles])
                     if s.start <= start < s.end), line.strip())
    if len(sentence) > EVIDENCE_MAX_CHARS:
        sentence = sentence[: EVIDENCE_MAX_CHARS - 1].rstrip() + "…"
    return sentence


@dataclass(frozen=True, slots=True)
class Analysis:
    hits: tuple[Hit, ...]
    events: tuple[Event, ...]

    @property
    def franchises(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.franchise for h in self.hits))


_CAPITALISED_WORD = re.compile(r"(?<![\w'’])[A-Z][a-z]")
# (after the handles and tags a post may open with: "@orsa_games lumen drift 2 ...")
_OPENS_IN_LOWER_CASE = re.compile(r"(?:\s*[@#]\w+)*\W*[a-z]")


class Analyzer:
    """Matches a document against the watch list and reports its events."""

    def __init__(self, franchises: Iterable[Franchise], scorer: Scorer | None = None) -> None:
        franchises = tuple(franchises)
        self._matcher = Matcher(franchises)
        self.detector = Detector(franchises, scorer)

    def analyze(self, document: Document, now: datetime) -> Analysis:
        """Hits, one ``mention`` per franchise named, and the confirmed events.

        Relative dates resolve against the publication date, else ``now``
        (a document without a date is taken as published when it was read).
        """
        title, body, hits = self._read(document)
        published = (document.published or now).date()
        detected = self.detector.detect(title, body, hits, published, post=document.kind == "post")
        month = published.strftime("%Y-%m")
        events = [e.keyed(month) for e in detected]
        return Analysis(tuple(hits), tuple(self._mentions(document, title, body, hits)) + tuple(events))

    def read(self, document: Document, now: datetime, reasons: int = 0) -> Reading:
        """The detector's whole reading of a document: every candidate and its judgement (for explaining)."""
        return self.detector.decide(self.prepare(document, now), reasons=reasons)

    def prepare(self, document: Document, now: datetime) -> Prepared:
        """The detector's candidates for a document, before weighing (for training and explaining)."""
        title, body, hits = self._read(document)
        return self.detector.prepare(title, body, hits, (document.published or now).date(), document.kind == "post")

    def _read(self, document: Document) -> tuple[str, str, list[Hit]]:
        title = normalize(document.title)
        body = normalize(document.text)
        # A post written in lower case (a shouted word aside: "delayed AGAIN", a quoted "Ember Road") tells nothing
        # by its capitals: none at all, or none where its sentences begin.
        lower = document.kind == "post" and (_CAPITALISED_WORD.search(body) is None or _OPENS_IN_LOWER_CASE.match(body) is not None)
        return title, body, self._matcher.find(title, in_title=True) + self._matcher.find(body, any_case=lower)

    @staticmethod
    def _mentions(document: Document, title: str, body: str, hits: list[Hit]) -> Iterable[Event]:
        """One ``mention`` per franchise named, keyed by the document: every new hit is news.

        The evidence is the first sentence of the body that names the
        franchise; the title only when the body does not (an alert shows the
        title anyway).
        """
        key = canonical_url(document.url)
        first: dict[str, Hit] = {}
        for hit in sorted(hits, key=lambda h: h.in_title):
            first.setdefault(hit.franchise, hit)
        spans = {True: [(h.start, h.end) for h in hits if h.in_title],
                 False: [(h.start, h.end) for h in hits if not h.in_title]}
        for franchise, hit in first.items():
            text = title if hit.in_title else body
            evidence = sentence_at(text, hit.start, hit.end, spans[hit.in_title])
            yield Event(franchise=franchise, kind=EventKind.MENTION, key=key, evidence=evidence)
