"""`sequelwatch run --once` end to end: local feeds in, alerts out to a local receiver and SMTP server."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from tests.conftest import sequelwatch, write_config

FRANCHISES = '''
[[franchise]]
name = "Blame!"
aliases = ["BLAME!", "ブラム!"]
alert_on = ["mention"]
channels = ["hook", "mail"]

[[franchise]]
name = "Attack on Titan"
aliases = ["Shingeki no Kyojin", "進撃の巨人"]
alert_on = ["mention"]
channels = ["hook"]

[[franchise]]
name = "Dune"
alert_on = ["mention"]
channels = ["hook"]
'''


def config_text(tmp_path, site, *channels: tuple[str, str]) -> str:
    sources = "".join(
        f'\n[[source]]\nname = "{name}"\nurl = "{site.base_url}/feeds/{file}"\ninterval = "5m"\nbackfill = true\n'
        for name, file in (("Otaku Wire", "news.rss"), ("Pixel Post", "games.atom"),
                           ("Anime Sokuhou", "japan.rdf"), ("Half Feed", "broken.xml"))
    )
    channel_tables = "".join(f'\n[[channel]]\nname = "{name}"\nurl = "{url}"\n' for name, url in channels)
    return (f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n\n'
            f'[crawl]\nuser_agent = "sequelwatch-test"\ndownload_delay = "0s"\nrobots = false\n'
            + FRANCHISES + sources + channel_tables)


def db_rows(tmp_path, query: str) -> list[tuple]:
    with sqlite3.connect(tmp_path / "sw.db") as db:
        return db.execute(query).fetchall()


@pytest.fixture
def configured(tmp_path, site, receiver, smtp):
    return write_config(tmp_path / "config.toml", config_text(
        tmp_path, site, ("hook", receiver.apprise_url), ("mail", smtp.apprise_url)))


def test_first_run_stores_documents_hits_and_sends_each_alert_once(tmp_path, site, receiver, smtp, configured):
    result = sequelwatch("run", "--once", "--config", str(configured))
    assert result.returncode == 0, result.stderr

    urls = {u.removeprefix(site.base_url) for (u,) in db_rows(tmp_path, "select url from documents")}
    # The 500 page is not stored (it is fetched again next time); the AoT article, linked
    # from two feeds with and without tracking parameters, is stored once.
    assert urls == {"/articles/blame-sequel.html", "/articles/take-the-blame.html",
                    "/articles/dune-game.html", "/articles/blame-ja.html"} | {
        u for u in urls if u.startswith("/articles/aot-final.html")}
    assert len(urls) == 5
    hits = sorted((f, u.removeprefix(site.base_url).split("?")[0]) for f, u in db_rows(
        tmp_path, "select h.franchise, d.url from hits h join documents d on d.id = h.document_id"))
    assert hits == [("Attack on Titan", "/articles/aot-final.html"), ("Blame!", "/articles/blame-ja.html"),
                    ("Blame!", "/articles/blame-sequel.html"), ("Dune", "/articles/dune-game.html")]

    titles = sorted(m["title"] for m in receiver.received)
    assert titles == ["Attack on Titan: in the news", "Blame!: in the news", "Blame!: in the news", "Dune: in the news"]
    assert "take the blame" not in " ".join(m["message"] for m in receiver.received)
    # Mail is routed to Blame! only: HTML with a plain-text alternative.
    assert [m["Subject"] for m in smtp.messages] == ["Blame!: in the news"] * 2
    assert all(m.is_multipart() for m in smtp.messages)

    # Failures are counted in the report, one line each, never a traceback.
    assert "Traceback" not in result.stderr
    # Both feeds link the AoT page; whichever polls first fetches it, the other knows it is stored.
    assert "Otaku Wire: 4 listed, " in result.stdout and "Pixel Post: 2 listed, " in result.stdout
    assert "1 skipped (HTTP 500)" in result.stdout
    assert "Half Feed: 0 listed" in result.stdout and "failed: malformed feed" in result.stdout
    assert result.stderr.count("malformed feed") == 1
    assert "delivery: 6 delivered, 0 to retry, 0 failed" in result.stdout


def test_second_run_fetches_no_stored_article_and_sends_nothing(tmp_path, site, receiver, smtp, configured):
    assert sequelwatch("run", "--once", "--config", str(configured)).returncode == 0
    sent, mails = len(receiver.received), len(smtp.messages)
    fetched_before = site.requests.copy()

    result = sequelwatch("run", "--once", "--config", str(configured))

    assert result.returncode == 0, result.stderr
    assert (len(receiver.received), len(smtp.messages)) == (sent, mails)
    fetched_again = {p for p in site.requests if site.requests[p] > fetched_before[p] and p.startswith("/articles/")}
    assert fetched_again == set()  # the page that failed waits 10 minutes before its next attempt
    assert "1 waiting to be retried" in result.stdout
    assert "delivery: 0 delivered" in result.stdout


def test_the_daemon_logs_a_database_error_in_one_line_and_keeps_running(tmp_path, site, receiver, daemons):
    config = write_config(tmp_path / "config.toml", config_text(tmp_path, site, ("hook", receiver.apprise_url),
                                                                ("mail", "json://127.0.0.1:9/"))
                          .replace('interval = "5m"', 'interval = "1s"'))
    assert sequelwatch("run", "--once", "--config", str(config)).returncode == 0
    with sqlite3.connect(tmp_path / "sw.db") as db:
        db.execute("CREATE TRIGGER refuse BEFORE UPDATE ON sources BEGIN SELECT RAISE(FAIL, 'disk is full'); END")
    daemon = daemons(config)
    # Each source's first poll, then a second round a second later: the jobs ran again.
    assert daemon.wait_for_log("database error", count=3), daemon.log
    code, stderr = daemon.stop()
    assert code == 0, stderr
    errors = [line for line in stderr.splitlines() if "database error" in line]
    assert len(errors) >= 2, stderr  # one line per failed job, and the jobs ran again
    assert all("ERROR sequelwatch: job crawl_source: database error:" in e and "disk is full" in e for e in errors)
    assert "Traceback" not in stderr


def test_a_failing_page_is_fetched_again_later_and_later_not_on_every_poll(tmp_path, site, receiver, smtp, configured):
    def broken_page() -> tuple[int, str, timedelta]:
        failures, error, failed_at, next_attempt_at = db_rows(
            tmp_path, "select failures, last_error, failed_at, next_attempt_at from page_failures "
                      "where canonical_url like '%/articles/broken.html'")[0]
        wait = datetime.fromisoformat(next_attempt_at) - datetime.fromisoformat(failed_at)
        return failures, error, wait

    assert sequelwatch("run", "--once", "--config", str(configured)).returncode == 0
    assert site.requests["/articles/broken.html"] == 2  # Scrapy's one retry of a 500
    assert broken_page() == (1, "HTTP 500", timedelta(minutes=10))

    assert sequelwatch("run", "--once", "--config", str(configured)).returncode == 0
    assert site.requests["/articles/broken.html"] == 2  # still waiting

    with sqlite3.connect(tmp_path / "sw.db") as db:  # the ten minutes have passed
        db.execute("update page_failures set next_attempt_at = '2000-01-01 00:00:00'")
    site.statuses.pop("/articles/broken.html")  # now it answers 404: there is no such file
    result = sequelwatch("run", "--once", "--config", str(configured))
    assert result.returncode == 0, result.stderr
    assert site.requests["/articles/broken.html"] == 3
    assert broken_page() == (2, "HTTP 404", timedelta(minutes=20))  # the wait doubles


def test_check_source_shows_what_would_alert_and_why_not_storing_and_sending_nothing(tmp_path, site, receiver):
    config = write_config(tmp_path / "config.toml", config_text(tmp_path, site, ("hook", receiver.apprise_url),
                                                                ("mail", "json://127.0.0.1:9/"))
                          .replace("backfill = true\n", ""))
    preview = sequelwatch("check-source", "Otaku Wire", "--config", str(config))
    assert preview.returncode == 0, preview.stderr
    assert "Otaku Wire: 4 listed, 3 fetched, 3 new, 2 hits, 2 would alert, 1 skipped (HTTP 500)" in preview.stdout
    assert "Blame!: in the news: would alert hook, mail" in preview.stdout, preview.stdout
    assert "Blame! 2: announced: would not alert: its kind is not in the franchise's alert_on" in preview.stdout
    assert "take-the-blame.html\n  names no watched franchise" in preview.stdout  # "take the blame" is not Blame!
    assert "has had no successful poll yet" in preview.stdout
    assert not (tmp_path / "sw.db").exists() and receiver.received == []  # nothing stored, nothing sent

    assert sequelwatch("run", "--once", "--config", str(config)).returncode == 0  # a first poll: stored, silent
    again = sequelwatch("check-source", "Otaku Wire", "--config", str(config))
    assert "blame-sequel.html\n  stored on an earlier poll: a poll does not read it again" in again.stdout, again.stdout
    assert "Blame! 2: announced: already known; this report would add a source, not an alert" in again.stdout
    assert "no successful poll yet" not in again.stdout and receiver.received == []
    unknown = sequelwatch("check-source", "Nope", "--config", str(config))
    assert unknown.returncode == 2 and "no source named 'Nope'" in unknown.stderr
