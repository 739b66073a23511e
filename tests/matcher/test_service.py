"""The matching service over a real (temporary) store, with the deterministic keyword encoder."""

from __future__ import annotations

import datetime as dt

import pytest

from fursa.formats import CallRecord, ProfileRecord
from fursa.settings import load_settings
from fursa.store import open_store, with_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.profiles import upsert_profiles
from matcher.service import match_profiles
from tests.fakes import KeywordEncoder

TODAY = dt.date(2026, 11, 21)


def make_call(cid, title, description="", **kw):
    base = dict(id=cid, title=title, funder="EU Delegation to Lebanon", url=f"https://example.org/{cid}",
                language="en", description=description, deadline="2027-02-01", eligible_countries=["LB"],
                eligible_applicants=["local_ngo"], themes=[])
    return CallRecord(**{**base, **kw})


MEDIA_NGO = ProfileRecord(id="media", name="Beirut media centre", language="en",
                          mission="We train journalists and defend media freedom; media literacy for women.",
                          countries=["LB"], registered_in="LB", org_type="media_org",
                          annual_budget_usd=120_000, themes=["media freedom"])


@pytest.fixture
def settings(tmp_path):
    return load_settings(db=tmp_path / "fursa.duckdb", as_of=TODAY.isoformat())


def seed(settings, calls, profiles=(MEDIA_NGO,)):
    now = dt.datetime(2026, 11, 21, 9)

    def write(con):
        merge_calls(con, [SourcedCall(c, "test", c.id) for c in calls], seen_at=now, today=TODAY)
        upsert_profiles(con, list(profiles), now)

    with_store(settings.db, write)


CALLS = [
    make_call("media-open", "Support to independent media", "Grants for media outlets and journalist training.",
              themes=["media freedom"]),
    make_call("media-expired", "Media and journalists programme", "Media media journalist journalist.",
              deadline="2026-10-01"),
    make_call("water-open", "Water networks in rural areas", "Rehabilitation of water systems."),
    make_call("media-ukraine", "Media resilience in Ukraine", "Media journalist support.", eligible_countries=["UA"]),
]


def test_expired_and_ineligible_calls_rank_below_eligible_ones(settings):
    seed(settings, CALLS)
    ranked = [m.call_id for m in match_profiles(settings, KeywordEncoder())["media"]]
    assert ranked[0] == "media-open"
    assert ranked.index("water-open") < ranked.index("media-ukraine") < ranked.index("media-expired")


def test_match_carries_verdict_reasons_and_explanation(settings):
    seed(settings, CALLS)
    top = match_profiles(settings, KeywordEncoder(), ["media"], top=1)["media"][0]
    assert top.verdict == "eligible"
    assert 0 < top.score <= 100
    assert top.explanation["shared_themes"][0] == "media freedom"  # declared labels first, then concepts
    assert "journalist" in top.explanation["passage"]
    assert any(r["code"] == "country_match" for r in top.reasons)


def test_second_run_reuses_every_cached_vector(settings):
    seed(settings, CALLS)
    match_profiles(settings, KeywordEncoder())
    again = KeywordEncoder()
    match_profiles(settings, again)
    assert again.encoded == []


def test_adding_one_call_embeds_only_that_call(settings):
    seed(settings, CALLS)
    match_profiles(settings, KeywordEncoder())
    seed(settings, [make_call("new-one", "School rehabilitation", "Education in emergencies.")])
    encoder = KeywordEncoder()
    match_profiles(settings, encoder)
    assert encoder.encoded == ["School rehabilitation. Education in emergencies."]


def test_call_with_empty_description_is_scored_on_its_title(settings):
    seed(settings, [make_call("bare", "Independent media grants")])
    (match,) = match_profiles(settings, KeywordEncoder())["media"]
    assert match.score > 0
    assert match.explanation["passage"] == "Independent media grants"


def test_matches_are_stored_and_replaced_on_rerun(settings):
    seed(settings, CALLS)
    match_profiles(settings, KeywordEncoder())
    match_profiles(settings, KeywordEncoder())
    with open_store(settings.db) as con:
        rows = con.execute("SELECT call_id, rank FROM matches WHERE profile_id = 'media' ORDER BY rank").fetchall()
    assert [r[1] for r in rows] == [1, 2, 3, 4]


def test_unknown_profile_is_reported_by_id(settings):
    seed(settings, CALLS)
    from fursa.errors import NotFound

    with pytest.raises(NotFound, match="nobody"):
        match_profiles(settings, KeywordEncoder(), ["nobody"])


def test_ranking_is_deterministic(settings):
    seed(settings, CALLS)
    first = [(m.call_id, m.score) for m in match_profiles(settings, KeywordEncoder(), save=False)["media"]]
    second = [(m.call_id, m.score) for m in match_profiles(settings, KeywordEncoder(), save=False)["media"]]
    assert first == second
