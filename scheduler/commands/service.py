"""Commands that crawl and deliver: ``run`` (the service, or one pass with --once) and ``demo``."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import click

from crawler.clock import Clock
from scheduler import logs
from scheduler.commands.common import config_option, fail, load_config, log_level_option
from scheduler.commands.demo import DemoSite, demo_config
from scheduler.commands.runtime import Runtime, pass_runtime
from scheduler.config import Config, load
from scheduler.daemon import CycleReport, Daemon, run_once
from scheduler.errors import EXIT_FAILURE, DaemonError
from scheduler.progress import Progress
from scheduler.reactor import run_on_reactor
from scheduler.services import Services, open_services
from scheduler.web.pages import Pages
from scheduler.web.server import WebServer

T = TypeVar("T")


def _open(config: Config, level: str, clock: Clock) -> Services:
    try:
        services = open_services(config, clock=clock)
    except DaemonError as exc:
        fail(f"cannot start: {exc}", EXIT_FAILURE, "check [database] url in the configuration")
    logs.configure(level, services.dispatcher.secrets)
    for warning in config.warnings:
        logging.getLogger("sequelwatch").warning("%s", warning)
    for source in config.sources:
        if not source.source.robots and config.crawl.obey_robots:
            logging.getLogger("sequelwatch").warning("source %s ignores robots.txt (robots = false)", source.source.name)
    return services


def _on_reactor(main: Callable[[], Awaitable[T]], close: Callable[[], None]) -> T:
    """Run ``main`` on the reactor; ``close`` then closes the services in use, once."""
    try:
        return run_on_reactor(main)
    except DaemonError as exc:
        fail(f"stopped: {exc}", EXIT_FAILURE)
    finally:
        close()


def _print_cycle(report: CycleReport) -> None:
    for crawl in report.crawls:
        click.echo(f"{crawl.source}: {crawl.summary()}")
    click.echo(f"delivery: {report.delivery.summary()}")
    for channel, error in report.delivery.errors.items():
        click.echo(f"  {channel}: {error}")


@click.command()
@config_option
@log_level_option
@click.option("--once", is_flag=True, help="Crawl every source once, deliver, and exit.")
@pass_runtime
def run(runtime: Runtime, config_path: Path | None, log_level: str, once: bool) -> None:
    """Run the service in the foreground (Ctrl-C or SIGTERM stops it)."""
    config = load_config(config_path)
    services = _open(config, log_level, runtime.clock)
    if once:
        progress = Progress(sys.stderr, "polling sources", total=len(config.sources))
        _print_cycle(_on_reactor(lambda: run_once(services, progress), services.close))
        return

    def reopen() -> Services:
        """SIGHUP: the configuration again; raises ConfigError or DaemonError to keep the running one."""
        config = load(config_path)
        if not config.franchises or not config.sources:
            # Valid, and surely a mistake in a running service (a file half written, emptied): keep going as is.
            missing = "no [[franchise]]" if not config.franchises else "no [[source]]"
            raise DaemonError(f"{config.path} has {missing}; a running service does not switch to watching nothing")
        fresh = open_services(config, clock=runtime.clock)
        logs.configure(log_level, fresh.dispatcher.secrets)
        return fresh

    daemon = Daemon(services, reopen)
    # After a SIGHUP the daemon runs on new services (it closed the old ones): close those, unless a call
    # to a database that never answered still holds them (closing would wait for it too).
    _on_reactor(daemon.run, lambda: None if daemon.services.stuck else daemon.services.close())
    if daemon.services.stuck:
        # Worker threads are joined at exit, and one stuck in a call to a database that never answers would
        # keep the process alive past systemd's stop timeout. The daemon has stopped cleanly: leave it behind.
        logging.getLogger("sequelwatch").warning("exiting without waiting for database calls that never answered")
        logging.shutdown()
        sys.stdout.flush()
        os._exit(0)


@click.command()
@log_level_option
@click.option("--serve", is_flag=True, help="Then serve the page of what it found on localhost until Ctrl-C.")
@pass_runtime
def demo(runtime: Runtime, log_level: str, serve: bool) -> None:
    """Crawl a small news site served on localhost and print the alerts (offline, no config)."""
    with DemoSite(runtime.clock) as site:
        config = demo_config(site.base_url, site.data_dir)
        click.echo(f"demo: a news site on {site.base_url} with {site.article_count} articles; "
                   f"watching {', '.join(f.franchise.name for f in config.franchises)}\n")
        services = _open(config, log_level, runtime.clock)

        async def crawl_then_serve() -> None:
            report = await run_once(services)
            click.echo()
            _print_cycle(report)
            if not serve:
                click.echo("\nsee it as a page: sequelwatch demo --serve")
                return
            pages = Pages(lambda: services, runtime.clock)
            server = WebServer("127.0.0.1", 0, {}, pages.routes())
            await server.start()
            click.echo(f"\nthe page of what it found: {server.address}/  (calendar: {server.address}/calendar; "
                       f"Ctrl-C ends the demo)")
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(signum, stop.set)
            try:
                await stop.wait()
            finally:
                await server.close()

        _on_reactor(crawl_then_serve, services.close)
