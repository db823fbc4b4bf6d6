"""Start-up time, against the interpreter's own start-up measured in the same run.

`sequelwatch --help`, `sequelwatch status` (a command that only reads the
database) and `sequelwatch run --once` on a config with no source (what a
cron job pays before any crawling), each the median of N runs; the reference
is `python -c pass`.

Usage: python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEQUELWATCH = Path(sys.executable).with_name("sequelwatch")


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text(f'[database]\nurl = "sqlite:///{tmp}/sw.db"\n[[franchise]]\nname = "Blame!"\n')
        subprocess.run([str(SEQUELWATCH), "run", "--once", "--config", str(config)], check=True, capture_output=True)
        python = median_seconds([sys.executable, "-c", "pass"], args.runs)
        results = {
            "sequelwatch --help": median_seconds([str(SEQUELWATCH), "--help"], args.runs),
            "sequelwatch status": median_seconds([str(SEQUELWATCH), "status", "--config", str(config)], args.runs),
            "sequelwatch run --once (no source)": median_seconds(
                [str(SEQUELWATCH), "run", "--once", "--config", str(config)], args.runs),
        }
    print(f"median of {args.runs} runs; reference `python -c pass`: {python * 1000:.0f} ms")
    for name, seconds in results.items():
        print(f"  {name:<36} {seconds * 1000:6.0f} ms  ({seconds / python:.1f} x the bare interpreter)")


if __name__ == "__main__":
    main()
