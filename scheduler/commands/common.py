"""What every subcommand shares: the common options, loading the config, failing with an exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click

from crawler.errors import MissingDatabase, StoreError
from crawler.model import when_in_words
from crawler.store import Store
from notifiers.model import Alert
from notifiers.render import title_of
from scheduler.config import Config, load
from scheduler.errors import EXIT_CONFIG, EXIT_FAILURE, ConfigError

config_option = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Configuration file [default: ./config.toml, then the user config directory].",
)
log_level_option = click.option(
    "--log-level", type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False),
    default="info", show_default=True, help="How much to log (to standard error).",
)


def fail(message: str, code: int, hint: str | None = None) -> NoReturn:
    click.echo(message, err=True)
    if hint:
        click.echo(f"hint: {hint}", err=True)
    sys.exit(code)


def load_config(config_path: Path | None) -> Config:
    try:
        return load(config_path)
    except ConfigError as exc:
        fail(str(exc), EXIT_CONFIG, "fix these and check with `sequelwatch check-config`")


@contextmanager
def opened_store(config: Config) -> Iterator[Store]:
    """The database alone, for commands that only read or requeue rows; a database error exits 1.

    These never create a database: run in a shell, without the service's
    STATE_DIRECTORY, they would otherwise make an empty one and report that.
    """
    try:
        store = Store.open(config.database_url, create=False)
    except MissingDatabase as exc:
        fail(f"{exc} (from {config.path}); nothing has been stored there yet", EXIT_FAILURE,
             "the service's database is in its state directory: name it in [database] url, or run the command "
             "with STATE_DIRECTORY=/var/lib/sequelwatch and the service's --config (README: running the commands "
             "against the service)")
    except StoreError as exc:
        fail(str(exc), EXIT_FAILURE, "check [database] url in the configuration")
    try:
        yield store
    except StoreError as exc:
        fail(str(exc), EXIT_FAILURE)
    finally:
        store.close()


def fact_title(franchise: str, event: str, when: str | None, installment: str | None, previous: str | None) -> str:
    """A fact's line as its alert would title it: "Dune part 3: delayed: March 19, 2027 (was December 2026)"."""
    return title_of(Alert(franchise, event, "", "", "", when=when_in_words(when), installment=installment,
                          previous_when=when_in_words(previous)))
