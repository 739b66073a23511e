"""Encoding throughput on 2 cores: Fursa's encoder against sentence-transformers' own `encode`, same texts.

The texts are what the matcher embeds for the dev set (call chunks, English glosses, profiles). Both sides
run the same model on 2 torch threads, alternately, after one warm-up each; the figure is texts per second
and the ratio Fursa / sentence-transformers.

    .venv/bin/python bench/encode.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from fursa.settings import BUNDLED_MODEL  # noqa: E402
from matcher.bridge import default_tagger  # noqa: E402
from matcher.corpus import prepare_call, prepare_profile, texts_to_embed  # noqa: E402
from matcher.encoder import load_encoder  # noqa: E402

ROUNDS = 3


def dev_texts() -> list[str]:
    tagger = default_tagger()
    read = lambda name: [json.loads(line) for line in (ROOT / "data" / "eval" / name).read_text().splitlines()]  # noqa: E731
    calls = [prepare_call(c, tagger) for c in read("calls.jsonl")]
    profiles = [prepare_profile(p, tagger) for p in read("profiles.jsonl")]
    return list(dict.fromkeys(texts_to_embed(calls, profiles)))


def timed(fn, texts: list[str]) -> float:
    started = time.perf_counter()
    fn(texts)
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    torch.set_num_threads(2)
    texts = dev_texts()
    encoder = load_encoder(BUNDLED_MODEL)
    model = encoder._model  # the very SentenceTransformer instance Fursa wraps
    ours, theirs = encoder.encode, model.encode
    ours(texts[:64]), theirs(texts[:64])  # warm-up: first batches pay for allocation
    rates: dict[str, list[float]] = {"fursa": [], "sentence-transformers": []}
    for _ in range(ROUNDS):
        rates["fursa"].append(timed(ours, texts))
        rates["sentence-transformers"].append(timed(theirs, texts))
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{len(texts)} texts (mean {words:.0f} words), {torch.get_num_threads()} torch threads, {ROUNDS} rounds")
    for name, values in rates.items():
        print(f"{name:<22} {statistics.median(values):7.1f} texts/s  (runs: {', '.join(f'{v:.1f}' for v in values)})")
    ratio = statistics.median(rates["fursa"]) / statistics.median(rates["sentence-transformers"])
    print(f"ratio fursa / sentence-transformers: {ratio:.2f}")


if __name__ == "__main__":
    main()
