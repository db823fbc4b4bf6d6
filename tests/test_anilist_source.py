"""An ``anilist`` source end to end: `sequelwatch run --once` against the AniList stand-in and a news site."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from tests.anilist import AniListStandIn, media
from tests.conftest import sequelwatch, write_config
from tests.servers import NEXT_YEAR, FixtureSite

ARTICLE = f"""<html><head><title>Lumen Drift season 5 dated</title></head><body><article>
<h1>Lumen Drift season 5 premieres May 19, {NEXT_YEAR}</h1>
<p>The fifth season of Lumen Drift will premiere on May 19, {NEXT_YEAR}, the studio confirmed on Tuesday.
The new season adapts the final arc of the novels, with the same director and cast returning.</p>
<p>The studio also thanked fans for their patience after a long wait between seasons.</p>
</article></body></html>"""
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Anime Ledger</title><link>{base}/</link>
<item><title>Lumen Drift season 5 premieres May 19, {next_year}</title><link>{base}/lumen.html</link>
<pubDate>{published}</pubDate></item></channel></rss>"""


@pytest.fixture
def api():
    with AniListStandIn() as server:
        for n, media_id in enumerate((101, 102, 103, 104), start=1):
            relations = tuple(r for r in (("PREQUEL", media_id - 1) if n > 1 else None,
                                          ("SEQUEL", media_id + 1) if n < 4 else None) if r)
            server.media[media_id] = media(media_id, "Lumen Drift" + (f" Season {n}" if n > 1 else ""),
                                           "Lumen Drift", start=(2014 + n, 4, 1), relations=relations)
        server.media[701] = media(701, "Quiet Ember", "Shizuka na Oki", start=(2019, 1, 8))
        server.media[702] = media(702, "Quiet Ember Season 2", "Shizuka na Oki 2", start=(2021, 1, 8),
                                  relations=(("PREQUEL", 701),))
        server.media[701]["relations"] = (("SEQUEL", 702),)
        yield server


