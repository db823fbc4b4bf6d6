"""``sequelwatch scan``: the detector on its own, from the command line.

``scan`` answers "would this article alert me?" for JSON-lines documents, an
HTML file or a URL (extracted as the crawler would); ``--explain`` shows every
candidate the detector weighed and what decided it. ``eval`` and ``train`` are
in :mod:`scheduler.commands.training`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TextIO

import click

from crawler.extract.pages import extract_page
from crawler.model import Document, EventKind, Page
from crawler.understand.analyze import Analyzer
from crawler.understand.detect import Reading, explain
from crawler.understand.evaluation import document_from_json, load_watchlist
from notifiers.render import printable
from scheduler.commands.fetching import FetchProblem, fetch
from scheduler.commands.runtime import Runtime, pass_runtime
from scheduler.errors import EXIT_CONFIG, EXIT_FAILURE
from scheduler.progress import Progress


class InputProblem(Exception):
    """One input that cannot be read as a document; reported, skipped, counted."""


def _json_documents(stream: TextIO, name: str) -> Iterator[tuple[str, Document | InputProblem]]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("a line must be a JSON object")
            yield str(obj.get("id", f"{name}:{number}")), document_from_json(obj)
        except (ValueError, TypeError, AttributeError) as exc:
            yield f"{name}:{number}", InputProblem(f"{name}:{number}: not a usable document: {exc}")


def _page_document(source: str, now: datetime) -> Document:
    if source.startswith(("http://", "https://")):
        try:
            fetched = fetch(source, "scan")
        except FetchProblem as exc:
            raise InputProblem(str(exc)) from exc
        body, charset = fetched.body, fetched.charset
    else:
        try:
            body, charset = Path(source).read_bytes(), None
        except OSError as exc:
            raise InputProblem(f"{source}: cannot read: {exc.strerror}") from exc
    document = extract_page(Page(source="scan", url=source, body=body, encoding=charset, fetched_at=now))
    if document is None:
        raise InputProblem(f"{source}: no article text found")
    return document


def _documents(inputs: tuple[str, ...], now: datetime) -> Iterator[tuple[str, Document | InputProblem]]:
    if not inputs:
        yield from _json_documents(sys.stdin, "<stdin>")
        return
    for source in inputs:
        if source.endswith((".jsonl", ".json")) and not source.startswith(("http://", "https://")):
            try:
                with open(source, encoding="utf-8") as stream:
                    yield from _json_documents(stream, source)
            except OSError as exc:
                yield source, InputProblem(f"{source}: cannot read: {exc.strerror}")
            continue
        try:
            yield source, _page_document(source, now)
        except InputProblem as problem:
            yield source, problem


def _watchlist(path: Path):
    try:
        franchises = load_watchlist(path)
    except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        click.echo(f"{path}: cannot read the watch list: {exc}", err=True)
        sys.exit(EXIT_CONFIG)
    except (KeyError, TypeError, AttributeError):
        click.echo(f"{path}: every [[franchise]] needs a name and a list of aliases", err=True)
        sys.exit(EXIT_CONFIG)
    return franchises


REASONS = 4  # features shown per candidate


def _explained(doc_id: str, document: Document, reading: Reading) -> str:
    """What the detector made of one document, for a person: why an alert came or did not."""
    title = printable(document.title or document.url)
    named = list(dict.fromkeys(m.franchise for m in reading.prepared.mentions))
    lines = [f"{printable(doc_id)}: {title}"]
    if not named:
        lines.append("  names no watched franchise (or only as part of another name)")
        return "\n".join(lines)
    lines.append(f"  names {', '.join(printable(n) for n in named)}")
    for franchise in sorted(reading.prepared.misidentified):
        lines.append(f"  {printable(franchise)}: the name here means another work; its events are dropped")
    if reading.prepared.vetoed:
        lines.append(f"  nothing is reported: {reading.prepared.vetoed}")
    if not reading.judgements:
        lines.append("  no sentence about it announces, dates, delays or shows a trailer: nothing to weigh")
    for judgement in sorted(reading.judgements, key=lambda j: -j.probability):
        lines.append("  " + printable(explain(judgement)))
        lines.append(f"      {printable(judgement.candidate.sentence.text[:200])}")
    lines.append(f"  {len(reading.events)} event(s) reported")
    return "\n".join(lines)


@click.command()
@click.option("--franchises", "watchlist", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A watch list: [[franchise]] tables with name and aliases (config.toml works too).")
@click.option("--explain", is_flag=True,
              help="For each document, every candidate weighed: franchise, event, date, probability and "
                   "what decided it, reported or not (text, not JSON).")
@click.argument("inputs", nargs=-1)
@pass_runtime
def scan(runtime: Runtime, watchlist: Path, explain: bool, inputs: tuple[str, ...]) -> None:
    """Print the events the detector finds, one JSON object a line.

    INPUTS are JSON-lines files (id, title, text, published, lang, url, kind),
    HTML files or URLs; standard input (JSON lines) when none is given.
    """
    analyzer = Analyzer(_watchlist(watchlist))
    now = runtime.clock()
    problems = found = 0
    with Progress(sys.stderr, "scanned") as progress:
        for doc_id, document in _documents(inputs, now):
            if isinstance(document, InputProblem):
                progress.clear()
                click.echo(str(document), err=True)
                problems += 1
                continue
            if explain:
                progress.clear()
                click.echo(_explained(doc_id, document, analyzer.read(document, now, reasons=REASONS)))
                progress.advance()
                continue
            events = [e for e in analyzer.analyze(document, now).events if e.kind != EventKind.MENTION]
            if events:
                progress.clear()
            for event in events:
                click.echo(json.dumps({"doc": doc_id, "franchise": event.franchise, "event": event.kind,
                                       "when": event.when, "evidence": event.evidence}, ensure_ascii=False))
            found += len(events)
            progress.advance(detail=f"{found} events")
    if problems:
        click.echo(f"{problems} input(s) skipped", err=True)
        sys.exit(EXIT_FAILURE)
