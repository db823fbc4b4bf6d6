"""Every source type against a local site that answers like the real service, crawled politely."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from crawler.fetch.context import CrawlRun, RobotsCache
from crawler.fetch.spiders.feed import FeedSpider
from crawler.model import CrawlReport, Source, SourceState
from crawler.store import Store
from scheduler import polling
from scheduler.cli import cli
from tests.conftest import sequelwatch, write_config
from tests.servers import FIXTURES, NEXT_YEAR, FixtureSite

WATCH = "".join(f'[[franchise]]\nname = "{n}"\n' for n in
                ("Blame!", "Dune", "Attack on Titan", "The Legend of Zelda", "Persona", "Frieren", "Spy x Family"))


def config(tmp_path, site, sources: list[dict], extra: str = "", channel: str | None = None) -> str:
    tables = ""
    for source in sources:
        tables += "[[source]]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in source.items())
    hook = f'[[channel]]\nname = "hook"\nurl = "{channel}"\n' if channel else ""
    return (f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n'
            f'[crawl]\ndownload_delay = "0s"\nmax_response_size = "20KB"\n{extra}\n' + WATCH + tables + hook)


def rows(tmp_path, query):
    with sqlite3.connect(tmp_path / "sw.db") as db:
        return db.execute(query).fetchall()


@pytest.fixture
def services():
    with FixtureSite("sources", etags=True) as server:
        yield server


def test_every_source_type_yields_the_right_documents_and_events(tmp_path, services):
    base = services.base_url
    sources = [
        {"name": "Wire", "type": "feed", "url": f"{base}/feeds/news.json", "backfill": True},
        {"name": "Sitemap", "type": "sitemap", "url": f"{base}/sitemap_index.xml", "backfill": True},
        {"name": "Listing", "type": "html", "url": f"{base}/listing/index.html", "links": ".headline a", "pages": 2,
         "backfill": True},
        {"name": "Reddit", "type": "reddit", "url": f"{base}/r/anime", "backfill": True},
        {"name": "Tag", "type": "mastodon", "url": f"{base}/tags/anime", "backfill": True},
        {"name": "Account", "type": "mastodon", "url": f"{base}/@news", "backfill": True},
        {"name": "Sky", "type": "bluesky", "url": f"{base}/xrpc/app.bsky.feed.getAuthorFeed?actor=studio.example",
         "backfill": True},
    ]
    path = write_config(tmp_path / "config.toml", config(tmp_path, services, sources))
    result = sequelwatch("run", "--once", "--config", str(path))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr

    documents = {(source, kind, url.replace(base, "")) for source, kind, url in
                 rows(tmp_path, "select source, kind, url from documents")}
    assert documents == {
        ("Wire", "article", "/articles/blame-movie.html"),
        ("Sitemap", "article", "/articles/dune-date.html"),
        ("Sitemap", "article", "/articles/aot-trailer.html"),
        ("Sitemap", "article", "/articles/latin1.html"),  # a broken encoding is read, not dropped
        ("Listing", "article", "/articles/zelda-delay.html"),
        ("Listing", "article", "/articles/persona-reveal.html"),  # from the second listing page
        ("Reddit", "post", "https://www.reddit.com/r/anime/comments/abc/frieren_season_3/"),
        ("Reddit", "post", "https://www.reddit.com/r/anime/comments/def/backlog/"),
        ("Tag", "post", "https://mastodon.example/@news/1"),
        ("Account", "post", "https://mastodon.example/@news/2"),
        ("Sky", "post", "https://bsky.app/profile/studio.example/post/3kxyz"),
    }
    assert services.requests["/private/secret.html"] == 0  # robots.txt disallows it
    # A listing's link text ("Zelda film delayed") is no headline: the page's own title is.
    assert rows(tmp_path, "select title from documents where source = 'Listing' order by url desc") == [
        ("The Legend of Zelda film delayed to May 7, 2027",), ("Persona 6 officially announced",)]  # not "... revealed"
    assert services.requests["/robots.txt"] >= 1
    assert services.requests["/about"] == 0  # not a link the selector picks
    assert "Sitemap:" in result.stdout and "1 skipped (response too large)" in result.stdout
    facts = set(rows(tmp_path, 'select franchise, event, "when" from facts'))
    assert facts == {
        ("Blame!", "release_date", "2027-05-19"), ("Blame!", "trailer", None),
        ("Dune", "delay", "2027-12-17"), ("Dune", "release_date", "2027-12-17"), ("Dune", "trailer", None),
        ("Attack on Titan", "trailer", None),
        ("The Legend of Zelda", "delay", "2027-05-07"), ("The Legend of Zelda", "release_date", "2027-05-07"),
        ("Persona", "announcement", None), ("Persona", "trailer", None),
        ("Frieren", "announcement", None), ("Spy x Family", "release_date", "2027-04-04"),
    }


def test_an_unchanged_feed_costs_one_304_and_no_article_fetch(tmp_path, services):
    sources = [{"name": "Fifty", "url": f"{services.base_url}/feeds/fifty.rss", "backfill": True}]
    path = write_config(tmp_path / "config.toml", config(tmp_path, services, sources))
    assert sequelwatch("run", "--once", "--config", str(path)).returncode == 0
    articles = sum(n for p, n in services.requests.items() if p.startswith("/articles/"))
    assert articles == 50

    again = sequelwatch("run", "--once", "--config", str(path))
    assert again.returncode == 0, again.stderr
    assert "Fifty: unchanged (304)" in again.stdout
    assert services.requests["/feeds/fifty.rss"] == 2
    assert sum(n for p, n in services.requests.items() if p.startswith("/articles/")) == articles


def test_a_short_retry_after_is_waited_for_and_a_long_one_pauses_the_source(tmp_path, services):
    services.throttled["/feeds/news.json"] = 1
    services.retry_after = 2
    sources = [{"name": "Wire", "url": f"{services.base_url}/feeds/news.json", "backfill": True}]
    path = write_config(tmp_path / "config.toml", config(tmp_path, services, sources))
    began = time.monotonic()
    result = sequelwatch("run", "--once", "--config", str(path))
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - began >= 2  # it waited as asked, then fetched
    assert services.requests["/feeds/news.json"] == 2
    assert "Wire: 2 listed, 1 fetched, 1 new" in result.stdout

    services.throttled["/feeds/news.json"] = 5
    services.retry_after = 3600  # longer than a crawl waits: the source pauses instead
    paused = sequelwatch("run", "--once", "--config", str(path))
    assert "failed: HTTP 429" in paused.stdout
    requests_so_far = services.requests["/feeds/news.json"]
    later = sequelwatch("run", "--once", "--config", str(path))
    assert "Wire: paused until" in later.stdout
    assert services.requests["/feeds/news.json"] == requests_so_far  # not asked again while paused


def test_a_first_poll_alerts_nothing_unless_backfill(tmp_path, receiver):
    root = tmp_path / "site"
    shutil.copytree(FIXTURES / "sources", root)
    with FixtureSite("sources") as site:
        site.root = root.resolve()
        sources = [{"name": "Quiet", "url": f"{site.base_url}/feeds/news.json"},
                   {"name": "Loud", "type": "reddit", "url": f"{site.base_url}/r/anime", "backfill": True}]
        path = write_config(tmp_path / "config.toml", config(tmp_path, site, sources, channel=receiver.apprise_url))
        first = sequelwatch("run", "--once", "--config", str(path))
        assert first.returncode == 0, first.stderr
        assert [m["title"] for m in receiver.received] == ["Frieren season 3: announced"]  # only the backfilled source
        assert "Quiet: first poll, 1 documents stored without alerts" in first.stderr
        # News that arrives after the first poll alerts as usual (its date still ahead, whenever this runs).
        article = root / "articles/dune-date.html"
        article.write_text(article.read_text().replace("2027", str(NEXT_YEAR)))
        feed = json.loads((root / "feeds/news.json").read_text())
        feed["items"].append({"id": "3", "url": "{base}/articles/dune-date.html",
                              "title": f"Dune: Part Three moves to December 17, {NEXT_YEAR}",
                              "date_published": "2026-11-22T10:00:00Z"})
        (root / "feeds/news.json").write_text(json.dumps(feed))
        second = sequelwatch("run", "--once", "--config", str(path))
        assert second.returncode == 0, second.stderr
        # One alert for the delay: the release date it names goes with it.
        assert sorted(m["title"] for m in receiver.received) == [
            f"Dune part 3: delayed: December 17, {NEXT_YEAR}", "Frieren season 3: announced"]


def test_backfill_alerts_what_a_first_poll_stored_once_and_only_once(tmp_path, receiver):
    root = tmp_path / "site"
    shutil.copytree(FIXTURES / "sources", root)
    for name in ("feeds/news.json", "articles/blame-movie.html"):  # its date still ahead, whenever this runs
        (root / name).write_text((root / name).read_text().replace("2027", str(NEXT_YEAR)))
    with FixtureSite("sources") as site:
        site.root = root.resolve()
        sources = [{"name": "Quiet Wire", "url": f"{site.base_url}/feeds/news.json"}]
        path = write_config(tmp_path / "config.toml", config(tmp_path, site, sources, channel=receiver.apprise_url))
        first = sequelwatch("run", "--once", "--config", str(path))
        assert "not alerted (1 first poll)" in first.stdout and receiver.received == []
        assert "`sequelwatch backfill 'Quiet Wire'` alerts them" in first.stderr  # the hint names the command
        events = CliRunner().invoke(cli, ["events", "--config", str(path)]).output
        assert "not alerted: found on its source's first poll" in events, events
        status = CliRunner().invoke(cli, ["status", "--config", str(path)]).output
        assert "facts: 0 alerted, 1 not alerted (1 first poll)" in status, status

        backfilled = sequelwatch("backfill", "Quiet Wire", "--config", str(path))
        assert backfilled.returncode == 0 and backfilled.stdout.startswith("1 alert queued from Quiet Wire's first poll")
        assert sequelwatch("run", "--once", "--config", str(path)).returncode == 0
        assert [m["title"] for m in receiver.received] == [f"Blame!: release date set: May 19, {NEXT_YEAR}"]

        again = sequelwatch("backfill", "Quiet Wire", "--config", str(path))
        assert again.stdout.strip() == "0 alerts queued from Quiet Wire's first poll"
        assert sequelwatch("run", "--once", "--config", str(path)).returncode == 0
        assert len(receiver.received) == 1  # never twice
        unknown = sequelwatch("backfill", "Loud", "--config", str(path))
        assert unknown.returncode == 2 and "no source named 'Loud'" in unknown.stderr


def test_a_failing_source_backs_off_and_is_reported_once_after_several_failures():
    now = datetime(2026, 11, 24, tzinfo=UTC)
    failed = CrawlReport("S", error="HTTP 500")
    assert polling.not_before(failed, 1, 600, now) is None  # one failure: the usual interval
    assert polling.not_before(failed, 2, 600, now) == now + timedelta(seconds=1200)
    assert polling.not_before(failed, 4, 600, now) == now + timedelta(seconds=4800)
    assert polling.not_before(failed, 30, 600, now) == now + polling.MAX_BACKOFF
    asked = CrawlReport("S", error="HTTP 429", retry_after=90)
    assert polling.not_before(asked, 1, 600, now) == now + timedelta(seconds=90)


def test_reporting_a_failing_streak_once(caplog):
    caplog.set_level("INFO", logger="sequelwatch")
    failed = CrawlReport("S", error="HTTP 500")
    for failures in range(1, 7):
        polling.report_poll("S", failed, SourceState(consecutive_failures=failures - 1),
                            SourceState(consecutive_failures=failures), False, False)
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "has failed 3 polls in a row" in warnings[0].getMessage()
    polling.report_poll("S", CrawlReport("S"), SourceState(consecutive_failures=6), SourceState(), False, False)
    assert "S is back after 6 failed polls" in caplog.records[-1].getMessage()


def test_a_source_gone_quiet_for_much_longer_than_usual_is_noticed():
    now = datetime(2026, 11, 24, tzinfo=UTC)
    busy = SourceState(polls=100, documents_found=200, last_new_document_at=now - timedelta(days=3))
    assert polling.silence(busy, 900, now) == timedelta(days=3)  # usually news every 7.5 minutes
    assert polling.silence(busy, 900, now - timedelta(days=2, hours=12)) is None  # half a day: not yet a day
    sparse = SourceState(polls=400, documents_found=5, last_new_document_at=now - timedelta(days=3))
    assert polling.silence(sparse, 900, now) is None  # news every 20 hours: 3 days is not 10 times that


def test_a_feed_link_that_redirects_is_fetched_once_not_on_every_poll(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(FIXTURES / "sources", root)
    feed = json.loads((root / "feeds/news.json").read_text())
    feed["items"][0]["url"] = "{base}/go/1?utm_source=feed"
    (root / "feeds/news.json").write_text(json.dumps(feed))
    with FixtureSite("sources") as site:
        site.root = root.resolve()
        site.redirects["/go/1"] = "/articles/blame-movie.html"
        sources = [{"name": "Wire", "url": f"{site.base_url}/feeds/news.json", "backfill": True}]
        path = write_config(tmp_path / "config.toml", config(tmp_path, site, sources))
        for _ in range(2):
            assert sequelwatch("run", "--once", "--config", str(path)).returncode == 0
        assert (site.requests["/go/1"], site.requests["/articles/blame-movie.html"]) == (1, 1)
    assert rows(tmp_path, "select url from documents") == [(f"{site.base_url}/articles/blame-movie.html",)]


def test_a_failed_first_poll_does_not_let_the_next_one_alert_the_past(tmp_path, receiver):
    with FixtureSite("sources") as site:
        site.statuses["/r/anime/new.json"] = 500
        sources = [{"name": "Reddit", "type": "reddit", "url": f"{site.base_url}/r/anime"}]
        path = write_config(tmp_path / "config.toml", config(tmp_path, site, sources, channel=receiver.apprise_url))
        assert "failed: HTTP 500" in sequelwatch("run", "--once", "--config", str(path)).stdout
        del site.statuses["/r/anime/new.json"]
        second = sequelwatch("run", "--once", "--config", str(path))
        assert second.returncode == 0, second.stderr
    assert receiver.received == []  # the first poll that succeeded is the first poll
    assert "Reddit: first poll, 2 documents stored without alerts" in second.stderr


def test_a_crawl_stopped_before_it_finished_is_not_a_successful_poll():
    run = CrawlRun(source=Source("S", "feed", "https://s.example/feed"), context=None)
    FeedSpider(run=run).closed("shutdown")  # the daemon stopping: not the source's fault
    assert not run.report().ok and run.report().interrupted and run.report().error is None
    assert "interrupted before it finished" in run.report().summary()
    timed_out = CrawlRun(source=Source("S", "feed", "https://s.example/feed"), context=None)
    FeedSpider(run=timed_out).closed("closespider_timeout")
    assert not timed_out.report().ok and timed_out.report().error == "stopped before it finished (closespider_timeout)"
    finished = CrawlRun(source=Source("S", "feed", "https://s.example/feed"), context=None)
    FeedSpider(run=finished).closed("finished")
    assert finished.report().ok


def test_the_daemon_reads_robots_txt_once_a_day_not_once_a_poll(tmp_path, services, daemons):
    sources = [{"name": "Wire", "url": f"{services.base_url}/feeds/news.json", "interval": "1s", "backfill": True}]
    path = write_config(tmp_path / "config.toml", config(tmp_path, services, sources))
    daemon = daemons(path)
    deadline = time.monotonic() + 60
    while services.requests["/feeds/news.json"] < 4 and time.monotonic() < deadline:
        time.sleep(0.1)
    code, stderr = daemon.stop()  # SIGTERM, most likely during a poll
    assert code == 0, stderr
    assert services.requests["/feeds/news.json"] >= 4, stderr
    assert services.requests["/robots.txt"] == 1
    assert services.requests["/private/secret.html"] == 0  # the cached rules still apply
    assert "Traceback" not in stderr


def test_a_poll_cut_short_by_a_stop_is_recorded_as_interrupted_not_as_a_success(tmp_path, services, daemons):
    services.delays["/feeds/news.json"] = 3.0
    sources = [{"name": "Wire", "url": f"{services.base_url}/feeds/news.json", "interval": "1h", "backfill": True}]
    path = write_config(tmp_path / "config.toml", config(tmp_path, services, sources))
    daemon = daemons(path)
    deadline = time.monotonic() + 60
    while not services.requests["/feeds/news.json"] and time.monotonic() < deadline:
        time.sleep(0.05)
    code, stderr = daemon.stop()  # while the feed is still being read
    assert code == 0, stderr
    [line] = [line for line in stderr.splitlines() if "poll Wire:" in line]
    assert "0 fetched" in line and line.endswith("interrupted before it finished; the next poll reads the source again")
    assert "Traceback" not in stderr
    [(polls, success, failures, etag)] = rows(
        tmp_path, "select polls, last_success_at, consecutive_failures, etag from sources")
    assert (polls, success, failures, etag) == (1, None, 0, None)


def test_a_robots_txt_older_than_a_day_is_read_again():
    now = [0.0]
    cache = RobotsCache(clock=lambda: now[0])
    cache.put("https://w.example", b"User-agent: *\nDisallow: /private/")
    now[0] = 24 * 3600 - 1
    assert cache.get("https://w.example") == b"User-agent: *\nDisallow: /private/"
    assert cache.get("http://w.example") is None  # another scheme is another site
    now[0] = 24 * 3600
    assert cache.get("https://w.example") is None


def test_a_poll_whose_documents_could_not_be_stored_is_no_success_and_the_next_reads_everything(tmp_path, services):
    sources = [{"name": "Wire", "url": f"{services.base_url}/feeds/news.json", "backfill": True}]
    path = write_config(tmp_path / "config.toml", config(tmp_path, services, sources))
    Store.open(f"sqlite:///{tmp_path / 'sw.db'}").close()  # the schema, so that a fault can be planted in it
    with sqlite3.connect(tmp_path / "sw.db") as db:
        db.execute("CREATE TRIGGER full BEFORE INSERT ON documents BEGIN SELECT RAISE(FAIL, 'disk is full'); END")
    failed = sequelwatch("run", "--once", "--config", str(path))
    assert "1 skipped (not stored), failed: documents could not be stored" in failed.stdout, failed.stdout
    assert "disk is full" in failed.stdout
    assert rows(tmp_path, "select etag from sources") == [(None,)]  # no validators from an incomplete poll
    with sqlite3.connect(tmp_path / "sw.db") as db:
        db.execute("DROP TRIGGER full")
    again = sequelwatch("run", "--once", "--config", str(path))
    assert "Wire: 2 listed, 1 fetched, 1 new" in again.stdout, again.stdout  # read in full, not a 304
    assert rows(tmp_path, "select count(*) from documents") == [(1,)]


def test_pages_failing_alike_during_a_fault_are_logged_a_few_times_and_counted_all(caplog):
    run = CrawlRun(source=Source("S", "feed", "https://s.example/feed"), context=None)
    with caplog.at_level("WARNING", logger="sequelwatch.crawl"):
        for n in range(50):
            run.skip("not stored", f"https://s.example/{n}", detail="disk is full")
        run.skip("HTTP 404", "https://s.example/gone")
    assert len(caplog.records) == 4  # three of the fifty, and the other reason
    assert run.report().skipped == {"not stored": 50, "HTTP 404": 1}
