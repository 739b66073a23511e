"""Calls in the store: idempotent merge of a batch, change history, export.

`merge_calls` is the only writer of the calls table. It is designed to be called once per source per
crawl (or once per import) inside one short transaction: the whole batch lands or none of it does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from fursa.formats import CALL_FIELDS, CallRecord

# The fields whose change makes a call "updated"; their history goes to call_changes.
CONTENT_FIELDS = tuple(f for f in CALL_FIELDS if f != "id")
TRACKED_FIELDS = ("deadline", "amount_min", "amount_max", "currency", "title", "eligible_countries",
                  "eligible_applicants", "url")

_STAGE_SCHEMA = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("funder", pa.string()), ("url", pa.string()),
    ("language", pa.string()), ("description", pa.string()), ("published", pa.date32()),
    ("deadline", pa.date32()), ("amount_min", pa.float64()), ("amount_max", pa.float64()),
    ("currency", pa.string()), ("eligible_countries", pa.list_(pa.string())),
    ("eligible_applicants", pa.list_(pa.string())), ("themes", pa.list_(pa.string())),
    ("extra", pa.string()), ("source", pa.string()), ("source_id", pa.string()),
    ("content_hash", pa.string()), ("raw", pa.string()), ("status", pa.string()),
])


@dataclass
class MergeCounts:
    seen: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    changed_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {"seen": self.seen, "new": self.new, "updated": self.updated,
                "unchanged": self.unchanged, "closed": self.closed}


@dataclass(frozen=True)
class SourcedCall:
    """A validated call plus where it came from: what a spider or an import hands to the store."""

    call: CallRecord
    source: str
    source_id: str
    raw: dict | None = None


def content_hash(call: CallRecord) -> str:
    """Stable hash of everything a person would see; ids and timestamps excluded."""
    data = call.contract_dict()
    data.pop("id", None)
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _status(call: CallRecord, today: dt.date) -> str:
    return "closed" if call.deadline is not None and call.deadline < today else "open"


def _stage_table(items: Sequence[SourcedCall], today: dt.date) -> pa.Table:
    rows = []
    for item in items:
        data = item.call.model_dump()
        extra = item.call.model_extra or {}
        rows.append({
            **{k: data[k] for k in CALL_FIELDS},
            "extra": json.dumps(extra, ensure_ascii=False, default=str),
            "source": item.source,
            "source_id": item.source_id,
            "content_hash": content_hash(item.call),
            "raw": json.dumps(item.raw, ensure_ascii=False, default=str) if item.raw is not None else None,
            "status": _status(item.call, today),
        })
    return pa.Table.from_pylist(rows, schema=_STAGE_SCHEMA)


def merge_calls(con: duckdb.DuckDBPyConnection, items: Sequence[SourcedCall], *, seen_at: dt.datetime,
                today: dt.date, run_id: int | None = None) -> MergeCounts:
    """Upsert a batch of calls; the same batch twice gives the same rows. Caller owns the transaction.

    Counts what was new, updated (content hash changed: the changed fields are recorded in
    call_changes) and unchanged. Duplicate ids inside one batch keep the last occurrence.
    """
    counts = MergeCounts(seen=len(items))
    if not items:
        return counts
    last = {item.call.id: item for item in items}
    stage_arrow = _stage_table(list(last.values()), today)  # noqa: F841 - DuckDB reads it by name
    con.execute("CREATE OR REPLACE TEMP TABLE stage AS SELECT * FROM stage_arrow")

    before = {row[0]: row[1:] for row in con.execute(
        "SELECT c.id, c.content_hash, " + ", ".join(f"c.{f}" for f in TRACKED_FIELDS) +
        " FROM calls c JOIN stage s USING (id)"
    ).fetchall()}
    hashes = dict(con.execute("SELECT id, content_hash FROM stage").fetchall())
    counts.new = len(hashes) - len(before)
    changed = [cid for cid, old in before.items() if old[0] != hashes[cid]]
    counts.updated = len(changed)
    counts.unchanged = len(before) - len(changed)
    counts.changed_ids = changed

    set_content = ", ".join(f"{f} = excluded.{f}" for f in CONTENT_FIELDS)
    con.execute(
        f"""
        INSERT INTO calls (id, {", ".join(CONTENT_FIELDS)}, extra, source, source_id, status,
                           status_changed_at, first_seen, last_seen, content_hash, raw)
        SELECT id, {", ".join(CONTENT_FIELDS)}, extra, source, source_id, status,
               ?, ?, ?, content_hash, raw FROM stage
        ON CONFLICT (id) DO UPDATE SET
            {set_content}, extra = excluded.extra, raw = excluded.raw,
            content_hash = excluded.content_hash, last_seen = excluded.last_seen,
            status_changed_at = CASE WHEN calls.status <> excluded.status
                                     THEN excluded.last_seen ELSE calls.status_changed_at END,
            status = excluded.status
        """,
        [seen_at, seen_at, seen_at],
    )
    con.execute(
        """
        INSERT INTO call_sources (source, source_id, call_id, url, first_seen, last_seen)
        SELECT source, source_id, id, url, ?, ? FROM stage
        ON CONFLICT (source, source_id) DO UPDATE SET
            call_id = excluded.call_id, url = excluded.url, last_seen = excluded.last_seen
        """,
        [seen_at, seen_at],
    )
    if changed:
        after = {row[0]: row[1:] for row in con.execute(
            "SELECT id, content_hash, " + ", ".join(TRACKED_FIELDS) +
            " FROM calls WHERE id IN (SELECT unnest(?))", [changed]
        ).fetchall()}
        history = []
        for cid in changed:
            for name, old, new in zip(TRACKED_FIELDS, before[cid][1:], after[cid][1:], strict=True):
                if old != new:
                    history.append([cid, seen_at, run_id, name, json.dumps(old, default=str),
                                    json.dumps(new, default=str)])
        if history:
            con.executemany("INSERT INTO call_changes VALUES (?, ?, ?, ?, ?, ?)", history)
    con.execute("DROP TABLE stage")
    return counts


def mark_unavailable(con: duckdb.DuckDBPyConnection, source: str, seen_ids: Iterable[str],
                     at: dt.datetime) -> int:
    """Calls of `source` not seen in a complete crawl are marked unavailable, never deleted."""
    rows = con.execute(
        """
        UPDATE calls SET status = 'unavailable', status_changed_at = ?
        WHERE source = ? AND status <> 'unavailable' AND NOT list_contains(?, source_id)
        RETURNING id
        """,
        [at, source, list(seen_ids)],
    ).fetchall()
    return len(rows)


def refresh_statuses(con: duckdb.DuckDBPyConnection, today: dt.date, at: dt.datetime) -> int:
    """Open calls whose deadline has passed become closed (the portals' own statuses go stale)."""
    rows = con.execute(
        "UPDATE calls SET status = 'closed', status_changed_at = ? "
        "WHERE status = 'open' AND deadline < ? RETURNING id", [at, today]
    ).fetchall()
    return len(rows)


_EXPORT_COLUMNS = ", ".join(CALL_FIELDS)


def iter_calls(con: duckdb.DuckDBPyConnection, *, status: str | None = None,
               source: str | None = None) -> Iterator[dict]:
    """Calls as contract dicts (docs/formats.md), extra fields merged back in, ordered by id."""
    cur = con.execute(
        f"SELECT {_EXPORT_COLUMNS}, extra FROM calls "
        "WHERE (? IS NULL OR status = ?) AND (? IS NULL OR source = ?) ORDER BY id",
        [status, status, source, source],
    )
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(1000):
        for row in batch:
            data = dict(zip(names, row, strict=True))
            extra = json.loads(data.pop("extra") or "{}")
            for key in ("published", "deadline"):
                if data[key] is not None:
                    data[key] = data[key].isoformat()
            yield {**data, **{k: v for k, v in extra.items() if k not in data}}


def count_calls(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT count(*) FROM calls").fetchone()[0]
