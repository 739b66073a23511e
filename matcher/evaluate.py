"""Ranking quality against graded judgements: `fursa eval` and bench/ablation.py.

QRELS.tsv is tab-separated with the header `profile_id	call_id	grade` and grades 0-3 (3 eligible and
strong fit, 2 eligible and partial fit, 1 one doubt, 0 irrelevant, ineligible or expired); a pair not
listed is grade 0. Metrics, per profile, then averaged:

- nDCG@10: linear gain (the grade), discount log2(rank + 1), ideal ranking from every judged grade of the
  profile; over profiles with at least one grade above 0.
- P@5 and Recall@20: a call is relevant at grade >= 2; over profiles with at least one relevant call.
- expired@10: calls whose deadline is before the as-of date among each profile's top 10, summed.

Example:
    qrels = read_qrels(Path("data/eval/qrels.tsv"))
    report = evaluate_files(settings, encoder, Path("data/eval/calls.jsonl"), Path("data/eval/profiles.jsonl"),
                            Path("data/eval/qrels.tsv"))
"""

from __future__ import annotations

import datetime as dt
import math
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from fursa.errors import InputError
from fursa.jsonl import read_lines
from fursa.settings import Settings

QRELS_HEADER = ("profile_id", "call_id", "grade")
GRADES = range(0, 4)
RELEVANT = 2
NDCG_K, PRECISION_K, RECALL_K, EXPIRED_K = 10, 5, 20, 10
METRICS = ("ndcg@10", "p@5", "recall@20", "expired@10")


def read_qrels(path: Path, profile_ids: Iterable[str] | None = None,
               call_ids: Iterable[str] | None = None) -> dict[str, dict[str, int]]:
    """profile_id -> {call_id: grade} from a QRELS.tsv (format above). Any problem is an InputError
    naming file:line; ids are checked against `profile_ids` / `call_ids` when given."""
    profiles = set(profile_ids) if profile_ids is not None else None
    calls = set(call_ids) if call_ids is not None else None
    lines = read_lines(path)
    if not lines or tuple(c.strip() for c in lines[0].split("\t")) != QRELS_HEADER:
        raise InputError(f"the first line must be the header {chr(9).join(QRELS_HEADER)!r} (tab-separated)",
                         f"{path}:1")
    qrels: dict[str, dict[str, int]] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != len(QRELS_HEADER):
            raise InputError(f"expected 3 tab-separated fields (profile_id, call_id, grade), got {len(fields)}",
                             where)
        profile_id, call_id, grade_text = fields
        if not profile_id or not call_id:
            raise InputError("profile_id and call_id must not be empty", where)
        try:
            grade = int(grade_text)
        except ValueError:
            grade = -1
        if grade not in GRADES:
            raise InputError(f"grade must be an integer 0-3, got {grade_text!r}", where)
        if profiles is not None and profile_id not in profiles:
            raise InputError(f"unknown profile id {profile_id!r} (not in the profiles file)", where)
        if calls is not None and call_id not in calls:
            raise InputError(f"unknown call id {call_id!r} (not in the calls file)", where)
        if call_id in qrels.get(profile_id, {}):
            raise InputError(f"the pair ({profile_id}, {call_id}) is graded twice", where)
        qrels.setdefault(profile_id, {})[call_id] = grade
    return qrels


def dcg(grades: list[int]) -> float:
    return sum(g / math.log2(rank + 1) for rank, g in enumerate(grades, start=1))


def ndcg_at(ranking: list[str], judged: dict[str, int], k: int = NDCG_K) -> float | None:
    """None when the profile has no grade above 0 (nothing to find)."""
    ideal = dcg(sorted(judged.values(), reverse=True)[:k])
    if ideal == 0:
        return None
    return dcg([judged.get(c, 0) for c in ranking[:k]]) / ideal


def relevant(judged: dict[str, int]) -> set[str]:
    return {c for c, g in judged.items() if g >= RELEVANT}


def precision_at(ranking: list[str], judged: dict[str, int], k: int = PRECISION_K) -> float | None:
    wanted = relevant(judged)
    if not wanted:
        return None
    return sum(1 for c in ranking[:k] if c in wanted) / k


def recall_at(ranking: list[str], judged: dict[str, int], k: int = RECALL_K) -> float | None:
    wanted = relevant(judged)
    if not wanted:
        return None
    return sum(1 for c in ranking[:k] if c in wanted) / len(wanted)


def expired_at(ranking: list[str], expired: set[str], k: int = EXPIRED_K) -> int:
    return sum(1 for c in ranking[:k] if c in expired)


@dataclass
class ProfileResult:
    profile_id: str
    language: str
    ndcg: float | None
    precision: float | None
    recall: float | None
    expired: int


def profile_result(profile_id: str, language: str, ranking: list[str], judged: dict[str, int],
                   expired: set[str]) -> ProfileResult:
    return ProfileResult(profile_id, language, ndcg_at(ranking, judged), precision_at(ranking, judged),
                         recall_at(ranking, judged), expired_at(ranking, expired))


