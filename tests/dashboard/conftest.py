"""Dashboard fixtures: a store seeded with the factories' calls and profiles and matches ranked by the fake
encoder, the environment the app reads (FURSA_DB...), and the app itself through AppTest."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from fursa.formats import CallRecord, ProfileRecord
from fursa.settings import PROJECT_DATA, load_settings
from fursa.store import with_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.profiles import upsert_profiles
from matcher.service import match_profiles
from tests import factories
from tests.fakes import KeywordEncoder

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")
TODAY = dt.date.fromisoformat(factories.AS_OF)
XSS_ID = "feed:xss"
XSS_TITLE = "<img src=x onerror=alert(1)> [click](javascript:alert(1))"
PAGES = ("matches", "explore", "organizations", "shortlists", "coalition", "deadlines", "crawls")


@pytest.fixture
def dash(cli_env, monkeypatch):
    """Settings of an empty store that the app reads through FURSA_* variables; the model is the fake
    KeywordEncoder, and no Streamlit cache survives from another test."""
    monkeypatch.setattr("dashboard.search.make_encoder", lambda settings: KeywordEncoder())
    st.cache_data.clear()
    st.cache_resource.clear()
    yield cli_env
    st.cache_data.clear()
    st.cache_resource.clear()


def seed_store(settings, *, matched: bool = True) -> None:
    """The factories' four calls, a call whose title is markup and whose link is javascript:, the three
    profiles, and (with `matched`) their matches ranked with the fake encoder."""
    now = dt.datetime(2026, 11, 21, 8)
    calls = [CallRecord.model_validate(c) for c in factories.all_calls()]
    calls.append(CallRecord(id=XSS_ID, title=XSS_TITLE, funder="Unknown <b>funder</b>", language="en",
                            url="https://example.org/xss", deadline="2027-02-01",
                            description="Grants for media and journalists anywhere."))
    profiles = [ProfileRecord.model_validate(p) for p in factories.all_profiles()]

    def write(con):
        merge_calls(con, [SourcedCall(c, c.id.split(":")[0], c.id) for c in calls], seen_at=now, today=TODAY)
        upsert_profiles(con, profiles, now)
        # A store written by an older version or a careless import: the contract refuses such a link.
        con.execute("UPDATE calls SET url = 'javascript:alert(1)' WHERE id = ?", [XSS_ID])

    with_store(settings.db, write)
    if matched:
        match_profiles(settings, KeywordEncoder())


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """One seeded store for the whole session (ranking takes a moment); each test gets a copy."""
    db = tmp_path_factory.mktemp("seeded") / "fursa.duckdb"
    seed_store(load_settings(db=db, as_of=factories.AS_OF, data_dir=PROJECT_DATA))
    return db


@pytest.fixture
def seeded(dash, seeded_template):
    shutil.copy(seeded_template, dash.db)
    return dash


def run_app(lang: str | None = None, page: str | None = None, **params: str) -> AppTest:
    """The app from its entry file, on `page` (views/<page>.py) with these query parameters."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(params)  # a link opens a new session: its parameters are there from the start
    if lang:
        at.query_params["lang"] = lang
    at.run()
    if page and page != "matches":
        at.switch_page(f"views/{page}.py").run()
    return at


def plain(text: str) -> str:
    """A cell's text without the bidi isolates the tables add."""
    return str(text).replace("\u2066", "").replace("\u2068", "").replace("\u2069", "")


def texts(at: AppTest) -> str:
    """Everything written as Markdown, captions and alerts on the page, for 'is it shown' checks."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for kind in ("info", "warning", "error", "success") for e in getattr(at, kind)]
    parts += [e.label for e in at.expander]
    return "\n".join(parts)
