"""Shortlists (coalition staff's working lists) and their items.

Items are keyed by (shortlist, call): adding a call twice keeps one item and its notes. Every write is a
small transaction of its own so that it can slip between a crawl's merges (see docs/architecture.md).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator

import duckdb

from fursa.errors import InputError, NotFound

ITEM_STATUSES = ("to_review", "preparing", "submitted", "won", "lost", "dropped")


def new_id() -> str:
    """Short, unguessable, URL-safe: shortlists are shared by link (?shortlist=<id>)."""
    return secrets.token_urlsafe(8)


def create_shortlist(con: duckdb.DuckDBPyConnection, name: str, at: dt.datetime,
                     description: str = "", shortlist_id: str | None = None) -> str:
    if not name.strip():
        raise InputError("a shortlist needs a name")
    sid = shortlist_id or new_id()
    con.execute("INSERT INTO shortlists VALUES (?, ?, ?, ?, ?)", [sid, name.strip(), description, at, at])
    return sid


def _require_shortlist(con: duckdb.DuckDBPyConnection, shortlist_id: str) -> None:
    if not con.execute("SELECT 1 FROM shortlists WHERE id = ?", [shortlist_id]).fetchone():
        raise NotFound(f"no shortlist with id {shortlist_id!r}")


def add_item(con: duckdb.DuckDBPyConnection, shortlist_id: str, call_id: str, at: dt.datetime,
             owner_profile_id: str | None = None, notes: str = "") -> bool:
    """Add a call; returns False when it was already on the list (its status and notes are kept)."""
    _require_shortlist(con, shortlist_id)
    if not con.execute("SELECT 1 FROM calls WHERE id = ?", [call_id]).fetchone():
        raise NotFound(f"no call with id {call_id!r}")
    added = con.execute(
        """
        INSERT INTO shortlist_items VALUES (?, ?, 'to_review', ?, ?, ?, ?)
        ON CONFLICT (shortlist_id, call_id) DO NOTHING RETURNING call_id
        """,
        [shortlist_id, call_id, owner_profile_id, notes, at, at],
    ).fetchall()
    con.execute("UPDATE shortlists SET updated_at = ? WHERE id = ?", [at, shortlist_id])
    return bool(added)


def update_item(con: duckdb.DuckDBPyConnection, shortlist_id: str, call_id: str, at: dt.datetime, *,
                status: str | None = None, notes: str | None = None,
                owner_profile_id: str | None = None) -> None:
    if status is not None and status not in ITEM_STATUSES:
        raise InputError(f"unknown status {status!r}; one of {', '.join(ITEM_STATUSES)}")
    updated = con.execute(
        """
        UPDATE shortlist_items SET status = coalesce(?, status), notes = coalesce(?, notes),
               owner_profile_id = coalesce(?, owner_profile_id), updated_at = ?
        WHERE shortlist_id = ? AND call_id = ? RETURNING call_id
        """,
        [status, notes, owner_profile_id, at, shortlist_id, call_id],
    ).fetchall()
    if not updated:
        raise NotFound(f"call {call_id!r} is not on shortlist {shortlist_id!r}")


def list_shortlists(con: duckdb.DuckDBPyConnection) -> list[dict]:
    cur = con.execute(
        """
        SELECT s.id, s.name, s.description, s.created_at, s.updated_at, count(i.call_id) AS items
        FROM shortlists s LEFT JOIN shortlist_items i ON i.shortlist_id = s.id
        GROUP BY ALL ORDER BY s.updated_at DESC, s.id
        """
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def iter_items(con: duckdb.DuckDBPyConnection, shortlist_id: str) -> Iterator[dict]:
    """Items with the facts of their call, soonest deadline first (rolling calls last)."""
    _require_shortlist(con, shortlist_id)
    cur = con.execute(
        """
        SELECT i.call_id, i.status, i.owner_profile_id, i.notes, i.added_at, i.updated_at,
               c.title, c.funder, c.url, c.deadline, c.amount_min, c.amount_max, c.currency,
               c.status AS call_status
        FROM shortlist_items i JOIN calls c ON c.id = i.call_id
        WHERE i.shortlist_id = ? ORDER BY c.deadline NULLS LAST, i.call_id
        """,
        [shortlist_id],
    )
    names = [d[0] for d in cur.description]
    for row in cur.fetchall():
        yield dict(zip(names, row, strict=True))
