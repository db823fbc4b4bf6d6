"""Running under systemd: sd_notify and the watchdog, SIGHUP reload, and `sequelwatch status`."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from scheduler.cli import cli
from tests.conftest import SEQUELWATCH, sequelwatch, write_config


def base_config(tmp_path, site, feeds: list[str]) -> str:
    sources = "".join(f'[[source]]\nname = "{f}"\nurl = "{site.base_url}/feeds/{f}"\ninterval = "1h"\nbackfill = true\n'
                      for f in feeds)
    return (f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n[crawl]\ndownload_delay = "0s"\nrobots = false\n'
            f'start_spread = "2s"\n[[franchise]]\nname = "Blame!"\n{sources}')


def wait_for(condition, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_the_daemon_tells_systemd_ready_status_watchdog_and_stopping(tmp_path, site):
    config = write_config(tmp_path / "config.toml", base_config(tmp_path, site, ["news.rss"]))
    address = str(tmp_path / "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(address)
    listener.settimeout(0.2)
    env = {**os.environ, "NOTIFY_SOCKET": address, "WATCHDOG_USEC": "400000"}
    daemon = subprocess.Popen([str(SEQUELWATCH), "run", "--config", str(config)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    messages: list[str] = []

    def receive() -> None:
        try:
            messages.append(listener.recv(4096).decode())
        except TimeoutError:
            pass

    try:
        assert wait_for(lambda: receive() or any("READY=1" in m for m in messages))
        assert wait_for(lambda: receive() or sum(m == "WATCHDOG=1" for m in messages) >= 3)  # every 0.2 s
        assert wait_for(lambda: receive() or any("STATUS=1 sources; 1 polls (0 failed)" in m for m in messages))
        daemon.send_signal(signal.SIGTERM)
        assert wait_for(lambda: receive() or "STOPPING=1" in messages)
        assert daemon.wait(30) == 0
    finally:
        daemon.kill()
        listener.close()


def test_sighup_reloads_the_configuration_and_refuses_a_broken_one(tmp_path, site, daemons):
    config = write_config(tmp_path / "config.toml", base_config(tmp_path, site, ["news.rss"]))
    daemon = daemons(config)
    assert wait_for(lambda: site.requests["/feeds/news.rss"] >= 1)
    write_config(config, base_config(tmp_path, site, ["news.rss", "games.atom"]))
    daemon.signal(signal.SIGHUP)
    # First polls are spread over [crawl] start_spread (2 s here): the second of two sources starts after 1 s.
    assert wait_for(lambda: site.requests["/feeds/games.atom"] >= 1)  # the new source is polled

    config.write_text(config.read_text() + "\n[crawl]\nrobots = maybe\n")
    daemon.signal(signal.SIGHUP)
    assert daemon.wait_for_log("configuration not reloaded; the running one stays"), daemon.log
    good = config.read_text().replace("\n[crawl]\nrobots = maybe\n", "")
    config.write_text("")  # emptied (a half-written save): valid TOML that watches nothing
    daemon.signal(signal.SIGHUP)
    assert daemon.wait_for_log("has no [[franchise]]; a running service does not switch to watching nothing"), \
        daemon.log
    assert daemon.wait_for_log("configuration not reloaded; the running one stays", count=2)
    config.write_text(good)
    assert daemon.process.poll() is None  # still running, on the configuration it had
    code, stderr = daemon.stop()
    assert code == 0, stderr
    assert "configuration reloaded" in stderr
    assert "not valid TOML" in stderr
    assert "Traceback" not in stderr


def test_status_reports_sources_the_outbox_and_the_last_alert(tmp_path, site):
    config = write_config(tmp_path / "config.toml", base_config(tmp_path, site, ["news.rss", "broken.xml"]))
    assert sequelwatch("run", "--once", "--config", str(config)).returncode == 0
    output = CliRunner().invoke(cli, ["status", "--config", str(config)]).output
    assert "news.rss (feed, every 1h)" in output
    assert "3 documents found" in output
    assert "failing: 1 in a row" in output and "malformed feed" in output
    assert "outbox: 0 pending, 0 failed" in output
    assert "last alert delivered: " in output
    assert "pages waiting to be retried: 1" in output
    assert "/articles/broken.html: HTTP 500 (1 in a row), next attempt " in output


def test_the_systemd_unit_passes_systemd_analyze_verify(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (CI installs it)")
    unit = Path(__file__).parents[1] / "systemd" / "sequelwatch.service"
    # The unit names /opt/sequelwatch's install; verify needs an executable that exists here.
    text = unit.read_text().replace("/opt/sequelwatch/venv/bin/sequelwatch", shutil.which("true") or "/bin/true")
    (tmp_path / "sequelwatch.service").write_text(text)
    result = subprocess.run([analyze, "verify", str(tmp_path / "sequelwatch.service")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Type=notify" in text and "WatchdogSec=" in text and "ExecReload=" in text and "DynamicUser=yes" in text


@pytest.mark.parametrize("command", ["status", "hits", "events", "outbox", "retry"])
def test_a_command_reading_the_store_fails_cleanly_when_the_database_cannot_be_opened(tmp_path, command):
    # A directory where the SQLite file should be: the database cannot open.
    (tmp_path / "sw.db").mkdir()
    config = write_config(tmp_path / "config.toml",
                          f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n[[franchise]]\nname = "Blame!"\n')
    result = CliRunner().invoke(cli, [command, "--config", str(config)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("cannot open database: ") and "hint: check [database] url" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("command", ["status", "events", "hits", "outbox", "retry"])
def test_a_command_on_a_missing_database_says_where_it_looked_and_creates_nothing(tmp_path, command):
    database = tmp_path / "state" / "sw.db"
    config = write_config(tmp_path / "config.toml", f'[database]\nurl = "sqlite:///{database}"\n'
                                                     '[[franchise]]\nname = "Blame!"\n')
    result = CliRunner().invoke(cli, [command, "--config", str(config)])
    assert result.exit_code == 1
    assert f"no database at {database}" in result.output and "STATE_DIRECTORY" in result.output
    assert not (tmp_path / "state").exists()
