"""The date normaliser: a table of forms, and properties that hold for any date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.model import When, when_in_words
from crawler.understand import dates
from crawler.understand.dates import find_dates

PUBLISHED = date(2026, 11, 24)

TABLE = [
    ("May 19, 2027", "2027-05-19", "day"),
    ("Friday, June 21, 2024", "2024-06-21", "day"),
    ("19 May 2027", "2027-05-19", "day"),
    ("May 2027", "2027-05", "month"),
    ("in late August 2027", "2027-08", "month"),
    ("Fall 2027", "2027-fall", "season"),
    ("the autumn of 2027", "2027-fall", "season"),
    ("Q3 2027", "2027", "year"),
    ("in 2027", "2027", "year"),
    ("this December", "2026-12", "month"),
    ("next spring", "2027-spring", "season"),
    ("next year", "2027", "year"),
    ("Christmas Day", "2026-12-25", "day"),
    ("Thanksgiving eve", "2026-11-25", "day"),
    ("a Thanksgiving 2027 release", "2027-11", "month"),  # a holiday season as a window
    ("in theaters for Christmas", "2026-12", "month"),
    ("opens nationwide Friday", "2026-11-27", "day"),  # published on a Tuesday: the coming Friday
    ("this Sunday", "2026-11-29", "day"),
    ("this Christmas", "2026-12", "month"),
    ("January 9", "2027-01-09", "day"),  # ahead of publication: next January
    ("November 20", "2026-11-20", "day"),  # just past: this November
    ("2027年5月19日", "2027-05-19", "day"),
    ("2027年5月", "2027-05", "month"),
    ("2027年秋", "2027-fall", "season"),
    ("来春", "2027-spring", "season"),
    ("来年", "2027", "year"),
    ("令和9年", "2027", "year"),
    ("令和9年5月19日", "2027-05-19", "day"),
    ("二〇二七年五月", "2027-05", "month"),
    ("1月9日", "2027-01-09", "day"),
    ("27年春", "2027-spring", "season"),  # a year in two digits, before a season or a month
    ("28年1月", "2028-01", "month"),
    ("再来年", "2028", "year"),  # the year after next
    ("a spring premiere", "2027-spring", "season"),  # a season before a release noun: the coming one
    ("a fall 2027 release", "2027-fall", "season"),
    ("2027-05-19", "2027-05-19", "day"),  # in figures, year first: listings, notices, posts
    ("2027/5/19", "2027-05-19", "day"),
    ("2027.05.19 ON AIR", "2027-05-19", "day"),
    ("Oct. 9, 2027", "2027-10-09", "day"),
    ("slides into February", "2027-02", "month"),
    ("OCTOBER 16, 2027", "2027-10-16", "day"),  # shouted
    ("arrives october 16, 2027", "2027-10-16", "day"),  # a post in lower case
    ("out sept 9, 2027", "2027-09-09", "day"),
]


@pytest.mark.parametrize(("text", "value", "precision"), TABLE, ids=[t for t, _, _ in TABLE])
def test_forms(text, value, precision):
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.value, mention.precision) == (value, precision)


@pytest.mark.parametrize("text", [
    "you may like it", "May the force be with you", "they march on", "they may 3D print it",  # "may": a verb in lower case "$2,023 in sales", "1,999 votes",
    "Cyberpunk 2077 is a game", "at E3 2018 we saw", "Fallout 76", "page 2027b",
    "27年ぶりの新作", "10年前の作品",  # years since, years ago: no date
    "since its spring premiere",  # which spring is not said
    "version 2027.05.19.1",  # a version number
])
def test_not_dates(text):
    assert find_dates(text, PUBLISHED) == []


def test_precision_is_kept_and_spans_point_at_the_date():
    text = "The film opens in December 2026, on December 18, 2026 in IMAX."
    mentions = find_dates(text, PUBLISHED)
    assert [(m.value, text[m.start:m.end]) for m in mentions] == [
        ("2026-12", "December 2026"), ("2026-12-18", "December 18, 2026")]


def test_an_impossible_day_is_no_date():
    assert find_dates("February 30, 2027", PUBLISHED) == []


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 28)), st.dates(min_value=date(2000, 1, 1),
       max_value=date(2080, 12, 31)))
def test_a_full_english_date_is_read_exactly_whatever_the_publication_date(day, published):
    text = f"It opens on {MONTH_NAMES[day.month - 1]} {day.day}, {day.year}."
    [mention] = find_dates(text, published)
    assert mention.value == day.isoformat() and mention.first == mention.last == day
    assert text[mention.start:mention.end] == f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 28)), st.dates(min_value=date(2000, 1, 1),
       max_value=date(2080, 12, 31)))
def test_a_full_japanese_date_is_read_exactly(day, published):
    [mention] = find_dates(f"{day.year}年{day.month}月{day.day}日に公開", published)
    assert mention.value == day.isoformat()


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(2000, 3, 1), max_value=date(2080, 10, 31)), st.integers(1, 12), st.integers(1, 28))
def test_a_yearless_date_resolves_within_a_year_of_publication_and_keeps_month_and_day(published, month, day):
    [mention] = find_dates(f"It opens on {MONTH_NAMES[month - 1]} {day}.", published)
    resolved = mention.first
    assert (resolved.month, resolved.day) == (month, day)
    assert abs((resolved - published).days) <= 366
    # the future is preferred: a date up to half a year ahead is never read as last year's
    if timedelta(0) <= (date(published.year, month, day) - published) <= timedelta(days=180):
        assert resolved.year == published.year


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200), st.dates(min_value=date(2000, 1, 1),
       max_value=date(2080, 12, 31)))
def test_any_text_gives_well_formed_mentions_and_never_raises(text, published):
    for mention in find_dates(text, published):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.first <= mention.last
        assert mention.precision in ("year", "season", "month", "day")


@pytest.mark.parametrize(("text", "words", "first", "last"), [
    ("2027-05-19", "May 19, 2027", "2027-05-19", "2027-05-19"),
    ("2027-05", "May 2027", "2027-05-01", "2027-05-31"),
    ("2028-02", "February 2028", "2028-02-01", "2028-02-29"),
    ("2027-fall", "Fall 2027", "2027-10-01", "2027-12-31"),
    ("2027-winter", "Winter 2027", "2027-01-01", "2027-03-31"),
    ("2027-h2", "second half of 2027", "2027-07-01", "2027-12-31"),
    ("2027", "2027", "2027-01-01", "2027-12-31"),
])
def test_a_date_is_written_read_and_said_in_one_place_with_its_precision(text, words, first, last):
    when = When.parse(text)
    assert str(when) == text and when.in_words() == words == when_in_words(text)
    assert (when.first.isoformat(), when.last.isoformat()) == (first, last)


@pytest.mark.parametrize(("text", "value"), [
    ("Season 2 premieres in May.", "2027-05"),  # what is to come: next May
    ("The film is slated for April 3.", "2027-04-03"),
    ("5月放送開始予定", "2027-05"),
    ("Season 2 premiered in May.", "2026-05"),  # told as past: the May just gone
    ("In May, it sold a million copies; it was a hit.", "2026-05"),
    ("The film opens this May.", "2026-05"),  # "this May" says which May itself
])
def test_a_month_just_passed_is_next_years_when_the_clause_speaks_of_what_is_to_come(text, value):
    [mention] = find_dates(text, date(2026, 6, 1))
    assert mention.value == value


DATE_PIECES = ["May", "may", "MAY", "OCTOBER", "Sept.", "10", "3rd", "2027", "1999", "2019", "Spring", "fall",
               "autumn", "this", "next", "last", "later", "year", "in", "from", "to", "of", "the", "early", "mid-2027",
               "Q3", "first half of", "Christmas Day", "Thanksgiving", "Christmas", "for", "Friday", "opens", "Halloween", "2027年", "令和9年", "5月", "10日",
               "来春", "今年", "二〇二七年", "Friday,", ",", ".", "Lumen", "Drift", "opens", "episodes", "%",
               "between", "and", "or", "-", "through", "11.02.2027", "late", "winter", "Mar",
               # filler, so that a date may stand far from the start or the end of a long sentence
               "the studio said in a statement that the long-awaited sequel", "fans have waited a long time for news of it"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), min_size=1, max_size=14), st.sampled_from([" ", ""]))
def test_skipping_the_patterns_a_text_cannot_match_changes_nothing(pieces, joiner):
    """find_dates tries only the patterns whose required parts (a digit, a year, a month name...)
    the text holds, each only near the months or years it needs: the result is the one of trying
    them all over the whole text."""
    text = joiner.join(pieces)
    every = [(kind, pattern) for kind, _, pattern in dates._EN_PATTERNS] + dates._JA_PATTERNS
    gated = find_dates(text, PUBLISHED)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_patterns_for", lambda prepared: [(k, p, 0, len(prepared)) for k, p in every])
        assert find_dates(text, PUBLISHED) == gated, text


@pytest.mark.parametrize(("text", "values"), [
    # a list of upcoming dates: the year written once holds for the dates after it
    ("part 1 on July 9, 2028, part 2 on August 6", ["2028-07-09", "2028-08-06"]),
    ("the first half on December 4, 2027 and the rest on January 8", ["2027-12-04", "2028-01-08"]),
    ("前編は2028年1月15日、後編は3月5日に公開", ["2028-01-15", "2028-03-05"]),
    # after a past date the nearest year stands
    ("premiered on January 3, 2025 and returns on July 9", ["2025-01-03", "2027-07-09"]),
    # a date the first one replaces is not in its year
    ("now opens May 6, 2028 instead of its August 2 date", ["2028-05-06", "2027-08-02"]),
    # a month alone is when something happened as often as a date
    ("set for June 4, 2028, then slipped a week in December", ["2028-06-04", "2026-12"]),
])
def test_a_year_written_once_holds_for_the_dates_after_it(text, values):
    assert [m.value for m in find_dates(text, PUBLISHED)] == values


@pytest.mark.parametrize(("text", "values"), [
    ("公開が2027年2月から同年夏に延期", ["2027-02", "2027-summer"]),  # the same year as the date before
    ("2027年2月から同年12月に変更", ["2027-02", "2027-12"]),
    ("2025年春に発表され、同年10月に放送", ["2025-spring", "2025-10"]),  # a past year too
])
def test_the_same_year_is_the_year_of_the_date_before(text, values):
    assert [d.value for d in find_dates(text, date(2026, 6, 1))] == values
