"""Weighing a candidate's evidence: one logistic model per event, in plain Python.

The weights are learned offline (:mod:`crawler.understand.training`, with
scikit-learn, ``sequelwatch train``) and shipped as ``weights.json`` beside this
module; at run time a candidate's probability is the logistic of its features'
summed weights, so the daemon needs no scikit-learn and no numpy.

The file's shape::

    {"format": 1, "trained_on": "...", "lexicon": "65d61e58", "kinds": {"release_date": {"bias": -1.2, "threshold": 0.8,
        "ruled_threshold": 0.3, "weights": {"release:3": 0.8, "h:1234": 0.1, ...}}, ...}}
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from itertools import repeat
from operator import mul
from pathlib import Path

from crawler.model import CONFIRMATIONS, EventKind
from crawler.understand import lexicons
from crawler.understand.candidates import Candidate

FORMAT = 1
SHIPPED = "weights.json"
#: The feature that says the rule reading reports this very candidate (see crawler.understand.candidates).
RULED = "rule:same"
#: Features that say a candidate's own clause is not a plain statement about an installment (see
#: crawler.understand.candidates): the model alone does not report such a candidate.
DOUBTS = ("hedge:same_clause", "negation:same_clause", "not_installment:same_clause", "question", "doc:headline_doubt")


class ModelFileError(ValueError):
    """A weights file that cannot be used: raised by Scorer.load, with the file and what is wrong."""


@dataclass(frozen=True)
class KindModel:
    """The learned weights of one event kind, and the probabilities from which it is reported.

    The rule reading is one feature among others, but the model learns from a few
    hundred documents only; so an event the rules report stands unless the model
    is fairly sure it is wrong (below ``ruled_threshold``), and the model adds an
    event the rules missed only when it is sure (from ``threshold``). Grouped
    cross-validation chose the two (``sequelwatch eval --folds``).
    """

    bias: float
    weights: Mapping[str, float]
    threshold: float = 0.7
    ruled_threshold: float = 0.3

    def __post_init__(self) -> None:
        if not 0.0 <= self.ruled_threshold <= self.threshold <= 1.0:
            raise ModelFileError(f"thresholds must satisfy 0 <= ruled_threshold ({self.ruled_threshold}) "
                                 f"<= threshold ({self.threshold}) <= 1")

    def accepts(self, probability: float, features: Mapping[str, float]) -> bool:
        if RULED in features:
            return probability >= self.ruled_threshold
        # Alone, the model reports only what its own clause states plainly: no hedge, negation or question.
        return probability >= self.threshold and not any(doubt in features for doubt in DOUBTS)

    def margin(self, features: Mapping[str, float]) -> float:
        # map() keeps the loop in C: a candidate has about ninety features.
        return self.bias + sum(map(mul, map(self.weights.get, features, repeat(0.0)), features.values()))


@dataclass(frozen=True)
class Judgement:
    """A candidate with its probability, whether it is reported, and what decided it."""

    candidate: Candidate
    probability: float
    accepted: bool
    reasons: tuple[tuple[str, float], ...]  # the features that weighed most, with their weight


class Scorer:
    """Probabilities for candidates, from one :class:`KindModel` per event kind."""

    def __init__(self, models: Mapping[EventKind, KindModel], trained_on: str = "",
                 lexicon: str = lexicons.FINGERPRINT) -> None:
        missing = [str(kind) for kind in CONFIRMATIONS if kind not in models]
        if missing:
            raise ModelFileError(f"no weights for {', '.join(missing)}")
        self.models = dict(models)
        self.trained_on = trained_on
        # The cues the weights were learned with: features name cues by their place in a family,
        # so weights learned with other cues weigh the wrong ones (sequelwatch train again).
        self.lexicon = lexicon

    @property
    def matches_lexicon(self) -> bool:
        return self.lexicon == lexicons.FINGERPRINT

    @classmethod
    def shipped(cls) -> Scorer:
        """The weights that come with the package."""
        resource = files("crawler.understand").joinpath(SHIPPED)
        return cls.from_json(resource.read_text(encoding="utf-8"), f"the package's {SHIPPED}")

    @classmethod
    def load(cls, path: Path) -> Scorer:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ModelFileError(f"{path}: cannot read: {exc.strerror}") from exc
        return cls.from_json(text, str(path))

    @classmethod
    def from_json(cls, text: str, name: str) -> Scorer:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ModelFileError(f"format {data.get('format')!r}, this version reads {FORMAT}")
            models = {
                EventKind(kind): KindModel(float(m["bias"]), {str(k): float(v) for k, v in m["weights"].items()},
                                           float(m["threshold"]), float(m["ruled_threshold"]))
                for kind, m in data["kinds"].items()
            }
            return cls(models, str(data.get("trained_on", "")), str(data.get("lexicon", "")))
        except ModelFileError as exc:  # every problem of the file names the file, missing kinds too
            raise ModelFileError(f"{name}: {exc}") from exc
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ModelFileError(f"{name}: not a weights file: {error}") from error

    def to_json(self) -> str:
        kinds = {
            str(kind): {"bias": round(m.bias, 5), "threshold": m.threshold, "ruled_threshold": m.ruled_threshold,
                        "weights": {k: round(v, 5) for k, v in sorted(m.weights.items()) if abs(v) >= 1e-4}}
            for kind, m in self.models.items()
        }
        return json.dumps({"format": FORMAT, "trained_on": self.trained_on, "lexicon": self.lexicon, "kinds": kinds},
                          ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"

    def probability(self, candidate: Candidate) -> float:
        margin = self.models[candidate.kind].margin(candidate.features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, margin))))

    def judge(self, candidate: Candidate, reasons: int = 0) -> Judgement:
        """The candidate's probability and verdict; with ``reasons``, that many of the
        features that weighed most either way (hashed words are summed as "words")."""
        model = self.models[candidate.kind]
        probability = self.probability(candidate)
        explained: tuple[tuple[str, float], ...] = ()
        if reasons:
            weights: dict[str, float] = {}
            for name, value in candidate.features.items():
                weight = model.weights.get(name, 0.0) * value
                label = "words" if name.startswith("h:") else name
                weights[label] = weights.get(label, 0.0) + weight
            ranked = sorted(weights.items(), key=lambda item: -abs(item[1]))
            explained = tuple((name, weight) for name, weight in ranked[:reasons] if abs(weight) >= 0.05)
        return Judgement(candidate, probability, model.accepts(probability, candidate.features), explained)
