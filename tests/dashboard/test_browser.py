"""The dashboard in a real browser: headless Chromium (Playwright) against a real `fursa dashboard` process.

One journey on a small seeded store: Matches in English, switch to Arabic, save a call to a shortlist,
open the shortlist by its link, download its ICS calendar and parse it; then the scraped-markup call: no
dialog opens, no javascript: link exists. Screenshots of each step go to the test's tmp dir.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dashboard.serve import served
from fursa import api
from tests.dashboard.conftest import XSS_ID, XSS_TITLE

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MEDIA_TITLE = "منح للإعلام المستقل في لبنان"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Chromium is not installed at {CHROMIUM} (make browser)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="Playwright is not installed (pip install -e '.[dev]')"),
]
IDLE = ("() => document.querySelector('h1') && !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && !document.querySelector('[data-testid=\"stSpinner\"]')")


def settle(page) -> None:
    """Until Streamlit has finished running the page (idle over several checks)."""
    quiet = 0
    for _ in range(240):
        quiet = quiet + 1 if page.evaluate(IDLE) else 0
        if quiet >= 4:
            return
        page.wait_for_timeout(250)
    raise AssertionError("the page did not finish rendering")


@pytest.fixture
def browser_page(tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
        page.set_default_timeout(30_000)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.dialogs = dialogs
        yield page
        browser.close()


def shot(page, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / f"{name}.png"))


def test_matches_in_arabic_save_share_and_download_the_calendar(seeded, browser_page, tmp_path):
    page = browser_page
    with served(seeded.db, log=tmp_path / "server.log") as base:
        page.goto(f"{base}/?lang=en")
        settle(page)
        assert page.locator("h1").first.inner_text() == "Matches"
        shot(page, tmp_path, "1-matches-en")

        page.locator('[data-testid="stSidebar"] label', has_text="العربية").click()
        page.wait_for_function("() => document.querySelector('h1').innerText === 'المطابقات'")
        settle(page)
        assert "lang=ar" in page.url
        assert page.evaluate("getComputedStyle(document.querySelector('[data-testid=\"stMain\"]')).direction") == "rtl"
        shot(page, tmp_path, "2-matches-ar")

        page.locator('[data-testid="stExpander"] summary', has_text=MEDIA_TITLE).click()
        page.locator('[data-testid="stExpander"] button:visible', has_text="حفظ").first.click()
        shot(page, tmp_path, "3-clicked")
        page.wait_for_selector('[data-testid="stToast"]')
        settle(page)
        shot(page, tmp_path, "3-saved")
        (shortlist,) = api.shortlists(seeded)
        assert shortlist["items"] == 1

        page.goto(f"{base}/shortlists?shortlist={shortlist['id']}&lang=ar")
        settle(page)
        assert page.locator("h1").first.inner_text() == "القوائم المختصرة"
        assert f"shortlist={shortlist['id']}" in page.locator('[data-testid="stCode"]').inner_text()
        shot(page, tmp_path, "4-shortlist")

        with page.expect_download() as download:
            page.locator('[data-testid="stDownloadButton"] button', has_text="ICS").click()
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
        from icalendar import Calendar

        events = [e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
        assert len(events) == 1
        assert str(events[0]["SUMMARY"]).startswith(MEDIA_TITLE) or MEDIA_TITLE in str(events[0]["SUMMARY"])
        assert events[0].decoded("DTSTART").isoformat().startswith("2026-12-10")
        assert page.dialogs == []


def test_scraped_markup_and_javascript_links_stay_inert_in_the_browser(seeded, browser_page, tmp_path):
    page = browser_page
    with served(seeded.db) as base:
        page.goto(f"{base}/?lang=en")
        settle(page)
        page.locator('[data-testid="stExpander"] summary', has_text="img src=x").click()
        settle(page)
        shot(page, tmp_path, "xss-matches")
        page.goto(f"{base}/explore?call={XSS_ID}&lang=en")
        settle(page)
        assert XSS_TITLE in page.locator("h2").first.inner_text()  # shown as text, whole
        shot(page, tmp_path, "xss-detail")
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
        assert page.locator('img[src="x"]').count() == 0
        page.wait_for_timeout(500)
        assert page.dialogs == []
