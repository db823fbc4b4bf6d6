from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import FixtureSite, Receiver, SmtpSink

SEQUELWATCH = Path(sys.executable).with_name("sequelwatch")


@pytest.fixture
def site():
    """The fixture news site; its one broken page answers 500."""
    with FixtureSite() as server:
        server.statuses["/articles/broken.html"] = 500
        yield server


@pytest.fixture
def receiver():
    with Receiver() as server:
        yield server


@pytest.fixture
def smtp():
    with SmtpSink() as server:
        yield server


def write_config(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def sequelwatch(*args: str, timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the installed command in a child process, as a user would."""
    environ = {**os.environ, **(env or {})}
    return subprocess.run([str(SEQUELWATCH), *args], capture_output=True, text=True, timeout=timeout, env=environ)