@pytest.fixture
def news(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    # Published yesterday: the article's dates are relative to today (NEXT_YEAR), so its date must be too.
    yesterday = format_datetime(datetime.now(UTC) - timedelta(days=1), usegmt=True)
    feed = FEED.replace("{published}", yesterday).replace("{next_year}", str(NEXT_YEAR))
    (root / "feed.rss").write_text(feed, encoding="utf-8")
    (root / "lumen.html").write_text(ARTICLE, encoding="utf-8")
    with FixtureSite(root) as server:
        yield server


def config(tmp_path, api, receiver, news=None) -> str:
    feed = (f'\n[[source]]\nname = "Anime Ledger"\nurl = "{news.base_url}/feed.rss"\nbackfill = true\n'
            if news else "")
    return write_config(tmp_path / "config.toml", f"""
[database]
url = "sqlite:///{tmp_path / 'sw.db'}"

[crawl]
user_agent = "sequelwatch-test"
download_delay = "0s"
robots = false

[[franchise]]
name = "Lumen Drift"
anilist = [101]

[[franchise]]
name = "Quiet Ember"

[[franchise]]
name = "Nowhere Saga"

[[source]]
name = "AniList"
type = "anilist"
url = "{api.url}"
{feed}
[[channel]]
name = "hook"
url = "{receiver.apprise_url}"
""")


def rows(tmp_path, query: str) -> list[tuple]:
    with sqlite3.connect(tmp_path / "sw.db") as db:
        return db.execute(query).fetchall()


def run_once(path) -> str:
    result = sequelwatch("run", "--once", "--config", str(path))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_an_anilist_source_alerts_a_new_season_once_whoever_reports_it_and_then_its_delay(
        tmp_path, api, receiver, news):
    path = config(tmp_path, api, receiver)
    log = run_once(path)
    # The first poll remembers what is there: the whole chain of seasons, found by id or by exact title.
    assert receiver.received == []
    entries = rows(tmp_path, "select franchise, entry_id from catalog_entries order by franchise, entry_id")
    assert entries == [("Lumen Drift", i) for i in (101, 102, 103, 104)] + [("Quiet Ember", 701), ("Quiet Ember", 702)]
    assert "skipped Nowhere Saga: not found on AniList" in log
    assert api.kinds()[0] == "search" and len(api.requests[0]["variables"]) == 2  # both unplaced, in one request

    api.media[105] = media(105, "Lumen Drift Season 5", "Lumen Drift 5th Season", status="NOT_YET_RELEASED",
                           start=(NEXT_YEAR, 5, 19), relations=(("PREQUEL", 104),))
    api.media[104]["relations"] = (*api.media[104]["relations"], ("SEQUEL", 105))
    run_once(path)
    titles = sorted(m["title"] for m in receiver.received)
    assert len(titles) == 2 and any("announced" in t.lower() or "announcement" in t.lower() for t in titles), titles
    assert any(f"May 19, {NEXT_YEAR}" in t for t in titles), titles
    assert "https://anilist.co/anime/105" in " ".join(m["message"] for m in receiver.received)

    # The same release date from a news site: one more source of the fact, no second alert.
    path = config(tmp_path, api, receiver, news)
    log = run_once(path)
    assert len(receiver.received) == 2, log
    facts = [json.loads(line) for line in sequelwatch("events", "--json", "--config", str(path)).stdout.splitlines()]
    dated = next(f for f in facts if f["event"] == "release_date" and f["when"] == f"{NEXT_YEAR}-05-19")
    assert {s["source"] for s in dated["sources"]} == {"AniList", "Anime Ledger"}, log

    # Moved later, with AniList asking once to slow down: one delay alert.
    api.media[105]["startDate"] = {"year": NEXT_YEAR, "month": 8, "day": None}
    api.throttle, api.retry_after = 1, 1
    run_once(path)
    assert len(receiver.received) == 3
    delay = receiver.received[-1]
    assert "delay" in delay["title"].lower() and f"August {NEXT_YEAR}" in delay["title"], delay
    assert f"May 19, {NEXT_YEAR}" in delay["title"] + delay["message"]


def test_check_source_shows_what_a_change_would_alert_storing_nothing(tmp_path, api, receiver):
    path = config(tmp_path, api, receiver)
    run_once(path)
    api.media[104]["status"] = "NOT_YET_RELEASED"
    api.media[104]["startDate"] = {"year": NEXT_YEAR, "month": 10, "day": None}
    result = sequelwatch("check-source", "AniList", "--config", str(path))
    assert result.returncode == 0, result.stderr
    assert "Lumen Drift: 4 entries on AniList" in result.stdout
    assert f"Lumen Drift season 4: release date set: October {NEXT_YEAR}: would alert hook" in result.stdout
    assert "Quiet Ember: 2 entries on AniList\n  https://anilist.co/anime/701\n  nothing changed" in result.stdout
    assert rows(tmp_path, "select start from catalog_entries where entry_id = 104") == [("2018-04-01",)]
    assert receiver.received == []


def test_a_malformed_answer_fails_the_poll_and_the_next_one_reads_again(tmp_path, api, receiver):
    path = config(tmp_path, api, receiver)
    api.malformed = 1
    log = run_once(path)
    assert "poll AniList: failed (1 in a row): AniList's search answer: not JSON" in log
    assert rows(tmp_path, "select count(*) from catalog_entries") == [(0,)]
    run_once(path)
    assert rows(tmp_path, "select count(*) from catalog_entries") == [(6,)]


def test_a_spent_rate_limit_pauses_the_source_until_its_reset(tmp_path, api, receiver):
    path = config(tmp_path, api, receiver)
    api.remaining, api.reset = 0, int(time.time()) + 600  # a Unix time, as AniList sends it
    run_once(path)
    (not_before,), = rows(tmp_path, "select not_before from sources where name = 'AniList'")
    paused = datetime.fromisoformat(not_before).timestamp() - time.time()
    assert 300 < paused < 900  # about ten minutes: not the day that reading the time as seconds would give
