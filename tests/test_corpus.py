"""The development corpus as a floor: no change may lower the detector's score unnoticed.

The floor is the score reached when this test was written (precision and
recall 1.000, dates included). The detector is also scored on documents that
are not in the repository; this test guards against regressions, it is not
the target.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.understand.analyze import Analyzer
from crawler.understand.evaluation import evaluate, load_corpus
from scheduler.cli import cli

CORPUS = Path(os.environ.get("SEQUELWATCH_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"))
FLOOR_PRECISION = 1.0
FLOOR_RECALL = 1.0

if not CORPUS.is_dir() and os.environ.get("SEQUELWATCH_REQUIRE_CORPUS") == "1":
    raise RuntimeError(f"the development corpus is required but not at {CORPUS}")
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the development corpus is not at {CORPUS}")


def test_dev_corpus_score_does_not_drop_below_the_floor():
    franchises, documents = load_corpus(CORPUS)
    analyzer = Analyzer(franchises)
    result = evaluate(documents, lambda d: list(analyzer.analyze(d, d.published).events))
    assert result.overall.precision >= FLOOR_PRECISION, result.report()
    assert result.overall.recall >= FLOOR_RECALL, result.report()


def test_eval_command_prints_every_score_and_fails_under_a_threshold():
    result = CliRunner().invoke(cli, ["eval", str(CORPUS), "--min-precision", "0.95", "--min-recall", "0.9"])
    assert result.exit_code == 0, result.output
    for line in ("events ", "ignoring dates ", "announcement ", "release_date ", "delay ", "trailer ",
                 "false positives (", "false negatives ("):
        assert line in result.output
    strict = CliRunner().invoke(cli, ["eval", str(CORPUS), "--min-recall", "1.01"])
    assert strict.exit_code == 1
