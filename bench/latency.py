"""Latency: from an article appearing in a feed to its alert arriving, as a multiple of the poll interval.

A local feed polled every 2 seconds by a real daemon; 50 articles appear one
at a time; a local receiver notes when each alert arrives. The reference is
the poll interval itself: an alert cannot be expected sooner than the next poll.

Usage: python bench/latency.py [--articles N] [--interval SECONDS]
"""

from __future__ import annotations

import argparse
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.servers import FixtureSite, Receiver  # noqa: E402

SEQUELWATCH = Path(sys.executable).with_name("sequelwatch")


def write_feed(root: Path, count: int) -> None:
    items = "".join(f"<item><title>Blame! story {n}</title><link>{{base}}/articles/{n}.html</link></item>"
                    for n in range(count))
    (root / "feed.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>')


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--interval", type=float, default=2.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FixtureSite("site") as site, Receiver() as receiver:
        root = Path(tmp) / "site"
        (root / "articles").mkdir(parents=True)
        for n in range(args.articles):
            (root / "articles" / f"{n}.html").write_text(
                f"<html><body><article><h1>Blame! story {n}</h1><p>Story {n} names Blame! and is long enough "
                f"to count as an article for the extractor.</p></article></body></html>")
        write_feed(root, 0)
        site.root = root.resolve()
        config = Path(tmp) / "config.toml"
        config.write_text(
            f'[database]\nurl = "sqlite:///{tmp}/sw.db"\n[crawl]\ndownload_delay = "0s"\nrobots = false\n'
            f'[[franchise]]\nname = "Blame!"\nalert_on = ["mention"]\n'
            f'[[source]]\nname = "Wire"\nurl = "{site.base_url}/feed.rss"\ninterval = "{args.interval}s"\n'
            f'[[channel]]\nname = "hook"\nurl = "{receiver.apprise_url}"\n')
        daemon = subprocess.Popen([str(SEQUELWATCH), "run", "--config", str(config)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while site.requests["/feed.rss"] < 1:  # its first poll has seen the empty feed
                time.sleep(0.05)
            latencies = []
            for n in range(args.articles):
                write_feed(root, n + 1)
                appeared = time.monotonic()
                while len(receiver.received) <= n:
                    time.sleep(0.01)
                latencies.append(time.monotonic() - appeared)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(30)
    median, worst = statistics.median(latencies), max(latencies)
    print(f"{args.articles} articles, poll interval {args.interval:g} s (jitter up to 10%):")
    print(f"  median {median:.2f} s = {median / args.interval:.2f} x the interval")
    print(f"  worst  {worst:.2f} s = {worst / args.interval:.2f} x the interval")


if __name__ == "__main__":
    main()
