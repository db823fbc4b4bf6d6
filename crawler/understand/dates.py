"""Finding dates and date windows in English and Japanese text, normalised.

A :class:`DateMention` keeps the precision the text supports: "2027" is a
year, "Fall 2027" a season, "May 2027" a month, "May 19, 2027" a day. Dates
written without a year ("April 10", "this October", "来春") are resolved
against the publication date, to the nearest such date with a bias towards the
future, since news announces what is coming more than it recalls what was.

No date library is used: dateparser reads "may" as May, fills missing parts
from today, and is slow on text that is not a date; here every pattern is
explicit and a bare modal verb is never a month.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from crawler.model import SEASONS as MODEL_SEASONS
from crawler.model import Precision, When
from crawler.understand import lexicons
from crawler.understand.languages import JAPANESE_SCRIPT, english

MONTHS: dict[str, int] = english.MONTHS
#: The month words written in full ("january"), and cut short ("jan", "sept" before "sep"), in calendar order.
MONTHS_IN_FULL = tuple(name for name in MONTHS if not any(
    other != name and other.startswith(name) and MONTHS[other] == MONTHS[name] for other in MONTHS))
MONTHS_SHORT = tuple(sorted((name for name in MONTHS if name not in MONTHS_IN_FULL), key=lambda n: (MONTHS[n], -len(n))))
WEEKDAYS: tuple[str, ...] = english.WEEKDAYS
# Anime seasons (cours): the convention of broadcast schedules, and close to the calendar's.
SEASONS = {**MODEL_SEASONS, "autumn": MODEL_SEASONS["fall"]}
_JA_SEASONS = {"春": "spring", "夏": "summer", "秋": "fall", "冬": "winter"}
_ERAS = {"令和": 2018, "平成": 1988}
# ... and "TBA 2027", a year whose day is still to be announced
_TEMPORAL_WORDS = {"in", "by", "since", "until", "from", "to", "of", "early", "late", "mid", "and", "or", "the", "tba", "tbd", "tbc"}
FUTURE_BIAS = 0.5  # a date without a year is taken in the future unless the past is twice as near

_MONTH_NAMES = "|".join([*(name.capitalize() for name in MONTHS_IN_FULL), *(rf"{name.capitalize()}\.?" for name in MONTHS_SHORT)])
_MONTH = rf"(?P<month>{_MONTH_NAMES})"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d,.]\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = rf"(?:(?:{'|'.join(day.capitalize() for day in WEEKDAYS)}),?\s+)?"
_PART = r"(?:(?P<part>early|mid|late|end of|the end of|beginning of)[\s-]+)?"
# A year said in words after a month, a day or a season: "January 8 next year", "in spring next year".
_YEAR_IN_WORDS = r"\s+(?P<inwords>(?i:this|next))\s+(?i:year)\b"

_WINDOWS = {"thanksgiving": 11, "christmas": 12}  # the holiday seasons releases are planned around
_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "new year's eve": (12, 31),
    "new year's day": (1, 1), "halloween": (10, 31), "valentine's day": (2, 14),
}

# The words right before a weekday that make it a release day: "opens Friday", "premieres nationwide Sunday".
_RELEASED_ON = ("opens", "airs", "lands", "debuts", "returns", "arrives", "streams", "launches", "premieres",
                "nationwide", "worldwide", "in theaters", "in theatres", "in cinemas")
_RELEASED_ON_A_SLASH = ("on", "out", "launches", "arrives", "releases", "drops", "premieres", "airs", "debuts", "opens",
                       "lands", "hits", "returns", "streams", "coming", "due")
# Each pattern with what any of its matches contains (see _parts_in): most sentences hold no date, and
# one quick search for each such part spares the patterns that cannot match.
# Two ends of a range, the first with its own names: "between March and May 2027", "July 10 through August 28".
_FIRST_END = (r"(?P<month1>" + _MONTH_NAMES + r")(?:\s+(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?\b)?"
              r"(?:,?\s+(?P<year1>(?:19|20)\d\d)\b)?")
_LAST_END = rf"{_MONTH}(?:\s+{_DAY}\b)?(?:,?\s+{_YEAR}|{_YEAR_IN_WORDS})?"
_EN_PATTERNS = [
    # A window given by its ends or as a choice ("between March and May 2027", "March or April", "the
    # March-May window"): no month is the date, the year they share is. A run ("airs July 10 through
    # August 28") starts on its first day: that is the premiere. Not "from July 10 to August 28": that is
    # how a move is told.
    ("span", {"months"}, re.compile(rf"\bbetween\s+{_FIRST_END}\s+and\s+{_LAST_END}")),
    ("span", {"months"}, re.compile(rf"\b{_FIRST_END}(?:\s+or\s+|\s*[-–]\s*){_LAST_END}")),
    ("run", {"months"}, re.compile(rf"\b(?:from\s+)?{_FIRST_END}\s+(?:through|thru|until|till)\s+{_LAST_END}")),
    # Written in figures, year first: "2026-10-09", "2026/10/9", "2026.10.09" (notices, posts, listings).
    ("day", {"year"}, re.compile(r"(?<![\d./-])(?P<year>20\d\d)(?P<sep>[-/.])(?P<month>1[0-2]|0?[1-9])(?P=sep)"
                                 r"(?P<day>3[01]|[12]\d|0?[1-9])(?![\d/-]|\.\d)")),
    # Month first with a slash, as an American post writes it, only where a release is told: "launches 11/14",
    # "out 12/3!" (not "3/4 stars", "24/7").
    ("day", {"slashed"}, re.compile(rf"\b(?:{'|'.join(_RELEASED_ON_A_SLASH)})\s+(?P<at>)(?P<month>1[0-2]|0?[1-9])/"
                                    r"(?P<day>3[01]|[12]\d|0?[1-9])(?:/(?P<year>20\d\d))?(?![\d/])")),
    # ... and with its year in full wherever the day tells the order: "03/18/2027" (US), "18/03/2027" (Europe); not
    # "03/04/2027", which is either.
    ("day", {"slashed", "year"}, re.compile(r"(?<![\d./-])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|2\d|1[3-9])/(?P<year>20\d\d)"
                                            r"(?![\d/])")),
    ("day", {"slashed", "year"}, re.compile(r"(?<![\d./-])(?P<day>3[01]|2\d|1[3-9])/(?P<month>1[0-2]|0?[1-9])/(?P<year>20\d\d)"
                                            r"(?![\d/])")),
    # ... and day first with dots, as Europe writes it: "11.02.2027" (never month first: that is written with slashes).
    ("day", {"year", "dotted"}, re.compile(r"(?<![\d./-])(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])\.(?P<year>20\d\d)(?![\d.]\d)")),
    # ... but month first where the day tells it, as an American post writes it, after a release word or "date:"
    # ("has a date: 11.19.27", "arrives 11.19.2027"; not "version 2.14.27").
    ("day", {"dotted"}, re.compile(rf"(?:\b(?i:{'|'.join(_RELEASED_ON_A_SLASH)}|date)\s+|(?<=\b[Dd]ate: )|(?<=\b[Dd]ate - ))(?P<at>)"
                                   r"(?P<month>1[0-2]|0?[1-9])\.(?P<day>3[01]|2\d|1[3-9])\.(?:(?P<year>20\d\d)|(?P<short>2\d))"
                                   r"(?![\d.]\d)")),
    # ... or standing alone between a poster's separators: "Tidebound Season 2 · 10.24.26 · only on Crunchyroll".
    ("day", {"dotted"}, re.compile(r"(?:^|(?<=[·|•] )|(?<=[·|•]))(?P<at>)(?P<month>1[0-2]|0?[1-9])\.(?P<day>3[01]|2\d|1[3-9])\."
                                   r"(?:(?P<year>20\d\d)|(?P<short>2\d))(?=\s*(?:[·|•!]|$))")),
    ("day", {"month", "digit"}, re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}|{_YEAR_IN_WORDS})?")),
    ("day", {"month", "digit"}, re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR}\b|{_YEAR_IN_WORDS})?")),
    ("month", {"month", "year"}, re.compile(rf"\b{_PART}{_MONTH}(?:\s+of)?,?\s+{_YEAR}")),
    # A month without a year needs a preposition (or "its": "its August slot"): "may" and "march" are also verbs.
    ("month", {"month"}, re.compile(rf"\b(?P<rel>(?i:this coming|this|next|last|coming|in|into|until|till|from|to|since|by|for|of|its))\s+{_PART}{_MONTH}\b(?!\s+\d)(?:{_YEAR_IN_WORDS})?")),
    # ... or a release noun after it: "gets October release date", "a March launch".
    ("month", {"month"}, re.compile(rf"\b{_PART}{_MONTH}(?=\s+(?i:release|premiere|launch|debut|opening|bow|window|slot|date)\b)")),
    ("season", {"season", "year"}, re.compile(rf"\b(?:the\s+)?(?P<season>[Ww]inter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn)(?:\s+of)?\s+{_YEAR}")),
    ("season", {"season", "year_word"}, re.compile(
        rf"\b(?P<season>[Ww]inter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn){_YEAR_IN_WORDS}")),
    ("season", {"season"}, re.compile(r"\b(?P<rel>this|next|last)\s+(?P<season>winter|spring|summer|fall|autumn)\b", re.IGNORECASE)),
    # A part of a season without a year is the coming one: "arrives late summer", "in early fall".
    ("season", {"season"}, re.compile(r"(?<!\bsince )(?<!\bafter )(?<!\bits )(?<!\bthe )\b(?:early|mid|late)[\s-](?P<season>winter|spring|summer|fall|autumn)(?P<ahead>)\b(?!\s+(?:of\s+)?\d)",
                                      re.IGNORECASE)),
    # ... or after "in the" told of what is to come: "now premieres in the spring" (not "premiered in the
    # spring"); the date starts at "in" (``at``).
    ("season", {"season"}, re.compile(r"\b(?:premieres|arrives|launches|returns|opens|debuts|hits|lands|comes|airs|releases"
                                      r"|drops|starts|begins|coming|due|set|slated|scheduled|planned|back|out)\s+"
                                      r"(?:[\w-]+\s+){0,2}?(?P<at>)(?:in|by|for|until)\s+the\s+(?P<season>winter|spring|summer"
                                      r"|fall|autumn)(?P<ahead>)\b(?!\s+(?:of\s+)?\d)", re.IGNORECASE)),
    # ... or where a move goes: "has been pushed to spring", "delayed into the fall" (the coming one).
    ("season", {"season"}, re.compile(r"\b(?:pushed|pushes|delayed|delays|moved|moves|postponed|postpones|slipped|slips|slid|slides"
                                      r"|shifted|shifts|bumped|bumps)\s+(?:[\w-]+\s+){0,3}?(?P<at>)(?:to|into|until)\s+(?:the\s+)?"
                                      r"(?P<season>winter|spring|summer|fall|autumn)(?P<ahead>)\b(?!\s+(?:of\s+)?\d)", re.IGNORECASE)),
    # ... or a release noun after it: "a fall premiere", "a spring release" (the coming one; not "its
    # spring premiere", "since the fall premiere", which may be past).
    ("season", {"season"}, re.compile(r"(?<!\bits )(?<!\bthe )(?<!\btheir )(?<!\bsince )(?<!\bafter )"
                                      r"\b(?P<season>winter|spring|summer|fall|autumn)(?P<ahead>)(?=\s+(?:release|premiere|launch"
                                      r"|debut|opening|window|slot|date)\b)", re.IGNORECASE)),
    ("year", {"year"}, re.compile(rf"\b(?:early|mid|late)-{_YEAR}", re.IGNORECASE)),  # "mid-2027"
    ("year", {"year"}, re.compile(rf"\bholiday(?:\s+season)?\s+{_YEAR}", re.IGNORECASE)),  # a game's "holiday 2026": its year
    ("year", {"year"}, re.compile(rf"\b(?:Q(?P<q>[1-4])\s+|(?:first|second|third|fourth)\s+quarter\s+of\s+|(?:first|second)\s+half\s+of\s+|H[12]\s+){_YEAR}")),
    # A holiday season as a release window, a month: "a Thanksgiving 2027 release", "in theaters for Christmas".
    ("window", {"holiday", "year"}, re.compile(rf"\b(?P<holiday>Thanksgiving|Christmas)(?!\s+(?:day|eve)\b),?\s+{_YEAR}",
                                              re.IGNORECASE)),
    ("window", {"holiday"}, re.compile(r"\b(?P<rel>this|next|for|by|over|until)\s+(?P<holiday>Thanksgiving|Christmas)\b"
                                       r"(?!\s+(?:day|eve)\b)(?!,?\s+\d)(?!\s+(?:window|corridor|frame|slot)s?\b)", re.IGNORECASE)),
    # Not a holiday's kind of slot ("a Christmas window, as ever for the studio"): no date.
    ("holiday", {"holiday"}, re.compile(rf"\b(?P<holiday>Christmas Day|Christmas Eve|New Year's Eve|New Year's Day|Halloween|Valentine's Day|Thanksgiving(?: Day)?(?P<eve> eve)?)(?:,?\s+{_YEAR})?"
                                        r"(?!\s+(?:window|corridor|frame|slot)s?\b)", re.IGNORECASE)),
    # A weekday is a date only when it is ahead for sure: "this Friday", "next Sunday", "opens Friday"
    # ("on Friday" alone is as often the day the news came).
    ("weekday", {"weekday"}, re.compile(
        r"\b(?:(?P<rel>this|next|coming)\s+|" + "|".join(rf"(?<=\b{word} )" for word in _RELEASED_ON) + ")"
        rf"(?P<weekday>{'|'.join(day.capitalize() for day in WEEKDAYS)})\b(?!,?\s+(?:[A-Z][a-z]+\.?\s+)?\d)")),
    ("relyear", {"year_word"}, re.compile(r"\b(?P<rel>this|next|last)\s+year\b|\blater\s+this\s+year\b", re.IGNORECASE)),
    # "opens next month", "arrives later this month" (not "last month": when news came, which the rules read as such)
    ("relmonth", {"month_word"}, re.compile(r"\b(?:(?P<rel>this|next)|later\s+this|end\s+of\s+this)\s+month\b",
                                            re.IGNORECASE)),
    ("year", {"year"}, re.compile(rf"(?<![\w$£€#.-]){_YEAR}\b(?!\s*(?:%|(?i:percent|episodes|votes|units|km|feet|edition|update)\b))")),
]

_KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
# 2027年, 令和9年, and 27年 before a month or a season ("27年春"; not "27年ぶり", twenty-seven years since)
_JA_YEAR = (r"(?:(?P<era>令和|平成)(?P<eyear>\d{1,2}|元)|(?P<year>(?:19|20)\d\d)|(?<!\d)(?P<short>\d\d)(?=年(?:\d{1,2}月|[春夏秋冬])))"
            r"年")
_JA_MONTH = r"(?P<month>1[0-2]|0?[1-9])月"
_JA_PATTERNS = [
    ("day", re.compile(rf"(?:{_JA_YEAR})?{_JA_MONTH}(?P<day>[12]\d|3[01]|0?[1-9])日")),
    ("month", re.compile(rf"(?:{_JA_YEAR})?{_JA_MONTH}(?!\d|\s*\d+日)")),
    ("season", re.compile(rf"(?:{_JA_YEAR}|(?P<rel>今|来|昨|同年))(?P<season>春|夏|秋|冬)")),
    ("year", re.compile(rf"{_JA_YEAR}(?![\d春夏秋冬])")),
    ("relyear", re.compile(r"(?P<rel>再来|一昨|今|来|昨)年|年内")),
    ("relmonth", re.compile(r"(?P<rel>今|来)月(?!\d)")),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or window found in a text, with its offsets in that text."""

    start: int
    end: int
    value: str  # "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-winter|spring|summer|fall"
    precision: str  # "year", "season", "month" or "day"
    first: date
    last: date
    explicit_year: bool

    def is_past(self, published: date) -> bool:
        """Over before the publication day: not an upcoming date."""
        return self.last < published


