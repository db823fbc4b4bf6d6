"""AniList: reading its answers, its changes as events, importing a list, and polling it as a source."""

from __future__ import annotations

import json
import tomllib
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from crawler.alerting import AlertPolicy
from crawler.errors import MalformedAnswer, PrivateList, UnknownUser
from crawler.extract.anilist import answering, parse_list_page, parse_media_page
from crawler.model import CatalogEntry, EntryStatus, EventKind, Observation, Precision, When
from crawler.understand.catalog import changes
from scheduler.cli import cli
from scheduler.commands.importing import list_entries
from scheduler.config import load
from scheduler.watchlist import Watched, additions, franchises
from tests.anilist import AniListStandIn, media
from tests.anilist_data import NAMES, USER, fill

NOW = datetime(2031, 3, 10, 12, tzinfo=UTC)


@pytest.fixture
def api():
    with AniListStandIn() as server:
        fill(server)
        yield server


def page_of(*items: dict) -> bytes:
    edges = lambda m: [{"relationType": t, "node": {"id": r, "type": "ANIME"}} for t, r in m["relations"]]  # noqa: E731
    return json.dumps({"data": {"Page": {"pageInfo": {"hasNextPage": False}, "media": [
        {**m, "relations": {"edges": edges(m)}} for m in items]}}}).encode()


# -- reading answers -----------------------------------------------------------------------------


def test_an_answer_keeps_the_date_precision_and_cleans_what_strangers_wrote():
    answer = parse_media_page(page_of(
        media(1, "Orrery\u202e Nights\x1b[31m", "Orrery Yoru", start=(2032, 5, None), status="NOT_YET_RELEASED",
              trailer=("youtube", "abc_DEF-12"), relations=(("SEQUEL", 2), ("CHARACTER", 3))),
        media(2, None, "Orrery Yoru 2", start=(2033, None, None), trailer=("youtube", "x\" onclick=")),
        media(4, "Orrery Day", "Orrery Hi", start=(2033, 2, 30)),
    ))
    first, second, third = answer.entries
    assert first.title == "Orrery Nights [31m" and "\x1b" not in first.title and "\u202e" not in first.title
    assert first.start == When(Precision.MONTH, 2032, 5) and first.status is EntryStatus.NOT_YET_RELEASED
    assert first.trailer == "https://www.youtube.com/watch?v=abc_DEF-12"
    assert first.related == (2,)  # a character's other work is no franchise relation
    assert second.title == "Orrery Yoru 2" and second.start == When(Precision.YEAR, 2033)
    assert second.trailer is None  # an id that is not plain letters and digits makes no link
    assert third.start == When(Precision.MONTH, 2033, 2)  # February 30 is only a month
    assert first.url == "https://anilist.co/anime/1"


def test_an_unreadable_entry_is_skipped_and_counted_and_the_rest_is_read():
    body = json.dumps({"data": {"Page": {"pageInfo": {"hasNextPage": True}, "media": [
        {"id": "seven"}, None, {**media(8, "Kestrel", "Kestrel"), "relations": {"edges": "nope"}}]}}}).encode()
    answer = parse_media_page(body)
    assert [e.id for e in answer.entries] == [8] and answer.skipped == 2 and answer.has_next


@pytest.mark.parametrize("body, error", [
    (b"<html>502</html>", MalformedAnswer),
    (b'{"data": {"Page": {"media": 3}}}', MalformedAnswer),
    (b'{"data": null, "errors": [{"message": "Private User", "status": 404}]}', PrivateList),
    (b'{"data": {"Page": null}, "errors": [{"message": "User not found", "status": 404}]}', UnknownUser),
])
def test_an_answer_that_is_not_what_was_asked_names_the_problem(body, error):
    with pytest.raises(error):
        parse_list_page(body)


def test_a_search_result_answers_a_franchise_only_under_one_of_its_names():
    near = CatalogEntry(1, "Orbit Zero", "u", titles=("Orbit Zero",))
    exact = CatalogEntry(2, "ORBIT!", "u", titles=("Kidou", "ORBIT!"))
    assert answering(("Orbit",), [near, exact]) is exact
    assert answering(("Orbit",), [near]) is None


# -- changes as events ---------------------------------------------------------------------------

OLD = CatalogEntry(10, "Cinder Vale", "https://anilist.co/anime/10", "TV", EntryStatus.FINISHED,
                   When(Precision.DAY, 2020, 4, 1), titles=("Cinder Vale",))


def upcoming(start: When | None, entry_id: int = 11, trailer: str | None = None) -> CatalogEntry:
    return CatalogEntry(entry_id, "Cinder Vale Season 2", f"https://anilist.co/anime/{entry_id}", "TV",
                        EntryStatus.NOT_YET_RELEASED, start, trailer, titles=("Cinder Vale Season 2",))


def kinds(found) -> list[tuple[str, str | None, str | None]]:
    return [(str(c.event.kind), c.event.when, c.event.previous) for c in found]


