"""Extraction under stress: the same extraction-heavy crawl, again and again, must never abort the process.

With trafilatura and htmldate running in several threads at once, 2 of 14
crawls of 1,000 pages died with SIGABRT ("double free or corruption"). Each
round here is a ``sequelwatch run --once`` on a new database over a sitemap of
pages that give no title or date in the listing (so htmldate runs on each) and
often little main text (so trafilatura's full cascade runs too), with a high
per-host concurrency. A round passes when the process exits 0 and prints its
summary; an abort shows as a negative exit code (the signal).

Usage: python bench/extraction_stress.py [--rounds 30] [--pages 400] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.throughput import FRANCHISES, SEQUELWATCH, article_html  # noqa: E402
from tests.servers import FixtureSite  # noqa: E402


def build_site(root: Path, pages: int) -> None:
    rng = random.Random(11)
    (root / "articles").mkdir(parents=True)
    urls = []
    for n in range(pages):
        html = article_html(n, rng)
        if n % 3 == 0:  # little main text: trafilatura falls back to its full cascade
            html = html.replace("<article>", "<div class='c'>").replace("</article>", "</div>")
            html = html.split("<p>", 3)[0] + "<p>" + html.split("<p>", 3)[1] + "</main></body></html>"
        (root / "articles" / f"s{n}.html").write_text(html)
        urls.append(f"<url><loc>{{base}}/articles/s{n}.html</loc></url>")
    (root / "sitemap.xml").write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                      f'sitemap/0.9">{"".join(urls)}</urlset>')


def config_for(tmp: Path, base: str, concurrency: int, round_: int) -> Path:
    franchises = "".join(f'[[franchise]]\nname = "{f}"\n' for f in FRANCHISES)
    path = tmp / "config.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp / f"round{round_}.db"}"\n'
                    f'[crawl]\ndownload_delay = "0s"\nrobots = false\nper_host_concurrency = {concurrency}\n'
                    f'{franchises}[[source]]\nname = "sitemap"\ntype = "sitemap"\nurl = "{base}/sitemap.xml"\n')
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    outcomes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        build_site(tmp / "site", args.pages)
        with FixtureSite("site") as site:
            site.root = (tmp / "site").resolve()
            for round_ in range(1, args.rounds + 1):
                began = time.perf_counter()
                result = subprocess.run([str(SEQUELWATCH), "run", "--once", "--config",
                                         str(config_for(tmp, site.base_url, args.concurrency, round_))],
                                        capture_output=True, text=True)
                seconds = time.perf_counter() - began
                summary = next((line for line in result.stdout.splitlines() if line.startswith("sitemap:")), "")
                if result.returncode == 0 and f"{args.pages} fetched" in summary:
                    outcome = "ok"
                elif result.returncode < 0:
                    outcome = f"killed by {signal.Signals(-result.returncode).name}"
                else:
                    outcome = f"exit {result.returncode}: {(result.stderr.strip().splitlines() or [''])[-1]}"
                outcomes.append(outcome)
                print(f"round {round_:2d}: {outcome} in {seconds:.1f} s ({summary})", flush=True)
    failed = [o for o in outcomes if o != "ok"]
    print(f"{args.rounds} rounds of {args.pages} pages: {args.rounds - len(failed)} completed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
