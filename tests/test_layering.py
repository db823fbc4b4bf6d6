"""The layering rules of DESIGN.md, checked over the source's imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from scheduler.cli import SUBCOMMANDS, cli

ROOT = Path(__file__).parent.parent
PACKAGES = ("crawler", "scheduler", "notifiers")

# Third-party library -> the only places (path prefixes) that may import it.
OWNERS = {
    "scrapy": ("crawler/fetch/",),
    "twisted": ("crawler/fetch/", "scheduler/reactor.py"),
    "zope": ("crawler/fetch/",),
    "sqlalchemy": ("crawler/store/",),
    "alembic": ("crawler/store/",),
    "trafilatura": ("crawler/extract/",),
    "htmldate": ("crawler/extract/",),
    "feedparser": ("crawler/extract/",),
    "apprise": ("notifiers/dispatch.py",),
    "apscheduler": ("scheduler/daemon.py",),
    "ahocorasick": ("crawler/understand/match.py", "crawler/understand/cuesearch.py"),
    "sklearn": ("crawler/understand/training.py",),  # learning only: the daemon never loads it
    "prometheus_client": ("scheduler/metrics.py",),
    "aiohttp": ("scheduler/web/",),
    "jinja2": ("scheduler/web/",),
    "icalendar": ("scheduler/web/calendar.py",),
    "tomlkit": ("scheduler/commands/importing.py",),
}
# The stage data every part shares; it imports nothing else of ours.
CORE = ("crawler.model", "crawler.errors", "crawler.urls", "crawler.clock", "crawler.alerting")
# Which of our modules each part may import: the first path prefix that matches decides.
ALLOWED = (
    # Pure: no I/O, no Scrapy, no database (urls for the canonical form of a document's link).
    ("crawler/understand/", ("crawler.understand", "crawler.model", "crawler.urls")),
    ("crawler/extract/", ("crawler.extract", *CORE)),
    ("crawler/store/", ("crawler.store", *CORE)),
    # Spiders never touch the store or the detector: the crawl context hands them callables.
    ("crawler/fetch/", ("crawler.fetch", "crawler.extract", *CORE)),
    ("crawler/ingest.py", ("crawler.understand", "crawler.store", *CORE)),
    ("crawler/", CORE),
    ("notifiers/", ("notifiers",)),
    ("scheduler/", ("scheduler", "crawler", "notifiers")),
)
# Imports inside a function, each with the reason it must be there.
LOCAL_IMPORTS = {("scheduler/reactor.py", "twisted.internet"),  # installing a reactor must precede it
                 ("crawler/fetch/runner.py", "twisted.internet")}  # the same: the runner is built after the install


def modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def imported(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node, node.module


MODULES = list(modules())


@pytest.mark.parametrize(("path", "tree"), MODULES, ids=[p for p, _ in MODULES])
def test_packages_import_only_what_their_layer_allows(path, tree):
    allowed = next(modules for prefix, modules in ALLOWED if path.startswith(prefix))
    for _, name in imported(tree):
        top = name.split(".")[0]
        if top in PACKAGES:
            assert any(name == m or name.startswith(m + ".") for m in allowed), f"{path} imports {name}"
        if top in OWNERS:
            assert path.startswith(OWNERS[top]), f"{path} imports {top}, owned by {OWNERS[top]}"


@pytest.mark.parametrize(("path", "tree"), MODULES, ids=[p for p, _ in MODULES])
def test_no_imports_hidden_inside_functions(path, tree):
    for function in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
        for _, name in imported(function):
            assert (path, name) in LOCAL_IMPORTS, f"{path}: {function.name}() imports {name}"


def test_importing_the_cli_installs_no_reactor_and_starts_nothing():
    code = ("import sys, threading, scheduler.cli; "
            "print('twisted.internet.reactor' in sys.modules, threading.active_count())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "1"]


def test_help_lists_every_command_without_importing_the_heavy_libraries():
    code = ("import sys\nfrom click.testing import CliRunner\nfrom scheduler.cli import cli\n"
            "out = CliRunner().invoke(cli, ['--help']).output\n"
            "print(sorted(m for m in ('scrapy', 'twisted', 'sqlalchemy', 'alembic', 'apprise', 'trafilatura') "
            "if m in sys.modules))\nprint(out)")
    loaded, *help_lines = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                         check=True).stdout.splitlines()
    assert loaded == "[]"
    listed = [line.split()[0] for line in help_lines[help_lines.index("Commands:") + 1:] if line.strip()]
    assert listed == sorted(SUBCOMMANDS)


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_the_listed_summary_is_the_commands_own_docstring(name):
    command = cli.get_command(click.Context(cli), name)
    assert command is not None and command.name == name
    assert command.help.strip().splitlines()[0] == SUBCOMMANDS[name].summary


def test_an_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(cli, ["stauts"])
    assert result.exit_code == 2 and "No such command 'stauts'" in result.output


def test_the_robots_middleware_loads_neither_the_store_nor_the_detector_nor_trafilatura():
    code = ("import sys, crawler.fetch.middlewares.robots\n"
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'trafilatura', 'crawler.understand.detect', "
            "'crawler.store') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_the_daemon_and_the_detector_load_no_scikit_learn():
    code = ("import sys, scheduler.commands.service, scheduler.services, crawler.understand.analyze\n"
            "print(sorted(m for m in ('sklearn', 'numpy', 'crawler.understand.training') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