def _window(precision: str, year: int, month: int = 1, day: int = 1, season: str = "") -> tuple[str, date, date]:
    """The date's text and its first and last day; ValueError for a day that does not exist."""
    if precision == "season":
        month = SEASONS[season][0]
    when = When(Precision(precision), year, month, day)
    return str(when), when.first, when.last


def _nearest_year(published: date, month: int, day: int = 15) -> int:
    """The year that puts month/day nearest the publication date, favouring the future."""
    def cost(year: int) -> float:
        try:
            delta = (date(year, month, min(day, 28 if month == 2 else day)) - published).days
        except ValueError:
            return float("inf")
        return delta * FUTURE_BIAS if delta >= 0 else -delta
    return min((published.year - 1, published.year, published.year + 1), key=cost)


_RELATIVE = ("this", "next", "last", "coming", "this coming")  # words that place a month in a year
_RELATIVE_OR_NONE = ("", *_RELATIVE)


def _relative_year(rel: str, published: date, month: int) -> int:
    """"this/last/next" (今/昨/来) with a month or season: the calendar year it names; "(this) coming"
    is the next one to come."""
    if rel in ("next", "来", "coming", "this coming"):
        return published.year + 1 if month <= published.month else published.year
    if rel in ("last", "昨"):
        return published.year - 1 if month >= published.month else published.year
    return published.year


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _era_year(groups: dict) -> int | None:
    if groups.get("era"):
        n = groups["eyear"]
        return _ERAS[groups["era"]] + (1 if n == "元" else int(n))
    if groups.get("short"):
        return 2000 + int(groups["short"])
    return int(groups["year"]) if groups.get("year") else None


