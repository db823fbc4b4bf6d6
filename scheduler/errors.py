"""Errors raised by the scheduler package, and the exit codes the CLI maps them to.

::

    SchedulerError                base of everything below
    ├── ConfigError               config.toml is missing, unreadable or invalid;
    │                             carries every ConfigProblem found, raised by
    │                             scheduler.config.load; CLI exit code 78 (EX_CONFIG)
    └── DaemonError               the daemon cannot start (database, reactor, the [http] port);
                                  CLI exit code 1

Errors from the packages below (crawler.errors, notifiers.errors) are caught
where the scheduler calls them and re-raised as one of these, or reported as
data in a crawl or delivery result.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_CONFIG = 78  # sysexits.h EX_CONFIG; the systemd unit does not restart on it
EXIT_FAILURE = 1
EXIT_USAGE = 2  # as click exits on a bad option



class SchedulerError(Exception):
    """Base class of the scheduler's errors."""


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """One thing wrong in a configuration file, with where it is."""

    path: Path
    line: int | None
    where: str
    message: str

    def __str__(self) -> str:
        place = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{place}: {self.where}: {self.message}" if self.where else f"{place}: {self.message}"


class ConfigError(SchedulerError):
    """The configuration cannot be used. ``problems`` lists everything found, in file order."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: (str(p.path), p.line or 0))
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''} in the configuration:"
        super().__init__("\n".join([header, *(f"  {p}" for p in self.problems)]))


class DaemonError(SchedulerError):
    """The daemon cannot start or run."""
