"""Content fingerprints: is this document a copy of one already stored?

Two tests, both cheap against a large store because both are index look-ups:

- ``exact``: a hash of the normalised text (case, punctuation and spacing
  ignored), for syndicated copies that only differ in their page around it;
- ``signature`` and ``bands``: a MinHash signature of the text's word
  3-shingles, split into LSH bands, for lightly edited re-posts. Two texts
  whose shingle sets have a Jaccard similarity ``J`` share at least one band
  with probability ``1 - (1 - J**ROWS)**BANDS``: 0.99+ for a copy with a few
  words changed (J ≈ 0.8), about 0.01 at J = 0.2. A shared band only makes a
  candidate; the signatures' agreement (an estimate of ``J``) decides.

A 64-bit SimHash was measured first and rejected: copies with 2.5% of words
changed came up to 11 bits apart while unrelated articles came as close as 13.

The signature uses one-permutation hashing (one hash per shingle, binned by
its top bits, with densification for empty bins; Shrivastava 2017) instead of
64 hash functions per shingle: linear in the text, about a millisecond for a
long article in pure Python.
"""

from __future__ import annotations

import re
import struct
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from hashlib import blake2b

BINS = 64
BANDS = 16
ROWS = BINS // BANDS
SHINGLE = 3
#: Below this many words a text is too short for a signature: only the exact hash is used.
MIN_WORDS = 25
#: Signatures agreeing on at least this share of their bins mean "the same story".
SAME_STORY = 0.5

_MASK64 = (1 << 64) - 1
_BIN_SHIFT = 64 - BINS.bit_length() + 1  # the top log2(BINS) bits pick the bin
_VALUE_MASK = (1 << 32) - 1
# Each CJK character is a word of its own: those scripts do not separate words with spaces.
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_SIGNATURE = struct.Struct(f">{BINS}I")


def _mix(x: int) -> int:
    """SplitMix64's finaliser: spreads any 64-bit input over all 64 bits."""
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9 & _MASK64
    x = (x ^ (x >> 27)) * 0x94D049BB133111EB & _MASK64
    return x ^ (x >> 31)


def _word_hash(word: str) -> int:
    # blake2b, not hash(): signatures are stored, so they must not change between processes.
    return int.from_bytes(blake2b(word.encode(), digest_size=8).digest(), "big")


def words_of(text: str) -> list[str]:
    """The text's words, case-folded and compatibility-normalised (full-width letters, ligatures)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True)  # no slots: ``bands`` is computed once per fingerprint and kept
class Fingerprint:
    """What the store keeps of a document's content to find its copies."""

    exact: str | None  # hex; None for a text with no words
    signature: bytes | None  # BINS 32-bit values; None below MIN_WORDS words

    @classmethod
    def of(cls, title: str, text: str) -> Fingerprint:
        """The fingerprint of a document's text (its title only when the text is too short to tell).

        Syndicating sites often rewrite the headline of the same text, so the
        title counts only for title-only documents (feed items, short posts).
        """
        words = words_of(text)
        if len(words) < MIN_WORDS:
            words = words_of(title) + words
        exact = blake2b(" ".join(words).encode(), digest_size=16).hexdigest() if words else None
        return cls(exact, _signature(words) if len(words) >= MIN_WORDS else None)

    @cached_property
    def bands(self) -> tuple[int, ...]:
        """One signed 64-bit key per band (BIGINT-sized), naming the band's position and values."""
        if self.signature is None:
            return ()
        values = _SIGNATURE.unpack(self.signature)
        keys = []
        for band in range(BANDS):
            key = band
            for value in values[band * ROWS:(band + 1) * ROWS]:
                key = _mix((key << 32 ^ value) & _MASK64)
            keys.append(key - (1 << 64) if key >= 1 << 63 else key)
        return tuple(keys)


def similarity(a: bytes, b: bytes) -> float:
    """The share of bins on which two signatures agree: an estimate of their texts' Jaccard similarity."""
    return sum(x == y for x, y in zip(_SIGNATURE.unpack(a), _SIGNATURE.unpack(b), strict=True)) / BINS


def _signature(words: list[str]) -> bytes:
    hashes = {w: _word_hash(w) for w in set(words)}
    h = [hashes[w] for w in words]
    bins: list[int | None] = [None] * BINS
    for i in range(len(h) - SHINGLE + 1):
        shingle = _mix(h[i] ^ (h[i + 1] << 21 | h[i + 1] >> 43) & _MASK64 ^ (h[i + 2] << 42 | h[i + 2] >> 22) & _MASK64)
        slot, value = shingle >> _BIN_SHIFT, shingle & _VALUE_MASK
        current = bins[slot]
        if current is None or value < current:
            bins[slot] = value
    return _SIGNATURE.pack(*_densify(bins))


def _densify(bins: list[int | None]) -> list[int]:
    """Fill each empty bin from a non-empty one chosen by a fixed pseudo-random sequence.

    The sequence depends only on the bin and the attempt, so two texts with
    the same shingles fill their empty bins alike, which keeps the agreement
    of two signatures an unbiased estimate of the Jaccard similarity.
    """
    filled: list[int] = []
    for slot, value in enumerate(bins):
        attempt = 0
        while value is None:
            attempt += 1
            value = bins[_mix(slot << 32 | attempt) % BINS]
        filled.append(value)
    return filled
