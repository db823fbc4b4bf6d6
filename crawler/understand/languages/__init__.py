"""The words of each language the detector reads: one module per language, data only.

Every module defines the same families of cues (see ``english.py``); each cue is
a regular expression with an example of news it matches, so that a newcomer can
see what it is for and a test can check that it still does. To add a language,
copy ``english.py``, write its cues with examples, and list the module in
:mod:`crawler.understand.lexicons`. To add a phrasing, add a cue with its
example to the family it belongs to, write three probes of that kind of writing
with made-up names in ``tests/probes.py``, and retrain (``sequelwatch train``):
the learned weights refer to the cues by their place in the family.

Patterns are matched without regard to case. A few families are matched
against a piece of a sentence rather than the whole: ``MOVE_TO_DATE`` and
``OLD_DATE_BEFORE`` against the text just before a date (so they end with
``$``), ``OLD_DATE_AFTER`` and ``DATE_CALLED_OFF`` against the text just after one (so they
start with ``^``), ``TIME_CLAUSE_BEFORE`` against the text just before an announcement cue.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Kana and kanji: text in this script has no spaces between words and no capital letters.
JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


class Cue(NamedTuple):
    """A way news says something, and an example of it."""

    pattern: str
    example: str
