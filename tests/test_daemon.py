"""The daemon as a real process: polls on its interval, stops on SIGTERM, never re-alerts after a restart."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from scheduler import daemon as daemon_module
from scheduler.cli import cli
from scheduler.config import load
from scheduler.daemon import Daemon
from scheduler.polling import ClockStep
from scheduler.services import open_services
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


def test_a_step_of_the_wall_clock_is_noticed_against_the_monotonic_clock():
    wall, monotonic = [1_000_000.0], [50.0]
    watch = ClockStep(wall=lambda: wall[0], monotonic=lambda: monotonic[0])
    wall[0] += 5
    monotonic[0] += 5
    assert watch.check() is None  # time passing is no step
    wall[0] -= 3600  # NTP, or a virtual machine resumed: the wall clock jumps back an hour
    assert watch.check() == -3600
    assert watch.check() is None  # reported once


def test_after_a_wall_clock_step_every_job_runs_again_from_now(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(daemon_module, "CLOCK_CHECK_SECONDS", 0.05)
    config = write_config(tmp_path / "config.toml", f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n'
                                                     '[[franchise]]\nname = "Blame!"\n')
    step = [timedelta(0)]
    services = open_services(load(config, {}), clock=lambda: datetime.now(UTC) + step[0])

    async def scenario() -> tuple[datetime, datetime]:
        daemon = Daemon(services)
        daemon._scheduler = daemon._start(asyncio.get_running_loop())
        [housekeeping] = [job for job in daemon._scheduler.get_jobs() if job.id == "housekeeping"]
        before = housekeeping.next_run_time  # five minutes after the start
        watch = asyncio.create_task(daemon._watch_clock())
        await asyncio.sleep(0.1)
        step[0] = -timedelta(hours=1)  # the wall clock jumps back an hour
        await asyncio.sleep(0.3)
        watch.cancel()
        after = housekeeping.next_run_time
        daemon._scheduler.shutdown(wait=False)
        return before, after

    with caplog.at_level("WARNING", logger="sequelwatch"):
        before, after = asyncio.run(scenario())
    services.close()
    assert "the wall clock stepped back by 3600 s; the schedule starts again from now" in caplog.text
    # Rescheduled to run at once, it ran: its next run is an interval (6 h) after the stepped clock's now
    # (an hour behind), no longer the five minutes after the start it waited for.
    assert after - before > timedelta(hours=4)
