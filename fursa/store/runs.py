"""Crawl runs: one row per source per crawl, the record analysts read to see what broke and why."""

from __future__ import annotations

import datetime as dt
import json

import duckdb

RUN_STATUSES = ("running", "ok", "partial", "broken", "failed")


def start_run(con: duckdb.DuckDBPyConnection, source: str, at: dt.datetime) -> int:
    return con.execute(
        "INSERT INTO crawl_runs (source, started_at, status) VALUES (?, ?, 'running') RETURNING id",
        [source, at],
    ).fetchone()[0]


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, *, status: str, at: dt.datetime,
               counts: dict[str, int], errors: list[dict]) -> None:
    if status not in RUN_STATUSES:
        raise ValueError(f"unknown run status {status!r}")
    con.execute(
        """
        UPDATE crawl_runs SET status = ?, finished_at = ?, seen = ?, new = ?, updated = ?, unchanged = ?,
               failed = ?, closed = ?, errors = ?, duration_s = date_diff('millisecond', started_at, ?) / 1000.0
        WHERE id = ?
        """,
        [status, at, counts.get("seen", 0), counts.get("new", 0), counts.get("updated", 0),
         counts.get("unchanged", 0), counts.get("failed", 0), counts.get("closed", 0),
         json.dumps(errors, ensure_ascii=False, default=str), at, run_id],
    )


def source_health(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Each registered source with its last run, last success and stored call count."""
    cur = con.execute(
        """
        WITH last_run AS (
            SELECT * FROM crawl_runs QUALIFY row_number() OVER (PARTITION BY source ORDER BY id DESC) = 1
        ), last_ok AS (
            SELECT source, max(finished_at) AS last_success FROM crawl_runs
            WHERE status IN ('ok', 'partial') GROUP BY source
        ), stored AS (
            SELECT cs.source, count(*) AS calls, count(*) FILTER (WHERE c.status = 'open') AS open_calls
            FROM call_sources cs JOIN calls c ON c.id = cs.call_id GROUP BY cs.source
        )
        SELECT s.name, s.kind, s.url, s.enabled, r.status AS last_status, r.started_at AS last_run,
               r.seen, r.new, r.updated, r.failed, r.duration_s, r.errors, o.last_success,
               coalesce(st.calls, 0) AS calls, coalesce(st.open_calls, 0) AS open_calls
        FROM sources s LEFT JOIN last_run r ON r.source = s.name
        LEFT JOIN last_ok o ON o.source = s.name LEFT JOIN stored st ON st.source = s.name
        ORDER BY s.name
        """
    )
    names = [d[0] for d in cur.description]
    rows = []
    for row in cur.fetchall():
        data = dict(zip(names, row, strict=True))
        data["errors"] = json.loads(data["errors"]) if data["errors"] else []
        rows.append(data)
    return rows
