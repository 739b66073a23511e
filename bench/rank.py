"""Ranking latency: one profile against 100,000 synthetic calls, over precomputed arrays.

Builds a corpus of N synthetic calls (words resampled from the dev set's English, French and Arabic calls,
so the TF-IDF and concept matrices have realistic sparsity; random unit vectors stand in for embeddings,
one per chunk and per gloss), then times, for each dev-set profile in turn:

- `score_arrays(..., top=500)`: every component, every verdict, the order of the 500 stored matches;
- `score_profile(..., top=10)`: the same plus reasons and explanations for the ten shown.

    .venv/bin/python bench/rank.py            # 100,000 calls
    .venv/bin/python bench/rank.py --calls 20000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matcher.bridge import default_tagger  # noqa: E402
from matcher.corpus import assemble, attach_profile, prepare_call, prepare_profile, texts_to_embed  # noqa: E402
from matcher.scorer import score_arrays  # noqa: E402
from matcher.service import score_profile  # noqa: E402
from matcher.texts import text_hash  # noqa: E402

TODAY = dt.date(2026, 11, 21)
DIM = 384
COUNTRIES = ["SY", "LB", "IQ", "JO", "TR", "AF", "YE", "PS", "EG", "SD", "UA", "ML", "NE", "TN", "MA", "PK", "CD",
             "ET", "CO", "MM"]
APPLICANTS = ["local_ngo", "international_ngo", "cbo", "women_led_org", "media_org", "university", "coalition"]
THEMES = ["education", "health", "media freedom", "gbv", "livelihoods", "water", "peacebuilding", "human rights",
          "climate", "refugees", "youth", "governance", "culture"]


def word_pools() -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {"en": [], "fr": [], "ar": []}
    for line in (ROOT / "data" / "eval" / "calls.jsonl").read_text(encoding="utf-8").splitlines():
        call = json.loads(line)
        pools[call["language"]].extend(f"{call['title']} {call['description']}".split())
    return pools


def synthetic_calls(n: int, seed: int = 1, start: int = 0) -> list[dict]:
    """`n` varied calls in en (60%), fr (20%) and ar (20%), deterministic for a seed."""
    rng = random.Random(seed)
    pools = word_pools()
    calls = []
    for i in range(start, start + n):
        language = rng.choices(("en", "fr", "ar"), weights=(6, 2, 2))[0]
        words = pools[language]
        title = " ".join(rng.choices(words, k=rng.randint(6, 12)))
        body = " ".join(rng.choices(words, k=rng.randint(40, 200)))
        deadline = TODAY + dt.timedelta(days=rng.randint(-60, 240))
        low = rng.choice((5_000, 20_000, 50_000, 100_000, 300_000))
        calls.append({
            "id": f"synthetic:{i}", "title": title, "funder": f"Funder {i % 500}",
            "url": f"https://funder{i % 500}.example.org/calls/{i}", "language": language, "description": body,
            "published": None, "deadline": deadline.isoformat() if rng.random() > 0.1 else None,
            "amount_min": low, "amount_max": low * 4, "currency": rng.choice(("USD", "EUR")),
            "amount_min_usd": None, "amount_max_usd": None,
            "eligible_countries": ["*"] if rng.random() < 0.15 else rng.sample(COUNTRIES, rng.randint(1, 4)),
            "eligible_applicants": rng.sample(APPLICANTS, rng.randint(1, 3)),
            "themes": rng.sample(THEMES, rng.randint(0, 3)),
        })
    return calls


def random_vectors(texts: list[str], seed: int = 2) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    matrix = rng.standard_normal((len(texts), DIM)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return {text_hash(t): v for t, v in zip(texts, matrix, strict=True)}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3, help="passes over the dev-set profiles")
    args = parser.parse_args()

    started = time.perf_counter()
    tagger = default_tagger()
    calls = synthetic_calls(args.calls)
    call_texts = [prepare_call(c, tagger) for c in calls]
    profiles = [json.loads(line) for line in (ROOT / "data" / "eval" / "profiles.jsonl").read_text().splitlines()]
    profile_texts = [prepare_profile(p, tagger) for p in profiles]
    vectors = random_vectors(texts_to_embed(call_texts, profile_texts, cross_lingual=False))  # as for the bundled model
    corpus = assemble(calls, call_texts, vectors, tagger, TODAY)
    for p, pt in zip(profiles, profile_texts, strict=True):
        attach_profile(p, pt, vectors, corpus)
    print(f"built a corpus of {len(calls):,} calls ({len(corpus.chunk_texts):,} chunks, "
          f"{int(corpus.has_gloss.sum()):,} glosses, {corpus.lexical.by_term.shape[1]:,} lexical terms) "
          f"in {time.perf_counter() - started:.1f} s")

    arrays, shown = [], []
    score_arrays(profiles[0], corpus, TODAY, top=500)  # first call pays one-time costs (caches, allocation)
    for _ in range(args.rounds):
        for p in profiles:
            t = time.perf_counter()
            score_arrays(p, corpus, TODAY, top=500)
            arrays.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            score_profile(p, corpus, TODAY, top=10)
            shown.append((time.perf_counter() - t) * 1000)
    for name, values in (("score_arrays, top 500 ordered", arrays), ("score_profile, top 10 with reasons", shown)):
        print(f"{name:<38} p50 {statistics.median(values):6.1f} ms   p95 {percentile(values, 0.95):6.1f} ms   "
              f"({len(values)} runs)")


if __name__ == "__main__":
    main()
