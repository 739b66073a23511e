"""Crawling from Python: pick sources from the registry, run their spiders in a worker, report per source.

The worker is a child process (a Twisted reactor runs once per process, and the dashboard must never
block on a crawl). With `replay` pointing at recorded responses (data/demo/recorded/<source>/), each
source with a recording is served from a loopback server instead of the live site.

Before the worker starts, calls staged by an earlier crawl whose merge failed (the store was locked)
are merged (fursa/store/staging.py). Pages with an ETag or Last-Modified are kept beside the database
(`http_cache/`) so the next crawl asks "changed since?" and an unchanged page costs a 304.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from fursa.errors import FursaError, NotFound
from fursa.registry import Source, load_registry, sync_sources
from fursa.replay import ReplayServer
from fursa.settings import Settings
from fursa.store import with_store
from fursa.store.staging import merge_pending

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SCRAPY_SETTINGS = "scrapers.settings"


def select_sources(sources: list[Source], names: list[str] | None) -> list[Source]:
    if not names:
        return [s for s in sources if s.enabled]
    known = {s.name: s for s in sources}
    missing = [n for n in names if n not in known]
    if missing:
        raise NotFound(f"unknown source(s): {', '.join(missing)}; `fursa sources` lists them")
    return [known[n] for n in names]


def http_cache_dir(settings: Settings) -> Path:
    return settings.db.parent / "http_cache"


def crawl(settings: Settings, names: list[str] | None = None, *, replay: Path | None = None,
          log_dir: Path | None = None, extra_settings: dict | None = None) -> list[dict]:
    """Crawl the named (or all enabled) sources; returns one summary dict per source.

    A summary holds the source, the run status (ok / partial / broken / failed), the counts (seen, new,
    updated, unchanged, linked, failed, closed, pages, not_modified), the duration and the errors (URL,
    status, reason). Summaries of staged runs merged first carry "recovered": true.

    Example:
        crawl(load_settings(), ["eu_funding_tenders"], replay=Path("data/demo/recorded"))
    """
    sources = select_sources(load_registry(settings.registry_path), names)
    with_store(settings.db, lambda con: sync_sources(con, load_registry(settings.registry_path)),
               settings.lock_timeout)
    recovered = merge_pending(settings.db, settings.staging_dir, settings.today(), settings.lock_timeout)
    log_dir = log_dir or settings.db.parent / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    log_file = log_dir / f"crawl-{stamp}.log"
    with ExitStack() as stack:
        jobs = []
        for source in sources:
            url = source.url
            recording = replay / source.name if replay else None
            if recording is not None:
                if not (recording / "manifest.json").exists():
                    raise FursaError(f"no recording for source {source.name!r} in {replay}")
                url = stack.enter_context(ReplayServer(recording)).rebase(source.url)
            jobs.append({"source": source.name, "spider": source.spider, "url": url, "args": source.spider_args})
        scrapy_settings = {
            "FURSA_DB": str(settings.db.resolve()),
            "FURSA_AS_OF": settings.today().isoformat(),
            "LOG_FILE": str(log_file),
            # A replay server listens on a new port each time: keeping its pages would only fill the disk.
            "FURSA_HTTP_CACHE_DIR": None if replay else str(http_cache_dir(settings).resolve()),
            **({"ROBOTSTXT_OBEY": False, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
               if replay else {}),
            **(extra_settings or {}),
        }
        return recovered + _run_worker(jobs, scrapy_settings, settings, log_file)


def _run_worker(jobs: list[dict], scrapy_settings: dict, settings: Settings, log_file: Path) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="fursa-crawl-") as tmp:
        jobs_path, summary_path = Path(tmp) / "jobs.json", Path(tmp) / "summary.json"
        jobs_path.write_text(json.dumps({"jobs": jobs, "settings": scrapy_settings}), encoding="utf-8")
        # An operator's own settings module (SCRAPY_SETTINGS_MODULE) is honoured, as `scrapy` does.
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": os.environ.get("SCRAPY_SETTINGS_MODULE", SCRAPY_SETTINGS),
               "FURSA_DB": str(settings.db.resolve()), "FURSA_DATA_DIR": str(settings.data_dir.resolve()),
               "FURSA_LOCK_TIMEOUT": str(settings.lock_timeout)}
        proc = subprocess.run(
            [sys.executable, "-m", "scrapers.run", str(jobs_path), str(summary_path)],
            cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
        )
        if proc.returncode != 0 or not summary_path.exists():
            tail = (proc.stderr or "").strip().splitlines()[-3:]
            raise FursaError(f"the crawl worker failed (exit {proc.returncode}); see {log_file}. "
                             + " | ".join(tail))
        return json.loads(summary_path.read_text(encoding="utf-8"))


MAX_ERROR_LINES = 5


def _error_line(error: dict) -> str:
    status = f"HTTP {error['status']} " if error.get("status") and not str(error.get("reason", "")).startswith(
        "HTTP") else ""
    return f"      ! {status}{error.get('reason')}  {error.get('url') or ''}".rstrip()


def summary_lines(summary: dict) -> list[str]:
    """What `fursa crawl` prints for one source: its verdict and counts, then what failed and why."""
    head = f"  {summary['source']:<24} {summary['status']:<8}"
    if "seen" not in summary:
        return [f"{head} {summary.get('error', '')}".rstrip()]
    counts = "  ".join(f"{name} {summary.get(key, 0)}" for name, key in (
        ("seen", "seen"), ("new", "new"), ("updated", "updated"), ("unchanged", "unchanged"),
        ("linked", "linked"), ("failed", "failed"), ("closed", "closed"), ("304", "not_modified")))
    took = f"  {summary['duration_s']:.1f} s" if summary.get("duration_s") is not None else ""
    lines = [f"{head} {counts}{took}" + ("  (staged by an earlier crawl, merged now)" if summary.get("recovered")
                                          else "")]
    errors = summary.get("errors") or []
    lines += [_error_line(e) for e in errors[:MAX_ERROR_LINES]]
    if len(errors) > MAX_ERROR_LINES:
        lines.append(f"      ... and {len(errors) - MAX_ERROR_LINES} more (`fursa sources --json` lists them)")
    return lines


def health_lines(row: dict, max_errors: int = 3) -> list[str]:
    """What `fursa sources` prints for one source (a row of fursa.store.runs.source_health)."""
    def when(value) -> str:
        return value.strftime("%Y-%m-%d %H:%M") if value else "never"

    lines = [f"{row['name']:<24} {row['health']:<10} last run {when(row['last_run']):<16} "
             f"last success {when(row['last_success']):<16} calls {row['calls']:>5} (open {row['open_calls']}, "
             f"listed {row['listed']})  {'enabled' if row['enabled'] else 'disabled'}"]
    if row["last_run"] is not None:
        lines.append("    last run: " + "  ".join(f"{k} {row[k] or 0}" for k in (
            "seen", "new", "updated", "unchanged", "linked", "failed", "closed", "not_modified"))
            + (f"  in {row['duration_s']:.1f} s" if row["duration_s"] is not None else ""))
    if row["failures_in_a_row"]:
        lines.append(f"    ! {row['failures_in_a_row']} failed or broken run(s) in a row since the last success")
    lines += [_error_line(e).replace("      ", "    ", 1) for e in row["errors"][:max_errors]]
    return lines
