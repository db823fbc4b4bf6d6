"""Content fingerprints: copies and lightly edited re-posts are found, different stories are not."""

from __future__ import annotations

import random
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.alerting import AlertPolicy
from crawler.model import Document
from crawler.store.fingerprint import BANDS, MIN_WORDS, SAME_STORY, Fingerprint, similarity

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
ARTICLE = (
    "Warner Bros. has dated Dune: Part Three for December 18, 2026, the studio said on Tuesday, ending months "
    "of guessing about when the finale of the trilogy would arrive in cinemas. Denis Villeneuve returns to "
    "direct from a script he wrote with Jon Spaihts, adapting Frank Herbert's Dune Messiah. Timothée Chalamet "
    "and Zendaya are back, joined by Robert Pattinson as the villain Scytale. Filming wrapped in Budapest and "
    "Abu Dhabi last spring, and the studio promised the first trailer before the end of the year."
)
OTHER = (
    "Netflix renewed Arcane for a third season on Monday after the second broke the service's viewing records "
    "for an animated series. Fortiche will animate it again in Paris, and the showrunners said the new season "
    "moves the story to Noxus, with a release planned for late 2027. The voice cast returns, and the composer "
    "Alexander Temple confirmed he is writing the score together with the band that made the theme song."
)


def edited(text: str, share: float, seed: int = 0) -> str:
    """The text with about ``share`` of its words replaced, inserted or deleted."""
    rng, words = random.Random(seed), text.split()
    for _ in range(max(1, int(len(words) * share))):
        i, op = rng.randrange(len(words)), rng.random()
        if op < 0.4:
            words[i] = rng.choice(["now", "reportedly", "officially", "also"])
        elif op < 0.7:
            words.insert(i, rng.choice(["today", "finally", "fans"]))
        else:
            del words[i]
    return " ".join(words)


def test_the_exact_fingerprint_ignores_case_punctuation_and_spacing():
    a = Fingerprint.of("Title", ARTICLE)
    b = Fingerprint.of("Another headline", "  " + ARTICLE.upper().replace(",", " ").replace(" ", "\n  "))
    assert a.exact == b.exact and a.signature == b.signature
    assert Fingerprint.of("T", OTHER).exact != a.exact


def test_short_texts_get_only_an_exact_fingerprint_that_includes_the_title():
    one, two = Fingerprint.of("Blame! 2 announced", "Read more."), Fingerprint.of("Arcane renewed", "Read more.")
    assert one.signature is None and one.bands == () and one.exact != two.exact
    assert Fingerprint.of("", "").exact is None


@pytest.mark.parametrize("share", [0.025, 0.05, 0.1])
def test_lightly_edited_copies_share_a_band_and_agree_on_most_bins(share):
    original = Fingerprint.of("Dune", ARTICLE)
    for seed in range(20):
        copy = Fingerprint.of("Dune", edited(ARTICLE, share, seed))
        assert set(original.bands) & set(copy.bands)
        assert similarity(original.signature, copy.signature) >= SAME_STORY


def test_different_stories_share_no_band():
    a, b = Fingerprint.of("Dune", ARTICLE), Fingerprint.of("Arcane", OTHER)
    assert not set(a.bands) & set(b.bands) and similarity(a.signature, b.signature) < 0.2
    assert len(a.bands) == BANDS


def test_cjk_text_is_split_into_characters():
    text = "「BLAME!」の新作アニメの制作が決定した。公開は2027年5月19日を予定しており、弐瓶勉が監修する。"
    assert Fingerprint.of("", text).signature is not None and len(text) > MIN_WORDS


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(0, 400), min_size=MIN_WORDS, max_size=200), st.sets(st.integers(0, 400), max_size=60))
def test_signature_agreement_estimates_the_jaccard_similarity_of_the_shingles(common, extra):
    # Distinct tokens in a fixed order: each shingle set is known, so the true Jaccard is too.
    words_a = [f"w{n}" for n in sorted(common)]
    words_b = words_a + [f"x{n}" for n in sorted(extra)]
    shingles_a = {tuple(words_a[i:i + 3]) for i in range(len(words_a) - 2)}
    shingles_b = {tuple(words_b[i:i + 3]) for i in range(len(words_b) - 2)}
    jaccard = len(shingles_a & shingles_b) / len(shingles_a | shingles_b)
    estimate = similarity(Fingerprint.of("", " ".join(words_a)).signature,
                          Fingerprint.of("", " ".join(words_b)).signature)
    # 64 bins: a standard error of at most 0.0625; 0.3 is more than four of them.
    assert abs(estimate - jaccard) <= 0.3


def article(site: str, text: str) -> Document:
    return Document(site, f"https://{site}.example/dune", "Dune: Part Three dated", text, NOW)


def test_the_store_files_copies_under_the_first_documents_story(store):
    first = store.save_document(article("wire", ARTICLE), [], [], AlertPolicy(), NOW)
    syndicated = store.save_document(article("daily", ARTICLE), [], [], AlertPolicy(), NOW)
    reworded = store.save_document(article("echo", edited(ARTICLE, 0.05, seed=3)), [], [], AlertPolicy(), NOW)
    unrelated = store.save_document(article("otaku", OTHER), [], [], AlertPolicy(), NOW)
    assert first.copy_of is None and unrelated.copy_of is None
    assert syndicated.copy_of == reworded.copy_of is not None
    assert store.story_of(Fingerprint.of("x", edited(ARTICLE, 0.05, seed=9))) == syndicated.copy_of
    assert store.story_of(Fingerprint.of("x", "Something else entirely, and short.")) is None


def test_copies_stored_at_the_same_moment_by_concurrent_crawls_make_one_story(store):
    # Polls run side by side and store from worker threads: without one writer at a
    # time, each copy would find no story yet and start its own.
    sites = [f"site{i}" for i in range(8)]
    start = threading.Barrier(len(sites))

    def save(site: str):
        start.wait()
        return store.save_document(article(site, ARTICLE), [], [], AlertPolicy(), NOW)

    with ThreadPoolExecutor(len(sites)) as pool:
        results = list(pool.map(save, sites))
    assert sum(r.copy_of is None for r in results) == 1
    assert len({r.copy_of for r in results if r.copy_of is not None}) == 1


def test_pruning_a_story_s_documents_removes_their_bands(store):
    store.save_document(article("wire", ARTICLE), [], [], AlertPolicy(), NOW)
    assert store.prune_documents(datetime(2027, 1, 1, tzinfo=UTC)) == 1
    assert store.story_of(Fingerprint.of("x", ARTICLE)) is None
