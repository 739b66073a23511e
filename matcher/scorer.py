"""One profile against a corpus: score components, eligibility verdicts, the fused score and the order.

Pure given its inputs, and all array work: `score_arrays` over 100k calls takes tens of milliseconds
(bench/rank.py). `Options` switch parts off for the ablation table (bench/ablation.py); the service always
runs with everything on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from matcher.corpus import Corpus, complete, complete_profile, theme_key
from matcher.eligibility import VERDICTS, Judgement, judge
from matcher.feedback import FeedbackSignal, feedback_signal, rocchio
from matcher.rank import max_by_start, rank
from matcher.scoring import (
    CONCEPTS_CEIL,
    DEFAULT_WEIGHTS,
    DENSE_CEIL,
    DENSE_FLOOR,
    DISMISSED_TIER,
    EXPIRED_TIER,
    LEXICAL_CEIL,
    TIER,
    VERDICT_FACTOR,
    Weights,
    fuse,
    stretch,
)


@dataclass(frozen=True)
class Options:
    eligibility: bool = True  # verdict tiers and factors (off: pure relevance)
    bridge: bool = True       # glosses in the dense score and the concepts component


FULL = Options()


@dataclass
class Scored:
    components: dict[str, np.ndarray]
    scores: np.ndarray        # 0..100 fit scores
    tiers: np.ndarray
    judgement: Judgement
    feedback: FeedbackSignal
    order: np.ndarray         # ranked call indices (the top ones only when asked)
    query: np.ndarray         # the dense query vector used

    def verdict(self, i: int) -> str:
        return self.judgement.verdict(i)


def query_vector(profile: dict, bridge: bool) -> np.ndarray:
    """What the profile asks the dense model: its text, its English gloss, or both."""
    raw, gloss = profile["_vector"], profile.get("_gloss_vector")
    if not bridge or gloss is None:
        return raw
    if not profile.get("_raw_usable", True):
        return gloss
    both = raw / (np.linalg.norm(raw) or 1.0) + gloss / (np.linalg.norm(gloss) or 1.0)
    return both / (np.linalg.norm(both) or 1.0)


def dense_component(corpus: Corpus, query: np.ndarray, bridge: bool) -> np.ndarray:
    """Best cosine over each call's rows; with the bridge, a call's gloss counts too (alone when the model
    cannot read the call's own text)."""
    dense = max_by_start(corpus.chunk_matrix @ query, corpus.chunk_starts)
    if bridge and len(corpus.gloss_rows):
        gloss = corpus.gloss_matrix @ query
        rows = corpus.gloss_rows
        dense[rows] = np.where(corpus.raw_usable[rows], np.maximum(dense[rows], gloss), gloss)
    return dense


def themes_component(corpus: Corpus, labels: list[str]) -> np.ndarray:
    mine = {theme_key(t) for t in labels if theme_key(t)}
    cols = [corpus.theme_columns[t] for t in mine if t in corpus.theme_columns]
    if not mine or not cols:
        return np.zeros(len(corpus.calls))
    shared = np.asarray(corpus.themes[:, cols].sum(axis=1)).ravel()
    smaller = np.minimum(len(mine), corpus.theme_counts)
    return np.divide(shared, smaller, out=np.zeros(len(shared)), where=smaller > 0)


def score_arrays(profile: dict, corpus: Corpus, today: dt.date, weights: Weights = DEFAULT_WEIGHTS,
                 options: Options = FULL, top: int | None = None) -> Scored:
    """Score and rank every call of `corpus` for `profile` (as prepared by corpus.attach_profile)."""
    corpus = complete(corpus, today)
    profile = complete_profile(profile, corpus)
    feedback = profile.get("_feedback") or {}
    query, concepts = rocchio(query_vector(profile, options.bridge), profile["_concepts"], corpus, feedback,
                              weights.feedback)
    signal = feedback_signal(corpus, feedback)
    components = {
        "dense": stretch(dense_component(corpus, query, options.bridge), DENSE_FLOOR, DENSE_CEIL),
        "lexical": stretch(corpus.lexical.scores(profile["_lexical"]), 0.0, LEXICAL_CEIL),
        "themes": themes_component(corpus, profile.get("themes") or []),
        "concepts": (stretch(corpus.concepts @ concepts, 0.0, CONCEPTS_CEIL) if options.bridge
                     else np.zeros(len(corpus.calls))),
    }
    judgement = judge(profile, corpus.facts, today)
    fused = fuse(components, weights)
    if options.eligibility:
        factors = np.array([VERDICT_FACTOR[v] for v in VERDICTS])[judgement.level]
        tiers = np.array([TIER[v] for v in VERDICTS])[judgement.level]
        tiers = np.where(judgement.expired, EXPIRED_TIER, tiers)
    else:
        factors = np.ones(len(fused))
        tiers = np.zeros(len(fused), dtype=np.int64)
    tiers = np.where(signal.dismissed, np.maximum(tiers, DISMISSED_TIER), tiers)
    scores = 100.0 * fused * factors  # rounded for display only: rounding first would tie close calls
    return Scored(components, scores, tiers, judgement, signal, rank(scores, tiers, top), query)
