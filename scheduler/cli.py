"""The ``sequelwatch`` command.

Exit codes: 0 success; 1 a runtime failure (database, a channel that failed
``notify-test``); 2 a usage error (click); 78 an invalid or missing config.

The subcommands live in ``scheduler.commands``; this
module names them and imports one only when it runs, so ``--help`` answers
without loading Scrapy, SQLAlchemy or Apprise (about a second on a small
server: see BENCHMARKS.md).
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

import click


class Subcommand(NamedTuple):
    """Where a subcommand is defined, and its one-line help for the listing."""

    module: str
    attribute: str
    summary: str  # the first line of the command's docstring (a test keeps the two equal)


SUBCOMMANDS = {
    "run": Subcommand("scheduler.commands.service", "run", "Run the service in the foreground (Ctrl-C or SIGTERM stops it)."),
    "demo": Subcommand("scheduler.commands.service", "demo",
                       "Crawl a small news site served on localhost and print the alerts (offline, no config)."),
    "check-source": Subcommand("scheduler.commands.check_source", "check_source",
                               "Poll one source now and show what each document would alert, and why not; "
                               "stores and sends nothing."),
    "check-config": Subcommand("scheduler.commands.channels", "check_config",
                               "Validate the configuration and show what it sets up."),
    "notify-test": Subcommand("scheduler.commands.channels", "notify_test",
                              "Send a test message to every channel and show how each went."),
    "status": Subcommand("scheduler.commands.records", "status",
                         "Per source: last success, last failure and why, failures in a row, documents; "
                         "the outbox; the last alert."),
    "hits": Subcommand("scheduler.commands.records", "hits", "List recent documents that named a watched franchise."),
    "events": Subcommand("scheduler.commands.records", "events",
                         "List confirmed facts with their sources, first-seen time and delivery per channel."),
    "outbox": Subcommand("scheduler.commands.records", "outbox",
                         "Show pending, failed and recently delivered alerts per channel."),
    "backfill": Subcommand("scheduler.commands.records", "backfill",
                           "Alert what a source's first poll stored without alerts; each fact once."),
    "retry": Subcommand("scheduler.commands.records", "retry",
                        "Queue failed alerts again (after fixing a channel); the daemon sends them on its next run."),
    "import": Subcommand("scheduler.commands.importing", "import_group",
                         "Import the franchises of a list you keep on AniList into config.toml."),
    "discover": Subcommand("scheduler.commands.discover", "discover",
                           "List the feeds and sitemaps a site offers, checked to parse, to use as [[source]] urls."),
    "scan": Subcommand("scheduler.commands.scan", "scan", "Print the events the detector finds, one JSON object a line."),
    "eval": Subcommand("scheduler.commands.training", "evaluate_command",
                       "Score the detector on labelled corpus folders (docs.jsonl + franchises.toml)."),
    "train": Subcommand("scheduler.commands.training", "train",
                        "Learn the detector's weights from labelled corpus folders (needs the train extra)."),
}


class LazyGroup(click.Group):
    """A group that imports a subcommand's module when that subcommand is looked up to run."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(SUBCOMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = SUBCOMMANDS.get(cmd_name)
        if entry is None:
            return None
        return getattr(importlib.import_module(entry.module), entry.attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # click would load every command for its short help; the table already has it.
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(map(len, names))
        rows = [(name, click.Command(name, help=SUBCOMMANDS[name].summary).get_short_help_str(limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sequelwatch")
def cli() -> None:
    """Alerts when something new is confirmed about the franchises you follow."""


def main() -> None:
    cli()
