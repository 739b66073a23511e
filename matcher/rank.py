"""Pure ranking over vectors: no store, no model. Everything here is a function of its arguments."""

from __future__ import annotations

import numpy as np

# Above this many candidates per wanted result, select the top with a partition before sorting.
_PARTITION_FACTOR = 4


def cosine_scores(query: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Cosine similarity of one query vector with every row (rows and query need not be unit length)."""
    if matrix.size == 0:
        return np.zeros(0, dtype=np.float32)
    q = query / (np.linalg.norm(query) or 1.0)
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1.0
    return (matrix @ q) / norms


def max_by_group(scores: np.ndarray, groups: np.ndarray, n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """Best score per group (a call's chunks) and the index of the row that gave it."""
    best = np.full(n_groups, -np.inf, dtype=np.float64)
    argbest = np.full(n_groups, -1, dtype=np.int64)
    order = np.argsort(scores, kind="stable")  # ascending: later writes win, so the max stays
    best[groups[order]] = scores[order]
    argbest[groups[order]] = order
    best[np.isinf(best)] = 0.0
    return best, argbest


def max_by_start(scores: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Best score per call when each call's rows are contiguous and start at `starts` (every call has one)."""
    if len(starts) == 0:
        return np.zeros(0)
    return np.maximum.reduceat(scores, starts)


def rank(scores: np.ndarray, tiers: np.ndarray | None = None, top_k: int | None = None) -> np.ndarray:
    """Indices ordered by tier (lower first), then score (higher first), then index: deterministic.

    Tiers keep expired and ineligible calls below eligible ones whatever their similarity. With a small
    `top_k` only the candidates that can reach it are sorted (every tie at the cut is kept for the sort).
    """
    n = len(scores)
    tiers = np.zeros(n, dtype=np.int64) if tiers is None else np.asarray(tiers)
    scores = np.nan_to_num(np.asarray(scores, dtype=np.float64), nan=0.0)
    candidates = np.arange(n)
    if top_k is not None and 0 < top_k and n > _PARTITION_FACTOR * top_k:
        spread = float(scores.max() - scores.min()) + 1.0
        key = tiers * spread - scores
        cut = np.partition(key, top_k - 1)[top_k - 1]
        candidates = np.flatnonzero(key <= cut)
    order = candidates[np.lexsort((candidates, -scores[candidates], tiers[candidates]))]
    return order[:top_k] if top_k is not None else order
