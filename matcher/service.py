"""Matching profiles to calls against the store, in three short steps so no lock is held while encoding:
read calls and cached vectors; encode what is missing (no connection open); score, then write vectors
and matches in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass, field

import duckdb
import numpy as np

from fursa.formats import CALL_FIELDS
from fursa.settings import Settings
from fursa.store import open_store, transaction
from fursa.store.profiles import iter_profiles
from matcher.eligibility import assess
from matcher.embeddings import cached_vectors, save_vectors
from matcher.encoder import Encoder
from matcher.rank import cosine_scores, max_by_group, rank
from matcher.scoring import (
    DEFAULT_WEIGHTS,
    DENSE_CEIL,
    DENSE_FLOOR,
    EXPIRED_TIER,
    TIER,
    LexicalIndex,
    Weights,
    fit_score,
    stretch,
    theme_overlap,
)
from matcher.texts import call_chunks, profile_text, text_hash

log = logging.getLogger(__name__)
MAX_STORED_MATCHES = 500
PASSAGE_CHARS = 320


@dataclass
class Match:
    profile_id: str
    call_id: str
    rank: int
    score: float
    verdict: str
    expired: bool
    reasons: list[dict]
    explanation: dict
    components: dict
    call: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Corpus:
    """Every candidate call with its chunk vectors: built once, scored for many profiles."""

    calls: list[dict]
    chunk_texts: list[str]
    chunk_groups: np.ndarray
    chunk_matrix: np.ndarray
    lexical: LexicalIndex
    embedded_now: int = 0


def load_calls(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Calls worth ranking (not gone from their source), as contract dicts plus USD amounts."""
    cur = con.execute(
        f"SELECT {', '.join(CALL_FIELDS)}, extra, status FROM calls WHERE status <> 'unavailable' ORDER BY id"
    )
    names = [d[0] for d in cur.description]
    calls = []
    for row in cur.fetchall():
        data = dict(zip(names, row, strict=True))
        extra = json.loads(data.pop("extra") or "{}")
        data["amount_min_usd"] = extra.get("amount_min_usd")
        data["amount_max_usd"] = extra.get("amount_max_usd")
        calls.append(data)
    return calls


