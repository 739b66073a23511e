"""Learning from use: a profile's saves and dismissals move the calls that resemble them.

A Rocchio-style update in the space the ranking already has: each call's nearness to the calls this
profile saved, minus its nearness to the calls it dismissed, becomes a score component (weighted by
`Weights.feedback`). Nearness mixes the dense call vectors (meaning) and the concept vectors (the
bridge, so an Arabic call saved lifts English calls on the same subject). The feedback itself is stored by
fursa/store/feedback.py; saved calls stay in the ranking, dismissed ones drop below every other open call.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matcher.scoring import stretch

SAVED, DISMISSED = "saved", "dismissed"
# Two unrelated calls still share some cosine; only nearness above this band counts.
NEAR_FLOOR, NEAR_CEIL = 0.3, 0.8
MAX_EXAMPLES = 50  # the most recent feedback is enough to steer; older items add cost, not signal


@dataclass
class FeedbackSignal:
    score: np.ndarray          # -1..1 per call: like the saved calls (+), like the dismissed ones (-)
    nearest_saved: np.ndarray  # index of the most similar saved call, -1 when none
    dismissed: np.ndarray      # the calls this profile dismissed
    saved: np.ndarray


def nearness(corpus, rows: list[int]) -> np.ndarray:
    """calls × rows similarity: the mean of the dense and concept cosines, stretched to 0..1."""
    dense = corpus.call_vectors @ corpus.call_vectors[rows].T
    concepts = corpus.concepts @ corpus.concepts[rows].T
    return stretch((dense + concepts) / 2.0, NEAR_FLOOR, NEAR_CEIL)


def feedback_signal(corpus, feedback: dict[str, str]) -> FeedbackSignal:
    """The feedback component for one profile; `feedback` maps call id -> "saved" or "dismissed"."""
    n = len(corpus.calls)
    items = list(feedback.items())[-MAX_EXAMPLES:]
    saved = [corpus.index[c] for c, a in items if a == SAVED and c in corpus.index]
    dismissed = [corpus.index[c] for c, a in items if a == DISMISSED and c in corpus.index]
    score = np.zeros(n)
    nearest = np.full(n, -1, dtype=np.int64)
    if saved:
        near = nearness(corpus, saved)
        score += near.max(axis=1)
        nearest = np.array(saved)[near.argmax(axis=1)]
    if dismissed:
        score -= nearness(corpus, dismissed).max(axis=1)
    flags = np.zeros(n, dtype=bool)
    flags[dismissed] = True
    kept = np.zeros(n, dtype=bool)
    kept[saved] = True
    return FeedbackSignal(score, nearest, flags, kept)
