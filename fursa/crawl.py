"""Crawling from Python: pick sources from the registry, run their spiders in a worker, report per source.

The worker is a child process (a Twisted reactor runs once per process, and the dashboard must never
block on a crawl). With `replay` pointing at recorded responses (data/demo/recorded/<source>/), each
source with a recording is served from a loopback server instead of the live site.
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

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def select_sources(sources: list[Source], names: list[str] | None) -> list[Source]:
    if not names:
        return [s for s in sources if s.enabled]
    known = {s.name: s for s in sources}
    missing = [n for n in names if n not in known]
    if missing:
        raise NotFound(f"unknown source(s): {', '.join(missing)}; `fursa sources` lists them")
    return [known[n] for n in names]


def crawl(settings: Settings, names: list[str] | None = None, *, replay: Path | None = None,
          log_dir: Path | None = None, extra_settings: dict | None = None) -> list[dict]:
    """Crawl the named (or all enabled) sources; returns one summary dict per source.

    Example:
        crawl(load_settings(), ["eu_funding_tenders"], replay=Path("data/demo/recorded"))
    """
    sources = select_sources(load_registry(settings.registry_path), names)
    with_store(settings.db, lambda con: sync_sources(con, load_registry(settings.registry_path)),
               settings.lock_timeout)
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
            jobs.append({"source": source.name, "spider": source.spider, "url": url})
        scrapy_settings = {
            "FURSA_DB": str(settings.db.resolve()),
            "FURSA_AS_OF": settings.today().isoformat(),
            "LOG_FILE": str(log_file),
            **({"ROBOTSTXT_OBEY": False, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
               if replay else {}),
            **(extra_settings or {}),
        }
        return _run_worker(jobs, scrapy_settings, settings, log_file)


def _run_worker(jobs: list[dict], scrapy_settings: dict, settings: Settings, log_file: Path) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="fursa-crawl-") as tmp:
        jobs_path, summary_path = Path(tmp) / "jobs.json", Path(tmp) / "summary.json"
        jobs_path.write_text(json.dumps({"jobs": jobs, "settings": scrapy_settings}), encoding="utf-8")
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "scrapers.settings",
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