def _make(kind: str, g: dict, published: date) -> tuple[str, int, int, int, str, bool] | None:
    """(precision, year, month, day, season, explicit_year) for one match, or None."""
    explicit = _era_year(g)
    if g.get("inwords"):
        explicit = published.year + (g["inwords"].lower() == "next")
    rel = (g.get("rel") or "").lower()
    if kind == "relyear":
        if not rel:  # "later this year"
            return "year", published.year, 1, 1, "", False
        return "year", published.year + {"next": 1, "来": 1, "再来": 2, "last": -1, "昨": -1, "一昨": -2}.get(rel, 0), 1, 1, "", False
    if kind == "relmonth":  # this month, or the next (来月)
        index = published.month - 1 + (rel in ("next", "来"))
        return "month", published.year + index // 12, index % 12 + 1, 1, "", False
    if kind == "weekday":  # the coming one: never today, and within a week
        ahead = (WEEKDAYS.index(g["weekday"].lower()) - published.weekday()) % 7 or 7
        coming = published + timedelta(days=ahead)
        return "day", coming.year, coming.month, coming.day, "", False
    if kind == "window":
        month = _WINDOWS[g["holiday"].lower()]
        if explicit is not None:
            year = explicit
        elif rel in ("this", "next"):
            year = _relative_year(rel, published, month)
        else:  # "for Christmas": the next one, this year's until it is over
            year = published.year if published.month <= month else published.year + 1
        return "month", year, month, 1, "", explicit is not None
    if kind == "holiday":
        name = g["holiday"].lower()
        if name.startswith("thanksgiving"):
            year = explicit or (published.year if published <= _thanksgiving(published.year) else published.year + 1)
            feast = _thanksgiving(year) - timedelta(days=1 if g.get("eve") else 0)
            return "day", year, feast.month, feast.day, "", explicit is not None
        fixed_month, fixed_day = _HOLIDAYS[name]
        year = explicit or _nearest_year(published, fixed_month, fixed_day)
        return "day", year, fixed_month, fixed_day, "", explicit is not None
    if kind == "season":
        season = _JA_SEASONS.get(g["season"], g["season"].lower())
        first_month = SEASONS[season][0]
        if g.get("ahead") is not None:  # the coming one: this year's until it has begun
            year = published.year if published.month < first_month else published.year + 1
            return "season", year, 1, 1, season, False
        if explicit is None and not rel:
            return None
        year = explicit if explicit is not None else _relative_year(rel, published, first_month)
        if explicit is None and rel in ("this", "今") and SEASONS[season][1] < published.month:
            year += 1  # "this winter" in June: the coming one (a winter is January to March of its year)
        return "season", year, 1, 1, season, explicit is not None
    if kind == "year":
        return ("year", explicit, 1, 1, "", True) if explicit else None
    if kind in ("span", "run"):
        return _range(kind, g, explicit, published)
    month_text = (g.get("month") or g.get("monthpart") or "").lower().rstrip(".")
    named = MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else None)
    if named is None:
        return None
    month = named
    day = int(g["day"]) if g.get("day") else 0
    if explicit is not None:
        year = explicit
    elif rel in _RELATIVE:
        year = _relative_year(rel, published, month)
    else:
        year = _nearest_year(published, month, day or 15)
    precision = "day" if day else "month"
    return precision, year, month, day or 1, "", explicit is not None


