"""The storage design under load: a crawl-sized writer and a dashboard user in two processes.

DuckDB lets one process hold the file at a time; Fursa's answer is short transactions plus bounded
waits (docs/architecture.md). This proves it: every shortlist write made while 24,000 calls are merged
lands, with its notes, and the crawl's calls all land too.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from fursa.formats import ProfileRecord
from fursa.store import open_store, with_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.profiles import upsert_profiles
from fursa.store.shortlists import create_shortlist

ROLES = Path(__file__).with_name("concurrency_roles.py")
sys.path.insert(0, str(ROLES.parent))
from concurrency_roles import TODAY, synthetic_call  # noqa: E402

N_CRAWL = 24_000
N_SHORTLIST = 300


def _seed(db: Path) -> tuple[str, list[str]]:
    now = dt.datetime.now()
    calls = [SourcedCall(synthetic_call(100_000 + i), "seed", str(i)) for i in range(N_SHORTLIST)]
    profile = ProfileRecord(id="p1", name="Test NGO", language="ar", mission="تمكين المجتمع المدني",
                            countries=["SY"], registered_in="TR", org_type="local_ngo", themes=["education"])

    def seed(con):
        merge_calls(con, calls, seen_at=now, today=TODAY)
        upsert_profiles(con, [profile], now)
        con.executemany(
            "INSERT INTO matches VALUES ('p1', ?, ?, 50, 'eligible', '[]', '{}', '{}', 'fake', ?, ?)",
            [[c.call.id, rank, TODAY, now] for rank, c in enumerate(calls, start=1)],
        )
        return create_shortlist(con, "Coalition list", now)

    return with_store(db, seed), [c.call.id for c in calls]


@pytest.mark.slow
def test_shortlist_writes_during_a_crawl_sized_merge_all_land(tmp_path):
    db = tmp_path / "fursa.duckdb"
    shortlist_id, call_ids = _seed(db)
    ids_file, stop, result = tmp_path / "ids.json", tmp_path / "crawl.done", tmp_path / "user.json"
    ready = tmp_path / "user.ready"
    ids_file.write_text(json.dumps(call_ids))

    crawler = subprocess.Popen([sys.executable, str(ROLES), "crawler", str(db), str(N_CRAWL), "1000", str(ready)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    user = subprocess.Popen([sys.executable, str(ROLES), "user", str(db), shortlist_id, str(ids_file),
                             str(stop), str(result), str(ready)], stderr=subprocess.PIPE, text=True)
    out, err = crawler.communicate(timeout=600)
    stop.touch()
    _, user_err = user.communicate(timeout=300)
    assert crawler.returncode == 0, err[-2000:]
    assert user.returncode == 0, user_err[-2000:]

    report = json.loads(result.read_text())
    assert report["failures"] == []
    assert len(report["written"]) == N_SHORTLIST
    assert report["reads"] >= N_SHORTLIST
    # The point of the test: writes happened while the crawl was merging, not after it.
    during = sum(w["during_crawl"] for w in report["written"])
    assert during >= 20, f"only {during} writes overlapped the crawl"

    with open_store(db) as con:
        items = dict(con.execute(
            "SELECT call_id, notes FROM shortlist_items WHERE shortlist_id = ? AND status = 'preparing'",
            [shortlist_id]).fetchall())
        n_calls = con.execute("SELECT count(*) FROM calls").fetchone()[0]
        runs = con.execute("SELECT count(*), sum(new) FROM crawl_runs WHERE status = 'ok'").fetchone()
    assert items == {w["call_id"]: w["notes"] for w in report["written"]}
    assert n_calls == N_CRAWL + N_SHORTLIST
    assert runs == (N_CRAWL // 1000, N_CRAWL)
