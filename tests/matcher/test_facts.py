"""What a call says only in its text: partners, registration, informal groups, budget bands."""

import datetime as dt

import pytest

from matcher.facts import read_facts

TODAY = dt.date(2026, 11, 21)


def facts(description, **fields):
    return read_facts({"title": "Call for proposals", "description": description, **fields}, TODAY)


@pytest.mark.parametrize("text", [
    "International NGOs lead; national women's organisations can join as partners of the lead.",
    "Les ONG internationales peuvent être co-demanderesses.",
    "يمكن للمجموعات الإعلامية الناشئة التقدم عبر منظمة شريكة مسجلة.",
])
def test_partner_routes_are_found_in_english_french_and_arabic(text):
    assert facts(text).partners


def test_a_sentence_that_closes_the_partner_route_does_not_open_it():
    assert not facts("Other organisations cannot be applicants or partners.").partners


@pytest.mark.parametrize(("text", "countries"), [
    ("Syrian organisations registered in Syria or in Türkiye may apply.", ("SY", "TR")),
    ("Les associations doivent être enregistrées au Liban.", ("LB",)),
    ("يشترط أن تكون الجمعية مسجلة في الأردن.", ("JO",)),
])
def test_registration_countries_are_read_from_a_requirement(text, countries):
    assert facts(text).registered_in == countries


def test_registration_in_the_eu_means_its_member_states():
    assert {"DE", "FR"} <= set(facts("Applicants must be registered in an EU Member State.").registered_in)


def test_vague_registration_places_set_no_restriction():
    text = "Organisations registered in Syria, in neighbouring countries or in the EU may apply."
    assert facts(text).registered_in == ()


def test_registration_in_one_of_the_eligible_countries_means_the_call_list():
    text = "Eligible organisations are registered and operating in one of the eligible countries."
    assert facts(text, eligible_countries=["IQ", "SY"]).registered_in == ("IQ", "SY")


def test_a_legal_entity_requirement_without_a_country_is_recorded_as_any_country():
    assert facts("The lead applicant must be a non-profit legal person.").registered_in == ("*",)


def test_a_mention_of_registration_that_is_not_a_requirement_is_ignored():
    assert facts("Our partners registered in Beirut last year run the helpline.").registered_in == ()


def test_informal_groups_welcome_but_not_when_excluded():
    assert facts("Informal groups may apply through a fiscal sponsor.").unregistered_ok
    assert not facts("Unregistered groups are not eligible.").unregistered_ok


@pytest.mark.parametrize(("text", "band"), [
    ("with an annual budget between USD 20,000 and USD 1 million", (20_000.0, 1_000_000.0)),
    ("Only international NGOs with an annual turnover above USD 20 million may apply.", (20_000_000.0, None)),
    ("Organisations with an annual budget below USD 500,000.", (None, 500_000.0)),
])
def test_the_applicants_budget_band(text, band):
    assert facts(text).budget_band_usd == band


def test_applicant_types_come_from_the_field_first_then_the_text():
    assert facts("Individuals may apply.", eligible_applicants=["local_ngo"]).applicants == ("local_ngo",)
    inferred = facts("Only individuals may apply.", eligible_applicants=[])
    assert inferred.applicants == ("individual",) and inferred.applicants_from_text


def test_the_smallest_grant_is_converted_to_dollars_when_the_crawl_did_not():
    assert facts("", amount_min=100, currency="USD").min_usd == 100.0
    assert facts("", amount_min=100, currency="EUR").min_usd > 100.0
    assert facts("", amount_min_usd=42.0, amount_min=100, currency="EUR").min_usd == 42.0
