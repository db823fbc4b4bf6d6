"""The ``sequelwatch`` command.

Exit codes: 0 success; 1 a runtime failure (database, a channel that failed
``notify-test``); 2 a usage error (click); 78 an invalid or missing config.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from datetime import UTC
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from crawler.store import describe_url
from notifiers.model import Alert, Message
from notifiers.render import title_of
from scheduler import logs
from scheduler.config import Config, load
from scheduler.daemon import CycleReport, Daemon, run_once
from scheduler.demo import DemoSite, demo_config
from scheduler.errors import EXIT_CONFIG, EXIT_FAILURE, ConfigError, DaemonError
from scheduler.progress import Progress
from scheduler.reactor import run_on_reactor
from scheduler.scan import evaluate_command, scan
from scheduler.services import Services, open_services
from scheduler.units import format_duration

config_option = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Configuration file [default: ./config.toml, then the user config directory].",
)
log_level_option = click.option(
    "--log-level", type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False),
    default="info", show_default=True, help="How much to log (to standard error).",
)


def _fail(message: str, code: int, hint: str | None = None) -> NoReturn:
    click.echo(message, err=True)
    if hint:
        click.echo(f"hint: {hint}", err=True)
    sys.exit(code)


def _load(config_path: Path | None) -> Config:
    try:
        return load(config_path)
    except ConfigError as exc:
        _fail(str(exc), EXIT_CONFIG, "fix these and check with `sequelwatch check-config`")


def _open(config: Config, level: str) -> Services:
    try:
        services = open_services(config)
    except DaemonError as exc:
        _fail(f"cannot start: {exc}", EXIT_FAILURE, "check [database] url in the configuration")
    logs.configure(level, services.dispatcher.secrets)
    for source in config.sources:
        if not source.source.robots and config.crawl.obey_robots:
            logging.getLogger("sequelwatch").warning("source %s ignores robots.txt (robots = false)", source.source.name)
    return services


def _on_reactor(main: Callable, close: Callable[[], None]) -> object:
    """Run ``main`` on the reactor; ``close`` then closes the services in use, once."""
    try:
        return run_on_reactor(main)
    except DaemonError as exc:
        _fail(f"stopped: {exc}", EXIT_FAILURE)
    finally:
        close()


def _print_cycle(report: CycleReport) -> None:
    for crawl in report.crawls:
        click.echo(f"{crawl.source}: {crawl.summary()}")
    click.echo(f"delivery: {report.delivery.summary()}")
    for channel, error in report.delivery.errors.items():
        click.echo(f"  {channel}: {error}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sequelwatch")
def cli() -> None:
    """Alerts when something new is confirmed about the franchises you follow."""


@cli.command()
@config_option
@log_level_option
@click.option("--once", is_flag=True, help="Crawl every source once, deliver, and exit.")
def run(config_path: Path | None, log_level: str, once: bool) -> None:
    """Run the service in the foreground (Ctrl-C or SIGTERM stops it)."""
    config = _load(config_path)
    services = _open(config, log_level)
    if once:
        progress = Progress(sys.stderr, "polling sources", total=len(config.sources))
        _print_cycle(_on_reactor(lambda: run_once(services, progress), services.close))
        return

    def reopen() -> Services:
        """SIGHUP: the configuration again; raises ConfigError or DaemonError to keep the running one."""
        fresh = open_services(load(config_path))
        logs.configure(log_level, fresh.dispatcher.secrets)
        return fresh

    daemon = Daemon(services, reopen)
    # After a SIGHUP the daemon runs on new services (it closed the old ones): close those.
    _on_reactor(daemon.run, lambda: daemon.services.close())


@cli.command("check-config")
@config_option
def check_config(config_path: Path | None) -> None:
    """Validate the configuration and show what it sets up."""
    config = _load(config_path)
    click.echo(f"{config.path}: valid")
    click.echo(f"  database: {describe_url(config.database_url)}")
    click.echo(f"  {len(config.franchises)} franchises: {', '.join(f.franchise.name for f in config.franchises)}")
    for source in config.sources:
        click.echo(f"  source {source.source.name}: {source.source.type} {source.source.url}")
    if not config.channels:
        click.echo("  no channels: alerts are printed to the console")
    for channel in config.channels:
        click.echo(f"  channel {channel.name} ({channel.kind.name}): {channel.masked_url}")


@cli.command("notify-test")
@config_option
def notify_test(config_path: Path | None) -> None:
    """Send a test message to every channel and show how each went."""
    config = _load(config_path)
    services = open_services(config)
    logs.configure("warning", services.dispatcher.secrets)
    message_text = "sequelwatch test message: this channel works."

    async def send_all():
        results = []
        for name, channel in services.dispatcher.channels.items():
            message = Message(title="sequelwatch test", body=message_text, body_format="text")
            results.append((channel, await services.dispatcher.send(name, message)))
        return results

    try:
        results = asyncio.run(send_all())
    finally:
        services.close()
    for channel, result in results:
        state = "ok    " if result.ok else "FAILED"
        click.echo(f"{state} {channel.name} {channel.masked_url}" + (f"\n       {result.error}" if result.error else ""))
    if not all(result.ok for _, result in results):
        sys.exit(EXIT_FAILURE)


@cli.command()
@config_option
@click.option("--limit", default=30, show_default=True, help="How many to show.")
def hits(config_path: Path | None, limit: int) -> None:
    """List recent documents that named a watched franchise."""
    services = open_services(_load(config_path))
    try:
        rows = services.store.hits(limit)
    finally:
        services.close()
    for franchise, title, url, fetched in rows:
        click.echo(f"{fetched:%Y-%m-%d %H:%M}  {franchise}  {title}\n                  {url}")
    if not rows:
        click.echo("no hits yet")


@cli.command()
@config_option
def status(config_path: Path | None) -> None:
    """Per source: last success, last failure and why, failures in a row, documents; the outbox; the last alert."""
    config = _load(config_path)
    services = open_services(config)
    try:
        states, counts = services.store.source_states(), services.store.outbox_counts()
        last_alert, now = services.store.last_delivered_at(), services.clock()
    finally:
        services.close()

    def ago(moment) -> str:
        if moment is None:
            return "never"
        minutes = int((now - moment).total_seconds() // 60)
        return f"{moment:%Y-%m-%d %H:%M} UTC ({minutes // 1440}d ago)" if minutes >= 1440 else (
            f"{moment:%Y-%m-%d %H:%M} UTC ({minutes // 60}h {minutes % 60}m ago)")

    for source in config.sources:
        state = states.get(source.source.name)
        click.echo(f"{source.source.name} ({source.source.type}, every {format_duration(source.interval)})")
        if state is None or not state.polls:
            click.echo("    not polled yet")
            continue
        click.echo(f"    last success: {ago(state.last_success_at)}; {state.documents_found} documents found")
        if state.consecutive_failures:
            click.echo(f"    failing: {state.consecutive_failures} in a row, last {ago(state.last_failure_at)}: {state.last_error}")
        elif state.last_failure_at:
            click.echo(f"    last failure: {ago(state.last_failure_at)}: {state.last_error}")
        if state.not_before and state.not_before > now:
            click.echo(f"    paused until {state.not_before:%Y-%m-%d %H:%M} UTC")
    pending = sum(n for (_, st), n in counts.items() if st == "pending")
    failed = sum(n for (_, st), n in counts.items() if st == "failed")
    click.echo(f"outbox: {pending} pending, {failed} failed" + (" (sequelwatch retry re-queues them)" if failed else ""))
    click.echo(f"last alert delivered: {ago(last_alert)}")


@cli.command()
@config_option
@click.option("--franchise", default=None, help="Only this franchise.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Only facts first seen since (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@click.option("--limit", default=50, show_default=True)
def events(config_path: Path | None, franchise: str | None, since, as_json: bool, limit: int) -> None:
    """List confirmed facts with their sources, first-seen time and delivery per channel."""
    services = open_services(_load(config_path))
    try:
        facts = services.store.facts(franchise, since.replace(tzinfo=UTC) if since else None, limit)
    finally:
        services.close()
    for fact in facts:
        if as_json:
            click.echo(json.dumps({
                "franchise": fact.franchise, "event": fact.event, "when": fact.when, "installment": fact.installment,
                "previous_when": fact.previous_when, "evidence": fact.evidence,
                "sources": [{"source": s.source, "url": s.url, "title": s.title, "seen_at": s.seen_at.isoformat(),
                             "story": s.story} for s in fact.sources],
                "first_seen": fact.first_seen.isoformat(), "deliveries": fact.deliveries}, ensure_ascii=False))
            continue
        alert = Alert(fact.franchise, fact.event, "", "", "", when=fact.when, installment=fact.installment,
                      previous_when=fact.previous_when)
        click.echo(f"{fact.first_seen:%Y-%m-%d %H:%M}  {title_of(alert)}")
        click.echo(f"    {fact.evidence}")
        first_of_story: dict[int, int] = {}
        for i, source in enumerate(fact.sources):
            copy = " (copy)" if source.story is not None and first_of_story.setdefault(source.story, i) != i else ""
            click.echo(f"    {source.seen_at:%Y-%m-%d %H:%M}  {source.source}: {source.url}{copy}")
        if fact.deliveries:
            click.echo("    " + ", ".join(f"{channel}: {state}" for channel, state in sorted(fact.deliveries.items())))
    if not facts and not as_json:
        click.echo("no facts yet")


@cli.command()
@config_option
@click.option("--channel", default=None, help="Only this channel.")
@click.option("--limit", default=10, show_default=True, help="Rows shown per status.")
def outbox(config_path: Path | None, channel: str | None, limit: int) -> None:
    """Show pending, failed and recently delivered alerts per channel."""
    services = open_services(_load(config_path))
    try:
        counts = services.store.outbox_counts()
        sections = [(status, services.store.outbox(status, limit, channel)) for status in ("pending", "failed", "delivered")]
    finally:
        services.close()
    names = sorted({c for c, _ in counts if channel in (None, c)})
    if not names:
        click.echo("the outbox is empty")
        return
    for name in names:
        click.echo(f"{name}: " + ", ".join(f"{counts.get((name, st), 0)} {st}" for st in ("pending", "failed", "delivered")))
    for status, entries in sections:
        if entries:
            click.echo(f"\n{status}:")
        for e in entries:
            what = f"{e.franchise}: {e.event}" + (f" {e.when}" if e.when else "")
            if status == "delivered":
                detail = f"delivered {e.delivered_at:%Y-%m-%d %H:%M}"
            elif status == "failed":
                detail = f"after {e.attempts} attempts: {e.last_error}"
            else:
                detail = f"attempt {e.attempts + 1} at {e.next_attempt_at:%Y-%m-%d %H:%M}" + (
                    f" (last error: {e.last_error})" if e.last_error else "")
            click.echo(f"  #{e.id} {e.channel}  {what}  {detail}")


@cli.command()
@config_option
@click.option("--channel", default=None, help="Only this channel.")
def retry(config_path: Path | None, channel: str | None) -> None:
    """Queue failed alerts again (after fixing a channel); the daemon sends them on its next run."""
    services = open_services(_load(config_path))
    try:
        count = services.store.requeue_failed(channel, services.clock())
    finally:
        services.close()
    click.echo(f"{count} failed alert{'s' if count != 1 else ''} queued again" + (f" for {channel}" if channel else ""))


@cli.command()
@log_level_option
def demo(log_level: str) -> None:
    """Crawl a small news site served on localhost and print the alerts (offline, no config)."""
    with DemoSite() as site:
        config = demo_config(site.base_url, site.data_dir)
        click.echo(f"demo: a news site on {site.base_url} with {site.article_count} articles; "
                   f"watching {', '.join(f.franchise.name for f in config.franchises)}\n")
        services = _open(config, log_level)
        report = _on_reactor(lambda: run_once(services), services.close)
    click.echo()
    _print_cycle(report)


cli.add_command(scan)
cli.add_command(evaluate_command)


def main() -> None:
    cli()
