"""Commands about the configuration and its channels: ``check-config`` and ``notify-test``."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

from crawler.errors import StoreError
from crawler.store import Store, describe_url
from notifiers.dispatch import Dispatcher
from notifiers.model import Message
from scheduler import logs
from scheduler.commands.common import config_option, fail, load_config
from scheduler.config import Config
from scheduler.errors import EXIT_FAILURE, EXIT_USAGE


@click.command("check-config")
@config_option
def check_config(config_path: Path | None) -> None:
    """Validate the configuration and show what it sets up."""
    config = load_config(config_path)
    click.echo(f"{config.path}: valid")
    click.echo(f"  database: {describe_url(config.database_url)}")
    click.echo(f"  {len(config.franchises)} franchises: {', '.join(f.franchise.name for f in config.franchises)}")
    for source in config.sources:
        click.echo(f"  source {source.source.name}: {source.source.type} {source.source.shown_url}")
    if not config.channels:
        click.echo("  no channels: alerts are printed to the console")
    for channel in config.channels:
        click.echo(f"  channel {channel.name} ({channel.kind.name}): {channel.masked_url}")
    for old, new in sorted(_renamed(config).items()):
        click.echo(f"  renamed: the facts stored for {old!r} are kept under {new!r} (its alias), so nothing "
                   f"already alerted alerts again")
    for warning in config.warnings:
        click.echo(f"warning: {warning}")


def _renamed(config: Config) -> dict[str, str]:
    """Franchises renamed since facts were stored (the old name now an alias); none without a database."""
    try:
        store = Store.open(config.database_url, create=False)
    except StoreError:
        return {}  # no database yet, or none reachable: nothing to keep
    try:
        return store.renamed_franchises([f.franchise for f in config.franchises])
    finally:
        store.close()


@click.command("notify-test")
@config_option
@click.option("--channel", "only", default=None, metavar="NAME", help="Only this channel.")
def notify_test(config_path: Path | None, only: str | None) -> None:
    """Send a test message to every channel and show how each went."""
    config = load_config(config_path)
    dispatcher = Dispatcher(config.delivery_channels)
    logs.configure("warning", dispatcher.secrets)
    if only is not None and only not in dispatcher.channels:
        fail(f"no channel named {only!r} in {config.path}", EXIT_USAGE,
             f"the channels are: {', '.join(dispatcher.channels)}")
    names = [only] if only is not None else list(dispatcher.channels)
    message = Message(title="sequelwatch test", body="sequelwatch test message: this channel works.", body_format="text")

    async def send_all():
        return [(dispatcher.channels[name], await dispatcher.send(name, message)) for name in names]

    results = asyncio.run(send_all())
    for channel, result in results:
        state = "ok    " if result.ok else "FAILED"
        click.echo(f"{state} {channel.name} {channel.masked_url}" + (f"\n       {result.error}" if result.error else ""))
    if not all(result.ok for _, result in results):
        sys.exit(EXIT_FAILURE)
