"""One alert per new fact: many reports, one fact with its sources; several daemons, each alert once."""

from __future__ import annotations

import json
import subprocess
from collections import Counter

from click.testing import CliRunner

from scheduler.cli import cli
from tests.conftest import SEQUELWATCH, sequelwatch, write_config
from tests.servers import NEXT_YEAR, FixtureSite

MORE = (" Denis Villeneuve returns to direct from a script he wrote with Jon Spaihts, adapting Frank Herbert's "
        "Dune Messiah. Timothée Chalamet and Zendaya are back, joined by Robert Pattinson. Filming wrapped in "
        "Budapest and Abu Dhabi in the spring.")
STORY = (f"Warner Bros. has dated Dune: Part Three for December 18, {NEXT_YEAR}, the studio said on Tuesday, "
         "ending months of guessing about when the finale of the trilogy would arrive in cinemas." + MORE)
EDITED = (f"Warner Bros. has now dated Dune: Part Three for December 18, {NEXT_YEAR}, the studio confirmed on Tuesday, "
          "ending months of guessing about when the trilogy's finale arrives in theaters." + MORE)


def site_files(root, name: str, articles: dict[str, tuple[str, str, str]]) -> None:
    """A site with a feed: articles maps a slug to (title, text, RFC 822 date)."""
    (root / name / "articles").mkdir(parents=True, exist_ok=True)
    items = ""
    for slug, (title, text, published) in articles.items():
        (root / name / "articles" / f"{slug}.html").write_text(
            f"<html><body><article><h1>{title}</h1><p>{text}</p></article></body></html>")
        items += f"<item><title>{title}</title><link>{{base}}/{name}/articles/{slug}.html</link><pubDate>{published}</pubDate></item>"
    (root / name / "feed.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>{items}</channel></rss>')


def config_text(database: str, base: str, sites: list[str], receiver) -> str:
    sources = "".join(f'[[source]]\nname = "{s}"\nurl = "{base}/{s}/feed.rss"\nbackfill = true\n' for s in sites)
    return (f'[database]\nurl = "{database}"\n[crawl]\ndownload_delay = "0s"\nrobots = false\n'
            f'[[franchise]]\nname = "Dune"\naliases = ["Dune: Part Three"]\n{sources}'
            f'[[channel]]\nname = "hook"\nurl = "{receiver.apprise_url}"\n')


def test_one_story_on_three_sites_is_one_fact_with_three_sources_and_one_alert(tmp_path, receiver):
    root = tmp_path / "web"
    day = "Tue, 24 Nov 2026 10:00:00 GMT"
    site_files(root, "wire", {"dune": (f"Dune: Part Three dated for December 18, {NEXT_YEAR}", STORY, day)})
    site_files(root, "daily", {"dune-date": ("Dune: Part Three gets its date", STORY, day)})
    site_files(root, "echo", {"dune-finale": ("Dune: Part Three now dated", EDITED, day)})  # lightly edited copy
    with FixtureSite("site") as server:
        server.root = root.resolve()
        config = write_config(tmp_path / "config.toml", config_text(
            f"sqlite:///{tmp_path / 'sw.db'}", server.base_url, ["wire", "daily", "echo"], receiver))
        assert sequelwatch("run", "--once", "--config", str(config)).returncode == 0
        assert [m["title"] for m in receiver.received] == [f"Dune part 3: release date set: December 18, {NEXT_YEAR}"]

        # The same fact, reported again a day later: a source more, no alert.
        site_files(root, "wire", {"dune": (f"Dune: Part Three dated for December 18, {NEXT_YEAR}", STORY, day),
                                  "dune-recap": ("Dune: Part Three reminder", STORY, "Wed, 25 Nov 2026 10:00:00 GMT")})
        assert sequelwatch("run", "--once", "--config", str(config)).returncode == 0
        assert len(receiver.received) == 1

        # A changed date is a new fact, and its alert says what changed.
        site_files(root, "daily", {"dune-date": ("Dune: Part Three gets its date", STORY, day),
                                   "dune-moved": ("Dune: Part Three moves", "Warner Bros. has delayed Dune: Part Three "
                                                  f"to March 19, {NEXT_YEAR + 1}, the studio said.", "Thu, 26 Nov 2026 10:00:00 GMT")})
        assert sequelwatch("run", "--once", "--config", str(config)).returncode == 0
    # One alert per change: the delay says its new date; the release date it sets is not a second alert.
    titles = [m["title"] for m in receiver.received[1:]]
    assert titles == [f"Dune part 3: delayed: March 19, {NEXT_YEAR + 1} (was December 18, {NEXT_YEAR})"]

    out = CliRunner().invoke(cli, ["events", "--config", str(config), "--json"])
    facts = [json.loads(line) for line in out.output.splitlines()]
    first = next(f for f in facts if f["when"] == f"{NEXT_YEAR}-12-18" and f["event"] == "release_date")
    assert sorted(s["source"] for s in first["sources"]) == ["daily", "echo", "wire", "wire"]
    assert len({s["story"] for s in first["sources"]}) == 1  # the copies and the edited re-post: one story
    assert first["installment"] == "part 3" and first["deliveries"] == {"hook": "delivered"}
    assert set(first) >= {"franchise", "event", "when", "installment", "sources", "first_seen", "deliveries"}


def test_two_daemons_on_one_postgresql_database_deliver_every_fact_exactly_once(tmp_path, receiver, postgres_url):
    root = tmp_path / "web"
    day = "Tue, 24 Nov 2026 10:00:00 GMT"
    site_files(root, "wire", {f"story-{n}": (f"Dune: Part Three trailer {n}", f"The official Dune: Part Three "
                                             f"trailer number {n} was released today by Warner Bros. for fans.", day)
                              for n in range(1)} | {
        f"date-{n}": (f"Dune: Part Three dated for December {n + 1}, {NEXT_YEAR + 1}", f"Warner Bros. has dated Dune: Part "
                      f"Three for December {n + 1}, {NEXT_YEAR + 1}.", day) for n in range(12)})
    receiver.delay = 0.05
    with FixtureSite("site") as server:
        server.root = root.resolve()
        config = write_config(tmp_path / "config.toml",
                              config_text(postgres_url, server.base_url, ["wire"], receiver))
        daemons = [subprocess.Popen([str(SEQUELWATCH), "run", "--once", "--config", str(config)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outputs = [d.communicate(timeout=120) for d in daemons]
        assert all(d.returncode == 0 for d in daemons), outputs
    counts = Counter(m["title"] for m in receiver.received)
    assert len(counts) == 13  # 12 dates and one trailer
    assert set(counts.values()) == {1}, counts  # none twice
    delivered = sum(int(line.split("delivery: ")[1].split()[0]) for out, _ in outputs
                    for line in out.splitlines() if line.startswith("delivery: "))
    assert delivered == 13
