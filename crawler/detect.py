"""The confirmation detector: which events a document states as fact.

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
from dataclasses import dataclass, field
from datetime import date

from crawler import cues
from crawler.dates import DateMention, find_dates
from crawler.model import Event, Hit
from crawler.sentences import Sentence, segment

_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*")
# Capitalised words that are never the name of another work.
_PLAIN_CAPITALS = frozenset(
    "The A An It Its This That These Those They He She We I You Our Their His Her And But Or So Yet For To In On At "
    "After Before With Without By From Of As Once When While Since Until Now Then Today Tonight Tomorrow Also Still "
    "Meanwhile However Instead Here There What Which Who Whose Why How Both Each Every Neither Either No Not Nor "
    "Volume Part Season Episode Chapter Vol Vols Episodes Seasons Parts Finale Final Official Update Friday Monday "
    "Tuesday Wednesday Thursday Saturday Sunday January February March April May June July August September October "
    "November December Christmas Eve Day Year's New Halloween Thanksgiving Japan Japanese US U.S. UK Europe Worldwide "
    "PC PS4 PS5 Xbox Switch Series X|S Steam Netflix Crunchyroll Funimation Disney+ Prime Video Hulu Max HBO NHK TV "
    "IMAX Pacific Eastern GMT JST PT ET Q1 Q2 Q3 Q4".split()
)
_TRANSITIVE = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:has |have |had |will |just |also |later |then )*(?:set|sets|moved|moves|pushed|pushes|dated"
    r"|dates|gave|gives|took|takes|pulled|pulls|put|puts|released|releases|dropped|drops|announced|announces|confirmed"
    r"|confirms|revealed|reveals|delayed|delays|postponed|postpones|scheduled|schedules|shared|shares|showed|shows"
    r"|premiered|unveiled|used|marked|said|says|told|debuted)\b"
)


@dataclass(frozen=True, slots=True)
class Mention:
    franchise: str
    start: int
    end: int
    in_title: bool


@dataclass
class _Candidates:
    """Events found so far, keyed so that a fact is reported once per document."""

    events: dict[tuple[str, str, str | None], Event] = field(default_factory=dict)
    delays_without_date: dict[str, str] = field(default_factory=dict)  # franchise -> evidence

    def add(self, franchise: str, kind: str, when: str | None, evidence: str) -> None:
        self.events.setdefault((franchise, kind, when), Event(franchise, kind, when or "-", when, evidence))


class Detector:
    """Stateless; one instance serves every document."""

    def detect(self, title: str, body: str, hits: list[Hit], published: date) -> list[Event]:
        """Events of a document whose title and body are already normalised (see crawler.match)."""
        if cues.DEBUNKED_DOCUMENT.search(title) or cues.DEBUNKED_DOCUMENT.search(body):
            return []
        mentions = _mentions(title, body, hits)
        if not mentions:
            return []
        sentences = segment(title, body, [(m.start, m.end, m.in_title) for m in mentions])
        headline = [s for s in sentences if s.paragraph == -1]
        if any(m.in_title for m in mentions) and any(_asks_or_guesses(s.text) for s in headline):
            return []  # "Persona 6 delayed, claims insider": the document's frame is not a fact
        found = _Candidates()
        calendar = bool(cues.CALENDAR_DOCUMENT.search(title))
        already_announced = bool(cues.HISTORY.search(body) and re.search(r"発表済み|既に発表|すでに発表|正式発表され", body))
        misidentified = set()
        for sentence, topic in _with_topics(sentences, mentions):
            _read_sentence(sentence, topic, mentions, published, found, calendar, already_announced)
            misidentified |= _titled_otherwise(sentence, topic, mentions)
        return [e for e in _finish(found) if e.franchise not in misidentified]


def _mentions(title: str, body: str, hits: list[Hit]) -> list[Mention]:
    """Hits that name the franchise itself, plus the names of its installments.

    Left out: "Evangelion creator Anno" (the title qualifies someone else),
    "Truly Wicked: The Seven Deadly Sins Visualised" and "Zelda Williams" (the
    alias is part of a longer name). An installment named once with its
    franchise ("Avatar: Fire and Ash") is recognised on its own later in the
    same document ("Fire and Ash opens ...").
    """
    found = []
    for hit in hits:
        text = title if hit.in_title else body
        after, before = text[hit.end:hit.end + 30], text[max(0, hit.start - 60):hit.start]
        if cues.MODIFIER_AFTER_TITLE.match(after):
            continue
        # "Truly Wicked: The Seven Deadly Sins Visualised"; not "Atlus makes it official: Persona 4".
        prefix = re.search(r"(?<![\w'’])[A-Z][\w'’!?-]*(?:\s+(?:[A-Z0-9][\w'’!?-]*|of|the|and|a|an|to|in|on|x))*:\s+$", before)
        if prefix and not find_dates(prefix.group(), date(2000, 1, 1)) and not any(
                h.in_title == hit.in_title and h.end >= hit.start - 60 and h.end <= hit.start and h is not hit for h in hits):
            continue  # the subtitle of another title
        if " " not in hit.alias and re.match(r"\s+[A-Z][a-z]", after) and not re.match(r"\s+(?:[IVX]+\b|\d)", after):
            continue  # "Zelda Williams", "Avatar Studios": a longer name
        found.append(Mention(hit.franchise, hit.start, hit.end, hit.in_title))
    found = _without_unproven(found, title, body, hits)
    subtitles = {}
    for mention in found:
        text = title if mention.in_title else body
        named = text[mention.start:mention.end]
        if ": " in named:
            subtitles[named.split(": ", 1)[1]] = mention.franchise
        match = re.match(r"(?::\s*|\s+)((?:[A-Z][\w'’.+-]*|\d+\.\d[\w.+]*)(?:\s+(?:[A-Z][\w'’+-]*|of|the|and|from|'\d\d|’\d\d))*)",
                         text[mention.end:mention.end + 60])
        if match and len(match.group(1)) >= 4 and match.group(1).split()[0] not in _PLAIN_CAPITALS:
            subtitles[match.group(1)] = mention.franchise
    for subtitle, franchise in subtitles.items():
        for in_title, text in ((True, title), (False, body)):
            for match in re.finditer(rf"(?<![\w]){re.escape(subtitle)}(?![\w])", text):
                # Not the subtitle right after (or inside) its own franchise name.
                if not any(m.in_title == in_title and m.start <= match.start() <= m.end + 2 for m in found):
                    found.append(Mention(franchise, match.start(), match.end(), in_title))
    return sorted(found, key=lambda m: (not m.in_title, m.start))


def _without_unproven(found: list[Mention], title: str, body: str, hits: list[Hit]) -> list[Mention]:
    """Drop a franchise known only by a one-word alias at sentence starts ("Dune construction ...").

    There its capital letter is grammar, not a title; one mention inside a
    sentence, or a longer alias, is enough to keep them all.
    """
    single = {(h.in_title, h.start) for h in hits if " " not in h.alias and not h.alias.isupper()}
    proven = set()
    for m in found:
        text = title if m.in_title else body
        at_start = re.search(r"(?:^|[.!?。]\s+|\n)[\W_]*$", text[max(0, m.start - 10):m.start]) is not None
        if (m.in_title, m.start) not in single or not at_start:
            proven.add(m.franchise)
    return [m for m in found if m.franchise in proven]


def _named(sentence: Sentence, mentions: list[Mention], lo: int = 0, hi: int | None = None) -> list[str]:
    start, end = sentence.start + lo, sentence.start + (len(sentence.text) if hi is None else hi)
    in_title = sentence.paragraph == -1
    return list(dict.fromkeys(m.franchise for m in mentions if m.in_title == in_title and start <= m.start < end))


def _with_topics(sentences: list[Sentence], mentions: list[Mention]):
    """Each sentence with the topic a sentence that names nothing would continue.

    The headline's franchise leads the document; a section heading sets the
    topic of its section (none, when it names another title); within a
    paragraph, the last franchise named carries on.
    """
    lead = next((m.franchise for m in mentions if m.in_title), None)
    if lead is None:
        first_line = [s for s in sentences if s.paragraph == 0]
        named = list(dict.fromkeys(f for s in first_line for f in _named(s, mentions)))
        lead = named[0] if len(named) == 1 else None
    section: str | None = lead
    paragraph, topic = None, lead
    for sentence in sentences:
        named = _named(sentence, mentions)
        if sentence.heading:
            section = named[0] if len(named) == 1 else None
            topic = section
            continue
        if sentence.paragraph != paragraph:
            paragraph, topic = sentence.paragraph, section
        yield sentence, topic
        if len(named) == 1:
            topic = named[0]


_STATED_TITLE = re.compile(
    r"\b(?:film|movie|game|series|season|show|sequel|project|feature)\b,?\s+(?:is\s+)?(?:currently |officially |now |"
    r"tentatively |provisionally )?(?:titled|called)\s+(?P<title>[A-Z][\w'’!?-]*(?:\s+[\w'’!?-]+){0,3}:\s+[A-Z][^,;.]{1,50})"
)


def _titled_otherwise(sentence: Sentence, topic: str | None, mentions: list[Mention]) -> set[str]:
    """"The film, currently titled Aang: The Last Airbender": a full title of another series.

    The franchise the sentence would be about is then another one that shares
    its name ("Avatar"); its events in this document are not the watched one's.
    """
    stated = _STATED_TITLE.search(sentence.text)
    if stated is None:
        return set()
    lo, hi = stated.start("title"), stated.end("title")
    if _named(sentence, mentions, lo, hi):
        return set()
    named = _named(sentence, mentions, 0, lo)
    return set(named[:1]) if named else ({topic} if topic else set())


def _asks_or_guesses(text: str) -> bool:
    return bool(text.rstrip().endswith(("?", "？")) or re.search(r"\?\s", text) or cues.SPECULATION.search(text))


def _factual(sentence: Sentence) -> bool:
    return not (_asks_or_guesses(sentence.text) or cues.NEGATION.search(sentence.text))


def _past_year(text: str, dates: list[DateMention], published: date, japanese: bool) -> bool:
    """A past year used as a time ("in 2019", "since 2016", 2019年に), not as an adjective ("the 2008 classic")."""
    for d in dates:
        if d.precision == "year" and d.last.year < published.year:
            before = text[max(0, d.start - 12):d.start].lower()
            if japanese or re.search(r"\b(?:in|since|from|until|till|by|of|between|during|to|and|early|late|mid)[\s-]+$", before):
                return True
    return False


def _upcoming(mention: DateMention, published: date, clause: str = "") -> bool:
    """After the publication day; a month or season already begun counts only when spoken of as ahead."""
    if mention.precision == "day":
        return mention.first > published
    if mention.last < published:
        return False
    started = mention.first <= published and mention.precision in ("month", "season")
    return not started or bool(re.search(r"\b(?:will|later|upcoming|coming|this (?:month|season))\b|予定|へ$", clause))


def _is_old(clause: str, mention: DateMention, offset: int) -> bool:
    """The date a change moves away from: "from May", "had been set for ...", "its June 25 slot"."""
    before = clause[max(0, mention.start - offset - 60):mention.start - offset]
    after = clause[mention.end - offset:mention.end - offset + 30]
    return bool(cues.OLD_DATE_BEFORE.search(before) or cues.OLD_DATE_AFTER.search(after))


def _names_in(text: str) -> list[re.Match]:
    """Capitalised words that may name something: not month names, function words, places after "on"/"in"."""
    names = []
    for word in _CAPITALISED.finditer(text):
        token = word.group().rstrip(".,'’")
        if token in _PLAIN_CAPITALS or token.rstrip("s'’") in _PLAIN_CAPITALS:
            continue
        before = text[max(0, word.start() - 12):word.start()].lower()
        if re.search(r"\b(?:on|in|at|via|as an?|with|by|across)\s+(?:the\s+)?$", before):
            continue  # a place or a platform: "on NHK", "in Japanese theaters", "as a Netflix original"
        names.append(word)
    return names


def _foreign(clause: str, found: re.Match, kind: str) -> bool:
    """The clause's subject, or the object of its release verb, is another title.

    "Deadpool 3 jumps forward", "Kraven the Hunter shifts", "Sony set the third
    Venom film for July": the event belongs to that title. A name followed by a
    transitive verb is an agent, not a title ("Khara released a teaser").
    """
    for word in _names_in(clause[:found.start()]):
        if not _TRANSITIVE.match(clause[word.end():word.end() + 40]):
            return True
    if kind in ("release", "delay"):
        obj = re.match(r"\W*(?:\w+\s+){0,5}?(?=for\b|to\b|on\b|in\b|from\b|$)", clause[found.end():])
        return bool(obj and _names_in(obj.group()))
    return False


def _read_sentence(sentence: Sentence, topic: str | None, mentions: list[Mention], published: date,
                   found: _Candidates, calendar: bool, already_announced: bool) -> None:
    text = cues.QUOTED.sub(lambda m: " " * len(m.group()), sentence.text)
    if not _factual(sentence):
        return
    dates = find_dates(text, published)
    japanese = bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text))
    historical = _past_year(text, dates, published, japanese) or bool(cues.HISTORY.search(text))
    for offset, clause in ([(0, text)] if japanese else Sentence(text, 0, 0).clauses()):
        before = _named(sentence, mentions, 0, offset)
        franchises = _named(sentence, mentions, offset, offset + len(clause)) or _continued(
            clause, before if len(before) == 1 else [], topic, japanese)
        clause_dates = [d for d in dates if offset <= d.start < offset + len(clause)]
        numbered = any(re.match(r"\s+(?:\d+|[IVX]{1,4})\b", sentence.text[m.end - sentence.start:])
                       for m in mentions if m.in_title == (sentence.paragraph == -1)
                       and sentence.start + offset <= m.start < sentence.start + offset + len(clause))
        for franchise in franchises:
            _clause_events(franchise, clause, offset, clause_dates, sentence.text, published, historical,
                           found, calendar, already_announced, numbered)


def _continued(clause: str, earlier_in_sentence: list[str], topic: str | None, japanese: bool) -> list[str]:
    """The franchise a clause that names none is about, if it refers back to one."""
    first = _first_cue(clause)
    if first is None:
        return []
    last = _last_move(clause) or first
    if japanese:
        return [topic] if topic else []
    if _foreign(clause, last[1], last[0]):
        return []
    if earlier_in_sentence:
        return earlier_in_sentence  # "Elden Ring Nightreign, the spinoff that ... but rebuilds ..., launches on May 30"
    if topic is None:
        return []
    refers_back = bool(cues.ANAPHOR.search(clause)) or not _names_in(clause)
    return [topic] if refers_back else []


def _last_move(clause: str) -> tuple[str, re.Match] | None:
    """The last release or delay cue: its subject is whose date it is."""
    found = [(m.start(), kind, m) for kind, p in _KINDS[:2] for m in p.finditer(clause)]
    return (max(found)[1], max(found)[2]) if found else None


def cue(pattern: re.Pattern, text: str) -> re.Match | None:
    """The first match of a cue that is an ordinary word, not part of a name.

    Cues match regardless of case ("HAS A DATE" in a shouting post), but a
    Title Case word inside a sentence is a name ("Land of Shadow", "Date A Live").
    """
    for match in pattern.finditer(text):
        word = match.group()
        title_case = word[:1].isupper() and word[1:2].islower()
        if title_case and match.start() > 0 and not re.search(r"[.!?:]\s*$|^\W*$", text[:match.start()]):
            continue
        return match
    return None


_KINDS = (("release", cues.RELEASE), ("delay", cues.DELAY), ("trailer", cues.TRAILER), ("announcement", cues.ANNOUNCEMENT))


def _first_cue(clause: str) -> tuple[str, re.Match] | None:
    found = [(m.start(), kind, m) for kind, p in _KINDS if (m := cue(p, clause))]
    return (min(found)[1], min(found)[2]) if found else None


def _clause_events(franchise: str, clause: str, offset: int, dates: list[DateMention], evidence: str,
                   published: date, historical: bool, found: _Candidates, calendar: bool,
                   already_announced: bool, numbered: bool) -> None:
    upcoming = [d for d in dates if _upcoming(d, published, clause)]
    old = [d for d in dates if _is_old(clause, d, offset)]
    new = [d for d in upcoming if d not in old]
    not_installment = bool(cues.NOT_AN_INSTALLMENT.search(clause))
    moves_to = any(cues.MOVE_TO_DATE.search(clause[:d.start - offset]) for d in new)
    moved = bool(cue(cues.DELAY, clause)) or moves_to or (bool(old) and bool(new) and re.search(r"\bnow\b", clause))
    if moved and not historical and not not_installment:
        earlier = bool(cues.EARLIER.search(clause)) or (old and new and new[-1].first < old[-1].first)
        if new:
            found.add(franchise, "release_date", new[-1].value, evidence)
            if not earlier:
                found.add(franchise, "delay", new[-1].value, evidence)
        elif not earlier and not [d for d in dates if d.last < published and d not in old]:
            found.delays_without_date.setdefault(franchise, evidence)
        return
    if historical:
        return
    if new and not not_installment and (cue(cues.RELEASE, clause) or _calendar_line(clause, calendar)):
        found.add(franchise, "release_date", new[-1].value if len(new) == 1 else new[0].value, evidence)
        for extra in new[1:]:
            found.add(franchise, "release_date", extra.value, evidence)
    trailer = cue(cues.TRAILER, clause)
    if trailer and cue(cues.TRAILER_OUT, clause):
        found.add(franchise, "trailer", None, evidence)
    weak = bool(re.search(r"(?:公開|放送|発売)(?:されること)?が決ま|(?<!日)(?:公開|放送|発売)決定", clause))
    if cue(cues.ANNOUNCEMENT, clause) and _new_installment(clause, numbered) and not (weak and already_announced):
        found.add(franchise, "announcement", None, evidence)


def _new_installment(clause: str, numbered: bool) -> bool:
    """An installment introduced as new ("a third season", "a sequel", "Persona 4 Revival"),
    not a known one ("the final season"). ``numbered``: the clause names a numbered installment."""
    if numbered:
        return True
    for match in cues.INSTALLMENT.finditer(clause):
        before = clause[max(0, match.start() - 40):match.start()]
        if not re.search(r"\b(?:the|its|this|that|these|those)\s+(?:[\w'-]+\s+){0,3}$", before, re.IGNORECASE):
            return True
    return False


def _calendar_line(clause: str, calendar: bool) -> bool:
    """"April 10: Title." lines in a premiere calendar: the date is the release date."""
    return calendar and bool(re.match(r"^\W*[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?:", clause))


def _finish(found: _Candidates) -> list[Event]:
    events = dict(found.events)
    for franchise, evidence in found.delays_without_date.items():
        dated = [k for k in events if k[0] == franchise and k[1] == "release_date"]
        if len(dated) == 1:
            when = dated[0][2]
            events.setdefault((franchise, "delay", when), Event(franchise, "delay", when, when, evidence))
        elif not any(k[0] == franchise and k[1] == "delay" for k in events):
            events[(franchise, "delay", None)] = Event(franchise, "delay", "-", None, evidence)
    # A window that holds a more precise date of the same kind says the same thing less precisely.
    kept = {}
    for key, event in events.items():
        franchise, kind, when = key
        if when and any(k[0] == franchise and k[1] == kind and k[2] and k[2] != when and _inside(k[2], when)
                        for k in events):
            continue
        kept[key] = event
    return list(kept.values())


def _inside(precise: str, window: str) -> bool:
    """"2031-12-19" lies in "2031" and in "2031-12"; a season is a window of its year too."""
    return precise != window and precise.startswith(window + "-")
