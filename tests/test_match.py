"""Which franchises a text names: word boundaries, capitals, scripts, overlaps."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.model import Document, Franchise
from crawler.understand.analyze import Analyzer, sentence_at
from crawler.understand.match import _FOLD, Matcher, normalize

WATCH = [
    Franchise("Blame!", ("BLAME!", "ブラム!")),
    Franchise("Dune", ("Dune Messiah",)),
    Franchise("Attack on Titan", ("AoT", "進撃の巨人")),
    Franchise("Re:Zero", ("Re:Zero - Starting Life in Another World", "リゼロ")),
    Franchise("Date A Live", ("デート・ア・ライブ",)),
    Franchise("KonoSuba", ("このすば",)),
    Franchise("Spider-Verse", ()),
    Franchise("Frieren: Beyond Journey's End", ("Frieren",)),
    Franchise("tensura", ()),  # written in lower case by the user: matches in any case
]
MATCHER = Matcher(WATCH)

CASES = [
    # (text, franchises expected)
    ("Blame! 2 is in production", ["Blame!"]),
    ("Nobody wants to take the blame.", []),
    ("Who is to blame! Not us.", []),
    ("BLAME! RETURNS", ["Blame!"]),
    ("映画『ブラム！』続編", ["Blame!"]),  # full-width "！" folds to "!"
    ("Dune: Part Three begins filming", ["Dune"]),
    ("Sand dunes of the Sahara", []),
    ("A trip to Dunedin", []),
    ("DUNE MESSIAH trailer", ["Dune"]),
    ("Attack On Titan final chapter", ["Attack on Titan"]),
    ("attack on titan", []),  # lower case where the title has capitals
    ("AoT season 4", ["Attack on Titan"]),
    ("the aot crowd", []),
    ("『進撃の巨人』の新作", ["Attack on Titan"]),  # CJK: no word boundaries needed
    ("リゼロ3期", ["Re:Zero"]),
    ("Re:Zero - Starting Life in Another World season 3", ["Re:Zero"]),
    ("Re:Zeroes of a polynomial", []),
    ("She bought a date a live album", []),
    ("Date A Live V premieres", ["Date A Live"]),
    ("Konosuba movie", []),  # 'S' is a capital in the title
    ("KonoSuba movie", ["KonoSuba"]),
    ("Across the Spider‑Verse sequel", ["Spider-Verse"]),  # non-breaking hyphen folds to '-'
    ("Frieren’s second season", ["Frieren: Beyond Journey's End"]),
    ("TENSURA movie", ["tensura"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] or "empty" for c in CASES])
def test_matching(text, expected):
    assert sorted({h.franchise for h in MATCHER.find(normalize(text))}) == sorted(expected)


def test_longest_alias_wins_where_aliases_overlap():
    hits = MATCHER.find(normalize("Re:Zero - Starting Life in Another World is back"))
    assert [h.alias for h in hits] == ["Re:Zero - Starting Life in Another World"]


def test_offsets_point_into_the_normalized_text():
    text = normalize("News:\u00a0\u00a0BLAME!   returns")
    [hit] = MATCHER.find(text)
    assert text[hit.start:hit.end] == "BLAME!"


def test_empty_watch_list_matches_nothing():
    assert Matcher([]).find("Blame! everywhere") == []


def test_sentence_does_not_end_inside_a_title():
    text = "First sentence. Then Blame! 2 was confirmed by the studio! Another one."
    start = text.index("Blame!")
    assert sentence_at(text, start, start + 6) == "Then Blame! 2 was confirmed by the studio!"


def test_sentence_ignores_a_second_title_ending_in_an_exclamation_mark():
    text = "The film Blame! came out. A sequel to Blame! is in production, said the studio."
    second = text.rindex("Blame!")
    first = text.index("Blame!")
    assert sentence_at(text, second, second + 6, [(first, first + 6)]) == \
        "A sequel to Blame! is in production, said the studio."


def test_mention_evidence_prefers_the_body_over_the_title():
    analyzer = Analyzer(WATCH)
    doc = Document("s", "https://x.example/a?utm_source=x", "Blame! 2 confirmed",
                   "Intro text.\nPolygon Pictures said Blame! 2 is in production. More later.")
    analysis = analyzer.analyze(doc, datetime(2026, 11, 24, tzinfo=UTC))
    [event] = [e for e in analysis.events if e.kind == "mention"]
    assert (event.franchise, event.kind, event.key) == ("Blame!", "mention", "https://x.example/a")
    assert event.evidence == "Polygon Pictures said Blame! 2 is in production."
    assert analysis.franchises == ("Blame!",)


def test_the_longest_name_wins_over_another_franchise_inside_it():
    matcher = Matcher([Franchise("Toy Tale", ()), Franchise("Toy Tale Racers", ()), Franchise("Orbit", ("Orbit",))])
    hits = matcher.find("Toy Tale Racers gets a sequel; Toy Tale does not.")
    assert [(h.franchise, h.start) for h in hits] == [("Toy Tale Racers", 0), ("Toy Tale", 31)]
    shared = Matcher([Franchise("Orbit", ()), Franchise("Orbit (film)", ("Orbit",))])
    assert {h.franchise for h in shared.find("Orbit returns")} == {"Orbit", "Orbit (film)"}


@pytest.mark.parametrize(("text", "expected"), [
    ("attack on titan final part got delayed again ugh", ["Attack on Titan"]),  # several words
    ("re:zero season 4 when", ["Re:Zero"]),  # marks
    ("dune buggies are back", []),  # one word: an ordinary word in lower case
    ("blame! is my fav", ["Blame!"]),
])
def test_a_text_without_capitals_matches_distinctive_names_in_any_case(text, expected):
    assert [h.franchise for h in MATCHER.find(normalize(text), any_case=True)] == expected
    assert [h.franchise for h in MATCHER.find(normalize(text))] == []


def test_an_all_lower_case_post_is_matched_in_any_case_an_article_is_not():
    analyzer = Analyzer(WATCH)
    now = datetime(2026, 6, 1, tzinfo=UTC)
    post = Document("s", "https://x.example/1", "@fan", "attack on titan part 3 got delayed", now, kind="post")
    article = Document("s", "https://x.example/2", "", "attack on titan part 3 got delayed", now)
    assert analyzer.analyze(post, now).franchises == ("Attack on Titan",)
    assert analyzer.analyze(article, now).franchises == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \t\n\r\u00a0\u2003\u3000\x0b\x0c\u2028"), max_size=40))
def test_white_space_folds_as_documented(text):
    """Runs of white space without a line break are one space; a line break with the white space around it
    is one line break. The patterns are written for speed; this is what they must mean."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD)
    assert normalize(text) == re.sub(r"\s*\n\s*", "\n", re.sub(r"[^\S\n]+", " ", folded)).strip()


