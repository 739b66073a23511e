"""Store benchmark: how long the crawl's one merge transaction holds the database lock.

The whole concurrency design rests on merges being short (docs/architecture.md). Prints the time to
merge 20,000 new calls, to re-merge them unchanged, and to merge 100 changed ones, plus the file size.

    .venv/bin/python bench/store.py
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "fursa" / "store"))
from concurrency_roles import TODAY, synthetic_call  # noqa: E402

from fursa.store import with_store  # noqa: E402
from fursa.store.calls import SourcedCall, merge_calls  # noqa: E402

N = 20_000


def timed_merge(db: Path, items: list[SourcedCall]) -> tuple[float, dict]:
    start = time.perf_counter()
    counts = with_store(db, lambda con: merge_calls(con, items, seen_at=dt.datetime.now(), today=TODAY))
    return time.perf_counter() - start, counts.as_dict()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        items = [SourcedCall(synthetic_call(i), "bench", str(i)) for i in range(N)]
        cold, counts = timed_merge(db, items)
        print(f"merge {N} new calls:        {cold:6.2f} s  {counts}")
        warm, counts = timed_merge(db, items)
        print(f"re-merge {N} unchanged:      {warm:6.2f} s  {counts}")
        changed = [SourcedCall(synthetic_call(i).model_copy(update={"deadline": dt.date(2027, 6, 30)}),
                               "bench", str(i)) for i in range(100)]
        small, counts = timed_merge(db, changed)
        print(f"merge 100 changed calls:      {small:6.2f} s  {counts}")
        size = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
        print(f"database size:                {size:6.1f} MB")


if __name__ == "__main__":
    main()
