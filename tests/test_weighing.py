"""The parts of weighing candidates: casing, date lines, old dates, the cue data, the scorer and its file."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from click.testing import CliRunner

from crawler.model import CONFIRMATIONS, Document, EventKind
from crawler.understand import lexicons
from crawler.understand.analyze import Analyzer
from crawler.understand.candidates import Candidate
from crawler.understand.casing import Casing, casing_of, sentence_cased
from crawler.understand.cuesearch import CompiledCue, lower_keep_length
from crawler.understand.dates import find_dates, moved_from
from crawler.understand.detect import is_dateline
from crawler.understand.languages import english, japanese
from crawler.understand.scorer import KindModel, ModelFileError, Scorer
from crawler.understand.sentences import EVENT_FAMILIES, Sentence, SentenceForms, is_page_furniture, segment
from scheduler.cli import cli
from scheduler.commands import training as training_command
from tests.probes import PROBES, PUBLISHED, WATCHLIST

CUES = [(language.__name__.rsplit(".", 1)[1], family, cue)
        for language in lexicons.LANGUAGES for family in lexicons.FAMILIES
        for cue in getattr(language, family)]


@pytest.mark.parametrize(("language", "family", "cue"), CUES, ids=[f"{lang}:{fam}:{c.example[:24]}" for lang, fam, c in CUES])
def test_every_cue_matches_its_own_example(language, family, cue):
    assert re.search(cue.pattern, cue.example, re.IGNORECASE), f"{language}.{family}: {cue.pattern!r} misses {cue.example!r}"


def test_every_language_defines_every_family():
    for family in lexicons.FAMILIES:
        assert hasattr(english, family) and hasattr(japanese, family), family


@pytest.mark.parametrize(("text", "names", "casing"), [
    ("Vanta Reach season 2 premieres March 14, 2027", [(0, 11)], Casing.SENTENCE),
    ("Vanta Reach Season 2 Premieres March 14, 2027", [(0, 11)], Casing.TITLE),
    ("Lumen Drift Spin-off Unveiled", [(0, 11)], Casing.TITLE),
    ("VANTA REACH SEQUEL CONFIRMED!!", [(0, 11)], Casing.UPPER),
    ("Orsa and Halden met in Japan on Monday.", [], Casing.SENTENCE),
    ("『星屑キッチン』THE MOVIE、2027年公開", [], Casing.SENTENCE),  # Latin words in Japanese are names
])
def test_casing(text, names, casing):
    assert casing_of(text, names) is casing


def test_sentence_case_keeps_names_dates_and_numerals():
    text = "LUMEN DRIFT II ARRIVES APRIL 10, NEXT MAY OR THIS OCTOBER"
    cased = sentence_cased(text, [(0, 11)])
    assert cased == "LUMEN DRIFT II arrives April 10, next May or this October"
    assert len(cased) == len(text)


@pytest.mark.parametrize(("text", "paragraph", "dateline"), [
    ("By Ann Lee | March 3, 2026", 0, True),
    ("Monday, March 3, 2026", 1, True),
    ("Updated (November 28, 2023)", 0, True),
    ("2026年3月3日", 0, True),
    ("The film opens March 3, 2027.", 0, False),
    ("April 10: Tidebound season 2.", 0, False),
    ("OCTOBER 3 2027.", 4, False),  # lower in a story a date line is the news
    ("Monday, March 3, 2026", -1, False),  # the headline
    ("Jun. 5", 0, False),  # a day to come: a page is never dated ahead, so this heads a calendar's works
    ("March 4, 2026", 0, True),  # a time zone ahead of the publication time
])
def test_date_and_byline_lines(text, paragraph, dateline):
    assert is_dateline(Sentence(text, 0, paragraph), date(2026, 3, 3)) is dateline


@pytest.mark.parametrize(("text", "old"), [
    ("Tidebound 2 moves from May 1, 2027 to July 3, 2027", ["2027-05-01"]),
    ("Season 2 streams on Netflix from September 10, 2026", []),
    ("第3期は2027年1月から放送", []),
    ("発売時期を2027年2月から2027年5月に変更", ["2027-02"]),
    ("The sequel, which had been scheduled for March 3, 2027, now opens May 5, 2027", ["2027-03-03"]),
])
def test_the_date_a_change_moves_away_from(text, old):
    dates = find_dates(text, date(2026, 6, 1))
    assert [d.value for d in dates if moved_from(text, d, dates)] == old


def _candidate(kind: EventKind, **features: float) -> Candidate:
    return Candidate("Vanta Reach", kind, None, Sentence("Vanta Reach sequel confirmed", 0, -1), dict(features))


def test_the_scorer_reports_from_its_threshold_and_keeps_what_the_rules_report_unless_sure():
    model = KindModel(bias=0.0, weights={"strong": 3.0, "rule:same": 0.5, "against": -3.0}, threshold=0.7,
                      ruled_threshold=0.3)
    scorer = Scorer({kind: model for kind in CONFIRMATIONS})
    strong = scorer.judge(_candidate(EventKind.ANNOUNCEMENT, strong=1.0), reasons=2)
    assert strong.accepted and strong.probability > 0.9 and strong.reasons[0] == ("strong", 3.0)
    ruled = scorer.judge(_candidate(EventKind.ANNOUNCEMENT, **{"rule:same": 1.0}))
    assert ruled.accepted and 0.3 <= ruled.probability < 0.7
    overruled = scorer.judge(_candidate(EventKind.ANNOUNCEMENT, against=1.0, **{"rule:same": 1.0}))
    assert not overruled.accepted
    doubted = scorer.judge(_candidate(EventKind.ANNOUNCEMENT, strong=1.0, **{"hedge:same_clause": 1.0}))
    assert doubted.probability > 0.9 and not doubted.accepted  # alone, the model needs a plain clause


def test_the_weights_file_round_trips_and_bad_ones_say_what_is_wrong(tmp_path):
    scorer = Scorer({kind: KindModel(-1.0, {"h:12": 0.25}, 0.7, 0.3) for kind in CONFIRMATIONS}, "somewhere")
    again = Scorer.from_json(scorer.to_json(), "test")
    assert again.models == scorer.models and again.trained_on == "somewhere" and again.matches_lexicon
    with pytest.raises(ModelFileError, match=r"w\.json: not a weights file"):
        Scorer.from_json("{not json", "w.json")
    with pytest.raises(ModelFileError, match=r"w\.json: format 9, this version reads 1"):
        Scorer.from_json(json.dumps({"format": 9}), "w.json")
    partial = json.loads(scorer.to_json())
    del partial["kinds"]["trailer"]
    with pytest.raises(ModelFileError, match=r"w\.json: no weights for trailer"):
        Scorer.from_json(json.dumps(partial), "w.json")
    with pytest.raises(ModelFileError, match="thresholds must satisfy"):
        KindModel(0.0, {}, threshold=0.2, ruled_threshold=0.5)
    with pytest.raises(ModelFileError, match="cannot read"):
        Scorer.load(tmp_path / "missing.json")


def test_the_shipped_weights_were_learned_with_this_version_s_cues():
    shipped = Scorer.shipped()
    assert shipped.matches_lexicon, "the cues changed since the weights were learned: run sequelwatch train"
    assert set(shipped.models) == set(CONFIRMATIONS)


def test_training_without_the_train_extra_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(training_command, "training", None)
    monkeypatch.setattr(training_command, "TRAIN_EXTRA_MISSING", "No module named 'sklearn'; install it with: pip install 'sequelwatch[train]'", raising=False)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "franchises.toml").write_text('[[franchise]]\nname = "Vanta Reach"\n', encoding="utf-8")
    (folder / "docs.jsonl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["train", str(folder), "--output", str(tmp_path / "w.json")])
    assert result.exit_code == 78
    assert "pip install 'sequelwatch[train]'" in result.output


SEARCHED = [probe.title for probe in PROBES] + [cue.example for _, _, cue in CUES] + [
    "unconfirmed reports", "İstanbul confirmed it", "RE-RELEASED", "the_confirmed flag", "Confirmed.", "x" * 3,
    # a cue again and again, overlapping anchors, a cue inside a word: every place is tried
    "Delayed, then delayed again: the delay was confirmed, reconfirmed and confirmed twice.",
    "a teaser-trailer, trailers, a new trailer and the trailer's release; it will, it won't, it'll",
    "公開延期、再び公開延期が決定。2027年公開予定だった新作の続編制作が決定"]


@pytest.mark.parametrize("family", sorted(lexicons.FAMILIES))
def test_the_fast_cue_search_finds_what_re_finds(family):
    for index, cue in enumerate(lexicons.FAMILIES[family]):
        reference = re.compile(cue.pattern, re.IGNORECASE)
        fast = CompiledCue(cue.pattern)
        for text in SEARCHED:
            expected = reference.search(text)
            found = fast.search(text, lower_keep_length(text))
            assert (expected and expected.span()) == (found and found.span()), (family, index, text)
            assert [m.span() for m in reference.finditer(text)] == [
                (s.start(), s.end()) for s in fast.finditer(text, lower_keep_length(text))], (family, index, text)
        assert lexicons.has(family, cue.example)


@pytest.mark.parametrize(("line", "furniture"), [
    ("[Image: the teaser poster]", True),
    ("Photo: Halden Pictures", True),
    ("Read more: the first season, reviewed", True),
    ("Advertisement", True),
    ("Tidebound returns", False),
    ("Share of viewers rose", True),  # a call to share looks the same: a false alarm costs only a heading
    ("Home > News > Movies", True),  # a breadcrumb
    ("Tags: Tidebound, Halden", True),
    ("Tidebound > Skyreach at the box office", False),  # a comparison in a sentence is no breadcrumb
])
def test_captions_and_calls_to_action_are_page_furniture(line, furniture):
    assert is_page_furniture(line) is furniture


def test_a_caption_between_paragraphs_does_not_cut_the_topic():
    analyzer = Analyzer(WATCHLIST)
    text = ("Studio Arvo shared news about Vanta Reach on Friday.\n[Image: the key visual]\n"
            "It returns with a second season in January 2027, the studio said on its website.")
    document = Document("probe", "https://news.example/c", "Studio news", text, published=PUBLISHED)
    events = {(e.franchise, str(e.kind), e.when) for e in analyzer.analyze(document, PUBLISHED).events
              if e.kind != EventKind.MENTION}
    assert ("Vanta Reach", "release_date", "2027-01") in events


@pytest.mark.parametrize("family", sorted(lexicons.FAMILIES))
def test_the_anchored_family_search_misses_no_cue(family):
    """The Aho-Corasick pass over cue anchors only skips cues, and places, that cannot match."""
    references = [re.compile(cue.pattern, re.IGNORECASE) for cue in lexicons.FAMILIES[family]]
    for text in SEARCHED:
        expected = [(i, m.start(), m.end()) for i, r in enumerate(references) if (m := r.search(text))]
        assert lexicons.cues_in(family, text) == expected, (family, text)
        assert lexicons.has(family, text) is bool(expected)
        every = sorted((m.start(), i, m.end()) for i, r in enumerate(references) for m in r.finditer(text))
        assert [(s.start(), s.end()) for s in lexicons.spans(family, text)] == [(a, b) for a, _, b in every], (family, text)


def test_families_searched_together_find_what_each_finds_alone():
    together = lexicons.searched_together(tuple(sorted(lexicons.FAMILIES)))
    for text in SEARCHED:
        found = together.firsts(text, lower_keep_length(text))
        assert found == {family: lexicons.cues_in(family, text) for family in sorted(lexicons.FAMILIES)}, text
        every = together.spans(text, lower_keep_length(text))
        assert every == {family: lexicons.spans(family, text) for family in sorted(lexicons.FAMILIES)}, text
        assert SentenceForms().event_cues(text) == {family: lexicons.spans(family, text) for family in EVENT_FAMILIES}


@pytest.mark.parametrize(("text", "sentences"), [
    ("lumen drift 2 delayed AGAIN. 2027 now. i'm so tired", ["lumen drift 2 delayed AGAIN.", "2027 now.", "i'm so tired"]),
    ("Kaiju No. 8 returns. Dr. Stone too.", ["Kaiju No. 8 returns.", "Dr. Stone too."]),
    ("See p. 3 and ep. 5 of it.", ["See p. 3 and ep. 5 of it."]),
    ("The film opens. It is long.", ["The film opens.", "It is long."]),
])
def test_sentences_end_at_a_words_period_however_the_next_begins(text, sentences):
    assert [s.text for s in segment("", text, [])] == sentences


def test_the_headlines_under_more_from_are_other_stories():
    text = "Tidebound 3 opens in May.\nMore from Movies\nSkyreach Saga 2 sets Christmas release\nLumen Drift movie in the works"
    assert [s.text for s in segment("", text, [])] == ["Tidebound 3 opens in May."]


@pytest.mark.parametrize("line", [
    "Related: Lumen Drift movie in the works", "More from Anime: Skyreach Saga 2 sets Christmas release | Orbit 3 dated",
    "READ MORE: Lumen Drift movie in the works", "Also read - Skyreach Saga 2 sets Christmas release",
])
def test_a_line_of_other_stories_after_its_label_is_not_the_story(line):
    text = f"Tidebound 3 opens in May.\n{line}\nThe studio confirmed it on Friday."
    assert [s.text for s in segment("", text, [])] == ["Tidebound 3 opens in May.", "The studio confirmed it on Friday."]


def test_the_quick_look_finds_what_re_finds():
    for text in SEARCHED:
        assert lexicons.any_event(text) is bool(lexicons.ANY_EVENT.search(text)), text


def test_word_features_name_no_work():
    """Features of words (a cue as written, the words next to a cue, a name or a date) hold placeholders
    for the watched names and dates, so the weights learn how news is written, not which works it was about."""
    analyzer = Analyzer(WATCHLIST)
    names = {f.name: [alias.lower() for alias in (f.name, *f.aliases)] for f in WATCHLIST}
    checked = 0
    for probe in PROBES:
        document = Document("probe", "https://news.example/p", probe.title, probe.text, published=PUBLISHED)
        prepared = analyzer.prepare(document, PUBLISHED)
        # The names the document uses as the works' names; a weekday told as a day ("said Tuesday") is a word.
        named = [alias for franchise in {m.franchise for m in prepared.mentions} for alias in names[franchise]]
        for candidate in prepared.candidates:
            for feature in candidate.features:
                if feature.startswith(("cue_", "name_", "date_")):
                    checked += 1
                    assert not any(name in feature for name in named), (probe.title, feature)
                    assert not re.search(r"\b20\d\d\b", feature), (probe.title, feature)
    assert checked > 1000


@pytest.mark.parametrize("title", [
    "Lumen Drift Season 2 Gets March 3 Release Date After Korvin Harbor Finale",
    "LUMEN DRIFT DELAYED TO MAY 9 KORVIN HARBOR CLASH AVOIDED",
    "Lumen Drift Sequel Confirmed At Korvin Harbor Showcase",
])
def test_word_features_name_no_other_work_in_title_case(title):
    """In a Title Case or ALL CAPS headline another work's title is lowered with every other word, so no
    placeholder stands for it: the words beside a cue, a date or a name are then only the words news is
    written with, and any other reads "<w>"."""
    document = Document("probe", "https://news.example/p", title, "", published=PUBLISHED)
    features = [feature for candidate in Analyzer(WATCHLIST).prepare(document, PUBLISHED).candidates
                for feature in candidate.features if feature.startswith(("cue_", "name_", "date_"))]
    assert features
    assert not [f for f in features if "korvin" in f or "harbor" in f]
    assert any("<w>" in f for f in features)


@pytest.mark.parametrize(("text", "kept"), [
    ("'We start shooting season two in January,' Ada Pell said.", True),
    ('"A sequel is in development," said Halden president Mae Ito.', True),
    ('In a statement, Orsa said: "Vanta Reach 2 launches on March 4."', True),
    ('"Season 3 is in production," the studio wrote on its blog.', True),
    ('"Season 2 is coming," one Reddit user wrote.', False),
    ('"Season 3 is in production," a leaker claimed.', False),
    ('"Season 3 is in production," he said.', False),
    ('Fans spotted a "Tidebound 3 announced" banner.', False),
])
def test_a_quote_stands_only_when_a_maker_speaks_it(text, kept):
    """Quoted words are someone's claim, blanked; the words of a studio, a director or a named person
    who gave them stand, as the outlet reports them."""
    quote = lexicons.QUOTED.search(text)
    assert quote is not None
    blanked = lexicons.blank_asides(text)
    assert (blanked[quote.start():quote.end()] == quote.group()) is kept
    assert len(blanked) == len(text)
