"""Progress on a terminal, nothing when piped."""

from __future__ import annotations

import io
import os
import pty
import subprocess

from click.testing import CliRunner

from scheduler import progress as progress_module
from scheduler.cli import cli
from scheduler.progress import Progress
from tests.conftest import SEQUELWATCH, write_config
from tests.test_operations import base_config


def test_progress_redraws_one_line_and_erases_it(monkeypatch):
    monkeypatch.setattr(progress_module, "REDRAW_SECONDS", 0.0)
    stream = io.StringIO()
    with Progress(stream, "scanned", total=3, enabled=True) as progress:
        progress.advance(detail="0 events")
        progress.advance(detail="2 events")
    text = stream.getvalue()
    assert text.startswith("\rscanned: 1/3, 0 events\rscanned: 2/3, 2 events")
    assert text.endswith("\r" + " " * len("scanned: 2/3, 2 events") + "\r") and "\n" not in text


def test_progress_is_silent_on_a_pipe_and_on_a_dumb_terminal(monkeypatch):
    assert not Progress(io.StringIO(), "x").enabled
    read, write = pty.openpty()
    with os.fdopen(write, "w") as tty:
        assert Progress(tty, "x").enabled
        monkeypatch.setenv("TERM", "dumb")
        assert not Progress(tty, "x").enabled
    os.close(read)


def test_scan_piped_prints_only_its_json_lines(tmp_path):
    watchlist = write_config(tmp_path / "w.toml", '[[franchise]]\nname = "Blame!"\naliases = []\n')
    docs = tmp_path / "d.jsonl"
    docs.write_text('{"id": "a", "title": "Blame! season 2 announced", "text": "Polygon Pictures announced a '
                    'second season of Blame! on Friday."}\n' * 3)
    result = CliRunner().invoke(cli, ["scan", "--franchises", str(watchlist), str(docs)])
    assert result.exit_code == 0 and result.stderr == ""
    assert len(result.stdout.splitlines()) == 3 and "\r" not in result.stdout


def run_on_terminal(args: list[str]) -> str:
    """Run sequelwatch with standard error on a pseudo-terminal; what the terminal showed."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([str(SEQUELWATCH), *args], stdout=subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        shown += chunk
    process.wait(60)
    os.close(controller)
    return shown.decode(errors="replace")


def test_run_once_shows_progress_on_a_terminal_and_not_when_piped(tmp_path, site):
    config = write_config(tmp_path / "config.toml", base_config(tmp_path, site, ["news.rss", "games.atom"]))
    shown = run_on_terminal(["run", "--once", "--config", str(config)])
    assert "\rpolling sources: " in shown and "/2, " in shown and "pages fetched" in shown
    piped = subprocess.run([str(SEQUELWATCH), "run", "--once", "--config", str(config)], capture_output=True,
                           text=True, timeout=60)
    assert piped.returncode == 0 and "\r" not in piped.stderr and "polling sources" not in piped.stderr


def test_on_a_terminal_log_lines_never_share_the_progress_line_and_delivery_is_shown(tmp_path, site):
    config = write_config(tmp_path / "config.toml", base_config(tmp_path, site, ["news.rss", "broken.xml"]))
    shown = run_on_terminal(["run", "--once", "--config", str(config)])
    # Each log line starts at the beginning of a line: the progress line was erased before it.
    for line in shown.replace("\r\n", "\n").split("\n"):
        if " INFO sequelwatch" in line or " WARNING sequelwatch" in line:
            before = line[:line.index(" INFO") if " INFO" in line else line.index(" WARNING")]
            assert "polling sources" not in before.rsplit("\r", 1)[-1], repr(line)
    assert "delivering the pending alerts" in shown
