"""Invariants of the cue lexicon that the detector's shortcuts rely on."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.understand import cuesearch, lexicons

GUARDED = {"RELEASE": lexicons.RELEASE, "DELAY": lexicons.DELAY, "TRAILER": lexicons.TRAILER, "ANNOUNCEMENT": lexicons.ANNOUNCEMENT,
           "MOVE_TO_DATE": lexicons.MOVE_TO_DATE, "EARLIER": lexicons.EARLIER}
ALTERNATIVES = [(name, alternative) for name, pattern in GUARDED.items()
                for alternative in lexicons.ALTERNATIVES[id(pattern)]]


def for_every_match(pattern: str, holds) -> None:
    """Run ``holds(text, match)`` (which asserts) on texts Hypothesis writes for ``pattern``, read case-blind
    as cues are, with the first match of the pattern in each."""
    compiled = re.compile(pattern, re.IGNORECASE)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(compiled))
    def check(text):
        holds(text, compiled.search(text))

    check()


@pytest.mark.parametrize(("name", "alternative"), ALTERNATIVES, ids=[f"{n}:{a[:30]}" for n, a in ALTERNATIVES])
def test_the_quick_look_never_misses_a_cue(name, alternative):
    """Anything a cue matches contains a stem of ANY_EVENT, so skipping sentences without one loses nothing."""
    def holds(text, found):
        assert lexicons.ANY_EVENT.search(found.group()), f"{name} matched {found.group()!r} without an ANY_EVENT stem"

    for_every_match(alternative, holds)


REQUIRING = [(family, index, cue.pattern) for family, cues in lexicons.FAMILIES.items()
             for index, cue in enumerate(cues) if cuesearch.CompiledCue(cue.pattern).required is not None]


@pytest.mark.parametrize(("family", "index", "pattern"), REQUIRING, ids=[f"{f}:{i}" for f, i, _ in REQUIRING])
def test_a_cue_searched_everywhere_is_skipped_only_where_it_cannot_match(family, index, pattern):
    """A cue without anchors is searched only in a text holding one of its required literals: every
    match holds one (in lower case, as the fast search reads the text)."""
    required = cuesearch.CompiledCue(pattern).required
    assert required

    def holds(text, found):
        assert any(literal in text.lower() for literal in required), f"{found.group()!r} holds none of {required}"

    for_every_match(pattern, holds)


@pytest.mark.parametrize(("pattern", "required"), [
    (r"\d+期", {"期"}),
    (r"(?:ab|cd).{0,20}(?:発表|決定)", {"ab", "cd"}),  # a group at the start: its literals are anchors
    (r"\d+(?:rd|th) season", {"rd season", "th season"}),  # read on past a group, as a start is
    (r"\b(?:\d+(?:st|th) )?anniversar(?:y|ies)\b", {"anniversary", "anniversaries"}),  # an optional group
    # is not required
    (r"\d+x?(?=season)", None),  # a look-ahead's text is not in the match, and one letter is too common
    (r"\d{2,4}-minute", {"-minute"}),  # a count is no literal
    (r"\d+[ab]c", {"ac", "bc"}),  # a small class reads as its characters
    (r"\d+[a-z]c", None),  # not a large one
    (r"\b(?:\d+|a|few) (?:years?|months?) ago\b", {" ago"}),  # of sets as long, the smallest
])
def test_the_literals_a_cue_requires(pattern, required):
    from_text = cuesearch.required_literals(pattern)
    assert (set(from_text) if from_text is not None else None) == required


GATED = [(family, index, cue.pattern) for family, cues in lexicons.FAMILIES.items()
         for index, cue in enumerate(cues) if cuesearch.CompiledCue(cue.pattern).gate is not None]


@pytest.mark.parametrize(("family", "index", "pattern"), GATED, ids=[f"{f}:{i}" for f, i, _ in GATED])
def test_a_cue_with_common_anchors_is_skipped_only_where_it_cannot_match(family, index, pattern):
    """A cue whose anchors are common words ("is", "has") is tried at them only in a text holding one of
    its gate's literals: every match holds one."""
    gate = cuesearch.CompiledCue(pattern).gate
    assert gate

    def holds(text, found):
        assert any(literal in found.group().lower() for literal in gate), f"{found.group()!r} holds none of {gate}"

    for_every_match(pattern, holds)


