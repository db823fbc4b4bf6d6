"""What a poll costs, measured against references in the same run.

1. Requests and bytes per poll of a feed of 50 entries, counted at a local
   server: the first poll, an unchanged feed (a 304), and a changed feed with
   one new entry. Reference: a naive poller that fetches the feed and every
   article each time (what a stateless keyword alert does).
2. Wall time of one poll of 20 sources (20 feeds of 5 articles each, one
   host) with `sequelwatch run --once`. Reference: a bare Scrapy spider with
   sequelwatch's own Scrapy settings (delays, limits, robots.txt) but no
   pipeline, that only downloads the same 20 feeds and 100 articles, in a
   process of its own. Both include interpreter start-up.

Usage: python bench/polling.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.servers import FIXTURES, FixtureSite  # noqa: E402

SEQUELWATCH = Path(sys.executable).with_name("sequelwatch")
BARE_SCRAPY = Path(__file__).with_name("bare_scrapy.py")


def run_once(config: Path) -> float:
    began = time.perf_counter()
    result = subprocess.run([str(SEQUELWATCH), "run", "--once", "--config", str(config)], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return time.perf_counter() - began


def config_for(tmp: Path, base: str, feeds: list[str]) -> Path:
    text = (f'[database]\nurl = "sqlite:///{tmp / "bench.db"}"\n[crawl]\ndownload_delay = "0s"\n'
            '[[franchise]]\nname = "Blame!"\n')
    text += "".join(f'[[source]]\nname = "S{i}"\nurl = "{base}{feed}"\nbackfill = true\n' for i, feed in enumerate(feeds))
    path = tmp / "config.toml"
    path.write_text(text)
    return path


def counted(site: FixtureSite, work) -> tuple[int, int]:
    requests, sent = sum(site.requests.values()), site.bytes_sent
    work()
    return sum(site.requests.values()) - requests, site.bytes_sent - sent


def bench_one_feed(tmp: Path) -> None:
    root = tmp / "site"
    shutil.copytree(FIXTURES / "sources", root)
    with FixtureSite("sources", etags=True) as site:
        site.root = root.resolve()
        config = config_for(tmp, site.base_url, ["/feeds/fifty.rss"])
        first = counted(site, lambda: run_once(config))
        unchanged = counted(site, lambda: run_once(config))
        feed = root / "feeds/fifty.rss"
        feed.write_text(feed.read_text().replace("<item>", "<item><title>Story 50</title><link>{base}/articles/story-0.html?new=1</link></item><item>", 1))
        changed = counted(site, lambda: run_once(config))
        links = ["/articles/story-0.html?new=1"] + [f"/articles/story-{i}.html" for i in range(50)]
        naive = counted(site, lambda: [site_get(site, p) for p in ["/feeds/fifty.rss", *links]])
    print("feed of 50 entries (requests / bytes of bodies, robots.txt included):")
    for name, (requests, sent) in (("first poll", first), ("unchanged feed", unchanged), ("changed feed, 1 new entry", changed),
                                   ("naive poller, every poll", naive)):
        print(f"  {name:<28} {requests:4d} requests {sent:9,d} bytes")
    print(f"  unchanged / naive: {unchanged[0] / naive[0]:.3f} of the requests, {unchanged[1] / naive[1]:.3f} of the bytes")
    print(f"  changed / naive:   {changed[0] / naive[0]:.3f} of the requests, {changed[1] / naive[1]:.3f} of the bytes")


def site_get(site: FixtureSite, path: str) -> None:
    urllib.request.urlopen(site.base_url + path).read()


def bench_twenty_sources(tmp: Path) -> None:
    root = tmp / "twenty"
    (root / "feeds").mkdir(parents=True)
    (root / "articles").mkdir()
    for s in range(20):
        items = "".join(f"<item><title>Item {s}-{i}</title><link>{{base}}/articles/a{s}-{i}.html</link></item>" for i in range(5))
        (root / f"feeds/f{s}.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{s}</title>{items}</channel></rss>')
        for i in range(5):
            (root / f"articles/a{s}-{i}.html").write_text(
                f"<html><body><article><h1>Item {s}-{i}</h1><p>{'A plain news paragraph with nothing watched in it. ' * 20}</p></article></body></html>")
    with FixtureSite("sources") as site:
        site.root = root.resolve()
        feeds = [f"/feeds/f{s}.rss" for s in range(20)]
        (tmp / "ours").mkdir()
        ours = run_once(config_for(tmp / "ours", site.base_url, feeds))
        began = time.perf_counter()
        subprocess.run([sys.executable, str(BARE_SCRAPY), *[site.base_url + f for f in feeds]], check=True,
                       stdout=subprocess.DEVNULL)
        bare = time.perf_counter() - began
    print("\none poll of 20 sources (20 feeds, 100 articles), wall time including process start-up:")
    print(f"  sequelwatch run --once: {ours:.2f} s")
    print(f"  bare Scrapy download:   {bare:.2f} s")
    print(f"  ratio: {ours / bare:.2f}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_one_feed(Path(tmp))
        bench_twenty_sources(Path(tmp))


if __name__ == "__main__":
    main()
