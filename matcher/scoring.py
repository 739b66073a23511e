"""Score components and how they combine. The weights are named data, logged with every run.

Each component is a 0..1 array over the calls for one profile (matcher/scorer.py computes them):
dense (sentence-embedding cosine, best chunk or gloss), lexical (TF-IDF), themes (declared theme labels
shared) and concepts (the bridge: shared concepts of the multilingual vocabulary). The fit score is their
weighted sum, times a factor for the eligibility verdict. Feedback does not add a component: it moves the
profile's query (matcher/feedback.py), with strength Weights.feedback.

DEFAULT_WEIGHTS were chosen on the dev set (data/eval, bench/ablation.py --tune): a coarse grid over a few
weights, not a fit per item; docs/matching.md has the table and the protocol.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import numpy as np

from matcher.eligibility import ELIGIBLE, NOT_ELIGIBLE, PARTNER, UNCLEAR
from matcher.lexical import LexicalIndex  # noqa: F401 - re-exported: its home used to be this module


@dataclass(frozen=True)
class Weights:
    """How much each signal counts in the 0-100 fit score (relevance weights are normalized to sum to 1)."""

    dense: float = 0.6      # meaning: sentence-embedding cosine, best chunk of the call
    lexical: float = 0.25   # wording: TF-IDF over stemmed words and word pairs
    themes: float = 0.15    # declared theme labels shared by profile and call
    concepts: float = 0.0   # the bridge: concepts of data/vocab/bridge*.json shared, in any language
    feedback: float = 0.0   # Rocchio α: how far saved calls pull the profile's query (0: feedback ignored)

    def as_dict(self) -> dict[str, float]:
        return asdict(self)

    def relevance(self) -> dict[str, float]:
        """The mixed components with weights summing to 1 (feedback is not a component)."""
        mixed = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "feedback"}
        total = sum(mixed.values()) or 1.0
        return {k: v / total for k, v in mixed.items() if v}


# Chosen on the dev set (bench/ablation.py --tune, docs/matching.md): concepts and dense carry meaning
# across languages, lexical the exact wording. Settings within 0.005 nDCG@10 of the best were equal
# there; of those, this one leans most on the dense model, the signal that needs no vocabulary.
DEFAULT_WEIGHTS = Weights(dense=0.3, lexical=0.2, themes=0.05, concepts=0.4, feedback=0.5)
# Before the bridge: the first version's weights, kept for the ablation table.
NO_BRIDGE_WEIGHTS = Weights()

# Cosine similarities of related texts sit in a narrow band; these stretch them to 0..1.
DENSE_FLOOR, DENSE_CEIL = 0.05, 0.65
LEXICAL_CEIL = 0.4
CONCEPTS_CEIL = 0.7
# Tier per verdict: a lower tier always ranks first; expired calls get their own, last, tier.
TIER = {ELIGIBLE: 0, PARTNER: 0, UNCLEAR: 0, NOT_ELIGIBLE: 1}
EXPIRED_TIER = 2
DISMISSED_TIER = 1
# Inside a tier, doubts cost a little: an equally relevant eligible call comes first.
VERDICT_FACTOR = {ELIGIBLE: 1.0, PARTNER: 0.8, UNCLEAR: 0.85, NOT_ELIGIBLE: 0.7}


def stretch(values: np.ndarray, floor: float, ceil: float) -> np.ndarray:
    return np.clip((values - floor) / (ceil - floor), 0.0, 1.0)


def theme_overlap(profile_themes: list[str], call_themes: list[str]) -> tuple[float, list[str]]:
    mine = {t.strip().lower() for t in profile_themes}
    theirs = {t.strip().lower() for t in call_themes}
    shared = sorted(mine & theirs)
    if not mine or not theirs:
        return 0.0, shared
    return len(shared) / min(len(mine), len(theirs)), shared


def fuse(components: dict[str, np.ndarray], weights: Weights) -> np.ndarray:
    """Weighted relevance in 0..1."""
    n = len(next(iter(components.values())))
    total = np.zeros(n)
    for name, weight in weights.relevance().items():
        if name in components:
            total += weight * components[name]
    return np.clip(total, 0.0, 1.0)


def fit_score(dense: float, lexical: float, themes: float, verdict: str,
              weights: Weights = DEFAULT_WEIGHTS, **others: float) -> float:
    """The 0-100 fit score of one call from its components (`others`: concepts)."""
    parts = {"dense": np.array([dense]), "lexical": np.array([lexical]), "themes": np.array([themes])}
    parts.update({k: np.array([v]) for k, v in others.items()})
    return round(100.0 * float(fuse(parts, weights)[0]) * VERDICT_FACTOR[verdict], 1)
