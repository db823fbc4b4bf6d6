"""The daemon as a real process: polls on its interval, stops on SIGTERM, never re-alerts after a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
from click.testing import CliRunner

from scheduler.cli import cli
from tests.conftest import SEQUELWATCH, write_config


def daemon_config(tmp_path, site, receiver, interval: str = "2s") -> str:
    return (f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n'
            f'[crawl]\ndownload_delay = "0s"\nrobots = false\n'
            f'[[franchise]]\nname = "Blame!"\nalert_on = ["mention"]\n'
            f'[[source]]\nname = "Otaku Wire"\nurl = "{site.base_url}/feeds/news.rss"\ninterval = "{interval}"\nbackfill = true\n'
            f'[[channel]]\nname = "hook"\nurl = "{receiver.apprise_url}"\n')


def wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def start(config) -> subprocess.Popen:
    return subprocess.Popen([str(SEQUELWATCH), "run", "--config", str(config)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def stop(process: subprocess.Popen) -> tuple[int, float, str]:
    began = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    return process.returncode, time.monotonic() - began, stderr


def test_daemon_alerts_stops_cleanly_on_sigterm_and_does_not_realert_after_restart(tmp_path, site, receiver):
    config = write_config(tmp_path / "config.toml", daemon_config(tmp_path, site, receiver))
    first = start(config)
    try:
        assert wait_for(lambda: len(receiver.received) >= 1, timeout=60), "no alert arrived"
        # Let it poll a few more times on its 2 s interval.
        polls = site.requests["/feeds/news.rss"]
        assert wait_for(lambda: site.requests["/feeds/news.rss"] >= polls + 2, timeout=30)
    finally:
        code, seconds, stderr = stop(first)
    assert code == 0, stderr
    assert seconds < 15
    assert "received SIGTERM, stopping" in stderr and "sequelwatch stopped" in stderr
    assert "Traceback" not in stderr
    # The feed has one article about Blame!, polled many times: one alert.
    assert [m["title"] for m in receiver.received] == ["Blame!: in the news"]
    sent = len(receiver.received)

    second = start(config)
    try:
        polls = site.requests["/feeds/news.rss"]
        assert wait_for(lambda: site.requests["/feeds/news.rss"] >= polls + 2, timeout=30)
    finally:
        code, _, stderr = stop(second)
    assert code == 0, stderr
    assert len(receiver.received) == sent


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_stop_or_reload_during_a_slow_send_lets_it_finish_and_records_it(tmp_path, site, receiver, daemons, signum):
    receiver.delay = 2.0  # the channel has the alert at once and answers 2 s later (Apprise waits 4 s)
    config = write_config(tmp_path / "config.toml", daemon_config(tmp_path, site, receiver, interval="1h"))
    daemon = daemons(config)
    assert wait_for(lambda: receiver.attempts >= 1, timeout=60), "no alert was sent"
    daemon.signal(signum)
    if signum == signal.SIGHUP:
        assert daemon.wait_for_log("configuration reloaded"), daemon.log
        assert daemon.wait_for_log("INFO sequelwatch: delivery: 1 delivered"), daemon.log
        assert daemon.wait_for_log("poll Otaku Wire", count=2), daemon.log  # the reloaded schedule runs
    code, log = daemon.stop()

    assert code == 0, log
    assert "Traceback" not in log and "CancelledError" not in log, log
    assert len(receiver.received) == 1  # once: not sent again after the reload
    outbox = CliRunner().invoke(cli, ["outbox", "--config", str(config)]).output
    assert "hook: 0 pending, 0 failed, 1 delivered" in outbox, outbox
