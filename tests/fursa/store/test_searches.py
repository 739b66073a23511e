"""Saved searches and call filters: what a search keeps, what a filter lets through, when a digest is due."""

from __future__ import annotations

import datetime as dt

import pytest

from fursa.errors import InputError, NotFound
from fursa.formats import ProfileRecord
from fursa.store import open_store
from fursa.store.profiles import upsert_profiles
from fursa.store.searches import (
    CallFilters,
    call_passes,
    create_search,
    delete_search,
    digest_history,
    get_search,
    is_due,
    last_sent,
    list_searches,
    log_digest,
    parse_filters,
)
from tests import factories

TODAY = dt.date(2026, 11, 21)
AT = dt.datetime(2026, 11, 21, 7, 0)
MEDIA = factories.lebanon_media_call()       # LB, ar, deadline 2026-12-10, 5,000-20,000 USD
EU = factories.eu_syria_civil_society_call()  # SY/TR/IQ, en, deadline 2027-01-15
ROLLING = factories.rolling_women_led_call()  # anywhere, no deadline, up to 10,000 USD


@pytest.fixture
def con(db_path):
    with open_store(db_path) as connection:
        upsert_profiles(connection, [ProfileRecord.model_validate(p) for p in factories.all_profiles()], AT)
        yield connection


def passes(call, verdict=None, query="", **filters) -> bool:
    return call_passes(call, parse_filters(filters), TODAY, verdict=verdict, query=query)


# --- filters -----------------------------------------------------------------------------------------

def test_deadline_window_keeps_calls_due_in_it_and_drops_rolling_ones_unless_asked():
    assert passes(MEDIA, deadline_within_days=30)
    assert not passes(EU, deadline_within_days=30)
    assert not passes(ROLLING, deadline_within_days=30)
    assert passes(ROLLING, deadline_within_days=30, include_rolling=True)
    assert passes(EU, deadline_after="2027-01-01", deadline_before="2027-01-31")
    assert not passes(MEDIA, deadline_after="2027-01-01")


def test_amount_range_uses_usd_amounts_and_lets_unstated_amounts_through():
    media = {**MEDIA, "amount_min_usd": 5000, "amount_max_usd": 20000}
    assert passes(media, amount_min_usd=15000)
    assert not passes(media, amount_min_usd=25000)
    assert not passes(media, amount_max_usd=4000)
    assert passes({**EU, "amount_min_usd": None, "amount_max_usd": None}, amount_min_usd=1e9)


def test_funder_language_country_and_theme_filters():
    assert passes(MEDIA, funder="سمير")
    assert not passes(EU, funder="Samir Kassir")
    assert passes(MEDIA, languages=["ar"]) and not passes(EU, languages=["ar"])
    assert passes(EU, countries=["IQ", "JO"]) and not passes(MEDIA, countries=["IQ"])
    assert passes(ROLLING, countries=["IQ"])  # open to anywhere
    assert passes(EU, themes=["Protection"]) and not passes(EU, themes=["media"])


def test_verdict_filter_defaults_to_calls_the_organization_may_apply_to():
    assert passes(EU, verdict="partner") and passes(EU, verdict="unclear")
    assert not passes(EU, verdict="not_eligible")
    assert passes(EU, verdict="not_eligible", verdicts=["not_eligible"])
    assert not passes(EU, verdict="partner", verdicts=["eligible"])


def test_query_needs_every_word_in_any_script_and_ignores_accents_and_case():
    assert passes(EU, query="CIVIL society north-east")
    assert not passes(EU, query="civil society jordan")
    assert passes(MEDIA, query="الإعلام المستقل")


def test_unknown_or_malformed_filters_are_refused_with_the_field():
    with pytest.raises(InputError, match="filter colour"):
        parse_filters({"colour": "red"})
    with pytest.raises(InputError, match="filter countries.0: unknown ISO 3166"):
        parse_filters({"countries": ["Syria"]})
    with pytest.raises(InputError, match="filter deadline_before"):
        parse_filters({"deadline_before": "next week"})


def test_filters_store_only_what_was_chosen():
    assert CallFilters(countries=["lb"], deadline_within_days=30).stored() == {
        "countries": ["LB"], "deadline_within_days": 30}


# --- saved searches ----------------------------------------------------------------------------------

def test_create_list_get_and_delete_a_search(con):
    sid = create_search(con, "beirut-independent-media", " Media, Lebanon ", AT, query="accountability",
                        filters={"countries": ["LB"]}, cadence="daily",
                        recipients=["a@example.org", " a@example.org", "b@example.org"])
    stored = get_search(con, sid)
    assert (stored["name"], stored["query"], stored["filters"], stored["cadence"], stored["recipients"],
            stored["last_sent_at"]) == ("Media, Lebanon", "accountability", {"countries": ["LB"]}, "daily",
                                        ["a@example.org", "b@example.org"], None)
    assert [s["id"] for s in list_searches(con, "beirut-independent-media")] == [sid]
    assert list_searches(con, "cso-nes-coalition") == []
    delete_search(con, sid)
    assert list_searches(con) == []
    with pytest.raises(NotFound):
        delete_search(con, sid)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"profile_id": "no-such-org"}, "no profile with id 'no-such-org'"),
    ({"name": "  "}, "needs a name"),
    ({"cadence": "hourly"}, "unknown cadence 'hourly'"),
    ({"recipients": ["grants at example.org"]}, "not an e-mail address"),
    ({"filters": {"verdicts": ["maybe"]}}, "filter verdicts.0"),
])
def test_bad_searches_are_refused_and_nothing_is_stored(con, kwargs, message):
    args = {"profile_id": "beirut-independent-media", "name": "Media", **kwargs}
    with pytest.raises((InputError, NotFound), match=message):
        create_search(con, args.pop("profile_id"), args.pop("name"), AT, **args)
    assert list_searches(con) == []


def test_a_search_is_due_after_its_cadence_with_an_hour_of_slack_for_cron():
    daily = {"cadence": "daily", "last_sent_at": AT}
    assert is_due({"cadence": "weekly", "last_sent_at": None}, AT)
    assert not is_due(daily, AT + dt.timedelta(hours=20))
    assert is_due(daily, AT + dt.timedelta(hours=23, minutes=59, seconds=55))
    assert not is_due({"cadence": "weekly", "last_sent_at": AT}, AT + dt.timedelta(days=6))
    assert is_due({"cadence": "weekly", "last_sent_at": AT}, AT + dt.timedelta(days=7))


def test_only_a_sent_digest_moves_the_last_sent_time(con):
    sid = create_search(con, "beirut-independent-media", "Media", AT)
    later = AT + dt.timedelta(days=1)
    log_digest(con, f"search:{sid}", later, since=AT, status="failed", channel="email",
               recipients=["a@example.org"], error="connection refused")
    assert get_search(con, sid)["last_sent_at"] is None
    assert last_sent(con, f"search:{sid}") is None
    log_digest(con, f"search:{sid}", later + dt.timedelta(minutes=5), since=AT, status="sent", channel="email",
               recipients=["a@example.org"], call_ids=[MEDIA["id"]])
    assert get_search(con, sid)["last_sent_at"] == later + dt.timedelta(minutes=5)
    assert [h["status"] for h in digest_history(con, f"search:{sid}")] == ["sent", "failed"]
