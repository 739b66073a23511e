"""The dashboard from its entry file, with AppTest, over a small seeded store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from fursa.formats import CallRecord, ProfileRecord
from fursa.settings import get_settings
from fursa.store import with_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.profiles import upsert_profiles

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")
TODAY = dt.date(2026, 11, 21)
XSS_TITLE = "Grants <img src=x onerror=alert(1)> [click](javascript:alert(1))"


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "fursa.duckdb"
    monkeypatch.setenv("FURSA_DB", str(path))
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()


def seed(db, with_matches=True):
    now = dt.datetime(2026, 11, 21, 8)
    calls = [
        CallRecord(id="c1", title="Independent media in Lebanon", funder="EU Delegation to Lebanon",
                   url="https://example.org/c1", language="en", deadline="2027-01-31",
                   amount_min=100000, amount_max=500000, currency="EUR", eligible_countries=["LB"]),
        CallRecord(id="c2", title=XSS_TITLE, funder="Unknown", url="https://example.org/c2", language="en",
                   deadline="2026-10-01"),
        CallRecord(id="c3", title="دعم المبادرات النسوية في سوريا", funder="صندوق المرأة", language="ar",
                   url="https://example.org/c3", deadline=None),
    ]
    profile = ProfileRecord(id="p1", name="Beirut media centre", language="en", mission="media freedom",
                            countries=["LB"], registered_in="LB", org_type="media_org")

    def write(con):
        merge_calls(con, [SourcedCall(c, "t", c.id) for c in calls], seen_at=now, today=TODAY)
        upsert_profiles(con, [profile], now)
        if with_matches:
            rows = [("c1", 1, 81.5, "eligible"), ("c3", 2, 40.0, "unclear"), ("c2", 3, 70.0, "not_eligible")]
            con.executemany(
                "INSERT INTO matches VALUES ('p1', ?, ?, ?, ?, ?, ?, '{}', 'fake', ?, ?)",
                [[cid, rank, score, verdict,
                  '[{"code": "country_match", "ok": true, "text": "covers LB"}]',
                  '{"shared_themes": ["media freedom"], "passage": "outlets and journalists"}', TODAY, now]
                 for cid, rank, score, verdict in rows])

    with_store(db, write)


def run_app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    return at


def test_empty_store_says_what_to_do(db):
    at = run_app()
    assert not at.exception
    assert "No organizations yet" in at.info[0].value


def test_profile_without_matches_explains_next_step(db):
    seed(db, with_matches=False)
    at = run_app()
    assert not at.exception
    assert "fursa match --all" in at.info[0].value


def test_matches_list_hides_expired_and_ineligible_by_default(db):
    seed(db)
    at = run_app()
    assert not at.exception
    table = at.dataframe[0].value
    assert table.iloc[:, 3].tolist() == ["Independent media in Lebanon", "دعم المبادرات النسوية في سوريا"]


def test_toggle_shows_every_ranked_call(db):
    seed(db)
    at = run_app()
    at.toggle(key="show_all").set_value(True).run()
    assert len(at.dataframe[0].value) == 3


def test_scraped_markup_is_escaped_in_expander_labels(db):
    seed(db)
    at = run_app()
    at.toggle(key="show_all").set_value(True).run()
    labels = [e.label for e in at.expander]
    xss = next(label for label in labels if "img" in label)
    assert "\\<img" in xss and "\\[click\\]\\(javascript" in xss


def test_switching_to_arabic_translates_the_interface(db):
    seed(db)
    at = run_app()
    at.radio(key="lang").set_value("ar").run()
    assert not at.exception
    assert at.title[0].value == "فرصة — فرص التمويل"
    assert "الملاءمة" in at.dataframe[0].value.columns