def test_a_new_upcoming_entry_is_an_announcement_and_its_date_a_release_date():
    found = changes("Cinder Vale", ("Cinder Vale",), {10: OLD}, [OLD, upcoming(When(Precision.MONTH, 2031, 10))], NOW)
    assert kinds(found) == [("announcement", None, None), ("release_date", "2031-10", None)]
    announcement = found[0].event
    assert announcement.installment == "season 2" and announcement.key == "announcement@2031-03:season 2"
    assert found[1].event.key == "release_date:2031-10"  # the detector's key: a news report of it is the same fact
    assert "not yet released, starting October 2031" in announcement.evidence
    assert found[0].entry.url == "https://anilist.co/anime/11"


def test_a_released_entry_new_to_the_catalogue_is_its_past_not_news():
    assert changes("Cinder Vale", ("Cinder Vale",), {}, [OLD], NOW) == []


@pytest.mark.parametrize("before, after, expected", [
    (None, When(Precision.DAY, 2031, 10, 4), [("release_date", "2031-10-04", None)]),
    (When(Precision.MONTH, 2031, 10), When(Precision.MONTH, 2032, 1), [("delay", "2032-01", "2031-10")]),
    (When(Precision.MONTH, 2031, 10), When(Precision.DAY, 2031, 7, 2), [("release_date", "2031-07-02", "2031-10")]),
    (When(Precision.YEAR, 2031), When(Precision.MONTH, 2031, 10), [("release_date", "2031-10", None)]),
    (When(Precision.MONTH, 2031, 10), When(Precision.YEAR, 2031), []),  # made vaguer: an edit
    (When(Precision.MONTH, 2031, 10), When(Precision.MONTH, 2031, 10), []),
])
def test_a_start_date_set_moved_or_refined(before, after, expected):
    found = changes("Cinder Vale", ("Cinder Vale",), {11: upcoming(before)}, [upcoming(after)], NOW)
    assert kinds(found) == expected


def test_a_new_trailer_link_is_a_trailer_once():
    link = "https://www.youtube.com/watch?v=abc"
    found = changes("Cinder Vale", ("Cinder Vale",), {11: upcoming(None)}, [upcoming(None, trailer=link)], NOW)
    assert kinds(found) == [("trailer", None, None)] and link in found[0].event.evidence
    assert changes("Cinder Vale", ("Cinder Vale",), {11: upcoming(None, trailer=link)},
                   [upcoming(None, trailer=link)], NOW) == []


# -- the import ----------------------------------------------------------------------------------


def test_a_list_of_30_entries_groups_into_8_franchises_with_their_titles(api):
    api.page_size = 12
    entries = list_entries(api.url, USER, ["COMPLETED", "CURRENT"])
    assert len(entries) == 30 and api.kinds() == ["list"] * 3  # three pages of 12
    found = {f.name: f for f in franchises(entries)}
    assert sorted(found) == sorted(NAMES)
    lumen = found["Lumen Drift"]
    assert lumen.ids == (101, 102, 103, 104, 150) and lumen.entries == 5
    # The numbered seasons' titles and the OVA's start with a kept name: matching it finds them.
    assert lumen.aliases == ("ルーメンドリフト",)
    assert ("LD", "too short: it would match ordinary words") in {(d.alias, d.why) for d in lumen.dropped}
    # A first and a third season are one franchise through the second, missing from the list.
    assert found["Velvet Circuit"].ids == (301, 303, 304, 305)
    harbor = found["Harbor of Echoes"]
    assert "Kodama no Minato" in harbor.aliases and "Ghost Harbor" not in harbor.aliases
    assert any(d.alias == "Ghost Harbor" and "Paper Moth Society" in d.why for d in harbor.dropped)


def test_import_prints_toml_that_config_reads(api, tmp_path):
    result = CliRunner().invoke(cli, ["import", "anilist", USER, "--endpoint", api.url,
                                      "--config", str(tmp_path / "none.toml")])
    assert result.exit_code == 0, result.output
    printed = tomllib.loads(result.stdout)
    assert len(printed["franchise"]) == 8
    assert "left out 'Ghost Harbor' (shared with 'Paper Moth Society')" in result.stderr
    config = tmp_path / "config.toml"
    config.write_text(result.stdout, encoding="utf-8")
    loaded = load(config)
    assert {f.franchise.name for f in loaded.franchises} == set(NAMES)
    assert next(f for f in loaded.franchises if f.franchise.name == "Ironbloom").franchise.anilist == (501, 502, 503, 504)


