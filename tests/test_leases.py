"""Several daemons on one database share the polling: each source is leased to one daemon at a time."""

from __future__ import annotations

import random
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import sequelwatch, write_config
from tests.servers import FixtureSite
from tests.test_kill import ALERTS, site_with_articles
from tests.test_operations import wait_for

NOW = datetime(2031, 1, 5, 12, tzinfo=UTC)


def test_a_lease_goes_to_one_daemon_until_it_runs_out(store):
    later = NOW + timedelta(minutes=10)
    assert store.take_lease("Wire", "a:1", NOW, later) is None
    assert store.take_lease("Wire", "b:2", NOW + timedelta(minutes=1), later) == "a:1"
    assert store.take_lease("Wire", "a:1", NOW + timedelta(minutes=2), later) is None  # its own: extended
    assert store.take_lease("Wire", "b:2", later + timedelta(seconds=1), later + timedelta(minutes=10)) is None
    state = store.source_state("Wire")
    assert (state.lease_holder, state.polls) == ("b:2", 0)  # a lease is no poll
    assert store.release_leases(["b:2"]) == 1 and store.take_lease("Wire", "c:3", later, later) is None


def _config(tmp_path, database: str, feed: str, interval: str = "2s") -> str:
    return (f'[database]\nurl = "{database}"\n[crawl]\ndownload_delay = "0s"\nrobots = false\nstart_spread = "0s"\n'
            f'[[franchise]]\nname = "Blame!"\n'
            f'[[source]]\nname = "Wire"\nurl = "{feed}"\ninterval = "{interval}"\n')


@pytest.mark.postgres
def test_three_daemons_poll_a_source_once_per_interval_between_them_and_take_over_from_a_dead_one(
        tmp_path, site, postgres_url, daemons):
    config = write_config(tmp_path / "config.toml", _config(tmp_path, postgres_url, f"{site.base_url}/feeds/news.rss"))
    assert sequelwatch("check-config", "--config", str(config)).returncode == 0
    running = [daemons(config) for _ in range(3)]
    assert all(d.wait_for_log("sequelwatch running") for d in running)
    time.sleep(1)
    start = site.requests["/feeds/news.rss"]
    time.sleep(12)
    polls = site.requests["/feeds/news.rss"] - start
    # 12 s at one poll per 2 s interval: about 6 (jitter), where three daemons each polling would make about 18.
    assert 4 <= polls <= 9, polls
    # Each listed article fetched once, by one daemon (the page that answers 500 is retried once, by design).
    articles = {path: n for path, n in site.requests.items() if path.startswith("/articles/") and "broken" not in path}
    assert articles and max(articles.values()) == 1, articles
    holder = next(d for d in running if "poll Wire:" in d.log)
    holder.kill()
    before = site.requests["/feeds/news.rss"]
    # Its lease (90% of an interval after its last poll) runs out; another daemon polls from then on.
    assert wait_for(lambda: site.requests["/feeds/news.rss"] >= before + 2, timeout=15)
    status = sequelwatch("status", "--config", str(config)).stdout
    assert "polled by " in status and "its lease runs until" in status


@pytest.mark.postgres
def test_three_daemons_with_kills_send_each_alert_once_or_once_more_per_kill(tmp_path, receiver, postgres_url, daemons):
    root = tmp_path / "site"
    site_with_articles(root)
    receiver.delay = 0.15
    rng = random.Random(20261202)
    with FixtureSite(root) as site:
        config = write_config(tmp_path / "config.toml", (
            f'[database]\nurl = "{postgres_url}"\n[crawl]\ndownload_delay = "0s"\nrobots = false\n'
            f'start_spread = "0s"\n[[franchise]]\nname = "Blame!"\nalert_on = ["mention"]\n'
            f'[[source]]\nname = "Wire"\nurl = "{site.base_url}/feed.rss"\ninterval = "1h"\nbackfill = true\n'
            f'[[channel]]\nname = "hook"\nurl = "{receiver.apprise_url}"\n'))
        running = [daemons(config) for _ in range(3)]
        assert wait_for(lambda: len(receiver.received) >= 3, timeout=60), running[0].log
        kills = 0
        for daemon in running[:2]:
            time.sleep(rng.uniform(0.1, 0.8))  # at a random moment of the delivery run
            daemon.kill()
            kills += 1
        assert wait_for(lambda: len({m["message"] for m in receiver.received}) >= ALERTS, timeout=120)
        assert sum(site.requests[f"/articles/{n}.html"] for n in range(ALERTS)) == ALERTS  # each fetched once
    counts = Counter(m["message"] for m in receiver.received)
    assert len(counts) == ALERTS  # nothing lost
    assert sum(n - 1 for n in counts.values()) <= kills  # at most the one in flight per kill
