"""Screenshots of every dashboard page in English and Arabic, from the demo data, into docs/screenshots/.

    FURSA_DB=/tmp/dash-demo.duckdb .venv/bin/fursa demo --no-serve
    FURSA_DB=/tmp/dash-demo.duckdb .venv/bin/python scripts/screenshots.py

It serves the dashboard itself (`fursa dashboard` on a free loopback port) and drives Chromium with
Playwright. A demo store has no shortlist: the script adds one ("Coalition Q1 2027", top matches of two
members with statuses and notes) the first time, so the Shortlists and Deadlines pages have content.
Re-runnable: it overwrites the PNG files.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.serve import served  # noqa: E402
from fursa import api  # noqa: E402
from fursa.settings import load_settings  # noqa: E402
from fursa.store import open_store  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DEMO_SHORTLIST = "Coalition Q1 2027"
ORG = "sharika-wa-lakin"  # an Arabic-named member: both scripts on one page
WIDTH, MIN_HEIGHT, MAX_HEIGHT = 1440, 900, 4200


def ensure_demo_shortlist(db: Path) -> str:
    """The demo shortlist's id, creating it from two members' best eligible matches when missing."""
    settings = load_settings(db=db)
    for row in api.shortlists(settings):
        if row["name"] == DEMO_SHORTLIST:
            return row["id"]
    with open_store(db) as con:
        picks = con.execute(
            """
            SELECT profile_id, call_id FROM matches m JOIN calls c ON c.id = m.call_id
            WHERE profile_id IN ('sharika-wa-lakin', 'scm-citizenship-unit') AND verdict <> 'not_eligible'
              AND c.deadline IS NOT NULL AND c.status = 'open'
            QUALIFY row_number() OVER (PARTITION BY profile_id ORDER BY rank) <= 4
            """
        ).fetchall()
    sid = api.new_shortlist(settings, DEMO_SHORTLIST, "Calls the coalition's members may apply for this quarter")
    statuses = ["preparing", "to_review", "submitted", "to_review", "preparing", "to_review", "dropped", "won"]
    for (pid, cid), status in zip(picks, statuses, strict=False):
        api.add_to_shortlist(settings, sid, cid, pid)
        api.update_shortlist_item(settings, sid, cid, status=status,
                                  notes="Budget draft due to the board" if status == "preparing" else "")
    return sid


def first_call(db: Path) -> str:
    with open_store(db) as con:
        return con.execute(
            "SELECT call_id FROM matches WHERE profile_id = ? ORDER BY rank LIMIT 1", [ORG]).fetchone()[0]


IDLE = ("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && !document.querySelector('[data-testid=\"stSpinner\"]')")


def settle(page, quiet_checks: int = 6) -> None:
    """Wait until Streamlit has finished running the page (idle for several checks in a row: a spinner
    may appear a moment after the first elements) and charts have drawn."""
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=90_000)
    deadline, quiet = time.monotonic() + 120, 0
    while quiet < quiet_checks and time.monotonic() < deadline:
        quiet = quiet + 1 if page.evaluate(IDLE) else 0
        page.wait_for_timeout(250)
    page.wait_for_timeout(800)


def shoot(page, url: str, path: Path) -> None:
    page.set_viewport_size({"width": WIDTH, "height": MIN_HEIGHT})
    page.goto(url)
    settle(page)
    height = page.evaluate(
        "() => document.querySelector('[data-testid=\"stMainBlockContainer\"]').scrollHeight + 140")
    page.set_viewport_size({"width": WIDTH, "height": max(MIN_HEIGHT, min(MAX_HEIGHT, height))})
    page.wait_for_timeout(800)
    page.screenshot(path=str(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(os.environ.get("FURSA_DB", "/tmp/dash-demo.duckdb")))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no database at {args.db}: run `FURSA_DB={args.db} fursa demo --no-serve` first", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("FURSA_AS_OF", "2026-11-21")  # the demo recordings' capture date
    sid = ensure_demo_shortlist(args.db)
    call = first_call(args.db)
    shots = {
        "matches": f"?org={ORG}",  # the default page lives at /
        "explore": "explore?q=support+for+women+journalists",  # a search by meaning
        "call-detail": f"explore?call={call}",
        "organizations": "organizations",
        "shortlists": f"shortlists?shortlist={sid}",
        "coalition": "coalition",
        "deadlines": f"deadlines?org={ORG}",
        "crawls": "crawls",
    }
    args.out.mkdir(parents=True, exist_ok=True)
    with served(args.db, env={"FURSA_AS_OF": os.environ["FURSA_AS_OF"]}) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        for name, path in shots.items():
            for lang in ("en", "ar"):
                started = time.monotonic()
                sep = "&" if "?" in path else "?"
                target = args.out / f"{name}-{lang}.png"
                shoot(page, f"{base}/{path}{sep}lang={lang}", target)
                print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target} "
                      f"({time.monotonic() - started:.1f} s)")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
