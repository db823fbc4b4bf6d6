"""Faults against a real daemon: a database that stops answering, a channel that stops answering."""

from __future__ import annotations

import sqlite3
import time

import pytest

from tests.conftest import sequelwatch, write_config
from tests.servers import FreezableProxy
from tests.test_operations import base_config


@pytest.mark.postgres
def test_a_hung_database_is_one_error_line_per_job_and_sigterm_still_stops_the_daemon(
        tmp_path, site, postgres_url, daemons):
    proxy = FreezableProxy(("127.0.0.1", 5432))
    try:
        database = postgres_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
        config = write_config(tmp_path / "config.toml", base_config(tmp_path, site, ["news.rss"])
                              .replace(f'url = "sqlite:///{tmp_path / "sw.db"}"', f'url = "{database}"\ntimeout = "3s"')
                              .replace('interval = "1h"', 'interval = "2s"'))
        daemon = daemons(config)
        assert daemon.wait_for_log("poll news.rss:"), daemon.log
        proxy.frozen.set()
        assert daemon.wait_for_log("the database did not answer within 3 s", count=3, timeout=30), daemon.log
        hung = [line for line in daemon.lines if "did not answer" in line]
        assert all(" ERROR " in line and "runs again at its next interval" in line for line in hung), hung
        assert "Traceback" not in daemon.log
        began = time.monotonic()
        try:
            code, log = daemon.stop(timeout=60)
        except Exception:
            daemon.process.kill()
            raise AssertionError(daemon.log) from None
        assert code == 0 and time.monotonic() - began < 30, log  # well within the unit's TimeoutStopSec=90s
        assert "exiting without waiting for database calls that never answered" in log
    finally:
        proxy.close()


def test_a_slow_channel_gets_each_alert_once(tmp_path, site, receiver):
    # It answers after 6 s: past Apprise's own 4 s read timeout, which made every alert a failure sent again.
    receiver.delay = 6.0
    text = (base_config(tmp_path, site, ["news.rss", "japan.rdf"])
            .replace('name = "Blame!"\n', 'name = "Blame!"\naliases = ["ブラム!"]\nalert_on = ["mention"]\n', 1)
            + f'[[channel]]\nname = "hook"\nurl = "{receiver.apprise_url}"\n')
    config = write_config(tmp_path / "config.toml", text)
    result = sequelwatch("run", "--once", "--config", str(config), timeout=180)
    assert result.returncode == 0, result.stderr
    queued = sqlite3.connect(tmp_path / "sw.db").execute("select count(*) from deliveries").fetchone()[0]
    assert queued >= 2 and receiver.attempts == len(receiver.received) == queued, result.stdout  # each once
