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


@pytest.mark.parametrize(("name", "alternative"), ALTERNATIVES, ids=[f"{n}:{a[:30]}" for n, a in ALTERNATIVES])
def test_the_quick_look_never_misses_a_cue(name, alternative):
    """Anything a cue matches contains a stem of ANY_EVENT, so skipping sentences without one loses nothing."""
    pattern = re.compile(alternative, re.IGNORECASE)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern))
    def check(text):
        found = pattern.search(text)
        assert lexicons.ANY_EVENT.search(found.group()), f"{name} matched {found.group()!r} without an ANY_EVENT stem"

    check()


REQUIRING = [(family, index, cue.pattern) for family, cues in lexicons.FAMILIES.items()
             for index, cue in enumerate(cues) if cuesearch.CompiledCue(cue.pattern).required is not None]


@pytest.mark.parametrize(("family", "index", "pattern"), REQUIRING, ids=[f"{f}:{i}" for f, i, _ in REQUIRING])
def test_a_cue_searched_everywhere_is_skipped_only_where_it_cannot_match(family, index, pattern):
    """A cue without anchors is searched only in a text holding one of its required literals: every
    match holds one (in lower case, as the fast search reads the text)."""
    compiled = re.compile(pattern, re.IGNORECASE)
    required = cuesearch.CompiledCue(pattern).required
    assert required

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(compiled))
    def check(text):
        found = compiled.search(text)
        assert any(literal in text.lower() for literal in required), f"{found.group()!r} holds none of {required}"

    check()


@pytest.mark.parametrize(("pattern", "required"), [
    (r"\d+期", {"期"}),
    (r"(?:ab|cd).{0,20}(?:発表|決定)", {"ab", "cd"}),  # a group at the start: its literals are anchors
    (r"\d+(?:rd|th) season", {" season"}),  # the longest wins
    (r"\b(?:\d+(?:st|th) )?anniversar(?:y|ies)\b", {"anniversar"}),  # an optional group is not required
    (r"\d+x?(?=season)", None),  # a look-ahead's text is not in the match, and one letter is too common
    (r"\d{2,4}-minute", {"-minute"}),  # a count is no literal
    (r"\d+[ab]c", None),
])
def test_the_literals_a_cue_requires(pattern, required):
    from_text = cuesearch.required_literals(pattern)
    assert (set(from_text) if from_text is not None else None) == required
