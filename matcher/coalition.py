"""Coalition view: for a set of member organizations, the calls that fit at least one member, grouped by
call with the members they fit — the raw material of a shared shortlist.

A member fits a call when it may apply (eligible, through a partner, or unclear), the deadline has not
passed, and the fit score reaches `min_score`. Scores come from the stored matches when they are fresh
(matcher.reverse.fresh_profile_ids) and are computed otherwise, so the view never shows a ranking older
than the calls it lists.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

import duckdb

from fursa.errors import InputError, NotFound
from fursa.settings import Settings
from fursa.store import open_store
from fursa.store.calls import iter_calls
from fursa.store.profiles import iter_profiles
from fursa.store.searches import MIN_FIT_SCORE
from matcher.eligibility import ELIGIBLE, NOT_ELIGIBLE
from matcher.encoder import Encoder
from matcher.reverse import fresh_profile_ids
from matcher.service import match_profiles


def stored_fits(con: duckdb.DuckDBPyConnection, profile_ids: list[str]) -> dict[str, list[dict]]:
    """Stored matches of these profiles as {profile_id: [{call_id, score, verdict, expired, rank}]}."""
    rows = con.execute(
        "SELECT m.profile_id, m.call_id, m.score, m.verdict, m.rank, m.reasons FROM matches m "
        "WHERE list_contains(?, m.profile_id) ORDER BY m.profile_id, m.rank", [profile_ids]).fetchall()
    fits: dict[str, list[dict]] = {pid: [] for pid in profile_ids}
    for pid, call_id, score, verdict, position, reasons in rows:
        expired = any(r.get("code") == "deadline_passed" for r in json.loads(reasons or "[]"))
        fits[pid].append({"call_id": call_id, "score": score, "verdict": verdict, "expired": expired,
                          "rank": position})
    return fits


def group_by_call(fits: dict[str, list[dict]], names: dict[str, str], min_score: float = MIN_FIT_SCORE) -> list[dict]:
    """Calls fitting at least one member: [{call_id, members: [...], leads: [...]}], the calls fitting most
    members first, then by best score. Members of a call are ordered eligible first, then by score."""
    by_call: dict[str, list[dict]] = {}
    for pid, rows in fits.items():
        for row in rows:
            if row["expired"] or row["verdict"] == NOT_ELIGIBLE or row["score"] < min_score:
                continue
            by_call.setdefault(row["call_id"], []).append({
                "profile_id": pid, "name": names.get(pid, pid), "score": round(row["score"], 1),
                "verdict": row["verdict"], "can_lead": row["verdict"] == ELIGIBLE, "rank": row.get("rank"),
            })
    groups = []
    for call_id, members in by_call.items():
        members.sort(key=lambda m: (not m["can_lead"], -m["score"], m["profile_id"]))
        groups.append({"call_id": call_id, "members": members,
                       "leads": [m["profile_id"] for m in members if m["can_lead"]]})
    groups.sort(key=lambda g: (-len(g["members"]), -g["members"][0]["score"], g["call_id"]))
    return groups


def coalition(settings: Settings, profile_ids: Iterable[str] | None, *, min_score: float = MIN_FIT_SCORE,
              encoder: Callable[[], Encoder] | None = None) -> list[dict]:
    """The coalition view as call dicts (contract fields and extras, plus `call_status`) each carrying
    `members` and `leads`; `profile_ids` None means every profile. `encoder` is called only when some
    member's stored matches are stale.

    Example:
        coalition(load_settings(), ["sharika-wa-lakin", "scm-citizenship-unit"])
    """
    today = settings.today()
    with open_store(settings.db, settings.lock_timeout) as con:
        ids = [p["id"] for p in iter_profiles(con)] if profile_ids is None else list(dict.fromkeys(profile_ids))
        if not ids:
            raise InputError("a coalition needs at least one member profile")
        names = {p["id"]: p["name"] for p in iter_profiles(con, ids)}
        if missing := [pid for pid in ids if pid not in names]:
            raise NotFound(f"no profile with id {', '.join(map(repr, missing))}: `fursa export profiles` lists them")
        fresh = fresh_profile_ids(con, today) & set(ids)
        fits = stored_fits(con, sorted(fresh))
    stale = [pid for pid in ids if pid not in fresh]
    if stale:
        if encoder is None:
            from matcher.encoder import load_encoder

            encoder = lambda: load_encoder(settings.model, settings.model_offline)  # noqa: E731
        for pid, matches in match_profiles(settings, encoder(), stale, save=False).items():
            fits[pid] = [{"call_id": m.call_id, "score": m.score, "verdict": m.verdict, "expired": m.expired,
                          "rank": m.rank} for m in matches]
    groups = group_by_call({pid: fits[pid] for pid in ids}, names, min_score)
    wanted = {g["call_id"] for g in groups}
    with open_store(settings.db, settings.lock_timeout) as con:
        statuses = dict(con.execute("SELECT id, status FROM calls WHERE list_contains(?, id)",
                                    [sorted(wanted)]).fetchall())
        calls = {c["id"]: c for c in iter_calls(con) if c["id"] in wanted}
    return [{**calls[g["call_id"]], "call_status": statuses.get(g["call_id"]), "members": g["members"],
             "leads": g["leads"]} for g in groups if g["call_id"] in calls]