def _range(kind: str, g: dict, explicit: int | None, published: date) -> tuple[str, int, int, int, str, bool] | None:
    """A span's year, or a run's first day or month. The first end takes the year of the last unless
    it names its own or lies after it in the calendar ("from November to February 2027": November 2026)."""
    last_month, last_day = MONTHS[g["month"].lower().rstrip(".")], int(g.get("day") or 0)
    if explicit is not None:
        last_year = explicit
    elif kind == "span":  # a window said without its year is the coming one
        last_year = published.year + ((last_month, last_day or 31) < (published.month, published.day))
    else:
        last_year = _nearest_year(published, last_month, last_day or 15)
    first_month = MONTHS[g["month1"].lower().rstrip(".")]
    first_day = int(g.get("day1") or 0)
    first_year = int(g["year1"]) if g.get("year1") else last_year - (first_month > last_month)
    named = explicit is not None or g.get("year1") is not None
    if kind == "span":
        return ("year", last_year, 1, 1, "", named) if first_year == last_year else None
    return ("day" if first_day else "month"), first_year, first_month, first_day or 1, "", named


_JAPANESE = re.compile(r"[\u3005-\u9fff]")


class DateReader:
    """The dates of one document's texts, each text parsed once: the rules and the candidates
    read the same sentences."""

    def __init__(self, published: date, calendar_year: int | None = None) -> None:
        self.published = published
        # a calendar's year ("The 2027 release calendar"): a day or a month written without one is in it
        self.calendar_year = calendar_year
        self._read: dict[str, list[DateMention]] = {}
        self._moved: dict[tuple[str, int, int, bool], bool] = {}

    def __call__(self, text: str) -> list[DateMention]:
        found = self._read.get(text)
        if found is None:
            found = self._read[text] = find_dates(text, self.published, self.calendar_year)
        return list(found)

    def moved_from(self, text: str, mention: DateMention, dates: list[DateMention]) -> bool:
        """``moved_from``, each (text, date) read once: the rules and the candidates ask of the same dates."""
        key = (text, mention.start, mention.end, any(d.start > mention.end for d in dates))
        known = self._moved.get(key)
        if known is None:
            known = self._moved[key] = moved_from(text, mention, dates)
        return known


def find_dates(text: str, published: date, calendar_year: int | None = None) -> list[DateMention]:
    """Every date mention in ``text``, leftmost-longest, none overlapping. ``calendar_year``: the year of the
    calendar the text is a line of, for a day or a month written without one ("March 4: Lumen Drift 3"
    under "The 2027 release calendar")."""
    prepared = _prepare(text)
    patterns = _patterns_for(prepared)
    if not patterns:
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern, lo, hi in patterns:
        for match in pattern.finditer(prepared, lo, hi):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "year" and _inside_a_name(prepared, start):
                continue
            made = _make(kind, match.groupdict(), published)
            if made is None:
                if kind == "span":  # "between April 2027 and March 2028": a window over two years names no date
                    taken.append((start, end))
                continue
            precision, year, month, day, season, explicit = made
            relative = (match.groupdict().get("rel") or "").lower() in _RELATIVE
            if calendar_year is not None and not explicit and not relative and kind in ("day", "month", "run"):
                year = calendar_year
            elif (not explicit and not relative and kind in ("day", "month", "run") and year <= published.year
                    and _passed(precision, year, month, day, published) and _upcoming(prepared, start, end)
                    and not _came_out_then(prepared, start, end)):
                # "premieres in May", published in June: next May, not the one just gone (but "finished filming in
                # October and premieres in fall 2027": that October has been).
                year += 1
            elif (not explicit and not relative and kind in ("day", "month") and (year, month, day or 1) > (
                    published.year, published.month, published.day) and _came_out_then(prepared, start, end)
                    and _passed(precision, year - 1, month, day, published)):
                # "the trailer, which debuted in June", published in December: the June just gone.
                year -= 1
            try:
                value, first, last = _window(precision, year, month, day, season)
            except ValueError:  # "February 30": no date, and no year to read out of it either
                taken.append((start, end))
                continue
            # "from December": the date is December; the preposition tells what it is, not when.
            if kind in ("month", "window") and (match.groupdict().get("rel") or "").lower() not in _RELATIVE_OR_NONE:
                start = match.start("holiday") if kind == "window" else (
                    match.start("part") if match.groupdict().get("part") else match.start("month"))
            elif match.groupdict().get("at") is not None:  # the words that tell it is ahead are no part of it
                start = match.start("at")
            found.append(DateMention(start, end, value, precision, first, last, explicit))
            taken.append((start, end))
    return _carry_years(prepared, sorted(found, key=lambda m: m.start), published)


