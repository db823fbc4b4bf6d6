"""The confirmation detector, rule family by rule family, on cases written for these tests.

None of these texts comes from the development corpus: they check that the
rules generalise, not that the corpus is remembered.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.model import Document, Franchise
from crawler.understand.analyze import Analyzer

WATCH = [
    Franchise("Blame!", ("BLAME!", "ブラム!")),
    Franchise("Dune", ("Dune: Part Three", "Dune Messiah")),
    Franchise("Attack on Titan", ("AoT", "進撃の巨人")),
    Franchise("Frieren", ("Sousou no Frieren", "葬送のフリーレン")),
    Franchise("Avatar", ("Avatar: Fire and Ash", "Avatar 3", "アバター")),
    Franchise("Chainsaw Man", ("チェンソーマン",)),
    Franchise("Spy x Family", ("SPY×FAMILY",)),
    Franchise("Hollow Knight", ("Hollow Knight: Silksong", "Silksong")),
    Franchise("Bluey", ()),
    Franchise("Dr. Stone", ("Dr. STONE",)),
    Franchise("One-Punch Man", ()),
    Franchise("One Piece", ("ワンピース",)),
]
ANALYZER = Analyzer(WATCH)
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def events(title: str, text: str = "", published: datetime = NOW) -> set[tuple[str, str, str | None]]:
    document = Document("test", "https://news.example/a", title, text, published)
    return {(e.franchise, e.kind, e.when) for e in ANALYZER.analyze(document, NOW).events if e.kind != "mention"}


def case(id_, title, text, expected, published=NOW):
    return pytest.param(title, text, published, set(expected), id=id_)


RESOLUTION = [
    case("person-called-dr-stone", "Dr. Stone said the trial results were promising",
         "Dr. Stone said the new drug will be released on March 3, 2027, if regulators agree.", []),
    case("watched-dr-stone", "Dr. Stone season 5 premieres January 8, 2027", "", [("Dr. Stone", "release_date", "2027-01-08")]),
    case("one-punch-man-lower-case", "He fought like a one-punch man", "The fight airs on December 5, 2026.", []),
    case("sand-dunes", "Dunes on the coast get a new fence", "Dune restoration starts on January 4, 2027.", []),
    case("other-avatar-series", "Avatar: The Last Airbender returns with a new series in 2027",
         "Nickelodeon confirmed that Avatar: The Last Airbender will premiere its new series in fall 2027.", []),
    case("avatar-profile-picture", "Your avatar can now wear hats",
         "The update arrives on December 10, 2026 for every avatar.", []),
    case("passing-comparison", "Indie film drawn in a Spider-Verse style opens March 5, 2027",
         "Critics compare the look to One Piece and to Bluey, but the film is its own thing.", []),
]
FACTUALITY = [
    case("question", "Is Frieren season 2 coming in 2027?", "", []),
    case("rumour", "Rumour: Chainsaw Man season 2 reportedly dated for July 2027", "", []),
    case("could", "Dune: Part Three could open in December 2026", "Sources say the date is not final.", []),
    case("negation", "No release date yet for Spy x Family season 3",
         "Studio CloverWorks has not announced a release date for Spy x Family season 3.", []),
    case("conditional", "Spy x Family season 3 in 2027?",
         "If Spy x Family gets a third season, it would arrive in 2027 at the earliest.", []),
    case("hope", "Fans hope Silksong gets a date at the showcase", "", []),
    case("april-fools", "One Piece goes live-action on the Moon on August 1, 2027",
         "It was an April Fools' joke by the official account.", []),
    case("quoted-claim", "Fake poster claims 'One Piece season 3 confirmed'",
         "The 'season 3 confirmed' poster is fan-made.", []),
]
NOVELTY = [
    case("past-premiere", "Chainsaw Man anniversary stream",
         "Chainsaw Man premiered on October 11, 2022, and the stream celebrates four years.", []),
    case("rerun", "Attack on Titan returns to NHK as a rerun on December 6",
         "NHK will rebroadcast every episode of Attack on Titan from December 6.", []),
    case("delay-with-date", "Hollow Knight: Silksong delayed to March 2027",
         "Team Cherry said Silksong has been delayed to March 2027 to polish the ending.",
         [("Hollow Knight", "delay", "2027-03"), ("Hollow Knight", "release_date", "2027-03")]),
    case("moved-earlier", "Bluey: The Movie moves up to July 30, 2027",
         "Disney moved Bluey: The Movie from August 6 to July 30, 2027.", [("Bluey", "release_date", "2027-07-30")]),
    case("delay-without-date", "Spy x Family season 3 postponed",
         "The production committee announced that Spy x Family season 3 has been postponed; a new date will follow.",
         [("Spy x Family", "delay", None)]),
    case("recap-in-other-story", "Studio MAPPA opens a new office",
         "MAPPA, which announced the Chainsaw Man sequel back in 2023, opened a studio in Osaka.", []),
    case("relative-clause-past", "Frieren season 2 arrives in January 2027",
         "Frieren, which premiered in September 2023, returns for its second season in January 2027.",
         [("Frieren", "release_date", "2027-01")]),
]
DATES = [
    case("this-october", "Dr. Stone part 4 premieres this October", "",
         [("Dr. Stone", "release_date", "2027-10")], datetime(2027, 3, 1, tzinfo=UTC)),
    case("next-spring", "Frieren season 3 confirmed for next spring", "",
         [("Frieren", "release_date", "2027-spring"), ("Frieren", "announcement", None)]),
    case("japanese-month", "『葬送のフリーレン』第2期、2027年1月放送開始", "",
         [("Frieren", "release_date", "2027-01")]),
    case("japanese-next-year", "『チェンソーマン』続編の制作が決定　来年公開", "",
         [("Chainsaw Man", "announcement", None), ("Chainsaw Man", "release_date", "2027")]),
    case("japanese-era-season", "『ブラム！』新作映画、令和9年秋に公開", "",
         [("Blame!", "release_date", "2027-fall")]),
    case("quarter", "One Piece season 3 streams in Q2 2027", "", [("One Piece", "release_date", "2027")]),
    case("full-date", "Avatar 3 dated for December 17, 2027 in IMAX", "", [("Avatar", "release_date", "2027-12-17")]),
    case("no-year-resolves-forward", "Chainsaw Man movie sequel opens January 15",
         "", [("Chainsaw Man", "release_date", "2027-01-15")]),
]
EVENTS = [
    case("trailer", "Watch the first trailer for Frieren season 2", "", [("Frieren", "trailer", None)]),
    case("key-visual-is-not-trailer", "New key visual for Frieren season 2",
         "A new key visual for Frieren season 2 was shown at the event.", []),
    case("announcement", "Spy x Family season 3 officially announced", "",
         [("Spy x Family", "announcement", None)]),
    case("greenlit", "Netflix greenlights a third season of One Piece", "", [("One Piece", "announcement", None)]),
    case("old-announcement-no-date", "The Silksong situation",
         "Silksong, announced in 2019, still has no release date.", []),
    case("roundup-other-shows", "Winter 2027 anime guide",
         "Frieren season 2\nThe wait is over, and it starts on January 9.\n\nSome Other Show\nThe studio returns on January 14 with twelve episodes.",
         [("Frieren", "release_date", "2027-01-09")]),
]


@pytest.mark.parametrize(("title", "text", "published", "expected"), RESOLUTION + FACTUALITY + NOVELTY + DATES + EVENTS)
def test_detector(title, text, published, expected):
    assert events(title, text, published) == expected


def test_every_event_carries_its_evidence_sentence():
    document = Document("t", "https://news.example/x", "News",
                        "The studio spoke today. Avatar 3 opens on December 17, 2027 worldwide. Tickets soon.", NOW)
    [event] = [e for e in ANALYZER.analyze(document, NOW).events if e.kind == "release_date"]
    assert event.evidence == "Avatar 3 opens on December 17, 2027 worldwide."
    assert event.key == "release_date:2027-12-17"


def keys(title: str, published: datetime = NOW) -> set[str]:
    document = Document("t", f"https://a.example/{hash(title)}", title, "", published)
    return {e.key for e in ANALYZER.analyze(document, NOW).events if e.kind != "mention"}


def test_reports_of_one_fact_share_a_key():
    # An announcement is keyed by its month, and by its installment when the text names one.
    assert keys("Spy x Family season 3 officially announced") == {"announcement@2026-11:season 3"}
    assert keys("Spy x Family third season announced", datetime(2026, 11, 30, tzinfo=UTC)) == {
        "announcement@2026-11:season 3"}
    assert keys("Netflix greenlights a One Piece sequel") == {"announcement@2026-11"}
    # A dated fact is its date, whether or not a report names the installment.
    assert keys("Avatar 3 dated for December 17, 2027") == keys("Avatar dated for December 17, 2027") == {
        "release_date:2027-12-17"}


def test_installment_and_the_date_moved_from_are_kept():
    document = Document("t", "https://a.example/m", "Hollow Knight: Silksong part 2 delayed from May 2027 to September 2027", "", NOW)
    [delay] = [e for e in ANALYZER.analyze(document, NOW).events if e.kind == "delay"]
    assert (delay.when, delay.installment, delay.previous) == ("2027-09", "part 2", "2027-05")
