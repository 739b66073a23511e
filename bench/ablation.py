"""The ablation table of docs/matching.md, generated: each part of the ranking switched on in turn.

Loads the dev set (data/eval) into a temporary store, embeds it once with the configured model (FURSA_MODEL,
default the bundled English one), then ranks every call for every profile under each variant:
TF-IDF alone, dense alone, hybrid (dense + TF-IDF + declared themes), + eligibility, + bridge, + feedback.
Feedback is simulated (matcher/evaluate.py feedback_effect): each profile's first five calls are revealed,
grade >= 2 saved and grade 0 dismissed, and both rankings are measured on the calls not revealed.

    .venv/bin/python bench/ablation.py                   # print the tables
    .venv/bin/python bench/ablation.py --write           # also replace the tables in docs/matching.md
    .venv/bin/python bench/ablation.py --tune            # the weight search that chose DEFAULT_WEIGHTS

--tune searches a coarse grid of weights and scores each setting on the dev set as it is and on three
copies whose bridge vocabulary lost 40% of its terms at random: wording the vocabulary has never seen is
what a new set of calls brings, so a setting that leans on the vocabulary alone loses there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fursa.settings import load_settings  # noqa: E402
from matcher.bridge import VOCAB_DIR, VOCAB_FILES, Tagger, default_tagger, load_vocab  # noqa: E402
from matcher.encoder import load_encoder  # noqa: E402
from matcher.evaluate import evaluate_rankings, expired_calls, feedback_effect, load_eval_store  # noqa: E402
from matcher.scorer import Options, score_arrays  # noqa: E402
from matcher.scoring import DEFAULT_WEIGHTS, NO_BRIDGE_WEIGHTS, Weights  # noqa: E402
from matcher.service import build_corpus  # noqa: E402

EVAL = ROOT / "data" / "eval"
DOC = ROOT / "docs" / "matching.md"
AS_OF = "2026-11-21"
START, END = "<!-- ablation:start -->", "<!-- ablation:end -->"
LANGUAGES = ("ar", "en", "fr", "ku", "tr")
DROPOUT, DROPOUT_COPIES = 0.4, 3


def rankings(corpus, profiles, today, weights, options) -> dict[str, list[str]]:
    return {p["id"]: [corpus.calls[i]["id"] for i in score_arrays(p, corpus, today, weights, options).order]
            for p in profiles}


def variants() -> list[tuple[str, Weights, Options]]:
    off = Options(eligibility=False, bridge=False)
    no_feedback = replace(DEFAULT_WEIGHTS, feedback=0.0)
    return [
        ("TF-IDF alone", Weights(dense=0, lexical=1, themes=0), off),
        ("dense alone", Weights(dense=1, lexical=0, themes=0), off),
        ("hybrid (dense + TF-IDF + themes)", NO_BRIDGE_WEIGHTS, off),
        ("hybrid + eligibility", NO_BRIDGE_WEIGHTS, Options(eligibility=True, bridge=False)),
        ("+ bridge (concepts, glosses; tuned weights)", no_feedback, Options()),
    ]


def fmt(value) -> str:
    return "–" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


def table(rows: list[tuple[str, dict]]) -> str:
    head = ("| ranking | nDCG@10 | P@5 | Recall@20 | expired in top-10s | "
            + " | ".join(f"nDCG@10 {lang}" for lang in LANGUAGES) + " |")
    lines = [head, "|" + "---|" * (5 + len(LANGUAGES))]
    for name, rep in rows:
        o, per = rep["overall"], rep["per_language"]
        lines.append(f"| {name} | {fmt(o['ndcg@10'])} | {fmt(o['p@5'])} | {fmt(o['recall@20'])} | "
                     f"{o['expired@10']} | " + " | ".join(fmt(per.get(lang, {}).get("ndcg@10")) for lang in LANGUAGES)
                     + " |")
    return "\n".join(lines)


def language_table(without: dict, with_bridge: dict) -> str:
    lines = ["| profile language | profiles | nDCG@10 without → with bridge | P@5 without → with | "
             "Recall@20 without → with |", "|---|---|---|---|---|"]
    for lang in LANGUAGES:
        a, b = without["per_language"].get(lang), with_bridge["per_language"].get(lang)
        if not a:
            continue
        lines.append(f"| {lang} | {a['profiles']} | {fmt(a['ndcg@10'])} → {fmt(b['ndcg@10'])} | "
                     f"{fmt(a['p@5'])} → {fmt(b['p@5'])} | {fmt(a['recall@20'])} → {fmt(b['recall@20'])} |")
    return "\n".join(lines)


def dropout_tagger(seed: int) -> Tagger:
    rng = random.Random(seed)
    vocab = load_vocab(VOCAB_DIR / name for name in VOCAB_FILES)
    for entry in vocab.values():
        entry["terms"] = {lang: [t for t in terms if rng.random() > DROPOUT] for lang, terms in entry["terms"].items()}
    return Tagger.from_vocab(vocab)


def tune(settings, encoder, qrels, today) -> None:
    corpora = [build_corpus(settings, encoder, embed_all=True)]
    corpora += [build_corpus(settings, encoder, tagger=dropout_tagger(seed), embed_all=True)
                for seed in range(DROPOUT_COPIES)]
    expired = expired_calls(corpora[0][0].calls, today)
    grid = itertools.product((0.2, 0.3, 0.4, 0.5), (0.1, 0.2, 0.3), (0.0, 0.05, 0.1), (0.2, 0.3, 0.4))
    results = []
    for dense, lexical, themes, concepts in grid:
        w = Weights(dense=dense, lexical=lexical, themes=themes, concepts=concepts)
        scores = [evaluate_rankings(rankings(c, p, today, w, Options()), p, qrels, expired)["overall"]["ndcg@10"]
                  for c, p in corpora]
        results.append((sum(scores) / len(scores), scores[0], w))
    results.sort(key=lambda r: -r[0])
    print("best settings (mean nDCG@10 over the dev set and its vocabulary-dropout copies):")
    for mean, full, w in results[:8]:
        print(f"  mean {mean:.3f}  full vocabulary {full:.3f}  {w}")
    corpus, profiles = corpora[0]
    base = replace(results[0][2], feedback=0.0)
    print("feedback strength, Rocchio α (residual-collection protocol):")
    for fb in (0.25, 0.5, 0.75, 1.0):
        w = replace(base, feedback=fb)
        effect = feedback_effect(lambda p, w=w: [corpus.calls[i]["id"] for i in score_arrays(p, corpus, today, w).order],
                                 profiles, qrels, expired)
        print(f"  {fb}: before {effect['before']['overall']['ndcg@10']:.3f} after {effect['after']['overall']['ndcg@10']:.3f}")


def without_themes(source: Path, target: Path) -> Path:
    lines = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    target.write_text("".join(json.dumps({**r, "themes": []}, ensure_ascii=False) + "\n" for r in lines),
                      encoding="utf-8")
    return target


def robustness(tmp: Path, encoder, args, today) -> list[tuple[str, dict]]:
    """The full ranking when the data lacks what the dev set has: theme labels, or vocabulary coverage."""
    rows = []
    for name, calls, profiles in (
            ("calls without theme labels", without_themes(args.calls, tmp / "calls.jsonl"), args.profiles),
            ("profiles without theme labels", args.calls, without_themes(args.profiles, tmp / "profiles.jsonl"))):
        settings = load_settings(db=tmp / f"{len(rows)}.duckdb", as_of=args.as_of)
        qrels = load_eval_store(settings, calls, profiles, args.qrels)
        corpus, ps = build_corpus(settings, encoder)
        rows.append((name, evaluate_rankings(rankings(corpus, ps, today, DEFAULT_WEIGHTS, Options()), ps, qrels,
                                             expired_calls(corpus.calls, today))))
    settings = load_settings(db=tmp / "dropout.duckdb", as_of=args.as_of)
    qrels = load_eval_store(settings, args.calls, args.profiles, args.qrels)
    reports = []
    for seed in range(DROPOUT_COPIES):
        corpus, ps = build_corpus(settings, encoder, tagger=dropout_tagger(seed))
        reports.append(evaluate_rankings(rankings(corpus, ps, today, DEFAULT_WEIGHTS, Options()), ps, qrels,
                                         expired_calls(corpus.calls, today)))
    rows.append((f"{DROPOUT:.0%} of the bridge vocabulary removed at random (mean of {DROPOUT_COPIES})",
                 _mean_report(reports)))
    return rows


def _mean_report(reports: list[dict]) -> dict:
    def mean(values):
        kept = [v for v in values if v is not None]
        return round(sum(kept) / len(kept), 4) if kept else None

    def merged(parts: list[dict]) -> dict:
        keys = ("ndcg@10", "p@5", "recall@20")
        out = {k: mean([p[k] for p in parts]) for k in keys}
        out["expired@10"] = round(sum(p["expired@10"] for p in parts) / len(parts))
        out["profiles"] = parts[0]["profiles"]
        return out

    languages = reports[0]["per_language"]
    return {"overall": merged([r["overall"] for r in reports]),
            "per_language": {lang: merged([r["per_language"][lang] for r in reports]) for lang in languages}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=Path, default=EVAL / "calls.jsonl")
    parser.add_argument("--profiles", type=Path, default=EVAL / "profiles.jsonl")
    parser.add_argument("--qrels", type=Path, default=EVAL / "qrels.tsv")
    parser.add_argument("--as-of", default=AS_OF)
    parser.add_argument("--write", action="store_true", help="replace the tables in docs/matching.md")
    parser.add_argument("--tune", action="store_true", help="run the weight search")
    args = parser.parse_args()
    today = dt.date.fromisoformat(args.as_of)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(db=Path(tmp) / "ablation.duckdb", as_of=args.as_of)
        encoder = load_encoder(settings.model, settings.model_offline)
        qrels = load_eval_store(settings, args.calls, args.profiles, args.qrels)
        started = time.perf_counter()
        corpus, profiles = build_corpus(settings, encoder, tagger=default_tagger(), embed_all=True)
        print(f"embedded {corpus.embedded_now} texts with {encoder.name} in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
        if args.tune:
            tune(settings, encoder, qrels, today)
            return
    expired = expired_calls(corpus.calls, today)
    rows = [(name, evaluate_rankings(rankings(corpus, profiles, today, w, o), profiles, qrels, expired))
            for name, w, o in variants()]
    effect = feedback_effect(
        lambda p: [corpus.calls[i]["id"] for i in score_arrays(p, corpus, today, DEFAULT_WEIGHTS).order],
        profiles, qrels, expired)
    rows += [("+ bridge, on the residual collection (feedback protocol)", effect["before"]),
             ("+ feedback, on the residual collection", effect["after"])]
    with tempfile.TemporaryDirectory() as tmp:
        robust = robustness(Path(tmp), encoder, args, today)
    main_table = table(rows)
    languages = language_table(rows[3][1], rows[4][1])
    text = (f"Dev set: {len(corpus.calls)} calls, {len(profiles)} profiles, as of {args.as_of}, model "
            f"`{encoder.name}`, weights `{DEFAULT_WEIGHTS}`.\n\n{main_table}\n\n"
            f"Per profile language, hybrid + eligibility without and with the bridge:\n\n{languages}\n\n"
            f"Robustness of the full ranking (+ bridge, no feedback) when the data lacks what the dev set has:"
            f"\n\n{table(robust)}\n")
    print(text)
    if args.write:
        doc = DOC.read_text(encoding="utf-8")
        if START not in doc or END not in doc:
            raise SystemExit(f"{DOC} has no {START} ... {END} section to replace")
        doc = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: f"{START}\n{text}{END}", doc, flags=re.S)
        DOC.write_text(doc, encoding="utf-8")
        print(f"wrote the tables into {DOC}", file=sys.stderr)


if __name__ == "__main__":
    main()