# A verb of having come out right before a date: "debuted in June", "premiered on May 4", "was shown in March".
_CAME_OUT_BEFORE = re.compile(r"\b(?:premiered|debuted|launched|arrived|opened|aired|came out|dropped|was (?:shown|released"
                              r"|revealed|unveiled|published|posted)"
                              # ... or work on it that ended or began: "finished filming in October"
                              r"|(?:finished|wrapped|completed|began|started)\s+(?:filming|shooting|production|recording))"
                              r"\s+(?:back\s+)?(?:(?:in|on)\s+)?(?:early\s+|late\s+|mid-)?$",
                              re.IGNORECASE)
# News of it told in the past, and when: "was first delayed in October", "was announced in September", "was delayed
# out of 2027 in June" (not "was delayed to June", nor "until", "into", "for": where it went).
_TOLD_THEN_BEFORE = re.compile(r"\b(?:was|were)\s+(?:first\s+|originally\s+|initially\s+|officially\s+)?(?:announced|delayed"
                               r"|postponed|pushed(?:\s+back)?|teased|confirmed|greenlit|renewed|revealed|unveiled)"
                               r"(?:\s+(?!(?:to|until|till|into|for|in|on)\b)[\w'’-]+){0,4}?\s+(?P<on>(?:in|on)\s+)?"
                               r"(?:early\s+|late\s+|mid-)?$",
                               re.IGNORECASE)
# The work's coming out named as a noun: "since its release in March", "after the film's premiere in June"; with
# "after", a time gone only in a clause that tells no future ("grossed $212 million after its release in March", not
# "will get DLC after its launch in March").
_SINCE_ITS_RELEASE = re.compile(r"\b(?P<since>since|after|following)\s+(?:its|their|the|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+)?"
                                r"(?:release|premiere|debut|launch|opening|arrival)\s+(?:(?:back\s+)?(?:in|on)\s+)?"
                                r"(?:early\s+|late\s+|mid-)?$", re.IGNORECASE)


def _came_out_then(text: str, start: int, end: int) -> bool:
    """The date at ``start`` is when the work came out, told right before it (see ``_CAME_OUT_BEFORE``)."""
    if _CAME_OUT_BEFORE.search(text, max(0, start - 30), start):
        return True
    told = _TOLD_THEN_BEFORE.search(text, max(0, start - 60), start)
    if told is not None and (told.group("on") or text[start:start + 3].lower() in ("in ", "on ")):
        return True  # (the date's own match may hold its preposition)
    noun = _SINCE_ITS_RELEASE.search(text, max(0, start - 60), start)
    return noun is not None and (noun.group("since").lower() == "since" or not _upcoming(text, start, end))


_SAME_YEAR = re.compile("同年")


def _in_year(mention: DateMention, year: int) -> DateMention:
    """The same month, day or season in ``year``, written as explicit; unchanged if that day does not exist."""
    first = mention.first
    season = mention.value.rsplit("-", 1)[1] if mention.precision == "season" else ""
    try:
        value, first, last = _window(mention.precision, year, first.month, first.day, season)
    except ValueError:  # February 29 in another year
        return mention
    return replace(mention, value=value, first=first, last=last, explicit_year=True)


def _carry_years(text: str, found: list[DateMention], published: date) -> list[DateMention]:
    """A date written without its year after an upcoming one that has it is in that year, or the next
    when the list runs past December: "part 1 on July 9, 2027, part 2 on August 6", 前編は2027年1月15日、
    後編は3月5日. After a past date ("premiered in January 2025, returns July 9") the nearest year
    stands, and so does a date the first one replaces ("May 6, 2027 instead of its August 2 date"). A day
    without digits (a holiday, a weekday) is computed for its own year. A month alone is left alone: it
    is as often when something happened ("set for June 4, 2027, then slipped in July")."""
    carried: list[DateMention] = []
    anchor: DateMention | None = None
    for mention in found:
        if _SAME_YEAR.match(text, mention.start) or text.endswith("同年", 0, mention.start):
            # 同年夏, 同年12月: the year of the date before ("2027年2月から同年夏に延期").
            if carried:
                mention = _in_year(mention, carried[-1].first.year)
            carried.append(mention)
            continue
        if mention.explicit_year:
            anchor = None if mention.is_past(published) else mention
        elif anchor is not None and mention.precision == "day" and _DIGIT.search(text, mention.start, mention.end) and not (
                lexicons.has("REPLACED", text[anchor.end:mention.start])
                or lexicons.has("OLD_DATE_BEFORE", text[max(anchor.end, mention.start - 60):mention.start])):
            first = mention.first
            year = anchor.first.year + ((first.month, first.day) < (anchor.first.month, anchor.first.day))
            if year != first.year:
                try:
                    value, first, last = _window(mention.precision, year, first.month, first.day)
                except ValueError:  # February 29 in another year
                    carried.append(mention)
                    continue
                mention = replace(mention, value=value, first=first, last=last)
        carried.append(mention)
    return carried


