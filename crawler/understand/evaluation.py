"""Scoring the detector on a labelled corpus, by the rules of the corpus README.

An event is correct when its (document, franchise, event) matches a label and,
for release_date and delay, its ``when`` matches exactly. Precision and recall
are over distinct events; the score ignoring dates, per document (which
franchises a document alerts about) and per event type are reported too, with
every false positive and false negative.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from crawler.model import CONFIRMATIONS, Document, Event, EventKind, Franchise

DATED = tuple(kind for kind in CONFIRMATIONS if kind.dated)
KINDS = CONFIRMATIONS

# (document id, franchise, event, when or None)
Key = tuple[str, str, str, str | None]


@dataclass(frozen=True)
class LabelledDocument:
    id: str
    document: Document
    expected: frozenset[Key]
    # The sentences that state each expected event (evidence, and support where it takes two).
    evidence: dict[Key, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class Score:
    correct: int = 0
    reported: int = 0
    labelled: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.reported if self.reported else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0

    def line(self, name: str) -> str:
        return (f"{name:<16} precision {self.precision:.3f} ({self.correct}/{self.reported})   "
                f"recall {self.recall:.3f} ({self.correct}/{self.labelled})")


@dataclass
class Evaluation:
    overall: Score = field(default_factory=Score)
    ignoring_dates: Score = field(default_factory=Score)
    # Alerts per document: (document, franchise) pairs with any event, "did the right franchise alert?"
    per_document: Score = field(default_factory=Score)
    per_kind: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    false_positives: list[tuple[Key, str]] = field(default_factory=list)  # with the evidence
    false_negatives: list[Key] = field(default_factory=list)

    def report(self) -> str:
        lines = [self.overall.line("events"), self.ignoring_dates.line("ignoring dates"),
                 self.per_document.line("per document")]
        lines += [score.line(kind) for kind, score in self.per_kind.items()]
        lines.append(f"\nfalse positives ({len(self.false_positives)}):")
        lines += [f"  {k[0]} {k[1]} {k[2]} {k[3] or '-'}\n      evidence: {e}" for k, e in self.false_positives]
        lines.append(f"\nfalse negatives ({len(self.false_negatives)}):")
        lines += [f"  {k[0]} {k[1]} {k[2]} {k[3] or '-'}" for k in self.false_negatives]
        return "\n".join(lines)


def load_watchlist(path: Path) -> list[Franchise]:
    """[[franchise]] tables (name, aliases) from a TOML file, as in the corpus and config.toml."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [Franchise(f["name"], tuple(f.get("aliases", ()))) for f in data.get("franchise", [])]


def document_from_json(obj: dict) -> Document:
    published = obj.get("published")
    return Document(
        source=obj.get("source", "scan"), url=obj.get("url") or f"urn:doc:{obj.get('id', '')}",
        title=obj.get("title", ""), text=obj.get("text", ""), lang=obj.get("lang"), kind=obj.get("kind", "article"),
        published=datetime.fromisoformat(published.replace("Z", "+00:00")) if published else None,
    )


def load_corpus(folder: Path) -> tuple[list[Franchise], list[LabelledDocument]]:
    franchises = load_watchlist(folder / "franchises.toml")
    documents = []
    for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        expected = frozenset(
            (obj["id"], e["franchise"], e["event"], e.get("when") if e["event"] in DATED else None)
            for e in obj.get("expected", [])
        )
        evidence: dict[Key, tuple[str, ...]] = {}
        for e in obj.get("expected", []):
            key = (obj["id"], e["franchise"], e["event"], e.get("when") if e["event"] in DATED else None)
            evidence[key] = evidence.get(key, ()) + tuple(s for s in (e.get("evidence"), e.get("support")) if s)
        documents.append(LabelledDocument(obj["id"], document_from_json(obj), expected, evidence))
    return franchises, documents


def evaluate(documents: Iterable[LabelledDocument], detect: Callable[[Document], list[Event]]) -> Evaluation:
    result = Evaluation()
    reported: dict[Key, str] = {}
    expected: set[Key] = set()
    for labelled in documents:
        expected |= labelled.expected
        for event in detect(labelled.document):
            if event.kind == EventKind.MENTION:
                continue
            when = event.when if event.kind in DATED else None
            reported.setdefault((labelled.id, event.franchise, event.kind, when), event.evidence)
    _score(result.overall, set(reported), expected)
    _score(result.ignoring_dates, {k[:3] for k in reported}, {k[:3] for k in expected})
    _score(result.per_document, {k[:2] for k in reported}, {k[:2] for k in expected})
    for kind in KINDS:
        _score(result.per_kind[kind], {k for k in reported if k[2] == kind}, {k for k in expected if k[2] == kind})
    result.false_positives = sorted((k, reported[k]) for k in set(reported) - expected)
    result.false_negatives = sorted(expected - set(reported))
    return result


def _score(score: Score, reported: set, expected: set) -> None:
    score.correct, score.reported, score.labelled = len(reported & expected), len(reported), len(expected)
