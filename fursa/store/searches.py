"""Saved searches (an organization's filters, cadence and recipients), the filters themselves, and the log
of digests sent for a search or a profile.

The same `CallFilters` select calls for a saved search's digest and for `fursa export calls`, so what a
digest announces is what an export with the same filters lists.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from collections.abc import Iterable, Mapping
from typing import Literal

import duckdb
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from fursa.errors import InputError, NotFound
from fursa.formats import CountryOrAnywhere, Language
from fursa.normalize.text import fold
from matcher.eligibility import NOT_ELIGIBLE, VERDICTS, call_facts, judge

CADENCES = {"daily": dt.timedelta(days=1), "weekly": dt.timedelta(days=7)}
# A cron job started at 07:00 finds yesterday's 07:00:05 send 23:59:55 ago: still due.
DUE_SLACK = dt.timedelta(hours=1)
# Fit scores run 0-100; under this a call shares too little with a mission to be worth anyone's time.
MIN_FIT_SCORE = 20.0
# Verdicts a search shows unless it names its own: calls the organization may apply to, alone or not.
DEFAULT_VERDICTS = tuple(v for v in VERDICTS if v != NOT_ELIGIBLE)
_EMAIL = re.compile(r"^[^@\s<>,;\"']+@[^@\s<>,;\"']+\.[^@\s<>,;\"']+$")

Verdict = Literal[VERDICTS]  # type: ignore[valid-type]


class CallFilters(BaseModel):
    """What a call must satisfy. Empty lists and None mean "no condition"."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    status: Literal["open", "closed", "unavailable"] | None = "open"
    source: str | None = None
    deadline_within_days: int | None = Field(None, ge=0, description="deadline from today to today + N")
    deadline_after: dt.date | None = None
    deadline_before: dt.date | None = None
    include_rolling: bool = Field(False, description="calls without a deadline pass the deadline filters")
    amount_min_usd: float | None = Field(None, ge=0, description="the call offers at least this much")
    amount_max_usd: float | None = Field(None, ge=0, description="the call's smallest grant is at most this")
    funder: str | None = None
    languages: list[Language] = Field(default_factory=list)
    countries: list[CountryOrAnywhere] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    verdicts: list[Verdict] = Field(default_factory=list)  # type: ignore[valid-type]
    min_score: float | None = Field(None, ge=0, le=100, description="lowest fit score, from the stored matches")

    @field_validator("themes", mode="after")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        return [v.strip() for v in values if v.strip()]

    @property
    def has_deadline_condition(self) -> bool:
        return any(v is not None for v in (self.deadline_within_days, self.deadline_after, self.deadline_before))

    def stored(self) -> dict:
        """Only what was set: a saved search keeps the filters a person chose, not every default."""
        return self.model_dump(mode="json", exclude_defaults=True)


def parse_filters(data: Mapping | None) -> CallFilters:
    try:
        return CallFilters.model_validate(dict(data or {}))
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "filters"
        raise InputError(f"filter {where}: {err['msg'].removeprefix('Value error, ')}") from exc


def _query_terms(query: str) -> list[str]:
    return fold(query).split()


def _haystack(call: dict) -> str:
    return fold(" ".join([call.get("title") or "", call.get("description") or "", call.get("funder") or "",
                          " ".join(call.get("themes") or [])]))


def verdicts_for(profile: dict, calls: list[dict], today: dt.date) -> list[str]:
    """The organization's eligibility verdict on each call, all calls at once (the ranker's rules)."""
    if not calls:
        return []
    judgement = judge(profile, call_facts(calls, today), today)
    return [judgement.verdict(i) for i in range(len(calls))]


def call_passes(call: dict, filters: CallFilters, today: dt.date, *, verdict: str | None = None,
                score: float | None = None, query: str = "") -> bool:
    """Whether one call (a contract dict, extra fields included) meets the filters and the query.

    Amount conditions use the USD amounts the normalizer adds; a call that states no amount passes them
    (many real calls do not say, and hiding them would hide most embassy small grants). Likewise a call
    not ranked yet (no score) passes `min_score`: it is news until the ranking says otherwise.
    """
    deadline = call.get("deadline")
    if isinstance(deadline, str):
        deadline = dt.date.fromisoformat(deadline)
    if filters.has_deadline_condition:
        if deadline is None:
            if not filters.include_rolling:
                return False
        else:
            if filters.deadline_within_days is not None and not (
                    today <= deadline <= today + dt.timedelta(days=filters.deadline_within_days)):
                return False
            if filters.deadline_after and deadline < filters.deadline_after:
                return False
            if filters.deadline_before and deadline > filters.deadline_before:
                return False
    high = call.get("amount_max_usd") or call.get("amount_min_usd")
    low = call.get("amount_min_usd") or call.get("amount_max_usd")
    if filters.amount_min_usd is not None and high is not None and high < filters.amount_min_usd:
        return False
    if filters.amount_max_usd is not None and low is not None and low > filters.amount_max_usd:
        return False
    if filters.funder and fold(filters.funder) not in fold(call.get("funder") or ""):
        return False
    if filters.languages and call.get("language") not in filters.languages:
        return False
    if filters.countries:
        eligible = set(call.get("eligible_countries") or [])
        if "*" not in eligible and not eligible & set(filters.countries):
            return False
    if filters.themes:
        theirs = {fold(t) for t in call.get("themes") or []}
        if not theirs & {fold(t) for t in filters.themes}:
            return False
    if verdict is not None and verdict not in (filters.verdicts or DEFAULT_VERDICTS):
        return False
    if filters.min_score is not None and score is not None and score < filters.min_score:
        return False
    if query:
        text = _haystack(call)
        if not all(term in text for term in _query_terms(query)):
            return False
    return True


