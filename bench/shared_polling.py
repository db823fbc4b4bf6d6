"""How the polling load divides between 1, 2 and 3 daemons on one PostgreSQL database.

Five local feeds, each a source polled every 2 seconds; 1, then 2, then 3 real
daemons run on a fresh schema for 20 seconds, and the local site counts the
feed requests. Requests per source per interval should stay at one whatever the
number of daemons: each source is leased to one daemon at a time. The reference,
measured in the same run, is one daemon alone.

Usage: python bench/shared_polling.py [--seconds S]   (PostgreSQL at SEQUELWATCH_TEST_POSTGRES_URL,
default postgresql+psycopg://postgres@127.0.0.1:5432/test)
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.servers import FixtureSite  # noqa: E402

SEQUELWATCH = Path(sys.executable).with_name("sequelwatch")
POSTGRES = os.environ.get("SEQUELWATCH_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
FEEDS = 5
INTERVAL = 2.0


def run(daemons: int, seconds: float, site: FixtureSite, tmp: Path) -> float:
    """Feed requests per source per interval with ``daemons`` daemons on a fresh schema."""
    schema = f"sw_bench_{uuid.uuid4().hex[:8]}"
    engine = sqlalchemy.create_engine(POSTGRES)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text(f"create schema {schema}"))
    config = tmp / f"config-{daemons}.toml"
    config.write_text(
        f'[database]\nurl = "{POSTGRES}?options=-csearch_path%3D{schema}"\n'
        f'[crawl]\ndownload_delay = "0s"\nrobots = false\nstart_spread = "0s"\n[[franchise]]\nname = "Blame!"\n'
        + "".join(f'[[source]]\nname = "feed {n}"\nurl = "{site.base_url}/feeds/news.rss?copy={n}"\n'
                  f'interval = "{INTERVAL}s"\n' for n in range(FEEDS)))
    processes = [subprocess.Popen([str(SEQUELWATCH), "run", "--config", str(config)], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL) for _ in range(daemons)]
    try:
        time.sleep(3)  # started, schema made, first polls done
        before = site.requests["/feeds/news.rss"]
        time.sleep(seconds)
        requests = site.requests["/feeds/news.rss"] - before
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(60)
        with engine.begin() as connection:
            connection.execute(sqlalchemy.text(f"drop schema {schema} cascade"))
        engine.dispose()
    return requests / FEEDS / (seconds / INTERVAL)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FixtureSite("site") as site:
        results = {n: run(n, args.seconds, site, Path(tmp)) for n in (1, 2, 3)}
    reference = results[1]
    print(f"{FEEDS} sources, each every {INTERVAL:g} s, {args.seconds:g} s per run:")
    for daemons, rate in results.items():
        print(f"  {daemons} daemon{'s' if daemons > 1 else ' '}: {rate:.2f} requests per source per interval "
              f"= {rate / reference:.2f} x one daemon")


if __name__ == "__main__":
    main()