def encode_missing(encoder: Encoder, texts: list[str], cached: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    todo = sorted({text_hash(t): t for t in texts if text_hash(t) not in cached}.items())
    if not todo:
        return {}
    vectors = encoder.encode([t for _, t in todo])
    return {h: v for (h, _), v in zip(todo, vectors, strict=True)}


def build_corpus(settings: Settings, encoder: Encoder) -> tuple[Corpus, list[dict]]:
    """Calls and profiles from the store, every chunk embedded (only new text is encoded)."""
    with open_store(settings.db, settings.lock_timeout) as con:
        calls = load_calls(con)
        profiles = list(iter_profiles(con))
        chunks_per_call = [call_chunks(c) for c in calls]
        all_texts = [t for chunks in chunks_per_call for t in chunks]
        all_texts += [profile_text(p) for p in profiles]
        cached = cached_vectors(con, encoder.name, [text_hash(t) for t in all_texts])
    fresh = encode_missing(encoder, all_texts, cached)  # no connection open: this is the slow part
    if fresh:
        with open_store(settings.db, settings.lock_timeout) as con, transaction(con):
            save_vectors(con, encoder.name, fresh)
        log.info("embedded %d new text(s) with %s", len(fresh), encoder.name)
    vectors = {**cached, **fresh}
    texts = [t for chunks in chunks_per_call for t in chunks]
    groups = np.array([i for i, chunks in enumerate(chunks_per_call) for _ in chunks], dtype=np.int64)
    dim = next(iter(vectors.values())).shape[0] if vectors else 1
    matrix = np.vstack([vectors[text_hash(t)] for t in texts]) if texts else np.zeros((0, dim), np.float32)
    lexical = LexicalIndex([f"{c['title']} {c.get('description') or ''}" for c in calls])
    corpus = Corpus(calls, texts, groups, matrix, lexical, embedded_now=len(fresh))
    for p in profiles:
        p["_vector"] = vectors[text_hash(profile_text(p))]
    return corpus, profiles


def score_profile(profile: dict, corpus: Corpus, today: dt.date, weights: Weights = DEFAULT_WEIGHTS,
                  top: int | None = None) -> list[Match]:
    """Rank every call of the corpus for one profile. Pure given its inputs."""
    n = len(corpus.calls)
    if n == 0:
        return []
    chunk_scores = cosine_scores(profile["_vector"], corpus.chunk_matrix)
    dense_raw, best_chunk = max_by_group(chunk_scores, corpus.chunk_groups, n)
    dense = stretch(dense_raw, DENSE_FLOOR, DENSE_CEIL)
    lexical = corpus.lexical.scores(profile_text(profile))
    scores, tiers, rows = np.zeros(n), np.zeros(n, dtype=np.int64), []
    for i, call in enumerate(corpus.calls):
        themes, shared = theme_overlap(profile.get("themes") or [], call.get("themes") or [])
        verdict = assess(profile, call, today)
        scores[i] = fit_score(float(dense[i]), float(lexical[i]), themes, verdict.verdict, weights)
        tiers[i] = EXPIRED_TIER if verdict.expired else TIER[verdict.verdict]
        passage = corpus.chunk_texts[best_chunk[i]] if best_chunk[i] >= 0 else call["title"]
        rows.append((verdict, shared, passage, {"dense": round(float(dense_raw[i]), 4),
                                                 "lexical": round(float(lexical[i]), 4),
                                                 "themes": round(themes, 4)}))
    matches = []
    for position, i in enumerate(rank(scores, tiers, top), start=1):
        verdict, shared, passage, components = rows[i]
        call = corpus.calls[i]
        matches.append(Match(
            profile_id=profile["id"], call_id=call["id"], rank=position, score=float(scores[i]),
            verdict=verdict.verdict, expired=verdict.expired,
            reasons=[asdict(r) for r in verdict.reasons],
            explanation={"shared_themes": shared, "passage": _excerpt(passage, call["title"])},
            components=components,
            call={k: call.get(k) for k in ("title", "funder", "url", "deadline", "amount_min", "amount_max",
                                            "currency", "language", "eligible_countries")},
        ))
    return matches


def _excerpt(chunk: str, title: str) -> str:
    body = chunk[len(title) + 2:] if chunk.startswith(title) else chunk
    body = body.strip() or title
    return body if len(body) <= PASSAGE_CHARS else body[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"


def store_matches(con: duckdb.DuckDBPyConnection, profile_id: str, matches: list[Match], model: str,
                  as_of: dt.date, at: dt.datetime) -> None:
    con.execute("DELETE FROM matches WHERE profile_id = ?", [profile_id])
    rows = [[m.profile_id, m.call_id, m.rank, m.score, m.verdict, json.dumps(m.reasons, ensure_ascii=False),
             json.dumps(m.explanation, ensure_ascii=False), json.dumps(m.components), model, as_of, at]
            for m in matches[:MAX_STORED_MATCHES]]
    if rows:
        con.executemany("INSERT INTO matches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def match_profiles(settings: Settings, encoder: Encoder, profile_ids: list[str] | None = None, *,
                   top: int | None = None, save: bool = True,
                   weights: Weights = DEFAULT_WEIGHTS) -> dict[str, list[Match]]:
    """Rank all calls for the given profiles (all when None) and, with `save`, store the matches.

    Example:
        match_profiles(load_settings(), load_encoder(BUNDLED_MODEL), ["cso-nes-coalition"], top=10)
    """
    from fursa.errors import NotFound

    corpus, profiles = build_corpus(settings, encoder)
    if profile_ids is not None:
        known = {p["id"] for p in profiles}
        if missing := [pid for pid in profile_ids if pid not in known]:
            raise NotFound(f"no profile with id {', '.join(map(repr, missing))}: `fursa export profiles` lists them")
        profiles = [p for p in profiles if p["id"] in profile_ids]
    today = settings.today()
    log.info("ranking %d call(s) for %d profile(s) as of %s with weights %s",
             len(corpus.calls), len(profiles), today, weights.as_dict())
    results = {p["id"]: score_profile(p, corpus, today, weights) for p in profiles}
    if save:
        at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with open_store(settings.db, settings.lock_timeout) as con, transaction(con):
            for pid, matches in results.items():
                store_matches(con, pid, matches, encoder.name, today, at)
    return {pid: (ms[:top] if top else ms) for pid, ms in results.items()}