# --- saved searches ---------------------------------------------------------------------------------

def clean_recipients(values: Iterable[str]) -> list[str]:
    cleaned = list(dict.fromkeys(v.strip() for v in values if v and v.strip()))
    for address in cleaned:
        if not _EMAIL.match(address):
            raise InputError(f"recipient {address!r} is not an e-mail address")
    return cleaned


def create_search(con: duckdb.DuckDBPyConnection, profile_id: str, name: str, at: dt.datetime, *,
                  query: str = "", filters: Mapping | None = None, cadence: str = "weekly",
                  recipients: Iterable[str] = (), search_id: str | None = None) -> str:
    if not name.strip():
        raise InputError("a saved search needs a name")
    if cadence not in CADENCES:
        raise InputError(f"unknown cadence {cadence!r}; one of {', '.join(CADENCES)}")
    if not con.execute("SELECT 1 FROM profiles WHERE id = ?", [profile_id]).fetchone():
        raise NotFound(f"no profile with id {profile_id!r}: `fursa export profiles` lists them")
    parsed = parse_filters(filters)
    sid = search_id or secrets.token_urlsafe(8)
    con.execute(
        "INSERT INTO saved_searches (id, profile_id, name, query, filters, cadence, recipients, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [sid, profile_id, name.strip(), query.strip(), json.dumps(parsed.stored(), ensure_ascii=False),
         cadence, clean_recipients(recipients), at],
    )
    return sid


_SEARCH_COLUMNS = "id, profile_id, name, query, filters, cadence, recipients, last_sent_at, created_at"


def _search_row(names: list[str], row: tuple) -> dict:
    data = dict(zip(names, row, strict=True))
    data["filters"] = json.loads(data["filters"] or "{}")
    return data


def list_searches(con: duckdb.DuckDBPyConnection, profile_id: str | None = None) -> list[dict]:
    cur = con.execute(
        f"SELECT {_SEARCH_COLUMNS} FROM saved_searches WHERE ? IS NULL OR profile_id = ? "
        "ORDER BY profile_id, created_at, id", [profile_id, profile_id])
    names = [d[0] for d in cur.description]
    return [_search_row(names, row) for row in cur.fetchall()]


def get_search(con: duckdb.DuckDBPyConnection, search_id: str) -> dict:
    cur = con.execute(f"SELECT {_SEARCH_COLUMNS} FROM saved_searches WHERE id = ?", [search_id])
    row = cur.fetchone()
    if row is None:
        raise NotFound(f"no saved search with id {search_id!r}: `fursa search list` lists them")
    return _search_row([d[0] for d in cur.description], row)


def delete_search(con: duckdb.DuckDBPyConnection, search_id: str) -> None:
    if not con.execute("DELETE FROM saved_searches WHERE id = ? RETURNING id", [search_id]).fetchall():
        raise NotFound(f"no saved search with id {search_id!r}: `fursa search list` lists them")


def is_due(search: dict, now: dt.datetime) -> bool:
    last = search.get("last_sent_at")
    return last is None or now - last >= CADENCES[search["cadence"]] - DUE_SLACK


# --- what was sent ----------------------------------------------------------------------------------

def last_sent(con: duckdb.DuckDBPyConnection, subject: str) -> dt.datetime | None:
    return con.execute("SELECT max(attempted_at) FROM digest_log WHERE subject = ? AND status = 'sent'",
                       [subject]).fetchone()[0]


def log_digest(con: duckdb.DuckDBPyConnection, subject: str, at: dt.datetime, *, since: dt.datetime,
               status: str, channel: str, recipients: Iterable[str] = (), call_ids: Iterable[str] = (),
               error: str | None = None) -> None:
    """Record one delivery attempt; a sent digest of a saved search also moves its last_sent_at."""
    con.execute("INSERT INTO digest_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [subject, at, since, status, channel, list(recipients), list(call_ids), error])
    if status == "sent" and subject.startswith("search:"):
        con.execute("UPDATE saved_searches SET last_sent_at = ? WHERE id = ?", [at, subject[len("search:"):]])


def digest_history(con: duckdb.DuckDBPyConnection, subject: str, limit: int = 20) -> list[dict]:
    cur = con.execute("SELECT * FROM digest_log WHERE subject = ? ORDER BY attempted_at DESC LIMIT ?",
                      [subject, limit])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
