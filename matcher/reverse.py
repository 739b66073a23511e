"""Reverse match: for one call, which stored organizations fit it, ranked, each with its eligibility verdict,
and which of them could lead an application that the others can join only as partners.

Stored matches are reused when they are fresh (`fresh_profile_ids`): computed for today's as-of date
after the last change to the calls and to the profile. Any other profile is ranked by the matching
service itself (`match_profiles`, not saved), so a score is the same number whichever way it was reached.
The model is loaded only then: when every profile is fresh, a reverse match is a few queries. (Rows ranked
with a model other than FURSA_MODEL count as fresh until the next `fursa match --all`.)
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import duckdb
import numpy as np

from fursa.errors import NotFound
from fursa.formats import CALL_FIELDS
from fursa.settings import Settings
from fursa.store import open_store
from fursa.store.profiles import iter_profiles
from matcher.eligibility import ELIGIBLE, NOT_ELIGIBLE, PARTNER, assess
from matcher.encoder import Encoder
from matcher.rank import rank
from matcher.scoring import EXPIRED_TIER, TIER
from matcher.service import match_profiles


@dataclass
class Member:
    profile_id: str
    name: str
    language: str
    org_type: str
    score: float
    verdict: str
    expired: bool
    reasons: list[dict]
    can_lead: bool
    shared_themes: list[str] = field(default_factory=list)
    from_store: bool = False   # True: read from the stored matches; False: scored just now

    def as_dict(self) -> dict:
        return asdict(self)


def fresh_profile_ids(con: duckdb.DuckDBPyConnection, today: dt.date, model: str | None = None) -> set[str]:
    """Profiles whose stored matches still hold: ranked as of `today` (with `model`, when given) after the
    profile last changed and after the last crawl or import touched any call."""
    return {row[0] for row in con.execute(
        """
        WITH calls_changed AS (
            SELECT greatest(max(last_seen), coalesce(max(status_changed_at), max(last_seen))) AS at FROM calls
        )
        SELECT m.profile_id
        FROM matches m JOIN profiles p ON p.id = m.profile_id, calls_changed
        WHERE m.as_of = ? AND (? IS NULL OR m.model = ?)
        GROUP BY m.profile_id, p.updated_at, calls_changed.at
        HAVING min(m.computed_at) >= p.updated_at AND min(m.computed_at) >= coalesce(calls_changed.at, p.updated_at)
        """,
        [today, model, model],
    ).fetchall()}


def call_by_id(con: duckdb.DuckDBPyConnection, call_id: str) -> dict:
    """One call with its extra fields (USD amounts, conditions...) and status, or NotFound."""
    columns = ", ".join(CALL_FIELDS)  # the contract's field names; the id is a bound parameter
    cur = con.execute(f"SELECT {columns}, extra, status FROM calls WHERE id = ?", [call_id])  # noqa: S608
    row = cur.fetchone()
    if row is None:
        raise NotFound(f"no call with id {call_id!r}: `fursa export calls` lists them")
    data = dict(zip([d[0] for d in cur.description], row, strict=True))
    extra = json.loads(data.pop("extra") or "{}")
    return {**data, **{k: v for k, v in extra.items() if k not in data}}


def stored_rows(con: duckdb.DuckDBPyConnection, call_id: str, profile_ids: list[str]) -> dict[str, dict]:
    cur = con.execute(
        "SELECT profile_id, score, verdict, reasons, explanation FROM matches "
        "WHERE call_id = ? AND list_contains(?, profile_id)", [call_id, profile_ids])
    rows = {}
    for pid, score, verdict, reasons, explanation in cur.fetchall():
        rows[pid] = {"score": score, "verdict": verdict, "reasons": json.loads(reasons or "[]"),
                     "explanation": json.loads(explanation or "{}")}
    return rows


def rank_members(members: list[Member], top: int | None = None) -> list[Member]:
    """Eligible, partner and unclear first, then not eligible, then expired; by score inside each."""
    tiers = np.array([EXPIRED_TIER if m.expired else TIER[m.verdict] for m in members], dtype=np.int64)
    order = rank(np.array([m.score for m in members], dtype=np.float64), tiers, top)
    return [members[i] for i in order]


def _member(profile: dict, score: float, verdict: str, reasons: list[dict], shared: list[str],
            expired: bool, from_store: bool) -> Member:
    return Member(profile["id"], profile["name"], profile["language"], profile["org_type"], round(score, 1),
                  verdict, expired, reasons, verdict == ELIGIBLE and not expired, shared, from_store)


def _resolve(encoder: Encoder | Callable[[], Encoder]) -> Encoder:
    """An encoder instance has `encode`; anything else (a loader, a class) is called to get one."""
    return encoder if hasattr(encoder, "encode") and not isinstance(encoder, type) else encoder()


def match_call(encoder: Encoder | Callable[[], Encoder], settings: Settings, call_id: str, *,
               top: int | None = None) -> dict:
    """Every stored organization against one call: {call, as_of, members, leads, partners, fitting}.

    `encoder` is an encoder, or a function returning one, called only when some profile has to be scored
    (so a fresh store never loads the model). `leads` are the eligible members (best fit first): any of
    them can apply as lead applicant and carry the `partners`, members the call admits only as
    co-applicants or sub-grantees.
    Example:
        match_call(lambda: load_encoder(BUNDLED_MODEL), load_settings(), "eu_funding_tenders:EuropeAid/187432/DD/ACT/LB")
    """
    today = settings.today()
    with open_store(settings.db, settings.lock_timeout) as con:
        call = call_by_id(con, call_id)
        profiles = list(iter_profiles(con))
        fresh = fresh_profile_ids(con, today)
        stored = stored_rows(con, call_id, [p["id"] for p in profiles if p["id"] in fresh])
    deadline = call.get("deadline")
    expired = deadline is not None and deadline < today
    members = []
    for p in profiles:
        if (row := stored.get(p["id"])) is not None:
            members.append(_member(p, row["score"], row["verdict"], row["reasons"],
                                   row["explanation"].get("shared_themes", []), expired, True))
    stale = [p for p in profiles if p["id"] not in stored]
    if stale:
        # The ranking of each stale profile, by the service itself: one number whichever way it is reached.
        ranked = match_profiles(settings, _resolve(encoder), [p["id"] for p in stale], save=False)
        for p in stale:
            match = next((m for m in ranked[p["id"]] if m.call_id == call_id), None)
            if match is None:  # an unavailable call is not ranked any more: its verdict, no relevance
                verdict = assess(p, call, today)
                members.append(_member(p, 0.0, verdict.verdict, [asdict(r) for r in verdict.reasons], [],
                                       verdict.expired, False))
            else:
                members.append(_member(p, match.score, match.verdict, match.reasons,
                                       match.explanation.get("shared_themes", []), match.expired, False))
    ranked_members = rank_members(members)
    leads = [m.profile_id for m in ranked_members if m.can_lead]
    partners = [m.profile_id for m in ranked_members if m.verdict == PARTNER and not m.expired]
    return {
        "call": {k: call[k] for k in (*CALL_FIELDS, "status")},
        "as_of": today.isoformat(),
        "members": [m.as_dict() for m in (ranked_members[:top] if top else ranked_members)],
        "leads": leads,
        "partners": partners,
        "fitting": sum(1 for m in ranked_members if m.verdict != NOT_ELIGIBLE and not m.expired),
    }
