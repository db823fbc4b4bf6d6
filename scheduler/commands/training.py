"""``sequelwatch eval`` and ``sequelwatch train``: measuring the detector and learning its weights.

``eval`` scores a model on labelled corpus folders; with ``--folds`` it scores
the detector the honest way, by grouped cross-validation: a model trained
without each fold scores that fold. Training needs the ``train`` extra
(scikit-learn); scoring the shipped model does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from crawler.understand.analyze import Analyzer
from crawler.understand.evaluation import Evaluation, LabelledDocument, evaluate, load_corpus
from crawler.understand.scorer import ModelFileError, Scorer
from scheduler.commands.runtime import Runtime, pass_runtime
from scheduler.errors import EXIT_CONFIG, EXIT_FAILURE
from scheduler.progress import Progress

try:
    from crawler.understand import training
except ImportError as missing:  # scikit-learn: the train extra
    training = None  # type: ignore[assignment]
    TRAIN_EXTRA_MISSING = f"{missing}; install it with: pip install 'sequelwatch[train]'"

CORPORA = click.argument("corpora", nargs=-1, required=True,
                         type=click.Path(exists=True, file_okay=False, path_type=Path))


def _corpora(folders: tuple[Path, ...]):
    loaded = []
    for folder in folders:
        try:
            franchises, documents = load_corpus(folder)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            click.echo(f"{folder}: not a labelled corpus (docs.jsonl and franchises.toml): {exc}", err=True)
            sys.exit(EXIT_CONFIG)
        loaded.append((folder.name, franchises, documents))
    return loaded


def _require_training(option: str) -> None:
    if training is None:
        click.echo(f"{option} trains models and needs scikit-learn: {TRAIN_EXTRA_MISSING}", err=True)
        sys.exit(EXIT_CONFIG)


def _scorer(weights: Path | None) -> Scorer:
    try:
        return Scorer.load(weights) if weights else Scorer.shipped()
    except ModelFileError as exc:
        click.echo(f"{exc}\nHint: `sequelwatch train CORPUS... --output FILE` writes one.", err=True)
        sys.exit(EXIT_CONFIG)


def _per_folder(result_of, corpora) -> list[str]:
    if len(corpora) < 2:
        return []
    lines = ["", "per folder:"]
    for name, _, documents in corpora:
        score = result_of(documents).overall
        lines.append(f"  {name:<14} precision {score.precision:.3f} ({score.correct}/{score.reported})   "
                     f"recall {score.recall:.3f} ({score.correct}/{score.labelled})")
    return lines


@click.command("eval")
@CORPORA
@click.option("--folds", type=click.IntRange(min=2), default=None,
              help="Grouped cross-validation: train on the other folds, score each held-out one (needs the train extra).")
@click.option("--by", type=click.Choice(["franchise", "folder"]), default="franchise", show_default=True,
              help="What a fold holds whole: every document of a franchise, or a corpus folder.")
@click.option("--weights", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score this weights file instead of the shipped one (without --folds).")
@click.option("--min-precision", type=float, default=0.0, help="Exit 1 when event precision is below this.")
@click.option("--min-recall", type=float, default=0.0, help="Exit 1 when event recall is below this.")
@pass_runtime
def evaluate_command(runtime: Runtime, corpora: tuple[Path, ...], folds: int | None, by: str,
                     weights: Path | None, min_precision: float, min_recall: float) -> None:
    """Score the detector on labelled corpus folders (docs.jsonl + franchises.toml)."""
    loaded = _corpora(corpora)
    now = runtime.clock()
    count = sum(len(documents) for _, _, documents in loaded)
    if folds is not None:
        _require_training("--folds")
        examples = training.prepare(loaded, now, by=by)
        with Progress(sys.stderr, "folds", total=folds) as progress:
            held_out = training.cross_validate(examples, folds, progress=progress.advance)
        result, readings = held_out.evaluation, held_out.events
        click.echo(f"{count} documents in {len(loaded)} folder(s); grouped {held_out.folds}-fold cross-validation "
                   f"by {by}: each fold scored by a model trained without it\n")
    else:
        scorer = _scorer(weights)
        readings = {}
        with Progress(sys.stderr, "evaluated", total=count) as progress:
            for _, franchises, documents in loaded:
                analyzer = Analyzer(franchises, scorer)
                for labelled in documents:
                    readings[labelled.id] = list(analyzer.analyze(labelled.document, now).events)
                    progress.advance()
        result = _evaluate([d for _, _, documents in loaded for d in documents], readings)
        click.echo(f"{count} documents in {len(loaded)} folder(s), model trained on: {scorer.trained_on or 'unknown'}"
                   "\n(a score on documents the model was trained on says little about new text: see --folds)\n")
        if not scorer.matches_lexicon:
            click.echo("warning: these weights were learned with other cues than this version's; retrain them "
                       "(sequelwatch train)", err=True)
    click.echo(result.report())
    for line in _per_folder(lambda documents: _evaluate(documents, readings), loaded):
        click.echo(line)
    if result.overall.precision < min_precision or result.overall.recall < min_recall:
        sys.exit(EXIT_FAILURE)


def _evaluate(documents: list[LabelledDocument], readings: dict) -> Evaluation:
    by_document = {id(d.document): readings[d.id] for d in documents}
    return evaluate(documents, lambda document: by_document[id(document)])


@click.command("train")
@CORPORA
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the weights (the shipped ones: crawler/understand/weights.json).")
@pass_runtime
def train(runtime: Runtime, corpora: tuple[Path, ...], output: Path) -> None:
    """Learn the detector's weights from labelled corpus folders (needs the train extra)."""
    _require_training("train")
    loaded = _corpora(corpora)
    examples = training.prepare(loaded, runtime.clock())
    scorer = training.fit(examples, trained_on=", ".join(name for name, _, _ in loaded))
    try:
        output.write_text(scorer.to_json(), encoding="utf-8")
    except OSError as exc:
        click.echo(f"{output}: cannot write: {exc.strerror}", err=True)
        sys.exit(EXIT_FAILURE)
    counted = training.counts(examples)
    click.echo(f"wrote {output}: {sum(len(m.weights) for m in scorer.models.values())} weights from "
               f"{len(examples)} documents ({', '.join(f'{kind} {p}+/{n}-' for kind, (p, n) in counted.items())})")
    click.echo("Measure it on text it was not trained on: sequelwatch eval CORPUS... --folds 5")
