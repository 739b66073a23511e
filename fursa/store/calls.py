"""Calls in the store: idempotent merge of a batch, cross-source links, change history, export.

`merge_calls` is the only writer of the calls table. It is designed to be called once per source per
crawl (or once per import) inside one short transaction: the whole batch lands or none of it does.

One call may be published by several sources; `call_sources` holds one link per (source, source id)
with what that source last published (its content hash). A call shows the version of whichever source
last *changed* what it publishes, so two sources that word a call differently never overwrite each
other back and forth. A source that re-publishes an unchanged call only moves `last_seen`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from fursa.formats import CALL_FIELDS, CallRecord
from fursa.store.matching import KEY_ORDER, confirms, match_keys

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
    ("call_id", pa.string()),
])
_LINK_SCHEMA = pa.schema([
    ("source", pa.string()), ("source_id", pa.string()), ("call_id", pa.string()), ("url", pa.string()),
    ("content_hash", pa.string()), ("match_keys", pa.list_(pa.string())),
])

# What a batch does to each call: create it, rewrite its content, only mark it seen, or link a new
# source to it (also only marking it seen).
NEW, WRITE, TOUCH, LINK = "new", "write", "touch", "link"


@dataclass
class MergeCounts:
    seen: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    # Items that joined a call first published by another source (cross-source duplicates).
    linked: int = 0
    changed_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {"seen": self.seen, "new": self.new, "updated": self.updated,
                "unchanged": self.unchanged, "closed": self.closed}

    def run_counts(self) -> dict[str, int]:
        """as_dict plus the cross-source count, for the crawl run record."""
        return {**self.as_dict(), "linked": self.linked}


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


def _stage_table(items: Sequence[SourcedCall], call_ids: dict[str, str], hashes: dict[str, str],
                 today: dt.date) -> pa.Table:
    rows = []
    for item in items:
        data = item.call.model_dump()
        extra = item.call.model_extra or {}
        rows.append({
            **{k: data[k] for k in CALL_FIELDS},
            "extra": json.dumps(extra, ensure_ascii=False, default=str),
            "source": item.source,
            "source_id": item.source_id,
            "content_hash": hashes[item.call.id],
            "raw": json.dumps(item.raw, ensure_ascii=False, default=str) if item.raw is not None else None,
            "status": _status(item.call, today),
            "call_id": call_ids[item.call.id],
        })
    return pa.Table.from_pylist(rows, schema=_STAGE_SCHEMA)


def _temp_table(con: duckdb.DuckDBPyConnection, name: str, batch: pa.Table) -> None:
    """A batch as a temp table, read by DuckDB from the local `batch`. (`con.register` would refuse
    while the caller still holds an unfetched result on this connection.)"""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM batch")


@dataclass
class _Plan:
    call_id: dict[str, str] = field(default_factory=dict)   # item id -> call id
    action: dict[str, str] = field(default_factory=dict)    # item id -> NEW / WRITE / TOUCH / LINK
    # Items whose link already holds this very content and its match keys: only its last_seen moves.
    quiet: set[str] = field(default_factory=set)
    keys: dict[str, list[str]] = field(default_factory=dict)  # match keys of every other item


def _plan(con: duckdb.DuckDBPyConnection, batch: list[SourcedCall], hashes: dict[str, str],
          link_duplicates: bool) -> _Plan:
    """Decide, per item, which call it is and what the merge must do to it (reads only)."""
    plan = _Plan()
    probe = pa.table({"id": [i.call.id for i in batch], "source": [i.source for i in batch],
                      "source_id": [i.source_id for i in batch]})
    _temp_table(con, "fursa_probe", probe)
    try:
        known = con.execute(
            """
            SELECT p.id, cs.call_id, cs.content_hash, own.id IS NOT NULL,
                   coalesce(linked.content_hash, own.content_hash), cs.match_keys IS NOT NULL
            FROM fursa_probe p
            LEFT JOIN call_sources cs ON cs.source = p.source AND cs.source_id = p.source_id
            LEFT JOIN calls linked ON linked.id = cs.call_id
            LEFT JOIN calls own ON own.id = p.id
            """
        ).fetchall()
    finally:
        con.execute("DROP TABLE fursa_probe")
    unresolved = []
    for item_id, link_call, link_hash, own_exists, call_hash, has_keys in known:
        h = hashes[item_id]
        if link_call is not None:
            # Links made before per-link hashes existed compare with the call itself.
            published = link_hash if link_hash is not None else call_hash
            plan.call_id[item_id] = link_call
            plan.action[item_id] = TOUCH if h in (published, call_hash) else WRITE
            if h == link_hash and has_keys:
                plan.quiet.add(item_id)
        elif own_exists:
            plan.call_id[item_id] = item_id
            plan.action[item_id] = TOUCH if h == call_hash else WRITE
        else:
            unresolved.append(item_id)
    by_id = {i.call.id: i for i in batch}
    plan.keys = {i: match_keys(by_id[i].call, by_id[i].source_id) for i in by_id if i not in plan.quiet}
    taken = set(plan.call_id.values())
    matches = (_find_duplicates(con, [by_id[i] for i in unresolved], plan.keys, taken)
               if link_duplicates else {})
    for item_id in unresolved:
        if item_id in matches:
            plan.call_id[item_id], plan.action[item_id] = matches[item_id], LINK
        else:
            plan.call_id[item_id], plan.action[item_id] = item_id, NEW
    return plan


def _find_duplicates(con: duckdb.DuckDBPyConnection, items: list[SourcedCall], keys: dict[str, list[str]],
                     taken: set[str]) -> dict[str, str]:
    """Existing calls of other sources that these new items duplicate (fursa/store/matching.py)."""
    rows = [(i.call.id, i.source, k) for i in items for k in keys[i.call.id]]
    if not rows:
        return {}
    _temp_table(con, "fursa_keys", pa.table({"id": [r[0] for r in rows], "source": [r[1] for r in rows],
                                             "key": [r[2] for r in rows]}))
    try:
        found = con.execute(
            """
            SELECT k.id, k.key, cs.call_id, cs.url, c.eligible_countries, c.funder, c.first_seen
            FROM fursa_keys k
            JOIN (SELECT source, call_id, url, unnest(match_keys) AS key FROM call_sources
                  WHERE match_keys IS NOT NULL) cs ON cs.key = k.key AND cs.source <> k.source
            JOIN calls c ON c.id = cs.call_id
            WHERE NOT EXISTS (SELECT 1 FROM call_sources x WHERE x.call_id = cs.call_id AND x.source = k.source)
            """
        ).fetchall()
    finally:
        con.execute("DROP TABLE fursa_keys")
    candidates: dict[str, list[tuple]] = defaultdict(list)
    for row in found:
        candidates[row[0]].append(row[1:])
    chosen: dict[str, str] = {}
    for item in items:  # in batch order, so the outcome does not depend on the database's row order
        call = item.call
        for prefix in KEY_ORDER:
            options: dict[str, dt.datetime] = {}
            for key, call_id, url, countries, funder, first_seen in candidates.get(call.id, []):
                if key.startswith(prefix) and call_id not in taken and confirms(
                        key, call, countries, url, funder):
                    options[call_id] = first_seen
            # A reference is decisive (the oldest call wins if the store already holds it twice);
            # looser keys count only when they point at exactly one call.
            if options and (prefix == "ref:" or len(options) == 1):
                best = min(options, key=lambda cid: (options[cid], cid))
                chosen[call.id] = best
                taken.add(best)
                break
    return chosen


def merge_calls(con: duckdb.DuckDBPyConnection, items: Sequence[SourcedCall], *, seen_at: dt.datetime,
                today: dt.date, run_id: int | None = None, link_duplicates: bool = True) -> MergeCounts:
    """Upsert a batch of calls; the same batch twice gives the same rows. Caller owns the transaction.

    Counts what was new, updated (the source changed what it publishes: the changed fields are recorded
    in call_changes), unchanged (only `last_seen` and the status move) and linked (a duplicate of a
    call another source published: a new link in call_sources, no new row). Duplicate ids inside one
    batch keep the last occurrence.
    """
    counts = MergeCounts(seen=len(items))
    if not items:
        return counts
    batch = list({(i.source, i.source_id): i for i in {i.call.id: i for i in items}.values()}.values())
    hashes = {i.call.id: content_hash(i.call) for i in batch}
    plan = _plan(con, batch, hashes, link_duplicates)
    actions = list(plan.action.values())
    counts.new, counts.updated = actions.count(NEW), actions.count(WRITE)
    counts.unchanged, counts.linked = actions.count(TOUCH), actions.count(LINK)

    written = [i for i in batch if plan.action[i.call.id] in (NEW, WRITE)]
    if written:
        _temp_table(con, "fursa_stage", _stage_table(written, plan.call_id, hashes, today))
        try:
            counts.changed_ids = _write_content(con, seen_at, run_id)
        finally:
            con.execute("DROP TABLE fursa_stage")
    touched = sorted({plan.call_id[i.call.id] for i in batch if plan.action[i.call.id] in (TOUCH, LINK)})
    if touched:
        _touch(con, touched, seen_at, today)
    quiet = [i for i in batch if i.call.id in plan.quiet]
    if quiet:
        _temp_table(con, "fursa_seen", pa.table({"source": [i.source for i in quiet],
                                                  "source_id": [i.source_id for i in quiet]}))
        con.execute(
            "UPDATE call_sources SET last_seen = ?, gone_at = NULL FROM fursa_seen s "
            "WHERE call_sources.source = s.source AND call_sources.source_id = s.source_id", [seen_at])
        con.execute("DROP TABLE fursa_seen")
    links = pa.Table.from_pylist([
        {"source": i.source, "source_id": i.source_id, "call_id": plan.call_id[i.call.id], "url": i.call.url,
         "content_hash": hashes[i.call.id], "match_keys": plan.keys[i.call.id]}
        for i in batch if i.call.id not in plan.quiet
    ], schema=_LINK_SCHEMA)
    if not links.num_rows:
        return counts
    _temp_table(con, "fursa_links", links)
    try:
        con.execute(
            """
            INSERT INTO call_sources (source, source_id, call_id, url, first_seen, last_seen, content_hash,
                                      match_keys, gone_at)
            SELECT source, source_id, call_id, url, ?, ?, content_hash, match_keys, NULL FROM fursa_links
            ON CONFLICT (source, source_id) DO UPDATE SET
                call_id = excluded.call_id, url = excluded.url, last_seen = excluded.last_seen,
                content_hash = excluded.content_hash, match_keys = excluded.match_keys, gone_at = NULL
            """,
            [seen_at, seen_at],
        )
    finally:
        con.execute("DROP TABLE fursa_links")
    return counts


def _write_content(con: duckdb.DuckDBPyConnection, seen_at: dt.datetime, run_id: int | None) -> list[str]:
    """Insert new calls and rewrite changed ones from fursa_stage; record tracked-field history."""
    tracked = ", ".join(f"c.{f}" for f in TRACKED_FIELDS)
    before = {row[0]: row[1:] for row in con.execute(
        f"SELECT c.id, {tracked} FROM calls c JOIN fursa_stage s ON c.id = s.call_id"
    ).fetchall()}
    columns = ", ".join(CONTENT_FIELDS)
    con.execute(
        f"""
        INSERT INTO calls (id, {columns}, extra, source, source_id, status, status_changed_at, first_seen,
                           last_seen, content_hash, raw)
        SELECT call_id, {columns}, extra, source, source_id, status, ?, ?, ?, content_hash, raw
        FROM fursa_stage WHERE call_id NOT IN (SELECT id FROM calls)
        """,
        [seen_at, seen_at, seen_at],
    )
    if before:
        assignments = ", ".join(f"{f} = s.{f}" for f in CONTENT_FIELDS)
        con.execute(
            f"""
            UPDATE calls SET {assignments}, extra = s.extra, raw = s.raw, content_hash = s.content_hash,
                source = s.source, source_id = s.source_id, last_seen = ?,
                status_changed_at = CASE WHEN calls.status <> s.status THEN ? ELSE calls.status_changed_at END,
                status = s.status
            FROM fursa_stage s WHERE calls.id = s.call_id AND s.call_id IN (SELECT unnest(?))
            """,
            [seen_at, seen_at, list(before)],
        )
        after = {row[0]: row[1:] for row in con.execute(
            f"SELECT c.id, {tracked} FROM calls c WHERE c.id IN (SELECT unnest(?))", [list(before)]
        ).fetchall()}
        history = []
        for cid in before:
            for name, old, new in zip(TRACKED_FIELDS, before[cid], after[cid], strict=True):
                if old != new:
                    history.append([cid, seen_at, run_id, name, json.dumps(old, default=str),
                                    json.dumps(new, default=str)])
        if history:
            con.executemany("INSERT INTO call_changes VALUES (?, ?, ?, ?, ?, ?)", history)
    return sorted(before)


def _touch(con: duckdb.DuckDBPyConnection, call_ids: list[str], seen_at: dt.datetime, today: dt.date) -> None:
    """Seen again, content unchanged: move last_seen and re-derive the status, rewrite nothing else."""
    con.execute(
        """
        UPDATE calls SET last_seen = ?,
            status_changed_at = CASE WHEN status <> (CASE WHEN deadline < ? THEN 'closed' ELSE 'open' END)
                                     THEN ? ELSE status_changed_at END,
            status = CASE WHEN deadline < ? THEN 'closed' ELSE 'open' END
        WHERE id IN (SELECT unnest(?))
        """,
        [seen_at, today, seen_at, today, call_ids],
    )


def _retire_links(con: duckdb.DuckDBPyConnection, gone: list[str], at: dt.datetime) -> int:
    """Calls whose every link is now gone become unavailable (kept, never deleted); returns how many."""
    if not gone:
        return 0
    rows = con.execute(
        """
        UPDATE calls SET status = 'unavailable', status_changed_at = ?
        WHERE id IN (SELECT unnest(?)) AND status <> 'unavailable'
          AND NOT EXISTS (SELECT 1 FROM call_sources cs WHERE cs.call_id = calls.id AND cs.gone_at IS NULL)
        RETURNING id
        """,
        [at, gone],
    ).fetchall()
    return len(rows)


def mark_unavailable(con: duckdb.DuckDBPyConnection, source: str, seen_ids: Iterable[str],
                     at: dt.datetime) -> int:
    """After a complete listing of `source`: its links not seen are gone. A call becomes unavailable,
    with a timestamp and never deleted, once no source lists it any more. Returns how many did."""
    gone = con.execute(
        """
        UPDATE call_sources SET gone_at = ?
        WHERE source = ? AND gone_at IS NULL AND NOT list_contains(?, source_id)
        RETURNING call_id
        """,
        [at, source, list(seen_ids)],
    ).fetchall()
    return _retire_links(con, sorted({r[0] for r in gone}), at)


def mark_gone(con: duckdb.DuckDBPyConnection, source: str, source_ids: Iterable[str], at: dt.datetime) -> int:
    """The source says these calls are gone (their pages answer 404/410): same rules as mark_unavailable."""
    gone = con.execute(
        "UPDATE call_sources SET gone_at = ? WHERE source = ? AND gone_at IS NULL "
        "AND list_contains(?, source_id) RETURNING call_id",
        [at, source, list(source_ids)],
    ).fetchall()
    return _retire_links(con, sorted({r[0] for r in gone}), at)


def touch_links(con: duckdb.DuckDBPyConnection, source: str, source_ids: Iterable[str], seen_at: dt.datetime,
                today: dt.date) -> int:
    """Calls `source` lists again unchanged, known by their source ids alone (read from pages the server
    answered 304 Not Modified): only last_seen and the status move. Returns how many links were found."""
    touched = con.execute(
        "UPDATE call_sources SET last_seen = ?, gone_at = NULL WHERE source = ? AND list_contains(?, source_id) "
        "RETURNING call_id", [seen_at, source, list(source_ids)]).fetchall()
    call_ids = sorted({r[0] for r in touched})
    if call_ids:
        _touch(con, call_ids, seen_at, today)
    return len(touched)


def listed_ids(con: duckdb.DuckDBPyConnection, source: str) -> set[str]:
    """Source ids of the calls `source` listed at its last crawl (links not gone)."""
    return {r[0] for r in con.execute(
        "SELECT source_id FROM call_sources WHERE source = ? AND gone_at IS NULL", [source]).fetchall()}


def listed_count(con: duckdb.DuckDBPyConnection, source: str) -> int:
    """How many calls `source` listed at its last crawl (links not gone)."""
    return con.execute("SELECT count(*) FROM call_sources WHERE source = ? AND gone_at IS NULL",
                       [source]).fetchone()[0]


def call_links(con: duckdb.DuckDBPyConnection, call_id: str) -> list[dict]:
    """Every source that publishes (or published) a call, oldest first: where to read it, and since when."""
    cur = con.execute(
        "SELECT source, source_id, url, first_seen, last_seen, gone_at FROM call_sources "
        "WHERE call_id = ? ORDER BY first_seen, source", [call_id])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


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
    """Calls as contract dicts (docs/formats.md), extra fields merged back in, ordered by id.
    `source` selects every call that source publishes, including those first seen elsewhere."""
    cur = con.execute(
        f"SELECT {_EXPORT_COLUMNS}, extra FROM calls "
        "WHERE (? IS NULL OR status = ?) AND (? IS NULL OR source = ? "
        "      OR id IN (SELECT call_id FROM call_sources WHERE source = ?)) ORDER BY id",
        [status, status, source, source, source],
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
