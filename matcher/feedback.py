"""Learning from use: a profile's saves and dismissals move its query toward the calls it saved.

A Rocchio update (Rocchio 1971; the SMART system's relevance feedback): the profile's dense query vector
and its concept vector each become  q + α·mean(saved) − β·mean(dismissed),  with α = Weights.feedback and
β = BETA_RATIO·α. The concept side is what carries feedback across languages: saving an Arabic call about
water lifts English calls about water too. On the dev set (residual-collection protocol, bench/ablation.py)
this raised nDCG@10 on the calls not yet seen; a separate "nearness to saved calls" component did less.

The feedback itself is stored by fursa/store/feedback.py. Saved calls stay in the ranking; dismissed ones
drop below every call that was not dismissed (scoring.DISMISSED_TIER).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAVED, DISMISSED = "saved", "dismissed"
BETA_RATIO = 0.3   # a dismissal says less than a save: "not this one" may be about the funder or the date
MAX_EXAMPLES = 50  # the most recent feedback is enough to steer; older items add cost, not signal
SIMILAR_SAVED = 0.5  # explanations name the closest saved call when its cosine with the call reaches this


@dataclass
class FeedbackSignal:
    saved: np.ndarray       # the calls this profile saved
    dismissed: np.ndarray   # the calls this profile dismissed

    @property
    def any(self) -> bool:
        return bool(self.saved.any() or self.dismissed.any())


def feedback_rows(corpus, feedback: dict[str, str]) -> tuple[list[int], list[int]]:
    items = list(feedback.items())[-MAX_EXAMPLES:]
    saved = [corpus.index[c] for c, a in items if a == SAVED and c in corpus.index]
    dismissed = [corpus.index[c] for c, a in items if a == DISMISSED and c in corpus.index]
    return saved, dismissed


def feedback_signal(corpus, feedback: dict[str, str]) -> FeedbackSignal:
    saved, dismissed = feedback_rows(corpus, feedback)
    flags = np.zeros((2, len(corpus.calls)), dtype=bool)
    flags[0, saved] = True
    flags[1, dismissed] = True
    return FeedbackSignal(flags[0], flags[1])


def _unit(v: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(v)
    return v / norm if norm else v


def rocchio(query: np.ndarray, concepts: np.ndarray, corpus, feedback: dict[str, str],
            alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """The dense query and the concept vector moved by the profile's feedback."""
    saved, dismissed = feedback_rows(corpus, feedback)
    if alpha <= 0 or not (saved or dismissed):
        return query, concepts
    query, concepts = _unit(query).astype(np.float32), concepts.astype(np.float32)
    if saved:
        query = query + alpha * corpus.call_vectors[saved].mean(axis=0)
        concepts = concepts + alpha * corpus.concepts[saved].mean(axis=0)
    if dismissed:
        query = query - BETA_RATIO * alpha * corpus.call_vectors[dismissed].mean(axis=0)
        concepts = concepts - BETA_RATIO * alpha * corpus.concepts[dismissed].mean(axis=0)
    return _unit(query), _unit(np.clip(concepts, 0.0, None))


def nearest_saved(corpus, feedback: dict[str, str], i: int) -> int:
    """The saved call most like call `i` (for its explanation), or -1."""
    saved, _ = feedback_rows(corpus, feedback)
    saved = [s for s in saved if s != i]
    if not saved:
        return -1
    sims = corpus.call_vectors[saved] @ corpus.call_vectors[i]
    best = int(np.argmax(sims))
    return saved[best] if sims[best] >= SIMILAR_SAVED else -1
