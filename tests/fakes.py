"""Test doubles passed in place of real collaborators (never patched into internals)."""

from __future__ import annotations

import numpy as np

KEYWORDS = ("media", "journalist", "women", "school", "education", "peace", "water", "health",
            "human rights", "civil society", "child", "refugee", "climate", "research")


class KeywordEncoder:
    """A deterministic encoder: one dimension per keyword, plus a small constant so no vector is zero.

    Texts sharing keywords are close; it counts how often it is asked, to prove caching."""

    name = "fake/keywords"

    def __init__(self):
        self.encoded: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.encoded.extend(texts)
        rows = []
        for text in texts:
            low = text.lower()
            row = np.array([low.count(k) for k in KEYWORDS] + [0.05], dtype=np.float32)
            rows.append(row / np.linalg.norm(row))
        return np.vstack(rows) if rows else np.zeros((0, len(KEYWORDS) + 1), dtype=np.float32)
