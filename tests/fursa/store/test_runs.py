"""Crawl runs and source health: what an analyst reads to see what broke."""

from __future__ import annotations

import datetime as dt

import pytest

from fursa.formats import CallRecord
from fursa.registry import load_registry, sync_sources
from fursa.store import open_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.runs import finish_run, mark_interrupted, newer_success, run_record, source_health, start_run
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
               counts={"seen": 10, "new": 6, "updated": 1, "unchanged": 1, "linked": 1, "failed": 1,
                       "pages": 4, "not_modified": 2},
               errors=[{"url": "https://www2.fundsforngos.org/feed/?paged=3", "status": 503, "reason": "HTTP 503"}])
    row = run_record(con, run_id)
    assert {k: row[k] for k in ("status", "seen", "new", "updated", "unchanged", "linked", "failed", "closed",
                                "pages", "not_modified", "duration_s")} == {
        "status": "partial", "seen": 10, "new": 6, "updated": 1, "unchanged": 1, "linked": 1, "failed": 1,
        "closed": 0, "pages": 4, "not_modified": 2, "duration_s": 42.5}
    assert row["errors"] == [{"url": "https://www2.fundsforngos.org/feed/?paged=3", "status": 503,
                              "reason": "HTTP 503"}]


def test_unknown_run_status_is_refused(con):
    run_id = start_run(con, "fundsforngos", T0)
    with pytest.raises(ValueError, match="unknown run status 'done'"):
        finish_run(con, run_id, status="done", at=T0, counts={}, errors=[])
    assert con.execute("SELECT status FROM crawl_runs").fetchone()[0] == "running"


def finished(con, source: str, status: str, day: int, counts: dict | None = None, errors=()) -> int:
    run_id = start_run(con, source, T0 + dt.timedelta(days=day))
    finish_run(con, run_id, status=status, at=T0 + dt.timedelta(days=day, minutes=1), counts=counts or {},
               errors=list(errors))
    return run_id


def test_source_health_shows_last_run_last_success_and_stored_calls(con, data_dir):
    finished(con, "fundsforngos", "ok", 0, {"seen": 2, "new": 2})
    merge_calls(con, [SourcedCall(CallRecord.model_validate(c), "fundsforngos", c["id"])
                      for c in (factories.rolling_women_led_call(), factories.expired_jordan_call())],
                seen_at=T0, today=dt.date(2026, 11, 21))
    finished(con, "fundsforngos", "failed", 1, errors=[{"url": "https://x.org/feed/", "status": 503,
                                                        "reason": "HTTP 503"}])
    finished(con, "fundsforngos", "broken", 2, {"seen": 3, "failed": 3},
             errors=[{"url": None, "reason": "required field 'title' vanished"}])

    health = {row["name"]: row for row in source_health(con)}

    assert set(health) == {s.name for s in load_registry(data_dir / "sources.toml")}
    feed = health["fundsforngos"]
    assert (feed["health"], feed["last_status"]) == ("broken", "broken")
    assert feed["last_success"] == T0 + dt.timedelta(minutes=1)
    assert feed["failures_in_a_row"] == 2
    assert (feed["seen"], feed["failed"], feed["duration_s"]) == (3, 3, 60.0)
    assert (feed["calls"], feed["open_calls"], feed["listed"]) == (2, 1, 2)
    assert feed["errors"] == [{"url": None, "reason": "required field 'title' vanished"}]
    never = health["eu_funding_tenders"]
    assert (never["health"], never["last_success"], never["calls"], never["errors"], never["failures_in_a_row"]) == (
        "never run", None, 0, [], 0)


def test_a_success_resets_the_failure_streak(con):
    finished(con, "fundsforngos", "failed", 0)
    finished(con, "fundsforngos", "partial", 1)
    assert {r["name"]: r for r in source_health(con)}["fundsforngos"]["failures_in_a_row"] == 0


def test_a_run_left_running_is_marked_interrupted_and_a_newer_success_is_found(con):
    stale = start_run(con, "fundsforngos", T0)
    assert mark_interrupted(con, "fundsforngos") == 1
    assert run_record(con, stale)["status"] == "failed"
    assert newer_success(con, "fundsforngos", stale) is None
    later = finished(con, "fundsforngos", "ok", 1)
    assert newer_success(con, "fundsforngos", stale) == later
    assert newer_success(con, "eu_funding_tenders", stale) is None
