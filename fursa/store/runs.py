"""Crawl runs: one row per source per crawl, the record analysts read to see what broke and why."""

from __future__ import annotations

import datetime as dt
import json

import duckdb

RUN_STATUSES = ("running", "ok", "partial", "broken", "failed")
COUNT_COLUMNS = ("seen", "new", "updated", "unchanged", "linked", "failed", "closed", "pages", "not_modified")
# What `fursa sources` calls a source, from its last run: the run status, or these when there is none.
NEVER_RUN = "never run"


def start_run(con: duckdb.DuckDBPyConnection, source: str, at: dt.datetime) -> int:
    return con.execute(
        "INSERT INTO crawl_runs (source, started_at, status) VALUES (?, ?, 'running') RETURNING id",
        [source, at],
    ).fetchone()[0]


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, *, status: str, at: dt.datetime,
               counts: dict[str, int], errors: list[dict]) -> None:
    """Close a run with its verdict, counts (any of COUNT_COLUMNS; missing ones are 0) and errors."""
    if status not in RUN_STATUSES:
        raise ValueError(f"unknown run status {status!r}")
    assignments = ", ".join(f"{c} = ?" for c in COUNT_COLUMNS)
    con.execute(
        f"""
        UPDATE crawl_runs SET status = ?, finished_at = ?, {assignments}, errors = ?,
               duration_s = date_diff('millisecond', started_at, ?) / 1000.0
        WHERE id = ?
        """,
        [status, at, *(int(counts.get(c) or 0) for c in COUNT_COLUMNS),
         json.dumps(errors, ensure_ascii=False, default=str), at, run_id],
    )


def mark_interrupted(con: duckdb.DuckDBPyConnection, source: str) -> int:
    """A run still 'running' when its source is crawled again was killed mid-crawl: say so."""
    rows = con.execute(
        "UPDATE crawl_runs SET status = 'failed', finished_at = coalesce(finished_at, started_at), "
        "errors = ? WHERE source = ? AND status = 'running' RETURNING id",
        [json.dumps([{"url": None, "status": None, "reason": "interrupted before it finished"}]), source],
    ).fetchall()
    return len(rows)


def newer_success(con: duckdb.DuckDBPyConnection, source: str, run_id: int) -> int | None:
    """The id of a run of `source` that started after `run_id` and stored its calls, if any."""
    row = con.execute(
        "SELECT max(id) FROM crawl_runs WHERE source = ? AND id > ? AND status IN ('ok', 'partial')",
        [source, run_id]).fetchone()
    return row[0]


def source_health(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Each registered source with its last run (status, counts, errors, duration), its last success,
    how many runs in a row have failed since, and how many of its calls are stored, open and listed.

    `health` is the last run's status, or "never run"; a source whose last run is ok but ended in
    errors is "partial" anyway (the run says so itself)."""
    counts = ", ".join(f"r.{c}" for c in COUNT_COLUMNS)
    cur = con.execute(
        f"""
        WITH last_run AS (
            SELECT * FROM crawl_runs QUALIFY row_number() OVER (PARTITION BY source ORDER BY id DESC) = 1
        ), last_ok AS (
            SELECT source, max(finished_at) AS last_success, max(id) AS last_ok_id FROM crawl_runs
            WHERE status IN ('ok', 'partial') GROUP BY source
        ), streak AS (
            SELECT r.source, count(*) AS failures_in_a_row FROM crawl_runs r
            LEFT JOIN last_ok o ON o.source = r.source
            WHERE r.status IN ('broken', 'failed') AND r.id > coalesce(o.last_ok_id, 0) GROUP BY r.source
        ), stored AS (
            SELECT cs.source, count(*) AS calls, count(*) FILTER (WHERE c.status = 'open') AS open_calls,
                   count(*) FILTER (WHERE cs.gone_at IS NULL) AS listed
            FROM call_sources cs JOIN calls c ON c.id = cs.call_id GROUP BY cs.source
        )
        SELECT s.name, s.kind, s.url, s.schedule, s.enabled,
               coalesce(r.status, '{NEVER_RUN}') AS health, r.status AS last_status,
               r.started_at AS last_run, r.finished_at AS last_finished, r.duration_s, {counts}, r.errors,
               o.last_success, coalesce(k.failures_in_a_row, 0) AS failures_in_a_row,
               coalesce(st.calls, 0) AS calls, coalesce(st.open_calls, 0) AS open_calls,
               coalesce(st.listed, 0) AS listed
        FROM sources s LEFT JOIN last_run r ON r.source = s.name
        LEFT JOIN last_ok o ON o.source = s.name LEFT JOIN streak k ON k.source = s.name
        LEFT JOIN stored st ON st.source = s.name
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


def run_record(con: duckdb.DuckDBPyConnection, run_id: int) -> dict:
    """One crawl_runs row as a dict, errors decoded."""
    cur = con.execute("SELECT * FROM crawl_runs WHERE id = ?", [run_id])
    names = [d[0] for d in cur.description]
    data = dict(zip(names, cur.fetchone(), strict=True))
    data["errors"] = json.loads(data["errors"]) if data["errors"] else []
    return data
