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

# Heavy library -> the modules allowed to import it.
OWNERS = {
    "scrapy": ("crawler/spiders/", "crawler/pipelines.py", "crawler/runner.py"),
    "sqlalchemy": ("crawler/store/", "crawler/migrations/"),
    "alembic": ("crawler/store/", "crawler/migrations/"),
    "apprise": ("notifiers/dispatch.py",),
    "apscheduler": ("scheduler/daemon.py",),
}
# Which of our packages each package may import.
ALLOWED = {"crawler": {"crawler"}, "notifiers": {"notifiers"}, "scheduler": {"scheduler", "crawler", "notifiers"}}
# Imports inside a function, each with the reason it must be there.
LOCAL_IMPORTS = {("scheduler/reactor.py", "twisted.internet"),  # installing a reactor must precede it
                 ("crawler/runner.py", "twisted.internet")}  # the same: the runner is built after the install


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
    package = path.split("/")[0]
    for _, name in imported(tree):
        top = name.split(".")[0]
        if top in PACKAGES:
            assert top in ALLOWED[package], f"{path} imports {name}"
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
