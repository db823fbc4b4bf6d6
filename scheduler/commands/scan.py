"""``sequelwatch scan`` and ``sequelwatch eval``: the detector on its own, from the command line.

``scan`` answers "would this article alert me?" for JSON-lines documents, an
HTML file or a URL (extracted as the crawler would); ``eval`` scores the
detector on a labelled corpus folder.
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
from crawler.understand.evaluation import document_from_json, evaluate, load_corpus, load_watchlist
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


@click.command()
@click.option("--franchises", "watchlist", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A watch list: [[franchise]] tables with name and aliases (config.toml works too).")
@click.argument("inputs", nargs=-1)
@pass_runtime
def scan(runtime: Runtime, watchlist: Path, inputs: tuple[str, ...]) -> None:
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


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--min-precision", type=float, default=0.0, help="Exit 1 when event precision is below this.")
@click.option("--min-recall", type=float, default=0.0, help="Exit 1 when event recall is below this.")
@pass_runtime
def evaluate_command(runtime: Runtime, corpus: Path, min_precision: float, min_recall: float) -> None:
    """Score the detector on a labelled corpus folder (docs.jsonl + franchises.toml)."""
    try:
        franchises, documents = load_corpus(corpus)
    except (OSError, ValueError, KeyError) as exc:
        click.echo(f"{corpus}: not a labelled corpus (docs.jsonl and franchises.toml): {exc}", err=True)
        sys.exit(EXIT_CONFIG)
    analyzer = Analyzer(franchises)
    now = runtime.clock()
    with Progress(sys.stderr, "evaluated", total=len(documents)) as progress:
        def detect(document: Document) -> list:
            progress.advance()
            return list(analyzer.analyze(document, now).events)

        result = evaluate(documents, detect)
    click.echo(f"{len(documents)} documents, {len(franchises)} franchises\n")
    click.echo(result.report())
    if result.overall.precision < min_precision or result.overall.recall < min_recall:
        sys.exit(EXIT_FAILURE)
