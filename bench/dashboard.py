"""Dashboard benchmark: the first render of the Matches page over a 10,000-call store (target: under 2 s).

Builds a store of 10,000 synthetic calls (mixed languages, currencies, themes, deadlines), 8 organizations
and their stored matches (500 each, the matcher's maximum), then times AppTest's first run of the app,
whose default page is Matches: once in a fresh process (the dashboard's modules imported during the run)
and once more with every cache cleared (a new visitor on a running server). Also times the first render
of Explore, which lists all 10,000 calls.

    .venv/bin/python bench/dashboard.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fursa.formats import CallRecord, ProfileRecord  # noqa: E402
from fursa.store import with_store  # noqa: E402
from fursa.store.calls import SourcedCall, merge_calls  # noqa: E402
from fursa.store.profiles import upsert_profiles  # noqa: E402

N_CALLS, N_PROFILES, PER_PROFILE = 10_000, 8, 500
TODAY = dt.date(2026, 11, 21)
TARGET_S = 2.0
THEMES = ["civil society", "human rights", "media freedom", "women's rights", "education", "health",
          "peacebuilding", "refugees", "livelihoods", "youth"]
COUNTRIES = ["SY", "LB", "IQ", "JO", "AF", "TR"]
CURRENCIES = [("EUR", 1.08), ("USD", 1.0), ("GBP", 1.27), ("JOD", 1.41)]
VERDICTS = ["eligible", "partner", "unclear", "not_eligible"]


def synthetic_call(i: int) -> SourcedCall:
    arabic = i % 5 == 0
    currency, rate = CURRENCIES[i % len(CURRENCIES)]
    low, high = 5_000 + i % 40 * 1_000, 50_000 + i % 60 * 10_000
    call = CallRecord(
        id=f"bench:{i}", language="ar" if arabic else "en",
        title=f"منح لدعم المجتمع المدني، الدورة {i}" if arabic else f"Grants for civil society initiatives, round {i}",
        funder=f"مؤسسة {i % 120}" if arabic else f"Foundation {i % 120}",
        url=f"https://funder{i % 120}.example.org/calls/{i}",
        description=("Support to local organisations on social cohesion, rights and education. " * 8),
        deadline=(TODAY + dt.timedelta(days=(i % 240) - 20)).isoformat() if i % 9 else None,
        amount_min=low, amount_max=high, currency=currency,
        eligible_countries=[COUNTRIES[i % 6], COUNTRIES[(i + 2) % 6]], eligible_applicants=["local_ngo"],
        themes=[THEMES[i % 10], THEMES[(i + 3) % 10]],
        amount_min_usd=round(low * rate), amount_max_usd=round(high * rate),
    )
    return SourcedCall(call, "bench", str(i))


def profile(k: int) -> ProfileRecord:
    return ProfileRecord(id=f"org-{k}", name=f"Organization {k}", language="ar" if k % 2 else "en",
                         mission="Civil society, rights and education in the region.", countries=[COUNTRIES[k % 6]],
                         registered_in=COUNTRIES[k % 6], org_type="local_ngo", annual_budget_usd=200_000,
                         themes=[THEMES[k % 10]])


def match_rows(k: int, now: dt.datetime) -> list[list]:
    rows = []
    for rank in range(1, PER_PROFILE + 1):
        i = (k * 997 + rank * 13) % N_CALLS
        reasons = [{"code": "deadline_open", "ok": True, "text": "30 day(s) left", "kind": "deadline",
                    "params": {"deadline": "2026-12-21", "days_left": 30}},
                   {"code": "country_match", "ok": True, "text": f"covers where you work: {COUNTRIES[k % 6]}",
                    "kind": "country", "params": {"countries": [COUNTRIES[k % 6]]}}]
        explanation = {"shared_themes": [THEMES[k % 10]], "passage": "Support to local organisations on social "
                                                                     "cohesion, rights and education."}
        rows.append([f"org-{k}", f"bench:{i}", rank, round(90 - rank * 0.15, 1), VERDICTS[rank % 4],
                     json.dumps(reasons), json.dumps(explanation), "{}", "bench/model", TODAY, now])
    return rows


def build(db: Path) -> None:
    now = dt.datetime(2026, 11, 21, 8)
    calls = [synthetic_call(i) for i in range(N_CALLS)]

    def write(con):
        merge_calls(con, calls, seen_at=now, today=TODAY)
        upsert_profiles(con, [profile(k) for k in range(N_PROFILES)], now)
        for k in range(N_PROFILES):
            con.executemany("INSERT INTO matches (profile_id, call_id, rank, score, verdict, reasons, explanation, "
                            "components, model, as_of, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            match_rows(k, now))

    with_store(db, write)


def first_run(page: str | None = None) -> tuple[float, object]:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
    if page:
        at.run()
        at.switch_page(page)
    started = time.perf_counter()
    at.run()
    return time.perf_counter() - started, at


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="fursa-bench-") as tmp:
        db = Path(tmp) / "bench.duckdb"
        started = time.perf_counter()
        build(db)
        print(f"built a store of {N_CALLS:,} calls, {N_PROFILES} organizations, {N_PROFILES * PER_PROFILE:,} "
              f"matches in {time.perf_counter() - started:.1f} s")
        os.environ.update(FURSA_DB=str(db), FURSA_AS_OF=TODAY.isoformat())
        import streamlit as st

        cold, at = first_run()
        assert not at.exception, at.exception
        rows = len(at.dataframe[0].value)
        print(f"Matches, first render in a fresh process:      {cold:5.2f} s  ({rows} calls listed)")
        st.cache_data.clear()
        st.cache_resource.clear()
        warm, _ = first_run()
        print(f"Matches, first render with every cache cleared: {warm:5.2f} s")
        st.cache_data.clear()
        explore, at = first_run("views/explore.py")
        assert not at.exception, at.exception
        print(f"Explore, first render ({len(at.dataframe[0].value):,} calls shown):      {explore:5.2f} s")
        verdict = "OK" if max(cold, warm) < TARGET_S else "SLOWER THAN TARGET"
        print(f"target for Matches: under {TARGET_S:.0f} s -> {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
