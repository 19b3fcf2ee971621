"""The answer scorer: one fitted logistic model from candidate features to P(answers).

It replaces a stack of hand-set gates, bonuses and floors. Each candidate
sentence gets an independent probability that it answers the question; the
best one is quoted, and the bot abstains when even that is below one threshold.
The model is data: ``scorer.json`` holds the feature names, the scaling, the
coefficients and the threshold, and says what it was fitted on;
``eval/scripts/train_scorer.py`` refits it reproducibly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa_bot.answer.features import FEATURES
from qa_bot.errors import QABotError

MODEL_FILE = Path(__file__).with_name("scorer.json")


@dataclass(frozen=True)
class AnswerScorer:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float  # abstain below this probability
    version: str

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        if not len(x):
            return np.empty(0)
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    @classmethod
    def from_dict(cls, d: dict) -> "AnswerScorer":
        names = tuple(d["features"])
        if names != FEATURES:
            # a model fitted on other features would weigh the wrong numbers: refuse, loudly
            raise QABotError(
                f"The answer scorer model was fitted on features {names}, but this qa-bot computes {FEATURES}. "
                "Refit it with: python eval/scripts/train_scorer.py"
            )
        return cls(names, np.asarray(d["mean"], float), np.asarray(d["scale"], float),
                   np.asarray(d["coef"], float), float(d["intercept"]), float(d["threshold"]), str(d["version"]))

    @classmethod
    def untrained(cls) -> "AnswerScorer":
        """All weights zero (every candidate 0.5): what a refit starts from when the features changed
        and scorer.json no longer matches them; it only needs the bot's candidates, not their scores."""
        n = len(FEATURES)
        return cls(FEATURES, np.zeros(n), np.ones(n), np.zeros(n), 0.0, 0.5, "untrained")

    def to_dict(self) -> dict:
        return {"version": self.version, "features": list(self.features), "mean": self.mean.tolist(),
                "scale": self.scale.tolist(), "coef": self.coef.tolist(), "intercept": self.intercept,
                "threshold": self.threshold}


@lru_cache(maxsize=4)
def load(path: str | None = None) -> AnswerScorer:
    path = Path(path) if path else MODEL_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise QABotError(f"Cannot read the answer scorer model {path} ({exc}); reinstall qa-bot or refit it "
                         "with: python eval/scripts/train_scorer.py") from None
    return AnswerScorer.from_dict(data)
