"""Wording: TF-IDF over stemmed words and word pairs (scikit-learn), fitted on the calls, queried per profile.

Words are folded and lightly stemmed (matcher/tokens.py), so والتعليم meets تعليم and "organisations" meets
"organisation". Character n-grams were tried and dropped: with the stem they added nothing on the dev set
(docs/matching.md) and at 100k calls their matrix is ten times larger. A query only touches the columns
of its own words (a column-major copy of the matrix), which keeps one profile's lookup to a few
milliseconds at 100k calls.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from matcher.tokens import stem, words

# Function words of en/fr/ar/tr/ku that say nothing about a call's subject; IDF would only down-weight
# them, but at 100k calls their posting lists are the slow part of a lookup.
STOP_WORDS = frozenset("""
a an the and or of in on at to for from by with without as is are be been was were will may can must
should this that these those it its their our we you they who which what all any each other than into
about over under between through per not no such also only more most new up out via
le la les un une des du de d l et ou en au aux a pour par sur dans avec sans est sont qui que ce ces
cette leur leurs nos notre vous ils elles se sa son ses plus ne pas
في من الى على عن مع او ان هذا هذه ذلك التي الذي الذين كل بين عبر حتى قد كما لا ما هو هي تم ثم
ve ile icin bir bu da de olan olarak gibi daha
u û bi ji di li ku ya yê yên ên ji bo re
""".split())


def analyze(text: str) -> list[str]:
    """Stems of the content words of `text`, plus each pair of neighbouring stems."""
    stems = [stem(w) for w in words(text) if len(w) > 2 and w not in STOP_WORDS]
    return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)]


class LexicalIndex:
    """TF-IDF over the calls' words, queried per profile. `scores` returns cosine similarities in 0..1."""

    def __init__(self, documents: list[str]):
        self.size = len(documents)
        self.vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, dtype=np.float32)
        try:
            matrix = self.vectorizer.fit_transform(documents)
        except ValueError:  # no documents, or nothing left after the stop words
            self.vectorizer, matrix = None, sp.csr_matrix((self.size, 0), dtype=np.float32)
        self.by_term = matrix.tocsc()

    def scores(self, query: str) -> np.ndarray:
        if self.vectorizer is None or self.size == 0:
            return np.zeros(self.size)
        q = self.vectorizer.transform([query])
        if q.nnz == 0:
            return np.zeros(self.size)
        return np.asarray(self.by_term[:, q.indices] @ q.data, dtype=np.float64).ravel()