def _patterns_for(prepared: str) -> list[tuple[str, re.Pattern, int, int]]:
    """The patterns that can match ``prepared``, in their order of precedence, each with the stretch of
    it to search: a match of a pattern that needs a month holds one, so it lies near the months the
    text names (within _BEFORE_A_PART and _AFTER_A_PART characters); the same for a year in figures."""
    present, around = _parts_in(prepared)
    around["whole"] = (0, len(prepared))
    return [(kind, pattern, *around[stretch]) for kind, pattern, stretch in _patterns_needing(frozenset(present))]


@lru_cache(maxsize=None)  # a few dozen sets of parts occur: most sentences hold none, or a month and a day
def _patterns_needing(present: frozenset[str]) -> tuple[tuple[str, re.Pattern, str], ...]:
    """The patterns whose parts ``present`` holds, in order, each with the stretch it is searched in."""
    patterns = [(kind, pattern, "month" if "month" in needs or "months" in needs else "year" if "year" in needs else "whole")
                for kind, needs, pattern in _EN_PATTERNS if needs <= present]
    if "japanese" in present:
        patterns += [(kind, pattern, "whole") for kind, pattern in _JA_PATTERNS]
    return tuple(patterns)


# How far a match reaches from the month or year it holds: "since the end of March", "Wednesday, March 4",
# "the fourth quarter of 2027" before it; " 31st, 2027", " 8 next year" and a lookahead's words after it.
_BEFORE_A_PART = 32
_AFTER_A_PART = 48


def _stretch(found: list[re.Match], length: int) -> tuple[int, int]:
    return max(0, found[0].start() - _BEFORE_A_PART), min(length, found[-1].end() + _AFTER_A_PART)


def _parts_in(prepared: str) -> tuple[set[str], dict[str, tuple[int, int]]]:
    """The parts of a date ``prepared`` holds (see _EN_PATTERNS), found in a few scans: a superset of
    what the patterns need ("Mar" for March and "Mar.", "fall" in "fallen": the patterns then decide),
    and the stretches around its months and its years."""
    present = set()
    around = {}
    lowered = prepared.lower()
    # Plain substring tests, written out: a generator or an alternation costs more than all of them.
    if "winter" in lowered or "spring" in lowered or "summer" in lowered or "fall" in lowered or "autumn" in lowered:
        present.add("season")
    if "christmas" in lowered or "new year" in lowered or "halloween" in lowered or "valentine" in lowered \
            or "thanksgiving" in lowered:
        present.add("holiday")
    if "year" in lowered:
        present.add("year_word")
    if "month" in lowered:
        present.add("month_word")
    if "day" in lowered and _WEEKDAY_NAME.search(lowered):
        present.add("weekday")
    if _DIGIT.search(prepared):
        present.add("digit")
        years = list(_YEAR_DIGITS.finditer(prepared))
        if years:
            present.add("year")
            around["year"] = _stretch(years, len(prepared))
        if "." in prepared and _DOTTED.search(prepared):
            present.add("dotted")
        if "/" in prepared and _SLASHED.search(prepared):
            present.add("slashed")
    months = list(_MONTH_STEM.finditer(prepared))
    if months:
        present.add("month")
        around["month"] = _stretch(months, len(prepared))
        if len(months) > 1:
            present.add("months")  # a range needs two month names: most sentences with a month have one
    if _JAPANESE_DATE_CHARACTER.search(prepared):
        present.add("japanese")
    return present, around


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_DOTTED = re.compile(r"\d\.\d")
_SLASHED = re.compile(r"\d/\d")
_MONTH_STEM = re.compile("|".join(name[:3].capitalize() for name in MONTHS_IN_FULL))  # as the patterns write them
_WEEKDAY_NAME = re.compile("|".join(WEEKDAYS))  # in the text lower-cased: a case flag makes re much slower
_JAPANESE_DATE_CHARACTER = re.compile(r"[年月春夏秋冬]")  # every Japanese pattern needs one
_CLAUSE_END = re.compile(r"[.;!?。！？]")
_DIGIT = re.compile(r"\d")


def _passed(precision: str, year: int, month: int, day: int, published: date) -> bool:
    try:
        return _window(precision, year, month, day or 1)[2] < published
    except ValueError:
        return False


