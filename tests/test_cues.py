"""Invariants of the cue lexicon that the detector's shortcuts rely on."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.understand import lexicons

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
