"""Score components and how they combine. The weights are named data, logged with every run."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from matcher.eligibility import ELIGIBLE, NOT_ELIGIBLE, PARTNER, UNCLEAR


@dataclass(frozen=True)
class Weights:
    """How much each signal counts in the 0-100 fit score (they sum to 1)."""

    dense: float = 0.6      # meaning: sentence-embedding cosine, best chunk of the call
    lexical: float = 0.25   # wording: TF-IDF over word and character n-grams
    themes: float = 0.15    # declared themes shared by profile and call

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


DEFAULT_WEIGHTS = Weights()
# Cosine similarities of related texts sit in a narrow band; these stretch it to 0..1 for display.
DENSE_FLOOR, DENSE_CEIL = 0.05, 0.65
# Tier per verdict: a lower tier always ranks first (expired calls get their own, last, tier).
TIER = {ELIGIBLE: 0, PARTNER: 0, UNCLEAR: 0, NOT_ELIGIBLE: 1}
EXPIRED_TIER = 2
# Inside a tier, doubts cost a little: an equally relevant eligible call comes first.
VERDICT_FACTOR = {ELIGIBLE: 1.0, PARTNER: 0.9, UNCLEAR: 0.85, NOT_ELIGIBLE: 0.7}


def stretch(values: np.ndarray, floor: float, ceil: float) -> np.ndarray:
    return np.clip((values - floor) / (ceil - floor), 0.0, 1.0)


class LexicalIndex:
    """TF-IDF over word and character n-grams, fitted once on the calls and queried per profile."""

    def __init__(self, documents: list[str]):
        self.size = len(documents)
        self.parts = []
        for vectorizer in (
            TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), strip_accents="unicode"),
            TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5)),
        ):
            try:
                self.parts.append((vectorizer, vectorizer.fit_transform(documents)))
            except ValueError:  # no documents, or every one empty after tokenizing
                continue

    def scores(self, query: str) -> np.ndarray:
        total = np.zeros(self.size)
        for vectorizer, matrix in self.parts:
            total += (matrix @ vectorizer.transform([query]).T).toarray().ravel()
        return np.clip(total / 2.0, 0.0, 1.0)


def theme_overlap(profile_themes: list[str], call_themes: list[str]) -> tuple[float, list[str]]:
    mine = {t.strip().lower() for t in profile_themes}
    theirs = {t.strip().lower() for t in call_themes}
    shared = sorted(mine & theirs)
    if not mine or not theirs:
        return 0.0, shared
    return len(shared) / min(len(mine), len(theirs)), shared


def fit_score(dense: float, lexical: float, themes: float, verdict: str,
              weights: Weights = DEFAULT_WEIGHTS) -> float:
    raw = weights.dense * dense + weights.lexical * lexical + weights.themes * themes
    return round(100.0 * raw * VERDICT_FACTOR[verdict], 1)
