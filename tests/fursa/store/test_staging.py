"""Staged crawl runs: the file format, what a verdict lets the store do, and recovery of kept files."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest

from fursa.formats import CallRecord
from fursa.store import open_store, with_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.runs import finish_run, run_record, start_run
from fursa.store.staging import (
    PART,
    PENDING,
    StagedRun,
    apply_staged,
    merge_pending,
    read_staged,
    write_staged,
)
from tests import factories

TODAY = dt.date(2026, 11, 21)
T0 = dt.datetime(2026, 11, 20, 6, 0)
T1 = dt.datetime(2026, 11, 21, 6, 0)


def items(*records: dict) -> list[SourcedCall]:
    return [SourcedCall(CallRecord.model_validate(r), "feed_a", r["id"].split(":", 1)[1]) for r in records]


def staged(run_id: int, status: str, records: tuple[dict, ...], **kw) -> StagedRun:
    return StagedRun(source="feed_a", run_id=run_id, status=status, fetched_at=T1, complete=True,
                     counts={"seen": len(records), "pages": 1}, items=items(*records), **kw)


@pytest.fixture
def seeded(db_path):
    """feed_a published the media and rolling calls on day 0; a new run of it has started."""
    def seed(con):
        run = start_run(con, "feed_a", T0)
        merge_calls(con, items(factories.lebanon_media_call(), factories.rolling_women_led_call()),
                    seen_at=T0, today=TODAY)
        finish_run(con, run, status="ok", at=T0, counts={}, errors=[])
        return start_run(con, "feed_a", T1)
    return with_store(db_path, seed)


def statuses(db) -> dict[str, str]:
    with open_store(db) as con:
        return dict(con.execute("SELECT id, status FROM calls").fetchall())


def test_a_staged_run_round_trips_through_its_file(tmp_path):
    run = staged(7, "partial", (factories.lebanon_media_call(),), errors=[{"url": "u", "reason": "r"}],
                 gone_ids=["x"])
    path = write_staged(tmp_path, run)
    assert path.name == f"feed_a-7{PART}"
    back = read_staged(path)
    assert back.header() == run.header()
    assert [i.call for i in back.items] == [i.call for i in run.items]


def test_an_ok_complete_run_marks_what_it_did_not_see(db_path, seeded):
    run = staged(seeded, "ok", (factories.lebanon_media_call(),))
    counts = with_store(db_path, lambda con: apply_staged(con, run, TODAY))
    assert (counts["unchanged"], counts["closed"], counts["pages"]) == (1, 1, 1)
    assert statuses(db_path)[factories.rolling_women_led_call()["id"]] == "unavailable"
    with open_store(db_path) as con:
        assert run_record(con, seeded)["status"] == "ok"


@pytest.mark.parametrize("status", ["partial", "broken", "failed"])
def test_other_verdicts_mark_nothing_unavailable(db_path, seeded, status):
    run = staged(seeded, status, (factories.lebanon_media_call(),))
    counts = with_store(db_path, lambda con: apply_staged(con, run, TODAY))
    assert set(statuses(db_path).values()) == {"open"}
    assert counts.get("closed", 0) == 0
    assert counts.get("unchanged", 0) == (1 if status == "partial" else 0)  # broken/failed merge nothing


def test_a_404_on_a_known_call_retires_it_even_in_a_partial_run(db_path, seeded):
    run = staged(seeded, "partial", (factories.lebanon_media_call(),), gone_ids=["urgent-action-fund-rapid-response"])
    with_store(db_path, lambda con: apply_staged(con, run, TODAY))
    assert statuses(db_path)[factories.rolling_women_led_call()["id"]] == "unavailable"


def pend(folder, run: StagedRun):
    path = write_staged(folder, run)
    return path.rename(path.with_name(path.name.removesuffix(PART) + PENDING))


def test_a_pending_file_is_merged_once_with_its_own_verdict(db_path, seeded, tmp_path):
    folder = tmp_path / "staging"
    pend(folder, staged(seeded, "ok", (factories.lebanon_media_call(), factories.expired_jordan_call())))
    [summary] = merge_pending(db_path, folder, TODAY, 5)
    assert (summary["recovered"], summary["status"], summary["new"], summary["closed"]) == (True, "ok", 1, 1)
    assert list(folder.iterdir()) == []
    assert merge_pending(db_path, folder, TODAY, 5) == []
    with open_store(db_path) as con:
        record = run_record(con, seeded)
    assert (record["status"], record["finished_at"]) == ("ok", T1)


def test_a_pending_file_older_than_a_stored_crawl_is_not_merged(db_path, seeded, tmp_path):
    folder = tmp_path / "staging"
    pend(folder, staged(seeded, "ok", (factories.expired_jordan_call(),)))
    with_store(db_path, lambda con: finish_run(con, start_run(con, "feed_a", T1), status="ok", at=T1,
                                              counts={}, errors=[]))
    [summary] = merge_pending(db_path, folder, TODAY, 5)
    assert summary["status"] == "failed" and "newer crawl" in summary["errors"][0]["reason"]
    assert factories.expired_jordan_call()["id"] not in statuses(db_path)
    assert set(statuses(db_path).values()) == {"open"}  # nothing marked from the stale listing


def test_an_unreadable_file_is_moved_aside(db_path, tmp_path):
    folder = tmp_path / "staging"
    folder.mkdir()
    (folder / f"feed_a-3{PENDING}").write_text("{not json")
    [summary] = merge_pending(db_path, folder, TODAY, 5)
    assert summary["status"] == "failed"
    assert [p.name for p in folder.iterdir()] == [f"feed_a-3{PENDING}.merging.unreadable"]


def _hold(db, ready, release):
    import duckdb

    con = duckdb.connect(str(db))
    ready.set()
    release.wait(20)
    con.close()


def test_a_file_that_still_cannot_be_merged_is_put_back(db_path, seeded, tmp_path):
    folder = tmp_path / "staging"
    path = pend(folder, staged(seeded, "ok", (factories.lebanon_media_call(),)))
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold, args=(db_path, ready, release))
    holder.start()
    try:
        assert ready.wait(20)
        [summary] = merge_pending(db_path, folder, TODAY, 0.3)
    finally:
        release.set()
        holder.join(20)
    assert summary["status"] == "pending" and "in use" in summary["error"]
    assert [p.name for p in folder.iterdir()] == [path.name]
