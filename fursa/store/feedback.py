"""Saves and dismissals of a call for a profile: what the ranking learns from (matcher/feedback.py).

One row per (profile, call): the latest action wins, so un-dismissing is saving or clearing.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from fursa.errors import InputError, NotFound

ACTIONS = ("saved", "dismissed")


def record_feedback(con: duckdb.DuckDBPyConnection, profile_id: str, call_id: str, action: str,
                    at: dt.datetime) -> None:
    if action not in ACTIONS:
        raise InputError(f"unknown feedback {action!r}; one of {', '.join(ACTIONS)}")
    if not con.execute("SELECT 1 FROM profiles WHERE id = ?", [profile_id]).fetchone():
        raise NotFound(f"no profile with id {profile_id!r}")
    if not con.execute("SELECT 1 FROM calls WHERE id = ?", [call_id]).fetchone():
        raise NotFound(f"no call with id {call_id!r}")
    con.execute(
        """
        INSERT INTO feedback VALUES (?, ?, ?, ?)
        ON CONFLICT (profile_id, call_id) DO UPDATE SET action = excluded.action, acted_at = excluded.acted_at
        """,
        [profile_id, call_id, action, at],
    )


def clear_feedback(con: duckdb.DuckDBPyConnection, profile_id: str, call_id: str) -> None:
    con.execute("DELETE FROM feedback WHERE profile_id = ? AND call_id = ?", [profile_id, call_id])


def feedback_for(con: duckdb.DuckDBPyConnection, profile_id: str) -> dict[str, str]:
    """call_id -> action for one profile."""
    rows = con.execute("SELECT call_id, action FROM feedback WHERE profile_id = ?", [profile_id]).fetchall()
    return dict(rows)


def feedback_by_profile(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    """profile_id -> {call_id: action}, oldest first within a profile (the ranker keeps the latest ones)."""
    rows = con.execute(
        "SELECT profile_id, call_id, action FROM feedback ORDER BY profile_id, acted_at, call_id"
    ).fetchall()
    out: dict[str, dict[str, str]] = {}
    for profile_id, call_id, action in rows:
        out.setdefault(profile_id, {})[call_id] = action
    return out
