import datetime as dt

import pytest

from matcher.eligibility import ELIGIBLE, NOT_ELIGIBLE, PARTNER, UNCLEAR, assess

TODAY = dt.date(2026, 11, 21)
SYRIAN_NGO = {"id": "p", "countries": ["SY"], "registered_in": "TR", "org_type": "local_ngo",
              "annual_budget_usd": 50_000}


def call(**overrides):
    base = {"deadline": "2027-01-31", "eligible_countries": ["SY", "LB"], "eligible_applicants": ["local_ngo"],
            "amount_min_usd": 20_000}
    return {**base, **overrides}


def codes(assessment):
    return {r.code for r in assessment.reasons}


def test_matching_country_and_type_is_eligible():
    result = assess(SYRIAN_NGO, call(), TODAY)
    assert result.verdict == ELIGIBLE
    assert {"country_match", "applicant_match", "deadline_open"} <= codes(result)


def test_passed_deadline_is_not_eligible_and_flagged_expired():
    result = assess(SYRIAN_NGO, call(deadline="2026-11-20"), TODAY)
    assert (result.verdict, result.expired) == (NOT_ELIGIBLE, True)
    assert "deadline_passed" in codes(result)


def test_deadline_today_is_still_open():
    assert assess(SYRIAN_NGO, call(deadline="2026-11-21"), TODAY).expired is False


def test_other_country_is_not_eligible_with_reason_naming_both():
    result = assess(SYRIAN_NGO, call(eligible_countries=["UA", "MD"]), TODAY)
    assert result.verdict == NOT_ELIGIBLE
    text = next(r.text for r in result.reasons if r.code == "country_mismatch")
    assert "MD" in text and "SY" in text


def test_unstated_countries_are_unclear_not_hidden():
    assert assess(SYRIAN_NGO, call(eligible_countries=[]), TODAY).verdict == UNCLEAR


def test_anywhere_matches_every_country():
    assert assess(SYRIAN_NGO, call(eligible_countries=["*"]), TODAY).verdict == ELIGIBLE


def test_international_ngo_only_means_eligible_through_a_partner():
    result = assess(SYRIAN_NGO, call(eligible_applicants=["international_ngo"]), TODAY)
    assert result.verdict == PARTNER
    assert "applicant_partner" in codes(result)


def test_individuals_only_is_not_eligible():
    assert assess(SYRIAN_NGO, call(eligible_applicants=["individual"]), TODAY).verdict == NOT_ELIGIBLE


@pytest.mark.parametrize("org_type", ["women_led_org", "media_org", "cbo", "coalition"])
def test_specialised_local_organizations_count_as_local_ngos(org_type):
    assert assess({**SYRIAN_NGO, "org_type": org_type}, call(), TODAY).verdict == ELIGIBLE


def test_unregistered_group_is_unclear_with_a_reason():
    result = assess({**SYRIAN_NGO, "registered_in": None}, call(), TODAY)
    assert result.verdict == UNCLEAR
    assert "unregistered" in codes(result)


def test_minimum_grant_ten_times_the_budget_is_not_eligible():
    result = assess(SYRIAN_NGO, call(amount_min_usd=500_000), TODAY)
    assert result.verdict == NOT_ELIGIBLE
    assert "grant_too_large" in codes(result)


def test_minimum_grant_somewhat_above_budget_is_unclear():
    assert assess(SYRIAN_NGO, call(amount_min_usd=80_000), TODAY).verdict == UNCLEAR


def test_worst_problem_wins():
    result = assess({**SYRIAN_NGO, "registered_in": None}, call(eligible_countries=["UA"]), TODAY)
    assert result.verdict == NOT_ELIGIBLE
