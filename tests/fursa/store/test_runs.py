"""Crawl runs and source health: what an analyst reads to see what broke."""

from __future__ import annotations

import datetime as dt

import pytest

from fursa.formats import CallRecord
from fursa.registry import load_registry, sync_sources
from fursa.store import open_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.runs import finish_run, source_health, start_run
from tests import factories

T0 = dt.datetime(2026, 11, 21, 6, 0, 0)


@pytest.fixture
def con(db_path, data_dir):
    with open_store(db_path) as connection:
        sync_sources(connection, load_registry(data_dir / "sources.toml"))
        yield connection


def test_finished_run_records_counts_errors_and_duration(con):
    run_id = start_run(con, "fundsforngos", T0)
    finish_run(con, run_id, status="partial", at=T0 + dt.timedelta(seconds=42, milliseconds=500),
               counts={"seen": 10, "new": 7, "updated": 1, "unchanged": 1, "failed": 1},
               errors=[{"url": "https://www2.fundsforngos.org/feed/?paged=3", "reason": "HTTP 503"}])
    row = con.execute("SELECT status, seen, new, updated, unchanged, failed, closed, duration_s "
                      "FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
    assert row == ("partial", 10, 7, 1, 1, 1, 0, 42.5)


def test_unknown_run_status_is_refused(con):
    run_id = start_run(con, "fundsforngos", T0)
    with pytest.raises(ValueError, match="unknown run status 'done'"):
        finish_run(con, run_id, status="done", at=T0, counts={}, errors=[])
    assert con.execute("SELECT status FROM crawl_runs").fetchone()[0] == "running"


def test_source_health_shows_last_run_last_success_and_stored_calls(con):
    ok = start_run(con, "fundsforngos", T0)
    finish_run(con, ok, status="ok", at=T0 + dt.timedelta(minutes=1), counts={"seen": 2}, errors=[])
    merge_calls(con, [SourcedCall(CallRecord.model_validate(c), "fundsforngos", c["id"])
                      for c in (factories.rolling_women_led_call(), factories.expired_jordan_call())],
                seen_at=T0, today=dt.date(2026, 11, 21))
    broken = start_run(con, "fundsforngos", T0 + dt.timedelta(days=1))
    finish_run(con, broken, status="broken", at=T0 + dt.timedelta(days=1, minutes=1), counts={},
               errors=[{"url": None, "reason": "required field 'title' vanished"}])

    health = {row["name"]: row for row in source_health(con)}

    assert set(health) == {"eu_funding_tenders", "fundsforngos", "arabic_calls_feed"}
    feed = health["fundsforngos"]
    assert feed["last_status"] == "broken"
    assert feed["last_success"] == T0 + dt.timedelta(minutes=1)
    assert (feed["calls"], feed["open_calls"]) == (2, 1)
    assert feed["errors"] == [{"url": None, "reason": "required field 'title' vanished"}]
    never = health["eu_funding_tenders"]
    assert (never["last_status"], never["last_success"], never["calls"], never["errors"]) == (None, None, 0, [])
