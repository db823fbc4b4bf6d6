"""What a sentence states, and what takes it back: questions, hedges, negations, and the headline's frame.

A hedge or a question takes back its own clause and those after it, a negation
its own clause; a relative clause that ends a sentence, or background set off by
commas, states or doubts on its own. The headline frames the whole story: one
that reports a rumour makes every line below it the rumour's, unless a line
confirms it since. The rule reading (:mod:`crawler.understand.rules`) and the
detector's document features read these; all texts here are blanked of what they
do not state (``lexicons.blank_asides``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from enum import Enum

from crawler.understand import lexicons
from crawler.understand.cuesearch import Span
from crawler.understand.dates import find_dates
from crawler.understand.resolve import Mention
from crawler.understand.sentences import Sentence, is_question


def without_doubt(headline: Sentence) -> Sentence:
    """The headline with its hedges and question marks blanked (same length): what it reported or asked."""
    text = headline.text.replace("?", " ").replace("？", " ")
    return replace(headline, text=lexicons.blanked(text, lexicons.spans("SPECULATION", text)))


def asks_or_guesses(text: str) -> bool:
    """A question or a hedge; ``text`` is blanked of what it does not state (``lexicons.blank_asides``:
    "after a leak", quoted words)."""
    return is_question(text) or lexicons.has("SPECULATION", text)


# ", ending months of guessing about when it would arrive", ", which is expected to run twelve episodes",
# ", where rival guilds may fight": background after the statement.
TRAILING_PARTICIPLE = re.compile(r",\s+(?:ending|citing|adding|saying|noting|capping|closing|which|who|whose|where)\b[^;]*$")


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
            return not (len(clauses) > 1 and described_only(first))
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


def factual(text: str) -> bool:
    """Not a question, a hedge or a negation (``text`` blanked as for ``asks_or_guesses``). A trailing
    participle phrase is background and does not take back what the sentence states before it; nor does a
    relative clause set off by commas, which is no trailing phrase either ("Two former employees, who asked not
    to be named, told us they expect ..." doubts)."""
    if "," in text:
        text = TRAILING_PARTICIPLE.sub("", RELATIVE_ASIDE.sub(lexicons.blank, text))
    return not (asks_or_guesses(text) or lexicons.has("NEGATION", text))


# A relative clause that ends a sentence: ", which remains scheduled for March 2027."
# (a date's comma: "March 4, 2027"; and who told it after: "..., which remains on track for fall 2027, the network said.")
_TRAILING_RELATIVE = re.compile(r",\s+(?:which|who)\b(?:[^,;]|,\s*\d)*?(?:,\s+(?:[\w'’.&-]+\s+){1,4}?(?:said|says|confirmed|announced"
                                r"|added|wrote|noted|explained)\b[^,;]*)?$")


def stated_relative(text: str) -> int | None:
    """Where a relative clause that ends ``text`` starts, when it states a fact of its own; else None."""
    found = _TRAILING_RELATIVE.search(text) if "," in text else None
    return found.start() if found is not None and factual(found.group()[1:]) else None


# A relative clause set off by commas: what it says of the work is background to the sentence.
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,")


# A hedge of what the work is, not of what happens to it: "is thought to be the studio's biggest game, and it
# launches April 9" guesses at a description; the clauses after it state their own news.
_DESCRIBED_AS = re.compile(r"\b(?:thought|believed|said|rumou?red|reported|expected|considered|tipped)\s+to\s+be\s+"
                          r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*$", re.IGNORECASE)


def described_only(clause: str) -> bool:
    """The clause guesses at what the work is and tells nothing of what happens to it."""
    return _DESCRIBED_AS.search(clause) is not None and not lexicons.any_event(clause)


def _without_descriptions(text: str) -> str:
    """``text`` blanked of the clauses that only guess at what the work is (same length)."""
    if "to be" not in text:
        return text  # (most leads)
    return lexicons.blanked(text, [Span(offset, offset + len(clause), text)
                                   for offset, clause in Sentence(text, 0, 0).clauses() if described_only(clause)])