def _upcoming(text: str, start: int, end: int) -> bool:
    """The clause around a date speaks of what is to come ("premieres", "will", "is set for"), and not of
    what has been ("premiered", "was")."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    clause = text[before[-1] if before else 0:after.start() if after else len(text)]
    return lexicons.has("UPCOMING", clause) and not lexicons.has("PAST", clause)


def _inside_a_name(text: str, start: int) -> bool:
    """A year right after a capitalised word is part of a name: "Cyberpunk 2077", "E3 2018"."""
    before = text[max(0, start - 40):start]
    words = before.split()
    if not words or not before.endswith((" ", "\u00a0")):
        return False
    previous = words[-1]
    at_sentence_start = len(words) == 1 or words[-2].endswith((".", "!", "?", ":"))
    # A sentence's first word has its capital by grammar: "Coming 2027.", "Out 2027!" (not "Cyberpunk 2077 is ...").
    return previous[0].isupper() and previous.lower() not in _TEMPORAL_WORDS and not (
        at_sentence_start and previous.lower().rstrip(",:") in lexicons.GENERAL_WORDS)


def _prepare(text: str) -> str:
    """The text as the patterns expect it, keeping every offset.

    A shouted or lower-case month before a number reads as a month ("OCTOBER 16", "october 16"
    -> "October 16"; "MAY" alone, and "may" anywhere, stay a verb). Kanji digits written one by one become Arabic digits
    (二〇二七年 -> 2027年); numerals with 十 ("十二月") are left alone: news text
    writes dates in digits.
    """
    if _DIGIT.search(text):  # a shouted month, or one in a post's lower case, is read only before a number
        text = _UNCAPITALISED_MONTH.sub(lambda m: m.group().capitalize(), text)
    return text.translate(_KANJI_DIGITS) if _JAPANESE.search(text) else text


# "OCTOBER 16", and "october 16" as a post in lower case writes it; not "may", a verb in any case but capitals.
_UNCAPITALISED_MONTH = re.compile(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\.?\s+\d)")


# "April 10: Title." and "July 3 — Title, season 2." in a schedule: a date that heads a line.
_CALENDAR_LINE = re.compile(r"^\W*(?:[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}月\d{1,2}日)\s*[:—–-]\s")


def heads_a_line(text: str) -> bool:
    """A date that heads a line of a schedule: "April 10: Title.", "July 3 — Title, season 2."."""
    return _CALENDAR_LINE.match(text) is not None


def schedule_line(text: str, dates_of: Callable[[str], list[DateMention]]) -> bool:
    """A line of a schedule: its date heads it ("April 10: Title.") or closes it after the work it
    dates ("Vanta Reach season 2: October 10", "Title — Oct. 4", "Title (January 14)"), or stands in a cell
    of its own in a table's row; ``dates_of`` reads a text's dates."""
    if heads_a_line(text):
        return True
    if text.startswith("|") and text.endswith("|"):
        # A row of a table as extraction writes it: "| Quartz Hollow | PS5, PC | December 10 |", its date in a cell of its own.
        cells = [cell.strip() for cell in text.strip("|").split("|")]
        return len(cells) >= 2 and any(is_only_a_date(cell, dates_of(cell)) for cell in cells[1:])
    if len(text) > SCHEDULE_LINE_MAX or not (":" in text or " - " in text or "|" in text or "·" in text or "•" in text
                                             or text.rstrip(" .!").endswith(")")):
        return False  # most sentences: too long for a schedule line, or nothing parts a work from its date
    line = _TITLE_THEN_DATE.match(text)
    if line is not None and is_only_a_date(line.group("date"), dates_of(line.group("date"))):
        return True
    bracketed = _TITLE_THEN_DATE_IN_BRACKETS.match(text)
    when = _WHERE_AFTER_THE_DATE.sub("", bracketed.group("date")) if bracketed else ""
    return bool(when) and is_only_a_date(when, dates_of(when))


# A work, a colon or a spaced dash or bar, then only a date: the date is told of the work, as a schedule
# lists them (normalised text writes every dash as "-").
SCHEDULE_LINE_MAX = 140  # characters: a work's name and a date
# A poster's line may go on after the date, its parts set apart the same way: "Tidebound Season 2 · 10.24.26 · only on
# Crunchyroll", "Lumen Drift 2 | 3.14.27 | PS5 · PC".
_TITLE_THEN_DATE = re.compile(r"^[^:|·•]{2,80}?(?::\s+|\s+[-—–|·•]\s+)(?P<date>[^:|·•]{3,40}?)\s*(?:\s[|·•]\s[^:|]{1,40})?[.!]?$")
# ... or its date in brackets after it, as a ranked list writes it: "Mirrorwake 2 (January 14)".
# (a preview's entry goes on after it: "Tidebound (January 9, TV Tokyo): the pirate comedy returns ...")
_TITLE_THEN_DATE_IN_BRACKETS = re.compile(r"^[^:|()]{2,80}?\s+\((?P<date>[^()]{3,40})\)\s*(?:[.!]|[:—–-]\s+[^()]{3,120})?$")
# Where the work airs or streams, after its date in brackets: "January 9, TV Tokyo", "Fall 2027, Netflix".
_WHERE_AFTER_THE_DATE = re.compile(r"(?:,\s*[^,\d]+)+$")


def within(precise: str, window: str) -> bool:
    """"2031-12-19" lies in "2031", in "2031-12" and in "2031-fall"; "2031-fall" in "2031": the days of
    one lie inside the other's, and they are not the same date."""
    inner, outer = When.parse(precise), When.parse(window)
    return precise != window and outer.first <= inner.first and inner.last <= outer.last


def within_as_said(precise: str, window: str) -> bool:
    """``within``, a season taken as a headline writer says it: "Pushed to Summer 2028" over "June 2, 2028"
    (a season here starts with the anime cour, July for summer; the press often starts it a month earlier)."""
    if within(precise, window):
        return True
    inner, outer = When.parse(precise), When.parse(window)
    if outer.precision is not Precision.SEASON or inner.precision not in (Precision.DAY, Precision.MONTH):
        return False
    month_before = (outer.year - (outer.month == 1), (outer.month - 2) % 12 + 1)
    return (inner.year, inner.month) == month_before


def same_as_said(precise: str, bare: str, written: str) -> bool:
    """A headline's month or day written without its year ("moves to July", in ``written``), and the story's
    ``precise`` date of that month in another year ("July 9, 2027"): the story tells which year it meant."""
    inner, outer = When.parse(precise), When.parse(bare)
    if outer.precision not in (Precision.MONTH, Precision.DAY) or inner.precision not in (Precision.MONTH, Precision.DAY) \
            or inner.year == outer.year or str(outer.year) in written:
        return False
    return inner.month == outer.month and (outer.precision is Precision.MONTH or inner.day == outer.day)


_LETTER = re.compile(r"[^\W\d_]")
_WORD_OF_LETTERS = re.compile(r"[^\W\d_]{2,}")


def is_only_a_date(text: str, dates: list[DateMention]) -> bool:
    """A line that is a date and little else ("Monday, March 3, 2026", "FEBRUARY 28 2027.");
    ``dates`` are the dates of ``text``."""
    rest = text
    for mention in reversed(dates):
        rest = rest[:mention.start] + rest[mention.end:]
    if rest == text:
        return False
    if JAPANESE_SCRIPT.search(rest):  # no spaces between words: count the letters left
        return len(_LETTER.findall(rest)) <= 4
    return len(_WORD_OF_LETTERS.findall(rest)) <= 1


_POSTER_LINE_WORDS = 8


def is_a_line_between(text: str, dates: list[DateMention]) -> bool:
    """A post's short line that gives no date ("Season 2, only on Netflix."): it may stand between the line
    that promised a date and the date ("POLAR returns." ... "January 2027."); ``dates`` are its dates."""
    return not dates and len(text.split()) <= _POSTER_LINE_WORDS


