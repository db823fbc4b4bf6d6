"""Resident memory of the daemon over 1,000 poll cycles of a site with new articles each cycle.

A real ``sequelwatch run`` daemon polls a local feed every second; each poll
of the feed answers two new articles (one confirms a sequel, so there are
facts, deliveries to the console and documents each cycle). The daemon's
VmRSS is read from /proc after start, and when the feed has been polled 10
times and every 100 times up to 1,000. Reference, in the same run: the daemon's own
memory after start and at cycle 100 (growth must stay under 10% from 100 to
1,000); target: under 200 MB throughout.

Usage: python bench/memory.py [--cycles 1000]   (about 20 minutes for 1,000)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SEQUELWATCH = Path(sys.executable).with_name("sequelwatch")
FRANCHISES = ["Blame!", "Dune", "Arcane", "Frieren"]
PARAGRAPH = ("The studio shared more about the production schedule, the cast and the music in a long interview "
             "with the director, who also spoke about the source material and the fans' expectations. ") * 4


class NewsSite(BaseHTTPRequestHandler):
    """/feed.rss lists the 20 newest articles; every poll of it publishes two more."""

    polls = 0

    def do_GET(self) -> None:
        if self.path == "/feed.rss":
            NewsSite.polls += 1
            newest = 2 * NewsSite.polls
            items = "".join(f"<item><title>Story {n}</title><link>http://{self.headers['Host']}/a/{n}.html</link>"
                            f"<pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate></item>"
                            for n in range(newest, max(newest - 20, 0), -1))
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>{items}</channel></rss>'
        elif self.path.startswith("/a/"):
            n = int(self.path[3:].removesuffix(".html"))
            franchise = FRANCHISES[n % len(FRANCHISES)]
            lead = (f"{franchise} season {n} has been officially announced." if n % 2 else
                    f"Fans of {franchise} met at a convention this weekend.")
            body = f"<html><body><article><h1>Story {n}</h1><p>{lead} {PARAGRAPH}</p></article></body></html>"
        else:
            self.send_error(404)
            return
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html" if self.path.startswith("/a/") else "application/rss+xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cycles", type=int, default=1000)
    args = parser.parse_args()
    checkpoints = sorted({c for c in (10, *range(100, args.cycles, 100), args.cycles) if c <= args.cycles})
    server = ThreadingHTTPServer(("127.0.0.1", 0), NewsSite)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        franchises = "".join(f'[[franchise]]\nname = "{f}"\n' for f in FRANCHISES)
        config.write_text(f'[database]\nurl = "sqlite:///{tmp}/memory.db"\n[crawl]\ndownload_delay = "0s"\n'
                          f'robots = false\n{franchises}[[source]]\nname = "news"\n'
                          f'url = "http://127.0.0.1:{server.server_port}/feed.rss"\ninterval = "1s"\nbackfill = true\n')
        daemon = subprocess.Popen([str(SEQUELWATCH), "run", "--config", str(config), "--log-level", "warning"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            while NewsSite.polls < 1:
                time.sleep(0.05)
            time.sleep(1)
            readings = {"after start": rss_mb(daemon.pid)}
            print(f"after start: {readings['after start']:.1f} MB", flush=True)
            for checkpoint in checkpoints:
                while NewsSite.polls < checkpoint:
                    if daemon.poll() is not None:
                        raise SystemExit(f"the daemon stopped: {daemon.stderr.read()}")
                    time.sleep(0.2)
                readings[f"cycle {checkpoint}"] = rss_mb(daemon.pid)
                print(f"cycle {checkpoint}: {readings[f'cycle {checkpoint}']:.1f} MB", flush=True)
        finally:
            daemon.terminate()
            daemon.wait(60)
            server.shutdown()
    peak = max(readings.values())
    at_100 = readings.get("cycle 100")
    print(f"peak {peak:.1f} MB (target < 200 MB)")
    if at_100:
        last = readings[f"cycle {args.cycles}"]
        print(f"growth from cycle 100 to {args.cycles}: {last / at_100 - 1:+.1%} (target < 10%)")


if __name__ == "__main__":
    main()
