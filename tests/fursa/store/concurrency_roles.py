"""The two processes of the concurrency test, run as scripts: a crawl-sized writer and a dashboard user.

    python concurrency_roles.py crawler DB N_CALLS BATCH READY_FILE
    python concurrency_roles.py user DB SHORTLIST_ID CALL_IDS_FILE STOP_FILE RESULT_FILE READY_FILE

The crawler starts merging only once the user has made its first write (READY_FILE), so the two
overlap by construction rather than by luck of process start-up times.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from fursa.formats import CallRecord
from fursa.store import open_store, with_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.runs import finish_run, start_run
from fursa.store.shortlists import add_item, update_item

TODAY = dt.date(2026, 11, 21)
COUNTRIES = ["SY", "LB", "IQ", "JO", "AF", "TR"]
FETCH_GAP_S = 0.15


def synthetic_call(i: int) -> CallRecord:
    return CallRecord(
        id=f"load:{i}", title=f"Small grants for community initiatives, round {i}",
        funder=f"Funder {i % 97}", url=f"https://funder{i % 97}.example.org/calls/{i}", language="en",
        description=("Support to local civil society organisations working on social cohesion, "
                     "education and protection. ") * 6,
        deadline=(TODAY + dt.timedelta(days=10 + i % 200)).isoformat(),
        amount_min=10000 + i % 50 * 1000, amount_max=60000 + i % 50 * 1000, currency="EUR",
        eligible_countries=[COUNTRIES[i % 6], COUNTRIES[(i + 1) % 6]],
        eligible_applicants=["local_ngo", "cbo"], themes=["social cohesion", "education"],
    )


def crawler(db: str, n_calls: int, batch: int, ready_file: str | None = None) -> None:
    """Merges n_calls in source-sized batches, as `fursa crawl` does (one transaction per batch)."""
    deadline = time.monotonic() + 120
    while ready_file and not Path(ready_file).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    for start in range(0, n_calls, batch):
        items = [SourcedCall(synthetic_call(i), f"load_{start // batch % 8}", str(i), {"i": i})
                 for i in range(start, min(start + batch, n_calls))]
        now = dt.datetime.now()

        def merge(con, items=items, now=now):
            run_id = start_run(con, items[0].source, now)
            counts = merge_calls(con, items, seen_at=now, today=TODAY, run_id=run_id)
            finish_run(con, run_id, status="ok", at=dt.datetime.now(), counts=counts.as_dict(), errors=[])

        with_store(db, merge, timeout=60)
        # A crawl merges once per source, after fetching its pages: between two merges the file is
        # free. Back-to-back merges with no gap would model no real crawl (and starve other writers).
        time.sleep(FETCH_GAP_S)
    print(json.dumps({"merged": n_calls}))


def user(db: str, shortlist_id: str, call_ids_file: str, stop_file: str, result_file: str,
         ready_file: str) -> None:
    """Alternates reading matches and writing shortlist items until the crawler is done."""
    call_ids = json.loads(Path(call_ids_file).read_text())
    written, reads, failures = [], 0, []
    i = 0
    while not Path(stop_file).exists() or i < len(call_ids):
        with open_store(db, timeout=60) as con:
            con.execute("SELECT m.rank, c.title FROM matches m JOIN calls c ON c.id = m.call_id "
                        "WHERE m.profile_id = 'p1' ORDER BY m.rank LIMIT 50").fetchall()
            reads += 1
        if i < len(call_ids):
            call_id = call_ids[i]
            note = f"note {i}"
            try:
                def write(con, call_id=call_id, note=note):
                    add_item(con, shortlist_id, call_id, dt.datetime.now())
                    update_item(con, shortlist_id, call_id, dt.datetime.now(), notes=note, status="preparing")

                with_store(db, write, timeout=60)
                written.append({"call_id": call_id, "notes": note,
                                "during_crawl": not Path(stop_file).exists()})
                Path(ready_file).touch()
            except Exception as exc:  # recorded, so the test shows what was lost and why
                failures.append({"call_id": call_id, "error": f"{type(exc).__name__}: {exc}"})
            i += 1
        time.sleep(0.01)
    Path(result_file).write_text(json.dumps({"written": written, "reads": reads, "failures": failures}))


if __name__ == "__main__":
    role, args = sys.argv[1], sys.argv[2:]
    if role == "crawler":
        crawler(args[0], int(args[1]), int(args[2]), args[3] if len(args) > 3 else None)
    else:
        user(*args)
