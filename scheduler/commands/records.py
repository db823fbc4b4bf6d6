"""Commands that read what the service stored: ``status``, ``hits``, ``events``, ``outbox``; and ``retry``.

They open the database alone, never the crawler or the channels, so they
answer quickly and work while the daemon runs.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import click

from notifiers.render import printable
from scheduler.commands.common import config_option, fact_title, fail, load_config, opened_store
from scheduler.commands.runtime import Runtime, pass_runtime
from scheduler.errors import EXIT_USAGE
from scheduler.explain import alert_state, channel_state, fact_record
from scheduler.units import format_duration


def echo(text: str) -> None:
    """Prints a line that may hold text from web pages (titles, evidence, errors) without its control characters."""
    click.echo(printable(text))


def _ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    minutes = int((now - moment).total_seconds() // 60)
    return f"{moment:%Y-%m-%d %H:%M} UTC ({minutes // 1440}d ago)" if minutes >= 1440 else (
        f"{moment:%Y-%m-%d %H:%M} UTC ({minutes // 60}h {minutes % 60}m ago)")


@click.command()
@config_option
@pass_runtime
def status(runtime: Runtime, config_path: Path | None) -> None:
    """Per source: last success, last failure and why, failures in a row, documents; the outbox; the last alert."""
    config = load_config(config_path)
    with opened_store(config) as store:
        now = runtime.clock()
        states, counts, last_alert = store.source_states(), store.outbox_counts(), store.last_delivered_at()
        waiting, latest_failures = store.waiting_pages(now)
        facts, pending_rows = store.fact_states(), store.pending(now, due_only=False, limit=10_000)
    for source in config.sources:
        state = states.get(source.source.name)
        echo(f"{source.source.name} ({source.source.type}, every {format_duration(source.interval)})")
        if state is None or not state.polls:
            echo("    not polled yet")
            continue
        echo(f"    last success: {_ago(state.last_success_at, now)}; {state.documents_found} documents found")
        if state.consecutive_failures:
            echo(f"    failing: {state.consecutive_failures} in a row, "
                       f"last {_ago(state.last_failure_at, now)}: {state.last_error}")
        elif state.last_failure_at:
            echo(f"    last failure: {_ago(state.last_failure_at, now)}: {state.last_error}")
        if state.not_before and state.not_before > now:
            echo(f"    paused until {state.not_before:%Y-%m-%d %H:%M} UTC")
        if state.lease_holder and state.lease_until and state.lease_until > now:
            echo(f"    polled by {state.lease_holder} (its lease runs until {state.lease_until:%Y-%m-%d %H:%M} UTC)")
    echo(_facts_line(facts))
    pending = sum(n for (_, st), n in counts.items() if st == "pending")
    failed = sum(n for (_, st), n in counts.items() if st == "failed")
    held = Counter(why for row in pending_rows
                   if (why := config.rules_of(row.channel).rhythm.hold(row.event, row.created_at, now)))
    held_text = "".join(f", {n} held ({why})" for why, n in sorted(held.items()))
    echo(f"outbox: {pending} pending{held_text}, {failed} failed"
         + (" (sequelwatch retry re-queues them)" if failed else ""))
    echo(f"last alert delivered: {_ago(last_alert, now)}")
    if waiting:
        echo(f"pages waiting to be retried: {waiting}")
        for page in latest_failures:
            echo(f"    {page.canonical_url}: {page.last_error} ({page.failures} in a row), "
                       f"next attempt {page.next_attempt_at:%Y-%m-%d %H:%M} UTC")


@click.command()
@config_option
@click.option("--limit", default=30, show_default=True, help="How many to show.")
def hits(config_path: Path | None, limit: int) -> None:
    """List recent documents that named a watched franchise."""
    with opened_store(load_config(config_path)) as store:
        rows = store.hits(limit)
    for franchise, title, url, fetched in rows:
        echo(f"{fetched:%Y-%m-%d %H:%M}  {franchise}  {title}\n                  {url}")
    if not rows:
        echo("no hits yet")


@click.command()
@config_option
@click.option("--franchise", default=None, help="Only this franchise.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Only facts first seen since (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@click.option("--limit", default=50, show_default=True)
@pass_runtime
def events(runtime: Runtime, config_path: Path | None, franchise: str | None, since, as_json: bool,
           limit: int) -> None:
    """List confirmed facts with their sources, first-seen time and delivery per channel."""
    config = load_config(config_path)
    with opened_store(config) as store:
        facts = store.facts(franchise, since.replace(tzinfo=UTC) if since else None, limit)
    now = runtime.clock()
    for fact in facts:
        verdict = alert_state(fact)
        channels = {d.channel: channel_state(config, fact, d, now) for d in fact.outbox}
        if as_json:
            echo(json.dumps(fact_record(config, fact, now), ensure_ascii=False))
            continue
        title = fact_title(fact.franchise, fact.event, fact.when, fact.installment, fact.previous_when)
        echo(f"{fact.first_seen:%Y-%m-%d %H:%M}  {title}")
        echo(f"    {fact.evidence}")
        first_of_story: dict[int, int] = {}
        for i, source in enumerate(fact.sources):
            copy = " (copy)" if source.story is not None and first_of_story.setdefault(source.story, i) != i else ""
            echo(f"    {source.seen_at:%Y-%m-%d %H:%M}  {source.source}: {source.url}{copy}")
        if verdict[0] != "alerted":
            echo(f"    {verdict[0]}: {verdict[1]}")
        for name, (state, why) in channels.items():
            echo(f"    {name}: {state}" + (f" ({why})" if why else ""))
    if not facts and not as_json:
        echo("no facts yet")


def _facts_line(states: dict[str, int]) -> str:
    """"facts: 12 alerted, 1 waiting for confirmation, 4 not alerted (3 first poll, 1 date passed)"."""
    silent = {why: n for why, n in states.items() if why not in ("alerted", "waiting for confirmation")}
    parts = [f"{states.get('alerted', 0)} alerted"]
    if states.get("waiting for confirmation"):
        parts.append(f"{states['waiting for confirmation']} waiting for confirmation")
    if silent:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(silent.items()))
        parts.append(f"{sum(silent.values())} not alerted ({reasons})")
    return "facts: " + ", ".join(parts)


@click.command()
@config_option
@click.option("--channel", default=None, help="Only this channel.")
@click.option("--limit", default=10, show_default=True, help="Rows shown per status.")
@click.option("--drop-channel", "drop", default=None, metavar="NAME",
              help="End the pending alerts of a channel removed from the configuration (marked failed).")
@pass_runtime
def outbox(runtime: Runtime, config_path: Path | None, channel: str | None, limit: int, drop: str | None) -> None:
    """Show pending, failed and recently delivered alerts per channel."""
    config = load_config(config_path)
    now = runtime.clock()
    if drop is not None:
        if drop in {c.name for c in config.delivery_channels}:
            fail(f"channel {drop!r} is in {config.path}: its alerts are still sent", EXIT_USAGE,
                 "remove its [[channel]] first, or leave its alerts to be delivered")
        with opened_store(config) as store:
            dropped = store.drop_pending(drop)
        echo(f"{dropped} pending alert{'s' if dropped != 1 else ''} of {drop} ended (`sequelwatch retry --channel "
             f"{drop}` queues them again if the channel comes back)")
        return
    with opened_store(config) as store:
        counts = store.outbox_counts()
        sections = [(state, store.outbox(state, limit, channel)) for state in ("pending", "failed", "delivered")]
    names = sorted({c for c, _ in counts if channel in (None, c)})
    if not names:
        echo("the outbox is empty")
        return
    for name in names:
        echo(f"{name}: " + ", ".join(f"{counts.get((name, st), 0)} {st}" for st in ("pending", "failed", "delivered")))
    for state, entries in sections:
        if entries:
            echo(f"\n{state}:")
        for e in entries:
            what = f"{e.franchise}: {e.event}" + (f" {e.when}" if e.when else "")
            if state == "delivered":
                detail = f"delivered {e.delivered_at:%Y-%m-%d %H:%M}"
            elif state == "failed":
                detail = f"after {e.attempts} attempts: {e.last_error}"
            elif held := config.rules_of(e.channel).rhythm.hold(e.event, e.created_at, now):
                detail = f"held ({held})"  # its attempt time may be past: the channel's rules decide when
            else:
                detail = f"attempt {e.attempts + 1} at {e.next_attempt_at:%Y-%m-%d %H:%M}" + (
                    f" (last error: {e.last_error})" if e.last_error else "")
            echo(f"  #{e.id} {e.channel}  {what}  {detail}")


@click.command()
@config_option
@click.option("--channel", default=None, help="Only this channel.")
@pass_runtime
def retry(runtime: Runtime, config_path: Path | None, channel: str | None) -> None:
    """Queue failed alerts again (after fixing a channel); the daemon sends them on its next run."""
    with opened_store(load_config(config_path)) as store:
        count = store.requeue_failed(channel, runtime.clock())
    echo(f"{count} failed alert{'s' if count != 1 else ''} queued again" + (f" for {channel}" if channel else ""))


@click.command()
@config_option
@click.argument("source")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only facts first seen since (YYYY-MM-DD).")
@pass_runtime
def backfill(runtime: Runtime, config_path: Path | None, source: str, since: datetime | None) -> None:
    """Alert what a source's first poll stored without alerts; each fact once."""
    config = load_config(config_path)
    names = [s.source.name for s in config.sources]
    if source not in names:
        fail(f"no source named {source!r} in {config.path}", EXIT_USAGE, f"the sources are: {', '.join(names)}")
    with opened_store(config) as store:
        queued = store.backfill(source, config.alert_policy(), runtime.clock(), since.replace(tzinfo=UTC) if since else None)
    echo(f"{queued} alert{'s' if queued != 1 else ''} queued from {source}'s first poll" + (
        "; the daemon sends them on its next delivery run (30 s), `sequelwatch run --once` sends them now"
        if queued else ""))
