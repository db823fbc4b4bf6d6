"""Learning the scorer's weights from labelled corpora, and measuring them honestly.

Needs the ``train`` extra (scikit-learn); the daemon never imports this module.

A candidate is a positive example when its (document, franchise, event, date)
is labelled and its sentence is one the label gives as evidence; a labelled
event's other candidates (the same fact in another sentence) are left out
rather than called wrong; every other candidate is a negative example.

:func:`cross_validate` is the score to report: grouped K-fold, the groups being
franchises (every document about a franchise falls in one fold) or corpus
folders, the model trained on the other folds and scored on the held-out one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from crawler.model import CONFIRMATIONS, Event, EventKind, Franchise
from crawler.understand.analyze import Analyzer
from crawler.understand.candidates import Candidate
from crawler.understand.dates import within
from crawler.understand.detect import Detector, Prepared
from crawler.understand.evaluation import DATED, Evaluation, LabelledDocument, evaluate
from crawler.understand.match import normalize
from crawler.understand.scorer import KindModel, Scorer

#: Inverse regularisation strength: small, because a few hundred documents teach few things for sure.
REGULARISATION = 0.5
#: From these probabilities an event is reported (see KindModel); chosen by grouped cross-validation.
THRESHOLD = 0.7
RULED_THRESHOLD = 0.3
# Delays are few (a dozen examples to learn from): an event the rules report stands unless the model is very sure.
RULED_THRESHOLDS = {EventKind.DELAY: 0.1}
#: A labelled event told in a sentence that is not its evidence: likely a statement of it, less sure.
ELSEWHERE_WEIGHT = 0.5


@dataclass(frozen=True)
class Example:
    """One labelled document, read once: its candidates do not depend on the model."""

    labelled: LabelledDocument
    group: str  # the fold it must stay in: its folder, or its folder and franchise
    folder: str
    prepared: Prepared


def _same_sentence(sentence: str, evidence: Iterable[str]) -> bool:
    words = set(re.findall(r"\w+", sentence.lower()))
    for quote in evidence:
        quoted = normalize(quote)
        if sentence in quoted or quoted in sentence:
            return True
        other = set(re.findall(r"\w+", quoted.lower()))
        if words and other and len(words & other) / len(words | other) >= 0.6:
            return True
    return False


def label(labelled: LabelledDocument, candidate: Candidate) -> bool | None:
    """True: a stated event's evidence; False: no such event; None: the event, told elsewhere."""
    when = candidate.when if candidate.kind in DATED else None
    key = (labelled.id, candidate.franchise, str(candidate.kind), when)
    if key in labelled.expected:
        return True if _same_sentence(candidate.sentence.text, labelled.evidence.get(key, ())) else None
    # "a Thanksgiving 2027 release" beside "November 24, 2027": a report drops the window for the
    # more precise date (detect._report), so the window is neither right nor wrong.
    if when is not None and any(k[1] == candidate.franchise and k[2] == str(candidate.kind) and k[3]
                                and within(k[3], when) for k in labelled.expected):
        return None
    # An undated delay whose sentence states a dated one: the report gives it that date.
    if candidate.kind is EventKind.DELAY and candidate.when is None and any(
            k[1] == candidate.franchise and k[2] == EventKind.DELAY and _same_sentence(candidate.sentence.text, ev)
            for k, ev in labelled.evidence.items()):
        return None
    return False


def prepare(corpora: Sequence[tuple[str, list[Franchise], list[LabelledDocument]]], now: datetime,
            by: str = "franchise") -> list[Example]:
    """Read every document of every (folder name, watch list, documents) once."""
    examples = []
    for folder, franchises, documents in corpora:
        analyzer = Analyzer(franchises, scorer=_NEUTRAL)
        for labelled in documents:
            prepared = analyzer.prepare(labelled.document, now)
            franchise = next(iter(sorted(k[1] for k in labelled.expected)), None) or next(
                (m.franchise for m in prepared.mentions), None) or labelled.id
            group = folder if by == "folder" else f"{folder}/{franchise}"
            examples.append(Example(labelled, group, folder, prepared))
    return examples


def fit(examples: Iterable[Example], trained_on: str = "", regularisation: float | None = None) -> Scorer:
    """One logistic model per event, on the candidates of ``examples``.

    The events are learned together: every feature has a weight shared by all
    events and a weight of its own per event, and an event's model is their sum.
    A delay (a dozen examples) thus learns what hedges and old dates mean from
    release dates (a hundred), and still learns what is its own.
    """
    features: list[dict[str, float]] = []
    labels: list[int] = []
    weights: list[float] = []
    for example in examples:
        for candidate in example.prepared.candidates:
            verdict = label(example.labelled, candidate)
            shared = candidate.features
            features.append({**shared, **{f"{candidate.kind}|{name}": value for name, value in shared.items()}})
            labels.append(int(verdict is not False))
            weights.append(ELSEWHERE_WEIGHT if verdict is None else 1.0)
    if len(set(labels)) < 2:
        raise ValueError("the corpus holds no event, or nothing but events: nothing to learn")
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=regularisation or REGULARISATION, max_iter=5000)
    model.fit(matrix, labels, sample_weight=weights)
    learned = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True))
    models: dict[EventKind, KindModel] = {}
    for kind in CONFIRMATIONS:
        own = f"{kind}|"
        combined = {str(name): float(weight + learned.get(own + name, 0.0))
                    for name, weight in learned.items() if "|" not in name}
        models[kind] = KindModel(float(model.intercept_[0]), combined, THRESHOLD,
                                 RULED_THRESHOLDS.get(kind, RULED_THRESHOLD))
    return Scorer(models, trained_on)


@dataclass(frozen=True)
class HeldOut:
    """A cross-validation: the pooled score, each document's events as its held-out model saw them."""

    evaluation: Evaluation
    events: dict[str, list[Event]]  # by document id
    folds: int


def cross_validate(examples: Sequence[Example], folds: int,
                   progress: Callable[[], None] | None = None) -> HeldOut:
    """Pooled score of K models, each trained without the fold it is scored on."""
    groups = [e.group for e in examples]
    folds = min(folds, len(set(groups)))
    events: dict[str, list[Event]] = {}
    for train, test in GroupKFold(n_splits=folds).split(list(examples), groups=groups):
        detector = Detector(scorer=fit(examples[i] for i in train))
        for i in test:
            events[examples[i].labelled.id] = list(detector.decide(examples[i].prepared).events)
        if progress:
            progress()
    by_document = {id(e.labelled.document): events[e.labelled.id] for e in examples}
    evaluation = evaluate([e.labelled for e in examples], lambda document: by_document[id(document)])
    return HeldOut(evaluation, events, folds)


def counts(examples: Iterable[Example]) -> dict[str, tuple[int, int]]:
    """Per event: how many candidates are examples of it, and how many are not."""
    found = {str(kind): [0, 0] for kind in CONFIRMATIONS}
    for example in examples:
        for candidate in example.prepared.candidates:
            verdict = label(example.labelled, candidate)
            if verdict is not None:
                found[str(candidate.kind)][0 if verdict else 1] += 1
    return {kind: (p, n) for kind, (p, n) in found.items()}


# Candidates do not depend on weights; reading documents for training needs a scorer all the same.
_NEUTRAL = Scorer({kind: KindModel(0.0, {}, 1.0, 1.0) for kind in CONFIRMATIONS})
