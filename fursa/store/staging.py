"""A crawl run staged to a file, and the one transaction that stores it.

A spider's calls are written to `staging/<db>/<source>-<run>.jsonl.part` before the store is touched: the
first line is the run's verdict (status, counts, errors, whether the listing was complete), then one
line per call. `apply_staged` merges them, marks what the source no longer lists and records the run,
all in the caller's transaction. When the store stays locked past the timeout the file is renamed to
`.jsonl` (pending) and `merge_pending` applies it at the start of the next crawl, exactly as it would
have been applied then: the same timestamps, the same verdict.

    {"run": {"source": "fundsforngos", "run_id": 12, "status": "ok", "complete": true, ...}}
    {"source": "fundsforngos", "source_id": "https://www2.fundsforngos.org/?p=323940", "call": {...}}
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb

from fursa.errors import FursaError
from fursa.formats import CallRecord
from fursa.store.calls import SourcedCall, mark_gone, mark_unavailable, merge_calls, touch_links
from fursa.store.db import open_store, transaction
from fursa.store.runs import finish_run, newer_success

log = logging.getLogger(__name__)
PART, PENDING, CLAIMED = ".jsonl.part", ".jsonl", ".jsonl.merging"


def staging_folder(db: Path) -> Path:
    """Where a database's staged runs wait: a folder per database file, so that two databases side by
    side (data/fursa.duckdb, data/trial.duckdb) never merge each other's runs."""
    return Path(db).parent / "staging" / Path(db).stem


@dataclass
class StagedRun:
    """Everything the store needs to record one source's crawl; `items` are the validated calls."""

    source: str
    run_id: int
    status: str
    fetched_at: dt.datetime
    complete: bool = False  # the listing was read to its end: unseen calls may be marked unavailable
    counts: dict[str, int] = field(default_factory=dict)  # seen, failed, pages, not_modified
    errors: list[dict] = field(default_factory=list)
    gone_ids: list[str] = field(default_factory=list)  # source ids whose own page answered 404/410
    # Source ids read from pages the server answered 304 Not Modified: seen again, known unchanged.
    unchanged_ids: list[str] = field(default_factory=list)
    items: list[SourcedCall] = field(default_factory=list)

    def header(self) -> dict:
        data = asdict(self)
        data.pop("items")
        data["fetched_at"] = self.fetched_at.isoformat()
        return data


def write_staged(folder: Path, run: StagedRun) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{run.source}-{run.run_id}{PART}"
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"run": run.header()}, ensure_ascii=False, default=str) + "\n")
        for item in run.items:
            out.write(json.dumps({"source": item.source, "source_id": item.source_id,
                                  "call": item.call.contract_dict()}, ensure_ascii=False) + "\n")
    return path


def read_staged(path: Path) -> StagedRun:
    lines = path.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0]) if lines else {}
    if "run" in first:
        header, body = first["run"], lines[1:]
    else:  # a staging file from before the header existed: merge it, mark nothing unavailable
        source, _, run_id = path.name.removesuffix(CLAIMED).removesuffix(PENDING).rpartition("-")
        header = {"source": source, "run_id": int(run_id), "status": "partial",
                  "fetched_at": dt.datetime.fromtimestamp(path.stat().st_mtime).isoformat()}
        body = lines
    items = []
    for line in body:
        if line.strip():
            data = json.loads(line)
            items.append(SourcedCall(CallRecord.model_validate(data["call"]), data["source"], data["source_id"]))
    return StagedRun(**{**header, "fetched_at": dt.datetime.fromisoformat(header["fetched_at"])}, items=items)


def apply_staged(con: duckdb.DuckDBPyConnection, run: StagedRun, today: dt.date) -> dict[str, int]:
    """Store one staged run in the caller's transaction; returns the counts recorded with the run.

    Calls are merged only for an ok or partial run; only an ok run with a complete listing marks the
    calls it did not see unavailable; a 404/410 on a known call's own page retires that link."""
    at = run.fetched_at
    counts = {"seen": 0, "failed": 0, **run.counts}
    if run.status in ("ok", "partial"):
        merged = merge_calls(con, run.items, seen_at=at, today=today, run_id=run.run_id)
        counts.update(merged.run_counts(), seen=counts["seen"] or merged.seen)
        counts["unchanged"] += touch_links(con, run.source, run.unchanged_ids, at, today)
        if run.status == "ok" and run.complete:
            seen = [i.source_id for i in run.items] + run.unchanged_ids
            counts["closed"] = mark_unavailable(con, run.source, seen, at)
        if run.gone_ids:
            counts["closed"] = counts.get("closed", 0) + mark_gone(con, run.source, run.gone_ids, at)
    finish_run(con, run.run_id, status=run.status, at=at, counts=counts, errors=run.errors)
    return counts


def pending_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{PENDING}"), key=lambda p: p.stat().st_mtime) if folder.exists() else []


def merge_pending(db: Path, folder: Path, today: dt.date, timeout: float) -> list[dict]:
    """Apply staging files kept by crawls whose merge failed, oldest first; one summary per file.

    A file is claimed by renaming it, so two crawls starting together never merge it twice. A run whose
    source has stored a newer crawl since is not merged (it would bring back older data): its record
    says so. A file that still cannot be merged is put back for the next crawl."""
    summaries = []
    for path in pending_files(folder):
        claimed = path.with_name(path.name.removesuffix(PENDING) + CLAIMED)
        try:
            path.rename(claimed)
        except FileNotFoundError:
            continue  # another crawl claimed it first
        try:
            run = read_staged(claimed)
            with open_store(db, timeout) as con, transaction(con):
                newer = newer_success(con, run.source, run.run_id)
                if newer is not None:
                    run.status, run.items = "failed", []
                    run.errors = [{"url": None, "status": None, "reason": f"staged calls not merged: run "
                                   f"{newer} stored a newer crawl of this source first"}, *run.errors]
                counts = apply_staged(con, run, today)
        except FursaError as exc:
            claimed.rename(path)
            log.warning("%s: still cannot merge %s (%s); kept for the next crawl", path.stem, path, exc)
            summaries.append({"source": path.name.rpartition("-")[0], "status": "pending", "staged": str(path),
                              "error": str(exc)})
            continue
        except (ValueError, KeyError, OSError) as exc:
            bad = claimed.with_name(claimed.name + ".unreadable")
            claimed.rename(bad)
            log.error("%s is not a readable staging file (%s); moved to %s", path, exc, bad)
            summaries.append({"source": path.name.rpartition("-")[0], "status": "failed", "staged": str(bad),
                              "error": f"unreadable staging file: {exc}"})
            continue
        claimed.unlink()
        summaries.append({"source": run.source, "status": run.status, "run_id": run.run_id,
                          "recovered": True, **counts, "errors": run.errors})
    return summaries
