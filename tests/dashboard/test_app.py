"""The whole app from its entry file: every page in both languages, the language switch, a busy store."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from dashboard.i18n import t
from tests.dashboard.conftest import PAGES, run_app, texts


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_in_both_languages(seeded, page, lang):
    at = run_app(lang, page)
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    assert at.title[0].value == t(f"page_{page}", lang)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_on_an_empty_store_says_what_to_do_next(dash, page):
    at = run_app("en", page)
    assert not at.exception and not at.error
    assert at.info or at.caption, "an empty page must say what to do next"
    if page in ("matches", "coalition", "deadlines"):
        assert "No organizations yet: add one or import a file" in at.info[0].value


def test_the_language_comes_from_the_link_and_stays_in_it(seeded):
    at = run_app("ar")
    assert at.radio(key="lang").value == "ar"
    assert at.title[0].value == "المطابقات"
    at.radio(key="lang").set_value("en").run()
    assert at.title[0].value == "Matches"
    assert at.query_params["lang"] == "en"


def test_switching_to_arabic_translates_labels_reasons_and_table_headers(seeded):
    at = run_app("en")
    at.radio(key="lang").set_value("ar").run()
    assert not at.exception
    assert "الملاءمة" in at.dataframe[0].value.columns
    assert at.selectbox(key="org").label == "المنظمة"
    assert t("reason_country_match", "ar") in texts(at)


def test_a_store_locked_by_a_crawl_shows_refreshing_instead_of_failing(seeded, monkeypatch):
    monkeypatch.setattr("dashboard.queries.LOCK_TIMEOUT", 0.5)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(seeded.db)!r})
        print("locked", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        at = run_app("en")
        assert time.monotonic() - started < 20
        assert not at.exception
        assert t("busy", "en") in texts(at)
    finally:
        holder.kill()
        holder.wait()
