"""What every subcommand shares: the common options, loading the config, failing with an exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click

from crawler.errors import StoreError
from crawler.store import Store
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
    """The database alone, for commands that only read or requeue rows; a database error exits 1."""
    try:
        store = Store.open(config.database_url)
    except StoreError as exc:
        fail(str(exc), EXIT_FAILURE, "check [database] url in the configuration")
    try:
        yield store
    except StoreError as exc:
        fail(str(exc), EXIT_FAILURE)
    finally:
        store.close()