def is_labelled_date(text: str, dates: list[DateMention]) -> bool:
    """A line that is a date under a label and little else ("New date: Feb 4, 2027.", "Release date:
    March 3", "new target: early 2027"); ``dates`` are the dates of ``text``."""
    label = _DATE_LABEL.match(text)
    if label is None:
        return False
    cut = label.end()
    return is_only_a_date(text[cut:], [replace(d, start=d.start - cut, end=d.end - cut) for d in dates if d.start >= cut])


_DATE_LABEL = re.compile(r"^\W*(?:(?:the\s+)?(?:new|updated|revised|final)\s+)?(?:(?:release|launch|premiere|air|broadcast)\s+)?"
                         r"(?:date|day|window|target)\s*[:：]\s*", re.IGNORECASE)  # "new target: early 2027"


_RANGE_BETWEEN = re.compile(r"\bto\b|\buntil\b|[-–~〜]|から|より")  # "from August 6 to July 30", 3月〜5月


def anchored(dates: list[DateMention], text: str, only_past: date | None = None) -> list[DateMention]:
    """"from August 6 to July 30, 2027": a date without a year takes its year from its range partner.

    ``dates`` are the dates of ``text``. With ``only_past``, only a date that resolving
    against that day put in the past is anchored (such a date cannot be one a
    schedule moves from or to); without it, every date without a year in a range.
    """
    def unanchored(mention: DateMention) -> bool:
        return not mention.explicit_year and (only_past is None or mention.is_past(only_past))

    explicit = next((d for d in dates if d.explicit_year), None)
    if explicit is None:
        return dates

    def in_range(mention: DateMention) -> bool:
        between = text[min(mention.end, explicit.end):max(mention.start, explicit.start)]
        return len(between) <= 20 and _RANGE_BETWEEN.search(between) is not None

    ranged = {(d.start, d.end) for d in dates if unanchored(d) and in_range(d)}
    if not ranged:
        return dates  # nothing to anchor (the usual case: no second parse)
    again = {(d.start, d.end): d for d in find_dates(text, explicit.first)}
    return [again.get((d.start, d.end), d) if (d.start, d.end) in ranged else d for d in dates]


def moved_from(text: str, mention: DateMention, dates: list[DateMention]) -> bool:
    """The date a change moves away from: "from May to July", "had been set for", "its June 25 slot", "予定していた".

    ``dates`` are all the dates of ``text``. "from" and から mark the old date only
    when another date follows ("moves from May to July"); alone they mark a start
    ("streams from September 10", "1月から放送").
    """
    before = text[max(0, mention.start - 60):mention.start]
    after = text[mention.end:mention.end + 30]
    if ("off" in before[-30:].lower() or "from" in before[-30:].lower()) and _TAKEN_OFF.search(before):
        return True  # "removed from the 2026 release calendar": a date the work no longer has
    if _MOVED_FROM.search(before):
        return True  # "moved the launch up from November 12": where the move started
    if _FROM_BEFORE.search(before) or _FROM_AFTER.match(after):
        # A start the text says was planned is the old date even alone: 1月からの放送を予定しておりましたが
        return any(d.start > mention.end for d in dates) or _PLANNED_START.match(after) is not None
    if lexicons.has("OLD_DATE_BEFORE", before) or lexicons.has("DATE_CALLED_OFF", text[mention.end:mention.end + 80]):
        return True
    # "its August slot", "the original May 2 date", ではなく: not "gets October release date".
    return lexicons.has("OLD_DATE_AFTER", after) and (
        JAPANESE_SCRIPT.match(after.lstrip()) is not None or _HELD_BEFORE.search(before) is not None)


_PLANNED_START = re.compile(r"(?:\s*[(（][月火水木金土日][)）])?[」』]?(?:から|より).{0,6}予定(?:しておりました|していました|していた|だった|でした|であった|とされていた)")
_HELD_BEFORE = re.compile(r"\b(?:its|their|his|her|from|off|previous|original|former|old|initial|earlier|planned|"
                          r"(?:had|was|were) (?:been )?(?:set|scheduled|slated|planned))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def bounds_a_period(text: str, mention: DateMention) -> bool:
    """A date that a period runs since or until ("on sale since August", "until May 31", 5月末まで, "the
    fiscal year ending March 2027"):
    when something began or ends, never a release to come."""
    if _YEAR_ENDING.search(text, max(0, mention.start - 32), mention.start):
        return True  # "the fiscal year ending March 2027": when a company's year ends
    before = text[max(0, mention.start - 16):mention.start]
    if _SINCE_UNTIL.search(before):
        return not _MOVED_UNTIL.search(text[max(0, mention.start - 40):mention.start])
    return bool(_MADE_UNTIL.match(text[mention.end:mention.end + 3]))


_SINCE_UNTIL = re.compile(r"\b(?:since|until|till|through|ever since)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.IGNORECASE)
# "delayed until 2027", "pushed back until March": where a move goes, not the end of a period.
_MOVED_UNTIL = re.compile(r"\b(?:delayed|postponed|pushed(?: back)?|moved(?: back)?|put off|held(?: back)?|slips?|slipped|waits?|wait"
                          r"|slides?|slid|won['’]t|will not|not|no longer)\s+(?:\w+\s+){0,2}?until\s+(?:the\s+)?(?:end\s+of\s+)?$",
                          re.IGNORECASE)
_MADE_UNTIL = re.compile(r"^(?:末)?(?:まで|以来)")
# ... its end told in a clause of its own too: "within the current fiscal year, which ends March 31, 2027"
_YEAR_ENDING = re.compile(r"\b(?:fiscal|financial|business)\s+(?:year|quarter|half)\s*,?\s+(?:ending|ended|(?:that|which)\s+ends"
                          r"|(?:that|which)\s+runs\s+(?:through|to|until)|to)\s+(?:in\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_MOVED_FROM = re.compile(r"\b(?:up|forward|ahead|back|earlier|later)\s+from\s+(?:the\s+|its\s+)?$", re.IGNORECASE)
_TAKEN_OFF = re.compile(r"\b(?:removed|pulled|taken|dropped)\s+(?:off|from)\s+(?:the\s+|its\s+|[\w'’]+['’]s\s+)?$",
                        re.IGNORECASE)
_FROM_AFTER = re.compile(r"^(?:\s*[(（][月火水木金土日][)）])?[」』]?(?:から|より)")  # 3月18日(木)から
