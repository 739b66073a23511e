"""Searching calls by keyword and by meaning: plain functions over the store and an encoder.

By meaning reuses the matcher's vectors (cached by content hash in `embeddings`): only the query is
encoded here, never the corpus, so a search cannot stall the page for minutes. Calls the matcher has
not embedded yet are reached by keyword only; the page says how many.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np

from fursa.normalize.text import fold
from fursa.settings import Settings
from matcher.bridge import default_tagger
from matcher.corpus import prepare_call
from matcher.embeddings import cached_vectors
from matcher.encoder import Encoder
from matcher.rank import cosine_scores, max_by_group
from matcher.texts import call_chunks, text_hash

TITLE_WEIGHT = 3.0  # a word in the title says more about a call than the same word in its body

CALL_TEXTS_SQL = "SELECT id, title, description, themes, language FROM calls ORDER BY id"


def make_encoder(settings: Settings) -> Encoder:
    """The model for searching by meaning; tests replace this function with one returning a fake."""
    from matcher.encoder import load_encoder

    return load_encoder(settings.model, settings.model_offline)


@dataclass(frozen=True)
class CallTexts:
    """Every call's folded title and body (for keywords) and its chunk hashes (for vectors)."""

    ids: list[str]
    titles: list[str]
    bodies: list[str]
    chunk_hashes: list[list[str]]


def load_texts(con: duckdb.DuckDBPyConnection) -> CallTexts:
    ids, titles, bodies, hashes = [], [], [], []
    tagger = default_tagger()
    for cid, title, description, themes, language in con.execute(CALL_TEXTS_SQL).fetchall():
        ids.append(cid)
        titles.append(fold(title))
        bodies.append(fold(description))
        call = {"title": title, "description": description, "themes": themes, "language": language}
        texts = call_chunks(call)
        if language != "en":
            # The matcher embeds an English gloss of every other call, and with an English-only model
            # only the gloss of an Arabic one (matcher/corpus.py texts_to_embed): search what it stored.
            gloss = prepare_call(call, tagger).gloss
            texts = texts + [gloss] if gloss else texts
        hashes.append([text_hash(t) for t in texts])
    return CallTexts(ids, titles, bodies, hashes)


def terms(query: str) -> list[str]:
    return [w for w in fold(query).split() if w]


def keyword_scores(texts: CallTexts, query: str) -> np.ndarray:
    """Per call: 0 unless every query word occurs; else title hits weigh TITLE_WEIGHT, body hits 1 each."""
    words = terms(query)
    scores = np.zeros(len(texts.ids))
    if not words:
        return scores
    for i, (title, body) in enumerate(zip(texts.titles, texts.bodies, strict=True)):
        total = 0.0
        for word in words:
            in_title, in_body = title.count(word), body.count(word)
            if not in_title and not in_body:
                total = 0.0
                break
            total += TITLE_WEIGHT * min(in_title, 3) + min(in_body, 5)
        scores[i] = total
    return scores


@dataclass(frozen=True)
class VectorIndex:
    """The stored chunk vectors of every call that has them, for one model."""

    model: str
    groups: np.ndarray       # call position (in CallTexts.ids) of each matrix row
    matrix: np.ndarray
    embedded: np.ndarray     # per call: True when at least one chunk has a vector


def load_vectors(con: duckdb.DuckDBPyConnection, model: str, texts: CallTexts) -> VectorIndex:
    wanted = [h for hashes in texts.chunk_hashes for h in hashes]
    vectors = cached_vectors(con, model, wanted)
    groups, rows = [], []
    for i, hashes in enumerate(texts.chunk_hashes):
        for h in hashes:
            if h in vectors:
                groups.append(i)
                rows.append(vectors[h])
    embedded = np.zeros(len(texts.ids), dtype=bool)
    embedded[groups] = True
    matrix = np.vstack(rows) if rows else np.zeros((0, 1), dtype=np.float32)
    return VectorIndex(model, np.array(groups, dtype=np.int64), matrix, embedded)


def meaning_scores(index: VectorIndex, query_vector: np.ndarray, n_calls: int) -> np.ndarray:
    """Best-chunk cosine per call (0 for calls without vectors)."""
    if index.matrix.shape[0] == 0:
        return np.zeros(n_calls)
    best, _ = max_by_group(cosine_scores(query_vector, index.matrix), index.groups, n_calls)
    return np.where(index.embedded, best, 0.0)
