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
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.throughput import SEQUELWATCH, build_site, config_for  # noqa: E402
from tests.servers import FixtureSite  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    outcomes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        # The sitemap gives no title or date (htmldate runs on every page); a third of the pages have
        # little main text (trafilatura's full cascade runs on them).
        build_site(tmp / "site", args.pages, seed=11, thin_every=3)
        with FixtureSite("site") as site:
            site.root = (tmp / "site").resolve()
            for round_ in range(1, args.rounds + 1):
                began = time.perf_counter()
                result = subprocess.run([str(SEQUELWATCH), "run", "--once", "--config",
                                         str(config_for(tmp, site.base_url, args.concurrency, 0,
                                                        f"round{round_}.db", feed=False))],
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
