"""SIGKILL a real daemon at random moments of a delivery run: no alert is lost, few are sent twice.

Each kill can repeat at most the one message that was in flight (received by
the channel, not yet marked delivered). The figures are printed (pytest -s)
and recorded in README.md.
"""

from __future__ import annotations

import random
import subprocess
import time
from collections import Counter

from tests.conftest import SEQUELWATCH, write_config
from tests.servers import FixtureSite

ALERTS = 30
KILLS = 8


def site_with_articles(root):
    (root / "articles").mkdir(parents=True)
    items = ""
    for n in range(ALERTS):
        (root / f"articles/{n}.html").write_text(
            f"<html><body><article><h1>Blame! news {n}</h1><p>Item {n}: a story that names Blame! "
            f"and nothing else of note, long enough to count as an article.</p></article></body></html>")
        items += f"<item><title>Blame! news {n}</title><link>{{base}}/articles/{n}.html</link></item>"
    (root / "feed.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>')


def test_sigkill_during_delivery_loses_nothing_and_repeats_at_most_one_per_kill(tmp_path, receiver, daemons):
    root = tmp_path / "site"
    site_with_articles(root)
    receiver.delay = 0.15  # a delivery run of 30 alerts takes about 5 s
    rng = random.Random(20261124)
    with FixtureSite("site") as site:
        site.root = root.resolve()
        config = write_config(tmp_path / "config.toml", (
            f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n[crawl]\ndownload_delay = "0s"\nrobots = false\n'
            f'[[franchise]]\nname = "Blame!"\nalert_on = ["mention"]\n'
            f'[[source]]\nname = "Wire"\nurl = "{site.base_url}/feed.rss"\ninterval = "1h"\nbackfill = true\n'
            f'[[channel]]\nname = "hook"\nurl = "{receiver.apprise_url}"\n'))
        kills = 0
        while kills < KILLS and len({m["message"] for m in receiver.received}) < ALERTS:
            daemon = daemons(config)
            seen = len(receiver.received)
            deadline = time.monotonic() + 30
            while len(receiver.received) == seen and time.monotonic() < deadline:
                time.sleep(0.02)  # wait for this daemon's delivery run to start
            time.sleep(rng.uniform(0.0, 1.0))  # then kill it at a random moment of the run
            daemon.kill()
            kills += 1
        result = subprocess.run([str(SEQUELWATCH), "run", "--once", "--config", str(config)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr

    counts = Counter(m["message"] for m in receiver.received)
    lost = ALERTS - len(counts)
    twice = sum(n - 1 for n in counts.values())
    print(f"\n{kills} SIGKILLs during delivery of {ALERTS} alerts: {lost} lost, {twice} sent twice")
    assert kills >= 3  # the test really killed deliveries in progress
    assert lost == 0
    assert twice <= kills
