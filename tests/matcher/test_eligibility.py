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


# --- every reason kind, as the dashboard reads it --------------------------------------------------------

def reason(assessment, code):
    return next(r for r in assessment.reasons if r.code == code)


def test_rolling_deadline_is_a_point_in_favour():
    result = assess(SYRIAN_NGO, call(deadline=None), TODAY)
    assert reason(result, "deadline_rolling").ok and result.verdict == ELIGIBLE


def test_registration_country_counts_as_a_place_the_organization_is_from():
    """A Syrian group registered in Türkiye fits a call open to organizations from Türkiye."""
    result = assess(SYRIAN_NGO, call(eligible_countries=["TR"]), TODAY)
    assert result.verdict == ELIGIBLE and "country_match" in codes(result)


def test_registered_abroad_is_flagged_without_changing_the_verdict():
    result = assess(SYRIAN_NGO, call(eligible_countries=["SY"]), TODAY)
    flag = reason(result, "registered_abroad")
    assert not flag.ok and flag.params == {"registered_in": "TR"} and result.verdict == ELIGIBLE


def test_required_registration_elsewhere_is_not_eligible():
    text = "Applicants must be non-profit organisations registered in Jordan."
    result = assess({**SYRIAN_NGO, "countries": ["JO"]}, call(eligible_countries=["JO"], description=text), TODAY)
    assert result.verdict == NOT_ELIGIBLE
    assert reason(result, "registration_mismatch").params["countries"] == ["JO"]


def test_required_registration_met_is_a_point_in_favour():
    text = "يشترط أن تكون الجمعية مسجلة في الأردن."
    jordanian = {**SYRIAN_NGO, "countries": ["JO"], "registered_in": "JO"}
    result = assess(jordanian, call(eligible_countries=["JO"], description=text), TODAY)
    assert result.verdict == ELIGIBLE and reason(result, "registration_match").ok


def test_unregistered_group_welcome_when_the_call_says_so():
    text = "Informal and unregistered groups are welcome and may receive funds through a fiscal host."
    result = assess({**SYRIAN_NGO, "registered_in": None}, call(description=text), TODAY)
    assert result.verdict == ELIGIBLE and reason(result, "unregistered_welcome").ok


def test_unregistered_group_cannot_apply_where_legal_registration_is_required():
    text = "Les médias doivent être légalement constitués."
    result = assess({**SYRIAN_NGO, "registered_in": None}, call(description=text), TODAY)
    assert result.verdict == NOT_ELIGIBLE and "registration_required" in codes(result)


def test_university_only_call_with_no_partner_route_is_not_eligible():
    """Jean Monnet-style: universities only, and nobody else may even be a partner."""
    text = "Only higher education institutions may apply; other organisations cannot be applicants or partners."
    result = assess(SYRIAN_NGO, call(eligible_applicants=["university"], description=text), TODAY)
    assert result.verdict == NOT_ELIGIBLE and "applicant_mismatch" in codes(result)


def test_university_led_call_that_takes_ngo_partners_is_eligible_through_a_partner():
    text = "Universities lead; farmer organisations and NGOs may join the consortium as field partners."
    result = assess(SYRIAN_NGO, call(eligible_applicants=["university"], description=text), TODAY)
    assert result.verdict == PARTNER and "applicant_partner" in codes(result)


def test_applicant_types_are_read_from_the_text_when_the_field_is_empty():
    text = "Only individuals may apply; organisations are not eligible."
    result = assess(SYRIAN_NGO, call(eligible_applicants=[], description=text), TODAY)
    mismatch = reason(result, "applicant_mismatch")
    assert result.verdict == NOT_ELIGIBLE and "read from the call's text" in mismatch.text


def test_grant_size_is_not_held_against_a_partner():
    """A USD 2 million minimum is the lead's business when the organization can only join as a partner."""
    result = assess(SYRIAN_NGO, call(eligible_applicants=["international_ngo"], amount_min_usd=2_000_000), TODAY)
    assert result.verdict == PARTNER and "grant_too_large" not in codes(result)


def test_grant_within_budget_says_so_with_the_ratio():
    fits = reason(assess(SYRIAN_NGO, call(amount_min_usd=25_000), TODAY), "grant_fits")
    assert fits.ok and fits.params == {"min_grant_usd": 25_000, "ratio": 0.5}


def test_minimum_grant_in_another_currency_is_converted_before_comparing():
    result = assess(SYRIAN_NGO, call(amount_min_usd=None, amount_min=400_000, currency="EUR"), TODAY)
    assert result.verdict == NOT_ELIGIBLE and reason(result, "grant_too_large").params["ratio"] > 8


def test_annual_budget_outside_the_band_the_call_asks_for_is_not_eligible():
    text = "Eligible organisations have an annual budget between USD 100,000 and USD 1 million."
    result = assess(SYRIAN_NGO, call(description=text), TODAY)
    assert result.verdict == NOT_ELIGIBLE
    assert reason(result, "budget_outside_band").params["band_usd"] == [100_000, 1_000_000]


def test_cofinancing_and_registration_prerequisites_are_named():
    text = "Co-financing of 10% is required. Applicants need an EU Login account and a PIC number."
    result = assess(SYRIAN_NGO, call(description=text), TODAY)
    assert {"cofinancing_required", "prerequisite"} <= codes(result)
    assert reason(result, "prerequisite").params == {"system": "eu_login_pic"}
    assert result.verdict == ELIGIBLE  # things to prepare, not reasons to stop


def test_every_reason_carries_a_listed_code_a_kind_and_a_sentence():
    from matcher.eligibility import REASON_CODES

    samples = [call(), call(deadline="2026-01-01", eligible_countries=[], eligible_applicants=["individual"]),
               call(eligible_applicants=["international_ngo"], description="Co-financing required.")]
    for sample in samples:
        for r in assess({**SYRIAN_NGO, "registered_in": None}, sample, TODAY).reasons:
            assert r.code in REASON_CODES and r.kind and r.text


def test_judging_all_calls_at_once_agrees_with_one_call_at_a_time():
    from matcher.eligibility import call_facts, judge
    from tests import factories

    calls = [{**c, "amount_min_usd": None} for c in factories.all_calls()]
    for profile in factories.all_profiles():
        together = judge(profile, call_facts(calls, TODAY), TODAY)
        alone = [assess(profile, c, TODAY).verdict for c in calls]
        assert [together.verdict(i) for i in range(len(calls))] == alone
