"""``sequelwatch check-source NAME``: poll one source now and say what would alert, storing and sending nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from crawler.errors import MissingDatabase, StoreError
from crawler.extract.workers import ExtractWorkers
from crawler.fetch.context import CrawlContext
from crawler.fetch.runner import CrawlRunner
from crawler.ingest import Preview, Previewed
from crawler.model import SourceState
from crawler.store import Store
from crawler.understand.analyze import Analyzer
from notifiers.render import printable
from scheduler import logs
from scheduler.commands.common import config_option, fact_title, fail, load_config
from scheduler.commands.runtime import Runtime, pass_runtime
from scheduler.config import Config
from scheduler.errors import EXIT_FAILURE, EXIT_USAGE
from scheduler.reactor import run_on_reactor


def _open_store(config: Config) -> Store | None:
    """The database, to tell repeats from news; None when there is none yet (nothing was stored)."""
    try:
        return Store.open(config.database_url, create=False)
    except MissingDatabase:
        return None
    except StoreError as exc:
        fail(str(exc), EXIT_FAILURE, "check [database] url in the configuration")


@click.command("check-source")
@config_option
@click.argument("name")
@pass_runtime
def check_source(runtime: Runtime, config_path: Path | None, name: str) -> None:
    """Poll one source now and show what each document would alert, and why not; stores and sends nothing."""
    config = load_config(config_path)
    source = next((s.source for s in config.sources if s.source.name == name), None)
    if source is None:
        fail(f"no source named {name!r} in {config.path}", EXIT_USAGE,
             f"the sources are: {', '.join(s.source.name for s in config.sources)}")
    logs.configure("warning", ())  # the skipped pages, one line each; the poll's own line is printed below
    store = _open_store(config)
    watched = tuple(f.franchise for f in config.franchises)
    preview = Preview(Analyzer(watched), config.alert_policy(), franchises=watched)
    if store is not None:
        preview.known, preview.stored, preview.entries = store.has_fact, store.known_urls, store.catalog_entries
    workers = ExtractWorkers()
    context = CrawlContext(triage=preview.triage, save=preview.save, clock=runtime.clock, workers=workers,
                           link_policy=config.link_policy(), catalogue=preview.catalogue(name))
    try:
        # A fresh state: no conditional GET, so the whole listing is read whatever the last poll saw.
        report = run_on_reactor(lambda: CrawlRunner(config.crawl, context).crawl(source, SourceState()))
        state = store.source_state(name) if store is not None else SourceState()
    finally:
        workers.close()
        if store is not None:
            store.close()
    click.echo(f"{name}: {report.summary()}".replace(" new facts", " would alert"))
    for seen in sorted(preview.found, key=lambda p: p.document.url):
        click.echo(_described(seen))
    if state.first_poll and not source.backfill:
        click.echo(f"\nnote: {name} has had no successful poll yet, and its first poll stores what it lists without "
                   f"alerts (backfill = true in its [[source]], or `sequelwatch backfill` after it, alerts them)")
    sys.exit(0 if report.ok else EXIT_FAILURE)


def _described(seen: Previewed) -> str:
    """A document, and for each confirmation in it whether it would alert, whom, or why not."""
    lines = [f"\n{printable(seen.document.title) or '(no title)'}", f"  {seen.document.url}"]
    if seen.stored:
        lines.append("  stored on an earlier poll: a poll does not read it again, so it alerts nothing more")
    if not seen.franchises:
        lines.append("  names no watched franchise")
    elif not seen.events and seen.document.kind == "catalogue entry":
        lines.append("  nothing changed since the last poll")
    elif not seen.events:
        lines.append(f"  names {', '.join(seen.franchises)}; confirms nothing (a rumour, a recap or a plain mention "
                     f"stays quiet)")
    for event, verdict, known in seen.events:
        title = fact_title(event.franchise, event.kind, event.when, event.installment, event.previous)
        if known:
            lines.append(f"  {title}: already known; this report would add a source, not an alert")
        elif verdict.silence is not None:
            lines.append(f"  {title}: would not alert: {verdict.silence.why}")
        elif verdict.awaiting_confirmation:
            lines.append(f"  {title}: would wait for confirmation (confirm = \"official-or-2\"), then alert "
                         f"{', '.join(verdict.channels)}")
        else:
            lines.append(f"  {title}: would alert {', '.join(verdict.channels)}")
    return "\n".join(lines)
