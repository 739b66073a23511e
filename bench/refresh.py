"""A full refresh (`fursa match --all`) after 100 calls are added to 20,000: time, and texts embedded.

Fills a temporary store with 20,000 synthetic calls (bench/rank.py's generator) and the 22 dev-set profiles,
ranks once (embedding everything), merges 100 new calls, and refreshes again. The embedding cache should
make the second refresh embed the new calls' texts only. By default a fast hashing encoder stands in for
the model so the figure is the pipeline's own cost; `--real-model` uses the bundled model throughout (the
first ranking then embeds ~25,000 texts: expect a long wait on 2 cores).

    .venv/bin/python bench/refresh.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rank import TODAY, synthetic_calls  # noqa: E402 - bench/rank.py, beside this file

from fursa.formats import CallRecord, ProfileRecord  # noqa: E402
from fursa.jsonl import read_jsonl  # noqa: E402
from fursa.settings import BUNDLED_MODEL, load_settings  # noqa: E402
from fursa.store import with_store  # noqa: E402
from fursa.store.calls import SourcedCall, merge_calls  # noqa: E402
from fursa.store.profiles import upsert_profiles  # noqa: E402
from matcher.encoder import load_encoder  # noqa: E402
from matcher.service import match_profiles  # noqa: E402

BASE, ADDED = 20_000, 100


class HashingEncoder:
    """Words hashed into 384 dimensions: deterministic and fast, so the bench times the pipeline."""

    name = "bench/hashing"
    cross_lingual = False

    def __init__(self):
        self.count = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.count += len(texts)
        matrix = np.full((len(texts), 384), 0.01, dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                matrix[row, zlib.crc32(word.encode()) % 384] += 1.0
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


class Counting:
    """Counts what a real encoder is asked to embed."""

    def __init__(self, encoder):
        self.inner, self.name, self.count = encoder, encoder.name, 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.count += len(texts)
        return self.inner.encode(texts)


def merge(db: Path, calls: list[dict]) -> None:
    items = [SourcedCall(CallRecord(**c), "bench", c["id"]) for c in calls]
    with_store(db, lambda con: merge_calls(con, items, seen_at=dt.datetime.now(), today=TODAY), timeout=60)


def refresh(settings, encoder) -> tuple[float, int]:
    before = encoder.count
    started = time.perf_counter()
    match_profiles(settings, encoder)
    return time.perf_counter() - started, encoder.count - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real-model", action="store_true", help="embed with the bundled model")
    args = parser.parse_args()
    encoder = Counting(load_encoder(BUNDLED_MODEL)) if args.real_model else HashingEncoder()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(db=Path(tmp) / "refresh.duckdb", as_of=TODAY.isoformat())
        calls = synthetic_calls(BASE + ADDED)
        merge(settings.db, calls[:BASE])
        profiles = read_jsonl(ROOT / "data" / "eval" / "profiles.jsonl", ProfileRecord)
        with_store(settings.db, lambda con: upsert_profiles(con, profiles, dt.datetime.now()))
        seconds, embedded = refresh(settings, encoder)
        print(f"first ranking of {BASE:,} calls for {len(profiles)} profiles: {seconds:6.1f} s, "
              f"{embedded:,} texts embedded ({encoder.name})")
        seconds, embedded = refresh(settings, encoder)
        print(f"refresh with nothing new:                      {seconds:6.1f} s, {embedded:,} texts embedded")
        merge(settings.db, calls[BASE:])
        seconds, embedded = refresh(settings, encoder)
        print(f"refresh after adding {ADDED} calls to {BASE:,}:          {seconds:6.1f} s, {embedded:,} texts embedded "
              f"(the {ADDED} new calls' chunks and glosses)")


if __name__ == "__main__":
    main()
