"""Which watched franchises a document really names.

One Aho-Corasick automaton holds every alias of every franchise, so the cost of
a scan depends on the length of the text, not on the size of the watch list.
Each candidate is then checked against the rules that separate a title from an
ordinary phrase:

* **Word boundaries.** A Latin alias must not start or end inside a word
  ("Dune" is not in "Dunedin"). Aliases in CJK scripts are matched without
  boundaries, since Japanese does not separate words with spaces.
* **Hashtags.** A name of several words is also matched as a post's hashtag,
  its words run together in any case ("#VantaReach" for "Vanta Reach").
* **Accounts.** A name is also matched as the account a post is written by or
  points to, its letters run together in any case, a suffix after an underscore
  ("@tidebound_anime", "@VantaReach_EN"): the work's own account.
* **Capitalisation.** Every capital letter the user wrote in an alias must be a
  capital in the text; lower-case letters may appear in either case, so that
  headline casing ("Attack On Titan", "BLAME!") still matches while "take the
  blame" does not match "Blame!". An alias written entirely in lower case
  matches in any case.

Text and aliases are compared after NFKC normalisation (full-width "！" is
"!"), typographic quotes and dashes folded to ASCII, and runs of white space
folded to one space (line breaks to one line break). Hit offsets refer to :meth:`Matcher.normalize`'s output.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import ahocorasick

from crawler.model import Franchise, Hit

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u3000": " ",
})
# Runs of white space but a line break become one space, and each line break with the white space
# around it one line break. Written so that a single plain space, most of a text, is no match to replace,
# and (spaces folded first) the break's pattern starts at a space or a break, not at every character.
_SPACES = re.compile(r" [^\S\n]+|[^\S\n ][^\S\n]*")
_BREAKS = re.compile(r" ?\n\s*")


def normalize(text: str) -> str:
    """The form of a text that aliases are matched against.

    Runs of spaces become one space; line breaks survive (as one), because they
    end sentences and paragraphs.
    """
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return _BREAKS.sub("\n", _SPACES.sub(" ", folded)).strip()


def _lower_keep_length(text: str) -> str:
    # str.lower() can lengthen a string ("İ" -> "i̇"), which would shift every
    # offset after it; such characters keep their case instead.
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_cjk(char: str) -> bool:
    return unicodedata.name(char, "").startswith(
        ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "FULLWIDTH", "HALFWIDTH")
    )


def _is_word_char(char: str) -> bool:
    return char.isalnum() and not _is_cjk(char)


class _Alias:
    __slots__ = ("franchise", "text", "needs_left", "needs_right", "capitals")

    def __init__(self, franchise: str, text: str, any_capitals: bool = False) -> None:
        self.franchise = franchise
        self.text = text
        self.needs_left = _is_word_char(text[0]) or text[0] in "@#"  # (not "press@tidebound.com")
        self.needs_right = _is_word_char(text[-1])
        self.capitals = () if any_capitals else tuple(i for i, c in enumerate(text) if c.isupper())

    def accepts(self, text: str, start: int, end: int, any_case: bool = False) -> bool:
        if self.needs_left and start > 0 and _is_word_char(text[start - 1]):
            return False
        if self.needs_right and end < len(text) and _is_word_char(text[end]):
            return False
        if any_case and self.distinctive:
            return True
        return all(text[start + i].isupper() for i in self.capitals)

    @property
    def distinctive(self) -> bool:
        """A name of several words or with marks ("Lumen Drift", "Re:Vanta"): no ordinary word is written so."""
        return " " in self.text or not self.text.isalpha()


def hashtag(name: str) -> str | None:
    """The hashtag a post names a title of several words by, its words run together: "#VantaReach",
    "#KorvinsGate" (written in any case: the run of words is no ordinary word); None for a name of one
    word (its hashtag is the word, matched as it is) or not in Latin letters."""
    letters = _run_together(name)
    return f"#{letters}" if " " in name and len(letters) >= 4 and letters.isascii() else None


def handle(name: str) -> str | None:
    """The account a work posts as, its letters run together: "@tidebound" for "Tidebound" ("@tidebound_anime",
    "@VantaReach_EN"; not "@tideboundfan": a word goes on); None for a name of fewer than four Latin letters."""
    letters = _run_together(name)
    return f"@{letters}" if len(letters) >= 4 and letters.isascii() else None


def _run_together(name: str) -> str:
    """A name's Latin letters and figures, as tags and accounts write it: "Korvin's Gate" -> "KorvinsGate"."""
    return re.sub(r"[^0-9A-Za-z]", "", name)


class Matcher:
    """Finds watched franchises in text. Build once per watch list, reuse for every document."""

    def __init__(self, franchises: Iterable[Franchise]) -> None:
        self._automaton = ahocorasick.Automaton()
        by_key: dict[str, list[_Alias]] = {}
        for franchise in franchises:
            for name in dict.fromkeys(normalize(n).strip() for n in franchise.names):
                if name:
                    by_key.setdefault(_lower_keep_length(name), []).append(_Alias(franchise.name, name))
                for tag in (hashtag(name), handle(name)):
                    if tag is not None:
                        by_key.setdefault(_lower_keep_length(tag), []).append(_Alias(franchise.name, tag, any_capitals=True))
        for key, aliases in by_key.items():
            self._automaton.add_word(key, (len(key), tuple(aliases)))
        self._empty = not by_key
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, *, in_title: bool = False, any_case: bool = False) -> list[Hit]:
        """Every accepted occurrence in an already :func:`normalize`-d text, longest first at a place.

        ``any_case``: the text is written without capitals ("lumen drift 2 got delayed again"), so its
        distinctive names match whatever their case; a one-word name still needs its capital.

        Where aliases overlap ("Re:Vanta" inside "Re:Vanta - Starting Over...",
        or one franchise's name inside another's longer one), only the longest is kept.
        """
        if self._empty or not text:
            return []
        lowered = _lower_keep_length(text)
        found: list[Hit] = []
        for last, (length, aliases) in self._automaton.iter(lowered):
            start, end = last - length + 1, last + 1
            for alias in aliases:
                if alias.accepts(text, start, end, any_case):
                    found.append(Hit(alias.franchise, alias.text, start, end, in_title))
        # At one place, the alias that asks most of the text's capitals names it ("DOOM" before "Doom").
        found.sort(key=lambda h: (h.start, -(h.end - h.start), -sum(c.isupper() for c in h.alias)))
        kept: list[Hit] = []
        for hit in found:
            # The longest name at a place wins: "Toy Tale" inside "Toy Tale Racers", watched as another franchise,
            # names that one; two franchises that share the very same alias are both named.
            if any(k.start <= hit.start and hit.end <= k.end and (k.franchise == hit.franchise or k.end - k.start > hit.end - hit.start)
                   for k in kept[-8:]):
                continue
            kept.append(hit)
        return kept