@pytest.mark.parametrize(("pattern", "gate"), [
    (r"\b(?:is|are|now)\s+(?:(?:officially|currently)\s+)?in production\b", {"in production"}),
    # of the literals every match holds, the longest: "announced" or "confirmed" tells more than " not"
    (r"\b(?:has|is)(?:\s+(?:still|yet))?(?:n't| not)\s+(?:announced|confirmed)", {"announced", "confirmed"}),
    (r"\bpremier(?:e|es|ed)\b", None),  # a long anchor says enough
    (r"\b(?:is|are)\s+\w+", None),  # nothing longer is required
])
def test_the_gate_of_a_cue(pattern, gate):
    found = cuesearch.CompiledCue(pattern).gate
    assert (set(found) if found is not None else None) == gate


def test_a_gated_cue_still_matches_where_its_literal_is():
    family = cuesearch.CueSet((r"\b(?:is|are)\s+(?:now\s+)?in production\b", r"\bopens\b"))
    text = "The sequel is now in production and opens in May."
    assert family.any_match(text, text.lower())
    assert [index for index, _, _ in family.firsts(text, text.lower())] == [0, 1]
    assert [index for index, _ in family.matches(text, text.lower())] == [0, 1]
    other = "The sequel is big and opens in May."
    assert [index for index, _, _ in family.firsts(other, other.lower())] == [1]


ANCHORED = [(family, index, cue.pattern) for family, cues in lexicons.FAMILIES.items()
            for index, cue in enumerate(cues) if cuesearch.CompiledCue(cue.pattern).anchors is not None]


@pytest.mark.parametrize(("family", "index", "pattern"), ANCHORED, ids=[f"{f}:{i}" for f, i, _ in ANCHORED])
def test_every_match_of_a_cue_starts_with_one_of_its_anchors(family, index, pattern):
    """The automaton tries a cue only where one of its anchors starts: no match may start otherwise."""
    anchors = cuesearch.CompiledCue(pattern).anchors
    assert anchors

    def holds(text, found):
        lowered = text.lower()
        assert len(lowered) != len(text) or any(lowered.startswith(a, found.start()) for a in anchors), (
            f"{found.group()!r} starts with none of {sorted(anchors)}")

    for_every_match(pattern, holds)


@pytest.mark.parametrize(("pattern", "anchors"), [
    (r"\b(?:is|are) (?:officially )?a go\b", {"is a go", "is officially a go", "are a go", "are officially a go"}),
    (r"\bno (?:release )?date\b", {"no date", "no release date"}),  # an optional group: with it and without
    (r"(?:は|も)ない(?:と|。|$)", {"はない", "もない"}),  # a group that is not all literal ends the start
    (r"\b(?:is|are)\s+set\b", {"is", "are"}),  # a class ends it
    (r"\bbegins?\b", {"begin"}),  # so does an optional letter
    (r"\bdelay(?:ed)+ again", {"delayed"}),  # and a repeat, after its first time
    (r"\b(?:a|i)\b", None),  # one letter is too common to look for
    (r"['’]ll\b", {"'ll", "’ll"}),  # a small class reads as its characters
    (r"\bgreen[- ]light", {"green-light", "green light"}),
    (r"^\W*report:", None),  # a cue held to the start of the text is tried there alone
    # eleven times four starts: more than enough, so they are read no further than that group
    (r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|latest) (?:season|part|film) of\b",
     {f"the {nth} {noun}" for nth in "second third fourth fifth sixth seventh eighth ninth tenth next latest".split()
      for noun in ("season", "part", "film")}),
    # ... but not before each is long enough to look for
    (r"\b(?:a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z)(?:aa|bb) (?:cc|dd)",
     {f"{letter}{pair} " for letter in "abcdefghijklmnopqrstuvwxyz" for pair in ("aa", "bb")}),
])
def test_the_anchors_of_a_cue(pattern, anchors):
    found = cuesearch.CompiledCue(pattern).anchors
    assert (set(found) if found is not None else None) == anchors
