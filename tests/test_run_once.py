"""`sequelwatch run --once` end to end: local feeds in, alerts out to a local receiver and SMTP server."""

from __future__ import annotations

import sqlite3

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
    assert fetched_again == {"/articles/broken.html"}  # only the page that failed is retried
    assert "delivery: 0 delivered" in result.stdout


def test_failing_channel_keeps_alert_pending_until_a_later_run_delivers_it_once(tmp_path, site, receiver, smtp, configured):
    receiver.status = 500
    first = sequelwatch("run", "--once", "--config", str(configured))
    assert first.returncode == 0, first.stderr
    assert receiver.received == [] and receiver.attempts >= 1
    assert len(smtp.messages) == 2  # the other channel is not held back
    assert db_rows(tmp_path, "select count(*) from deliveries where channel = 'hook' and status = 'pending'") == [(4,)]
    assert first.stderr.count("channel hook is failing") == 1  # reported once, not per alert

    receiver.status = 200
    second = sequelwatch("run", "--once", "--config", str(configured))
    assert second.returncode == 0, second.stderr
    assert sorted(m["title"] for m in receiver.received).count("Blame!: in the news") == 2
    assert len(receiver.received) == 4
    assert len(smtp.messages) == 2

    third = sequelwatch("run", "--once", "--config", str(configured))
    assert third.returncode == 0
    assert len(receiver.received) == 4


def test_by_default_only_confirmations_alert_and_two_reports_of_one_make_one_alert(tmp_path, site, receiver):
    config = (f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n'
              f'[crawl]\ndownload_delay = "0s"\nrobots = false\n'
              '[[franchise]]\nname = "Blame!"\naliases = ["BLAME!", "ブラム!"]\n'
              '[[franchise]]\nname = "Attack on Titan"\n[[franchise]]\nname = "Dune"\n'
              + "".join(f'[[source]]\nname = "{n}"\nurl = "{site.base_url}/feeds/{f}"\nbackfill = true\n'
                        for n, f in (("Otaku Wire", "news.rss"), ("Pixel Post", "games.atom"), ("Sokuhou", "japan.rdf")))
              + f'[[channel]]\nname = "hook"\nurl = "{receiver.apprise_url}"\n')
    path = write_config(tmp_path / "config.toml", config)
    result = sequelwatch("run", "--once", "--config", str(path))
    assert result.returncode == 0, result.stderr
    # The English ("Blame! 2") and the Japanese article (a sequel, unnumbered) report one fact:
    # one alert, two sources. The Dune game article confirms nothing; "take the blame" names nothing.
    assert sorted(m["title"] for m in receiver.received) == [
        "Attack on Titan: release date set: Spring 2018", "Blame! 2: announced"]
    assert db_rows(tmp_path, "select franchise, event, \"when\", installment from facts order by franchise") == [
        ("Attack on Titan", "release_date", "2018-spring", None), ("Blame!", "announcement", None, "#2")]
    assert db_rows(tmp_path, "select count(*) from fact_sources s join facts f on f.id = s.fact_id "
                             "where f.franchise = 'Blame!'") == [(2,)]


def test_extraction_in_worker_processes_stores_the_same_documents(tmp_path, site):
    def stored(workers: int) -> list[tuple]:
        folder = tmp_path / f"w{workers}"
        folder.mkdir()
        text = (config_text(folder, site, ("hook", "json://127.0.0.1:9/"), ("mail", "json://127.0.0.1:9/"))
                .replace('robots = false\n', f'robots = false\nextract_workers = {workers}\n'))
        result = sequelwatch("run", "--once", "--config", str(write_config(folder / "config.toml", text)))
        assert result.returncode == 0, result.stderr
        return db_rows(folder, "select canonical_url, title, text from documents order by canonical_url")

    in_threads = stored(0)
    assert len(in_threads) >= 5 and stored(2) == in_threads


def test_a_database_that_refuses_writes_stops_run_once_with_one_line_and_exit_1(tmp_path, site, receiver):
    config = write_config(tmp_path / "config.toml", config_text(tmp_path, site, ("hook", receiver.apprise_url),
                                                                ("mail", "json://127.0.0.1:9/")))
    assert sequelwatch("run", "--once", "--config", str(config)).returncode == 0
    with sqlite3.connect(tmp_path / "sw.db") as db:  # as a full disk would, for every poll's record
        db.execute("CREATE TRIGGER refuse BEFORE UPDATE ON sources BEGIN SELECT RAISE(FAIL, 'disk is full'); END")
    result = sequelwatch("run", "--once", "--config", str(config))
    assert result.returncode == 1, result.stderr
    assert "stopped: database error:" in result.stderr and "disk is full" in result.stderr
    assert "Traceback" not in result.stderr
