"""Coalition, Deadlines and Crawls pages."""

from __future__ import annotations

import datetime as dt
import sys
import time

from dashboard import queries, refresh
from dashboard.i18n import t
from fursa import api
from fursa.store import with_store
from fursa.store.runs import finish_run, start_run
from tests.dashboard.conftest import plain, run_app, texts

SYRIA = "eu_funding_tenders:EuropeAid/187432/DD/ACT/SY"
MEDIA = "arabic_calls_feed:samir-kassir-2026-media"


# --- coalition -----------------------------------------------------------------------------------------

def test_coalition_groups_the_calls_that_fit_at_least_one_member(seeded):
    at = run_app("en", "coalition")
    assert not at.exception
    assert sorted(at.multiselect(key="coalition_members").value) == [
        "beirut-independent-media", "cso-nes-coalition", "idlib-womens-cbo"]
    summary = at.dataframe[0].value
    assert summary.shape[0] == len([e for e in at.expander])
    fits = dict(zip((plain(v) for v in summary[t("col_title", "en")]),
                    (plain(v) for v in summary[t("members_fitting", "en")]), strict=True))
    assert fits["منح للإعلام المستقل في لبنان"] == "Beirut Independent Media Collective"


def test_fewer_members_fewer_calls_and_none_says_what_to_do(seeded):
    at = run_app("en", "coalition")
    everyone = at.dataframe[0].value.shape[0]
    at.multiselect(key="coalition_members").set_value(["beirut-independent-media"]).run()
    assert at.dataframe[0].value.shape[0] < everyone
    at.multiselect(key="coalition_members").set_value([]).run()
    assert at.info[0].value == t("choose_members", "en")


# --- deadlines -----------------------------------------------------------------------------------------

def test_deadlines_of_an_organization_are_charted_and_listed(seeded):
    at = run_app("en", "deadlines", org="beirut-independent-media")
    assert not at.exception
    assert at.get("vega_lite_chart"), "the timeline chart is drawn"
    listed = [plain(v) for v in at.dataframe[0].value[t("col_title", "en")]]
    assert listed == ["منح للإعلام المستقل في لبنان", "<img src=x onerror=alert(1)> [click](javascript:alert(1))"]
    assert at.download_button(key="deadlines_ics").label == t("calendar_download", "en")
    calendar = queries.calls_export([MEDIA], "ics", "en", "Beirut")  # what the button generates
    assert calendar.count(b"BEGIN:VEVENT") == 1


def test_a_short_window_without_deadlines_says_to_widen_it(seeded):
    at = run_app("en", "deadlines", org="cso-nes-coalition")
    at.selectbox(key="dl_horizon").set_value(30).run()
    assert at.info[0].value == t("no_deadlines", "en", n=30)


def test_deadlines_of_a_shortlist_leave_out_decided_items(seeded):
    sid = api.new_shortlist(seeded, "Q1")
    api.add_to_shortlist(seeded, sid, SYRIA)
    api.add_to_shortlist(seeded, sid, MEDIA)
    api.update_shortlist_item(seeded, sid, MEDIA, status="dropped")
    at = run_app("ar", "deadlines")
    at.radio(key="dl_source").set_value("shortlist").run()
    assert at.selectbox(key="shortlist").value == sid
    listed = [plain(v) for v in at.dataframe[0].value[t("col_title", "ar")]]
    assert listed == ["Strengthening Syrian civil society in the north-east"]


# --- crawls --------------------------------------------------------------------------------------------

def record_run(settings, source: str, status: str, errors: list[dict]) -> None:
    at = dt.datetime(2026, 11, 21, 6)

    def write(con):
        run = start_run(con, source, at)
        finish_run(con, run, status=status, at=at + dt.timedelta(seconds=5), counts={"seen": 0}, errors=errors)

    with_store(settings.db, write)


def test_source_health_shows_every_source_and_alarms_on_a_broken_one(seeded):
    record_run(seeded, "fundsforngos", "broken", [{"reason": "required field title missing in 95% of items",
                                                   "url": "https://www2.fundsforngos.org/feed/"}])
    at = run_app("en", "crawls")
    assert not at.exception
    sources = at.dataframe[0].value[t("source", "en")].tolist()
    assert "fundsforngos" in sources and "eu_funding_tenders" in sources
    assert "fundsforngos" in at.error[0].value.replace("\\", "")
    assert "required field title missing" in texts(at)


def test_a_refresh_starts_in_the_background_and_its_log_is_shown(seeded, monkeypatch):
    monkeypatch.setattr(refresh, "commands", lambda replay: [
        ("crawl", [sys.executable, "-c", "print('crawled: 3 sources ok')"]),
        ("match", [sys.executable, "-c", "print('ranked 3 organizations')"])])
    at = run_app("en", "crawls")
    assert t("refresh_live", "en") in texts(at)  # not demo data: live sources
    at.button(key="start_refresh").click().run()
    assert not at.exception
    deadline = time.monotonic() + 30
    while refresh.running(seeded) and time.monotonic() < deadline:
        time.sleep(0.2)
    at.run()
    assert at.success, "a finished refresh says so"
    log = at.code[0].value
    assert "crawled: 3 sources ok" in log and "ranked 3 organizations" in log