def test_import_writes_into_a_config_keeping_its_comments_and_adds_only_what_is_new(api, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('# my sequelwatch\n[[franchise]]\nname = "Ironbloom"  # since 2019\naliases = ["Tetsu no Hana"]\n\n'
                      '[[source]]\nname = "news"\nurl = "https://example.org/feed"\n', encoding="utf-8")
    run = lambda: CliRunner().invoke(cli, ["import", "anilist", USER, "--endpoint", api.url, "--write", str(config)])  # noqa: E731
    first = run()
    assert first.exit_code == 0, first.output
    assert "7 franchises added, 1 extended" in first.stdout
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# my sequelwatch\n") and 'name = "Ironbloom"  # since 2019' in text
    loaded = load(config)
    assert len(loaded.franchises) == 8 and len(loaded.sources) == 1
    iron = next(f.franchise for f in loaded.franchises if f.franchise.name == "Ironbloom")
    assert iron.anilist == (501, 502, 503, 504) and iron.aliases[0] == "Tetsu no Hana"

    again = run()
    assert again.exit_code == 0 and "nothing new" in again.stderr
    assert config.read_text(encoding="utf-8") == text

    api.media[109] = media(109, "Lumen Drift Season 5", "Lumen Drift 5th Season", relations=(("PREQUEL", 104),))
    api.lists[USER].append(("PLANNING", 109))
    third = run()
    assert "0 franchises added, 1 extended" in third.stdout
    lumen = next(f.franchise for f in load(config).franchises if f.franchise.name == "Lumen Drift")
    assert lumen.anilist[-1] == 109


def test_import_waits_as_a_429_asks(api):
    api.throttle, api.retry_after = 1, 2
    waits: list[float] = []
    assert len(list_entries(api.url, USER, ["COMPLETED", "CURRENT"], sleep=waits.append)) == 30
    assert waits == [2.0] and api.kinds() == ["list", "list"]


def test_import_stops_with_one_line_when_asked_to_wait_long(api):
    api.throttle, api.retry_after = 1, 3600
    result = CliRunner().invoke(cli, ["import", "anilist", USER, "--endpoint", api.url])
    assert result.exit_code == 1 and "for 3600 s; try again then" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("user, setup, message", [
    ("nobody", None, "AniList has no user named 'nobody'"),
    (USER, "private", f"{USER}'s AniList list is private"),
    (USER, "malformed", "cannot read mirrorfan's AniList list: not JSON"),
])
def test_import_failures_are_one_clear_line(api, user, setup, message):
    if setup == "private":
        api.private.add(USER)
    elif setup == "malformed":
        api.malformed = 1
    result = CliRunner().invoke(cli, ["import", "anilist", user, "--endpoint", api.url])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(message) and "Traceback" not in result.output


def test_a_bad_status_is_a_usage_error(api):
    result = CliRunner().invoke(cli, ["import", "anilist", USER, "--status", "watching", "--endpoint", api.url])
    assert result.exit_code == 2 and "watching: use current, planning" in result.output


def test_additions_match_a_watched_franchise_by_id_or_name():
    imported = franchises([CatalogEntry(5, "Kestrel", "u", titles=("Kestrel", "Hayabusa")),
                           CatalogEntry(6, "Wren", "u", titles=("Wren", "Hayabusa Two"))])
    found = additions(imported, [Watched("Hawk", ("Hayabusa",), (5,))])
    kestrel, wren = sorted(found, key=lambda a: a.franchise.ids)
    assert kestrel.extends == 0 and kestrel.franchise.aliases == ("Kestrel",) and kestrel.franchise.ids == ()
    assert wren.extends is None and wren.franchise.name == "Wren"


# -- the store -----------------------------------------------------------------------------------


def test_an_observation_stores_its_facts_once_with_the_entry_as_their_source(store):
    policy = AlertPolicy({("Cinder Vale", kind): ("hook",) for kind in EventKind})
    entry = upcoming(When(Precision.MONTH, 2031, 10))
    observation = Observation("AniList", "Cinder Vale", (OLD, entry))
    found = changes("Cinder Vale", ("Cinder Vale",), {10: OLD}, [OLD, entry], NOW)
    result = store.save_observation(observation, [(c.entry, c.event) for c in found], policy, NOW, False)
    assert result.new_facts == 2
    assert set(store.catalog_entries("AniList")["Cinder Vale"]) == {10, 11}
    again = store.save_observation(observation, [(c.entry, c.event) for c in found], policy, NOW, False)
    assert again.new_facts == 0
    pending = store.pending(NOW)
    assert [(p.event, p.url, p.title, p.source) for p in pending] == [
        ("announcement", entry.url, entry.title, "AniList"), ("release_date", entry.url, entry.title, "AniList")]


def test_a_work_back_from_the_past_gets_a_date_not_a_delay():
    revived = CatalogEntry(10, "Cinder Vale", OLD.url, "TV", EntryStatus.NOT_YET_RELEASED, When(Precision.MONTH, 2031, 9),
                           titles=("Cinder Vale",))
    assert kinds(changes("Cinder Vale", ("Cinder Vale",), {10: OLD}, [revived], NOW)) == [
        ("release_date", "2031-09", None)]
