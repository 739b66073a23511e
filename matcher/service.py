"""Matching profiles to calls against the store, in short steps so no lock is held while encoding:
read calls, profiles and feedback; decide what to embed; read cached vectors; encode what is missing (no
connection open); write the new vectors; score; write matches in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass, field

import duckdb
import numpy as np
import pyarrow as pa

from fursa.formats import CALL_FIELDS
from fursa.settings import Settings
from fursa.store import open_store, transaction
from fursa.store.feedback import feedback_by_profile
from fursa.store.profiles import iter_profiles
from matcher.bridge import Tagger, default_tagger
from matcher.corpus import (
    Corpus,
    assemble,
    attach_profile,
    complete,
    complete_profile,
    prepare_call,
    prepare_profile,
    texts_to_embed,
)
from matcher.eligibility import reasons_at
from matcher.embeddings import cached_vectors, save_vectors
from matcher.encoder import Encoder, is_cross_lingual
from matcher.explain import explanation
from matcher.feedback import nearest_saved
from matcher.scorer import FULL, Options, Scored, score_arrays
from matcher.scoring import DEFAULT_WEIGHTS, Weights
from matcher.texts import text_hash

__all__ = ["Corpus", "Match", "Weights", "DEFAULT_WEIGHTS", "build_corpus", "score_profile", "match_profiles",
           "match_at", "store_matches", "load_calls"]

log = logging.getLogger(__name__)
MAX_STORED_MATCHES = 500
DETAILED_EXPLANATIONS = 100  # nobody reads passages for the 400th call; picking them is most of a refresh
CALL_SUMMARY_FIELDS = ("title", "funder", "url", "deadline", "amount_min", "amount_max", "currency", "language",
                       "eligible_countries")


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


def build_corpus(settings: Settings, encoder: Encoder, *, tagger: Tagger | None = None,
                 embed_all: bool = False) -> tuple[Corpus, list[dict]]:
    """Calls and profiles from the store, every text the ranking reads embedded (only new text is encoded).

    Profiles come back as contract dicts carrying what scoring needs under "_" keys (their vector,
    concepts, and the feedback given for them). `embed_all` also embeds the Arabic-script text an English
    model would only read through its gloss (the ablation's "without bridge" rows need it).
    """
    tagger = tagger or default_tagger()
    cross_lingual = is_cross_lingual(encoder)
    with open_store(settings.db, settings.lock_timeout) as con:
        calls = load_calls(con)
        profiles = list(iter_profiles(con))
        feedback = feedback_by_profile(con)
    call_texts = [prepare_call(c, tagger) for c in calls]
    profile_texts = [prepare_profile(p, tagger) for p in profiles]
    texts = texts_to_embed(call_texts, profile_texts, cross_lingual=cross_lingual or embed_all)
    with open_store(settings.db, settings.lock_timeout) as con:
        cached = cached_vectors(con, encoder.name, [text_hash(t) for t in texts])
    fresh = encode_missing(encoder, texts, cached)  # no connection open: this is the slow part
    if fresh:
        with open_store(settings.db, settings.lock_timeout) as con, transaction(con):
            save_vectors(con, encoder.name, fresh)
        log.info("embedded %d new text(s) with %s", len(fresh), encoder.name)
    vectors = {**cached, **fresh}
    corpus = assemble(calls, call_texts, vectors, tagger, settings.today(),
                      cross_lingual=cross_lingual, embedded_now=len(fresh))
    for p, pt in zip(profiles, profile_texts, strict=True):
        attach_profile(p, pt, vectors, corpus)
        p["_feedback"] = feedback.get(p["id"], {})
    return corpus, profiles


def match_at(profile: dict, corpus: Corpus, scored: Scored, i: int, position: int, today: dt.date) -> Match:
    """The Match for call `i` of a scored corpus: verdict with reasons, explanation, components. Passages are
    picked for the first DETAILED_EXPLANATIONS positions; further down, the call's opening sentence."""
    call = corpus.calls[i]
    reasons = reasons_at(scored.judgement, corpus.facts, i, call, profile, today)
    components = {name: round(float(values[i]), 4) for name, values in scored.components.items()}
    if scored.feedback.saved[i] or scored.feedback.dismissed[i]:
        components["feedback_action"] = "saved" if scored.feedback.saved[i] else "dismissed"
    return Match(
        profile_id=profile["id"], call_id=call["id"], rank=position, score=round(float(scored.scores[i]), 1),
        verdict=scored.verdict(i), expired=bool(scored.judgement.expired[i]),
        reasons=[asdict(r) for r in reasons],
        explanation=explanation(profile, corpus, i, nearest_saved(corpus, profile.get("_feedback") or {}, i),
                                detailed=position <= DETAILED_EXPLANATIONS),
        components=components,
        call={k: call.get(k) for k in CALL_SUMMARY_FIELDS},
    )


def score_profile(profile: dict, corpus: Corpus, today: dt.date, weights: Weights = DEFAULT_WEIGHTS,
                  top: int | None = None, *, options: Options = FULL) -> list[Match]:
    """Rank every call of the corpus for one profile (the best `top` when given). Pure given its inputs."""
    if not corpus.calls:
        return []
    corpus = complete(corpus, today)  # a corpus built with the first version's five fields
    profile = complete_profile(profile, corpus)
    scored = score_arrays(profile, corpus, today, weights, options, top)
    return [match_at(profile, corpus, scored, int(i), position, today)
            for position, i in enumerate(scored.order, start=1)]


def store_matches(con: duckdb.DuckDBPyConnection, profile_id: str, matches: list[Match], model: str,
                  as_of: dt.date, at: dt.datetime) -> None:
    con.execute("DELETE FROM matches WHERE profile_id = ?", [profile_id])
    kept = matches[:MAX_STORED_MATCHES]
    if not kept:
        return
    rows = pa.table({  # noqa: F841 - read by DuckDB by name; one insert instead of a row at a time
        "profile_id": [m.profile_id for m in kept],
        "call_id": [m.call_id for m in kept],
        "rank": pa.array([m.rank for m in kept], pa.int32()),
        "score": pa.array([m.score for m in kept], pa.float64()),
        "verdict": [m.verdict for m in kept],
        "reasons": [json.dumps(m.reasons, ensure_ascii=False) for m in kept],
        "explanation": [json.dumps(m.explanation, ensure_ascii=False) for m in kept],
        "components": [json.dumps(m.components) for m in kept],
        "model": [model] * len(kept),
        "as_of": pa.array([as_of] * len(kept), pa.date32()),
        "computed_at": pa.array([at] * len(kept), pa.timestamp("us")),
    })
    con.execute("INSERT INTO matches (profile_id, call_id, rank, score, verdict, reasons, explanation, components, "
                "model, as_of, computed_at) SELECT * FROM rows")


def match_profiles(settings: Settings, encoder: Encoder, profile_ids: list[str] | None = None, *,
                   top: int | None = None, save: bool = True,
                   weights: Weights = DEFAULT_WEIGHTS) -> dict[str, list[Match]]:
    """Rank all calls for the given profiles (all when None) and, with `save`, store the best matches.

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
    keep = max(top or 0, MAX_STORED_MATCHES) if save else top
    results = {p["id"]: score_profile(p, corpus, today, weights, keep) for p in profiles}
    if save:
        at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with open_store(settings.db, settings.lock_timeout) as con, transaction(con):
            for pid, matches in results.items():
                store_matches(con, pid, matches, encoder.name, today, at)
    return {pid: (ms[:top] if top else ms) for pid, ms in results.items()}