@pytest.mark.parametrize(("text", "expected"), [
    ("Season 2 is official! #VantaReach", ["Vanta Reach"]),
    ("so hyped #vantareach", ["Vanta Reach"]),  # a hashtag is written in any case
    ("New trailer! #KorvinsGate", ["Korvin's Gate"]),  # marks left out as well as spaces
    ("#VantaReachFanArt is trending", []),  # another tag that starts with it
    ("VantaReach without its mark", []),  # run together, but no hashtag
    ("#Tidebound season 2", ["Tidebound"]),  # a one-word name is matched as the word it is
])
def test_a_name_of_several_words_is_matched_as_a_hashtag(text, expected):
    matcher = Matcher([Franchise("Vanta Reach", ()), Franchise("Korvin's Gate", ()), Franchise("Tidebound", ())])
    assert [h.franchise for h in matcher.find(normalize(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("@tidebound_anime", ["Tidebound"]),  # the work's own account, a suffix after an underscore
    ("@VantaReach_EN", ["Vanta Reach"]),  # in any case, its marks and spaces left out
    ("via @korvinsgate", ["Korvin's Gate"]),
    ("@tideboundfan", []),  # a word goes on: a fan's account
    ("tidebound_anime", []),  # no account without its mark
    ("write to press@tidebound.com", []),  # an address, not an account
])
def test_a_name_is_matched_as_the_account_of_a_post(text, expected):
    matcher = Matcher([Franchise("Vanta Reach", ()), Franchise("Korvin's Gate", ()), Franchise("Tidebound", ())])
    assert [h.franchise for h in matcher.find(normalize(text))] == expected
