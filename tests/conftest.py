from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy

from crawler.store import Store
from crawler.understand import compiled
from tests.servers import FixtureSite, Receiver, SmtpSink

SEQUELWATCH = Path(sys.executable).with_name("sequelwatch")
POSTGRES_URL = os.environ.get("SEQUELWATCH_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pytest_configure(config):
    """SEQUELWATCH_REQUIRE_COMPILED=1 (as in CI's second run of the detector's tests): the detector must
    be the one mypyc compiled (setup.py), else the run would test the plain Python a second time."""
    if os.environ.get("SEQUELWATCH_REQUIRE_COMPILED") == "1" and not compiled():
        raise pytest.UsageError("SEQUELWATCH_REQUIRE_COMPILED=1 but crawler.understand runs as plain Python: "
                                "build it first (python setup.py build_ext --inplace)")


@pytest.fixture
def postgres_url():
    """A fresh schema on the test server, as a database URL; dropped afterwards.

    Skips with the reason where no server is reachable, and fails instead where
    SEQUELWATCH_REQUIRE_POSTGRES=1 (as in CI).
    """
    try:
        engine = sqlalchemy.create_engine(POSTGRES_URL)
        with engine.connect() as connection:
            connection.execute(sqlalchemy.text("select 1"))
    except Exception as exc:  # any reason at all means: no usable server here
        if os.environ.get("SEQUELWATCH_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL required but not reachable at {POSTGRES_URL}: {exc}")
        pytest.skip(f"no PostgreSQL reachable at {POSTGRES_URL} ({type(exc).__name__})")
    schema = f"sw_test_{uuid.uuid4().hex[:10]}"
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text(f"create schema {schema}"))
    yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    with engine.begin() as connection:
        # A daemon killed (or a proxy frozen) mid-transaction can leave a session holding locks on the
        # schema until the server notices: end such sessions rather than wait for them forever.
        connection.execute(sqlalchemy.text("set lock_timeout = '10s'"))
        connection.execute(sqlalchemy.text(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() "
            "and pid <> pg_backend_pid() and state like 'idle in transaction%'"))
        connection.execute(sqlalchemy.text(f"drop schema {schema} cascade"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """An empty store, once on SQLite and once on PostgreSQL."""
    url = f"sqlite:///{tmp_path / 'sw.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    opened = Store.open(url)
    yield opened
    opened.close()


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


class RunningDaemon:
    """A ``sequelwatch run`` process whose log (standard error) is read as it is written."""

    def __init__(self, config: Path, *args: str) -> None:
        self.process = subprocess.Popen([str(SEQUELWATCH), "run", "--config", str(config), *args],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stderr:
            self.lines.append(line)

    @property
    def log(self) -> str:
        return "".join(self.lines)

    def wait_for_log(self, text: str, count: int = 1, timeout: float = 60) -> bool:
        """True once ``text`` is in ``count`` log lines; False after ``timeout`` seconds or if the daemon ended."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if sum(text in line for line in list(self.lines)) >= count:
                return True
            if self.process.poll() is not None:
                self._reader.join(5)
                return sum(text in line for line in self.lines) >= count
            time.sleep(0.05)
        return False

    def signal(self, signum: int) -> None:
        self.process.send_signal(signum)

    def stop(self, timeout: float = 60) -> tuple[int, str]:
        """SIGTERM, then the exit code and the whole log."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.wait(timeout)

    def wait(self, timeout: float = 60) -> tuple[int, str]:
        code = self.process.wait(timeout)
        self._reader.join(5)
        return code, self.log

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(30)
        self._reader.join(5)


@pytest.fixture
def daemons():
    """Starts daemons (:class:`RunningDaemon`); whichever still runs when the test ends is killed, pass or fail."""
    started: list[RunningDaemon] = []

    def start(config: Path, *args: str) -> RunningDaemon:
        started.append(RunningDaemon(config, *args))
        return started[-1]

    yield start
    for daemon in started:
        daemon.kill()