def _mean(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return round(sum(kept) / len(kept), 4) if kept else None


def summarize(results: list[ProfileResult]) -> dict:
    return {
        "ndcg@10": _mean([r.ndcg for r in results]),
        "p@5": _mean([r.precision for r in results]),
        "recall@20": _mean([r.recall for r in results]),
        "expired@10": sum(r.expired for r in results),
        "profiles": len(results),
    }


def report(results: list[ProfileResult]) -> dict:
    """Overall and per profile language (the language of the profile's mission)."""
    languages = sorted({r.language for r in results})
    return {
        "overall": summarize(results),
        "per_language": {lang: summarize([r for r in results if r.language == lang]) for lang in languages},
        "per_profile": {r.profile_id: {"language": r.language, "ndcg@10": r.ndcg, "p@5": r.precision,
                                       "recall@20": r.recall, "expired@10": r.expired} for r in results},
    }


def expired_calls(calls: list[dict], today: dt.date) -> set[str]:
    out = set()
    for c in calls:
        deadline = c.get("deadline")
        if isinstance(deadline, str):
            deadline = dt.date.fromisoformat(deadline)
        if deadline is not None and deadline < today:
            out.add(c["id"])
    return out


def evaluate_rankings(rankings: dict[str, list[str]], profiles: list[dict], qrels: dict[str, dict[str, int]],
                      expired: set[str]) -> dict:
    results = [profile_result(p["id"], p.get("language") or "?", rankings[p["id"]], qrels.get(p["id"], {}),
                              expired) for p in profiles]
    return report(results)


def load_eval_store(settings: Settings, calls_path: Path, profiles_path: Path,
                    qrels_path: Path) -> dict[str, dict[str, int]]:
    """Import both files into `settings.db` (all or nothing, errors name file:line:field) and read QRELS."""
    from fursa.api import import_calls, import_profiles
    from fursa.formats import CallRecord, ProfileRecord
    from fursa.jsonl import read_jsonl

    call_ids = [r.id for r in read_jsonl(calls_path, CallRecord)]
    profile_ids = [r.id for r in read_jsonl(profiles_path, ProfileRecord)]
    qrels = read_qrels(qrels_path, profile_ids, call_ids)
    import_calls(settings, calls_path, source="eval")
    import_profiles(settings, profiles_path)
    return qrels


def evaluate_files(settings: Settings, encoder, calls_path: Path, profiles_path: Path, qrels_path: Path,
                   *, rank_fn: Callable | None = None) -> dict:
    """Load the files into a temporary store, rank every call for every profile, and measure.

    `settings` supplies the as-of date and the lock timeout; its database is not touched. `encoder` is an
    encoder or a function returning one, called once the three files have been read without error (a bad
    file is reported before a model is loaded).
    """
    from matcher.scorer import score_arrays
    from matcher.service import build_corpus

    today = settings.today()
    with tempfile.TemporaryDirectory(prefix="fursa-eval-") as tmp:
        temp = settings.model_copy(update={"db": Path(tmp) / "eval.duckdb"})
        qrels = load_eval_store(temp, calls_path, profiles_path, qrels_path)
        encoder = encoder() if callable(encoder) and not hasattr(encoder, "encode") else encoder
        corpus, profiles = build_corpus(temp, encoder)
    rank = rank_fn or (lambda p: score_arrays(p, corpus, today).order)
    rankings = {p["id"]: [corpus.calls[i]["id"] for i in rank(p)] for p in profiles}
    out = evaluate_rankings(rankings, profiles, qrels, expired_calls(corpus.calls, today))
    out["counts"] = {
        "calls": len(corpus.calls),
        "profiles": len(profiles),
        "judged_pairs": sum(len(v) for v in qrels.values()),
        "relevant_pairs": sum(len(relevant(v)) for v in qrels.values()),
        "expired_calls": len(expired_calls(corpus.calls, today)),
        "profiles_per_language": {lang: sum(1 for p in profiles if p.get("language") == lang)
                                  for lang in sorted({p.get("language") for p in profiles})},
    }
    out["as_of"] = today.isoformat()
    out["model"] = encoder.name
    return out


# --- feedback, simulated on judged data ------------------------------------------------------------------

REVEAL = 5  # a person reads the first five calls of a ranking, saves the good ones, dismisses the bad ones


def simulated_feedback(ranking: list[str], judged: dict[str, int], reveal: int = REVEAL) -> dict[str, str]:
    """What a user would do with the first `reveal` calls: save grade >= 2, dismiss grade 0 (and unjudged
    calls, which count as 0), leave grade 1 ("one doubt") alone."""
    actions = {}
    for call_id in ranking[:reveal]:
        grade = judged.get(call_id, 0)
        if grade >= RELEVANT:
            actions[call_id] = "saved"
        elif grade == 0:
            actions[call_id] = "dismissed"
    return actions


def residual(ranking: list[str], seen: set[str]) -> list[str]:
    return [c for c in ranking if c not in seen]


def feedback_effect(rank_fn: Callable[[dict], list[str]], profiles: list[dict],
                    qrels: dict[str, dict[str, int]], expired: set[str], reveal: int = REVEAL) -> dict:
    """Residual-collection protocol: rank, reveal the first `reveal` calls as feedback, rank again with it,
    and measure both rankings on the calls that were not revealed (so feedback gets no credit for calls the
    user already judged). `rank_fn(profile)` ranks call ids, using profile["_feedback"]."""
    before, after, trimmed = {}, {}, {}
    for p in profiles:
        first = rank_fn({**p, "_feedback": {}})
        seen = set(first[:reveal])
        feedback = simulated_feedback(first, qrels.get(p["id"], {}), reveal)
        second = rank_fn({**p, "_feedback": feedback})
        before[p["id"]] = residual(first, seen)
        after[p["id"]] = residual(second, seen)
        trimmed[p["id"]] = {c: g for c, g in qrels.get(p["id"], {}).items() if c not in seen}
    return {"before": evaluate_rankings(before, profiles, trimmed, expired),
            "after": evaluate_rankings(after, profiles, trimmed, expired)}
