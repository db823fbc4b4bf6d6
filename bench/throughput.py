"""Crawl throughput: 5,000 article pages behind one feed and a sitemap.

``sequelwatch run --once`` polls both sources (the feed lists every page, the
sitemap lists them again: the second source finds them stored and fetches
nothing twice), extracting, matching, detecting and storing each page.
Reference, in the same run against the same local server: a bare Scrapy
spider with sequelwatch's own download settings and no pipeline, which reads
the feed and only downloads the same pages. Both include process start-up.

Pages are about 7 kB of HTML (navigation, sidebar, footer, six paragraphs);
one in ten names a watched franchise, and one in twenty confirms something.

Usage: python bench/throughput.py [--pages 5000] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.servers import FixtureSite  # noqa: E402

SEQUELWATCH = Path(sys.executable).with_name("sequelwatch")
BARE_SCRAPY = Path(__file__).with_name("bare_scrapy.py")
WORDS = ("studio producer season episode trailer release film series director fans streaming premiere cast "
         "story world animation sequel schedule network festival interview budget review audience theatre "
         "composer franchise character chapter volume manga novel adaptation rights announcement").split()
FRANCHISES = ["Blame!", "Dune", "Arcane", "Frieren", "Hollow Knight"]
CONFIRMATIONS = ["{f} season 2 has been officially announced by the studio.",
                 "The release date for {f} is set for May 19, 2027.",
                 "The official trailer for {f} was released today."]


def article_html(n: int, rng: random.Random) -> str:
    paragraphs = [" ".join(rng.choices(WORDS, k=60)).capitalize() + "." for _ in range(6)]
    if n % 10 == 0:
        franchise = FRANCHISES[n // 10 % len(FRANCHISES)]
        paragraphs[1] = f"Fans of {franchise} have waited a long time. " + paragraphs[1]
        if n % 20 == 0:
            paragraphs[0] = CONFIRMATIONS[n // 20 % 3].format(f=franchise) + " " + paragraphs[0]
    nav = "".join(f'<li><a href="/section/{w}">{w.title()}</a></li>' for w in WORDS[:12])
    side = "".join(f'<li><a href="/articles/a{(n + i) % 97}.html">Related story {i}</a></li>' for i in range(8))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>Story {n}</title><meta charset='utf-8'></head><body>"
            f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>Story {n}: a news item</h1>"
            f"<p class='byline'>By A. Writer, November 24, 2026</p>{body}</article>"
            f"<aside><h2>Related</h2><ul>{side}</ul></aside></main>"
            f"<footer><p>Copyright 2026 Example News. All rights reserved.</p><ul>{nav}</ul></footer></body></html>")


def thin(html: str) -> str:
    """The page with its main text cut to one paragraph and no <article>: trafilatura's full cascade runs."""
    html = html.replace("<article>", "<div class='c'>").replace("</article>", "</div>")
    head, first = html.split("<p>", 3)[:2]
    return f"{head}<p>{first}</main></body></html>"


def build_site(root: Path, pages: int, seed: int = 7, thin_every: int = 0) -> None:
    """Article pages, an RSS feed that titles and dates them, a sitemap that does not."""
    rng = random.Random(seed)
    (root / "articles").mkdir(parents=True)
    items, urls = [], []
    for n in range(pages):
        html = article_html(n, rng)
        (root / "articles" / f"s{n}.html").write_text(thin(html) if thin_every and n % thin_every == 0 else html)
        items.append(f"<item><title>Story {n}</title><link>{{base}}/articles/s{n}.html</link>"
                     f"<pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate></item>")
        urls.append(f"<url><loc>{{base}}/articles/s{n}.html</loc></url>")
    (root / "feed.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
                                   f'{"".join(items)}</channel></rss>')
    (root / "sitemap.xml").write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                      f'sitemap/0.9">{"".join(urls)}</urlset>')


def config_for(tmp: Path, base: str, concurrency: int, workers: int, database: str | None = None,
               feed: bool = True) -> Path:
    """Both sources (the sitemap alone without ``feed``), on a new database ``database``."""
    franchises = "".join(f'[[franchise]]\nname = "{f}"\n' for f in FRANCHISES)
    path = tmp / "config.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp / (database or f"bench{workers}.db")}"\n'
                    f'[crawl]\ndownload_delay = "0s"\nrobots = false\nper_host_concurrency = {concurrency}\nextract_workers = {workers}\n'
                    + franchises + (f'[[source]]\nname = "feed"\nurl = "{base}/feed.rss"\n' if feed else "")
                    + f'[[source]]\nname = "sitemap"\ntype = "sitemap"\nurl = "{base}/sitemap.xml"\n')
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=8, help="per_host_concurrency, the same for both")
    parser.add_argument("--workers", type=lambda v: [int(w) for w in v.split(",")], default=[0, 1],
                        help="extract_workers settings to run, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        build_site(tmp / "site", args.pages)
        with FixtureSite("site") as site:
            site.root = (tmp / "site").resolve()
            began = time.perf_counter()
            bare = subprocess.run([sys.executable, str(BARE_SCRAPY), f"{site.base_url}/feed.rss", "--no-robots",
                                   "--concurrency", str(args.concurrency)], capture_output=True, text=True, check=True)
            bare_seconds = time.perf_counter() - began
            bare_pages = int(bare.stdout.split()[-1])
            ours = {workers: run_once(tmp, site.base_url, args.concurrency, workers) for workers in args.workers}
    bare_rate = bare_pages / bare_seconds
    print(f"pages: {args.pages}, per-host concurrency {args.concurrency}, wall time including start-up")
    print(f"  bare Scrapy download:   {bare_pages} pages in {bare_seconds:.1f} s = {bare_rate:.0f} pages/s")
    for workers, (fetched, seconds) in ours.items():
        rate = fetched / seconds
        print(f"  sequelwatch run --once, extract_workers = {workers}: {fetched} pages in {seconds:.1f} s = "
              f"{rate:.0f} pages/s, ratio to bare Scrapy {rate / bare_rate:.2f}")


def run_once(tmp: Path, base: str, concurrency: int, workers: int) -> tuple[int, float]:
    """Pages fetched and seconds taken by one ``run --once`` over both sources, on a new database."""
    began = time.perf_counter()
    ours = subprocess.run([str(SEQUELWATCH), "run", "--once", "--config",
                           str(config_for(tmp, base, concurrency, workers))], capture_output=True, text=True)
    seconds = time.perf_counter() - began
    if ours.returncode != 0:
        raise SystemExit(ours.stderr)
    print(ours.stdout.strip())
    fetched = sum(int(line.split(" fetched")[0].split(", ")[-1]) for line in ours.stdout.splitlines()
                  if " fetched" in line)
    return fetched, seconds


if __name__ == "__main__":
    main()
