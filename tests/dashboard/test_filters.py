"""The page filters: what each one keeps, and that they agree with a saved search's filters (digests)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard.filters import Filters, apply_filters, options, sort_calls
from fursa.store.searches import call_passes, parse_filters
from tests import factories

TODAY = dt.date.fromisoformat(factories.AS_OF)
USD = {"eu_funding_tenders:EuropeAid/187432/DD/ACT/SY": (270000.0, 1080000.0),
       "fundsforngos:jordan-refugee-livelihoods-2026": (21600.0, 86400.0)}


def frame() -> pd.DataFrame:
    """The factories' calls as the dashboard's queries return them (USD amounts, status, verdict)."""
    rows = []
    for call in factories.all_calls():
        low, high = USD.get(call["id"], (call["amount_min"], call["amount_max"]))
        rows.append({**call, "deadline": pd.Timestamp(call["deadline"]) if call["deadline"] else pd.NaT,
                     "amount_min_usd": low, "amount_max_usd": high,
                     "status": "closed" if call["deadline"] and call["deadline"] < factories.AS_OF else "open",
                     "verdict": "eligible", "feedback": None})
    return pd.DataFrame(rows)


def ids(result: pd.DataFrame) -> list[str]:
    return sorted(result["id"])


def test_default_filters_hide_closed_calls_and_keep_rolling_ones():
    kept = ids(apply_filters(frame(), Filters(), TODAY))
    assert "fundsforngos:jordan-refugee-livelihoods-2026" not in kept
    assert "fundsforngos:urgent-action-fund-rapid-response" in kept
    assert len(kept) == 3


def test_deadline_window_keeps_calls_due_within_it_and_rolling_ones_only_when_asked():
    within = Filters(deadline_within_days=30)
    assert ids(apply_filters(frame(), within, TODAY)) == [
        "arabic_calls_feed:samir-kassir-2026-media", "fundsforngos:urgent-action-fund-rapid-response"]
    within.include_rolling = False
    assert ids(apply_filters(frame(), within, TODAY)) == ["arabic_calls_feed:samir-kassir-2026-media"]


def test_amount_range_compares_usd_and_keeps_calls_that_state_no_amount():
    big = ids(apply_filters(frame(), Filters(amount_min_usd=100000), TODAY))
    assert big == ["eu_funding_tenders:EuropeAid/187432/DD/ACT/SY"]
    small = ids(apply_filters(frame(), Filters(amount_max_usd=10000), TODAY))
    assert "eu_funding_tenders:EuropeAid/187432/DD/ACT/SY" not in small
    assert "arabic_calls_feed:samir-kassir-2026-media" in small


def test_funder_matches_part_of_the_name_in_any_script():
    assert ids(apply_filters(frame(), Filters(funder="سمير"), TODAY)) == ["arabic_calls_feed:samir-kassir-2026-media"]
    assert ids(apply_filters(frame(), Filters(funder="european union"), TODAY)) == [
        "eu_funding_tenders:EuropeAid/187432/DD/ACT/SY"]


def test_country_filter_keeps_calls_open_anywhere():
    kept = ids(apply_filters(frame(), Filters(countries=["LB"]), TODAY))
    assert kept == ["arabic_calls_feed:samir-kassir-2026-media", "fundsforngos:urgent-action-fund-rapid-response"]


def test_verdict_theme_language_and_dismissed_filters():
    data = frame()
    data.loc[0, "verdict"] = "not_eligible"
    data.loc[1, "feedback"] = "dismissed"
    assert data.loc[0, "id"] not in ids(apply_filters(data, Filters(verdicts=["eligible"]), TODAY))
    assert data.loc[1, "id"] not in ids(apply_filters(data, Filters(), TODAY))
    assert data.loc[1, "id"] in ids(apply_filters(data, Filters(include_dismissed=True), TODAY))
    assert ids(apply_filters(data, Filters(themes=["gender"]), TODAY)) == [
        "fundsforngos:urgent-action-fund-rapid-response"]
    assert ids(apply_filters(data, Filters(languages=["ar"]), TODAY)) == []  # the Arabic call is dismissed


def test_sorting_by_deadline_puts_rolling_calls_last_and_by_amount_largest_first():
    data = frame()
    by_deadline = sort_calls(data, "deadline")["id"].tolist()
    assert by_deadline[-1] == "fundsforngos:urgent-action-fund-rapid-response"
    assert by_deadline[0] == "fundsforngos:jordan-refugee-livelihoods-2026"
    assert sort_calls(data, "amount")["id"].iloc[0] == "eu_funding_tenders:EuropeAid/187432/DD/ACT/SY"
    ranked = data.assign(relevance=[0.1, 0.9, 0.5, 0.2])
    assert sort_calls(ranked, "fit")["id"].iloc[0] == "arabic_calls_feed:samir-kassir-2026-media"


def test_options_list_the_values_present_without_the_anywhere_marker():
    found = options(frame())
    assert "*" not in found["countries"] and "LB" in found["countries"]
    assert found["languages"] == ["ar", "en"]


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(deadline_within_days=30),
    Filters(deadline_within_days=60, include_rolling=False),
    Filters(amount_min_usd=50000),
    Filters(amount_max_usd=15000),
    Filters(funder="GIZ", include_expired=True),
    Filters(countries=["SY"], themes=["protection"]),
    Filters(languages=["en"], include_expired=True),
])
def test_page_filters_and_saved_search_filters_keep_the_same_calls(filters):
    """A search saved from the page selects in its digest what the page showed (fursa.store.searches)."""
    data = frame()
    saved = parse_filters(filters.to_saved())
    digest = sorted(row["id"] for row in data.to_dict("records")
                    if (saved.status is None or row["status"] == saved.status)
                    and call_passes({**row, "deadline": None if pd.isna(row["deadline"]) else row["deadline"].date()},
                                    saved, TODAY))
    assert ids(apply_filters(data, filters, TODAY)) == digest


def test_saved_filters_come_back_as_they_were_set():
    filters = Filters(deadline_within_days=90, include_rolling=False, amount_min_usd=1000.0, funder="EU",
                      languages=["ar"], verdicts=["eligible"], themes=["media"], countries=["LB"],
                      include_expired=True)
    assert Filters.from_saved(parse_filters(filters.to_saved()).stored()) == filters
