"""Cross-source matching keys: official references, stated facts, and the checks that confirm a match."""

from __future__ import annotations

import pytest

from fursa.formats import CallRecord
from fursa.store.matching import (
    confirms,
    find_references,
    funders_agree,
    match_keys,
    references,
    slugs_agree,
)
from tests import factories


def call(**overrides) -> CallRecord:
    return CallRecord.model_validate(factories.lebanon_media_call(**overrides))


@pytest.mark.parametrize(("text", "expected"), [
    ("Reference: EuropeAid/187547/DD/ACT/LB, deadline 15 Jan", {"EUROPEAID/187547/DD/ACT/LB"}),
    ("europeaid/186571/dd/act/multi", {"EUROPEAID/186571/DD/ACT/MULTI"}),
    ("topic-details/HORIZON-CL2-2027-01-DEMOCRACY-03?x=1", {"HORIZON-CL2-2027-01-DEMOCRACY-03"}),
    ("CERV-2027-CITIZENS-CIV and JUST-2027-JACC", {"CERV-2027-CITIZENS-CIV", "JUST-2027-JACC"}),
    ("Funding Opportunity Number: DOS-SYR-FY26-01.", {"DOS-SYR-FY26-01"}),
    # No year, or not an EU programme, or a bare hyphenated code: not a reference.
    ("CULTURELINK-OC1, COVID-19, MENA-WIDE-2027-X, FY-2027-28", set()),
])
def test_references_found_in_text(text, expected):
    assert find_references(text) == expected


def test_an_item_whose_own_id_is_a_reference_is_keyed_by_it_alone():
    record = call(description="Unlike HORIZON-CL2-2027-01-DEMOCRACY-05, this topic ...")
    assert references(record, "HORIZON-CL2-2027-01-DEMOCRACY-03") == {"HORIZON-CL2-2027-01-DEMOCRACY-03"}


def test_a_post_citing_one_reference_is_keyed_by_it_and_a_round_up_by_none():
    one = call(description="The EU Delegation (EuropeAid/187547/DD/ACT/LB) invites proposals.")
    several = call(description="Three calls: EuropeAid/187547/DD/ACT/LB, EuropeAid/187548/DD/ACT/JO and more.")
    assert references(one, "p=1") == {"EUROPEAID/187547/DD/ACT/LB"}
    assert references(several, "p=2") == set()


def test_a_spider_may_declare_the_reference():
    assert references(call(reference="DOS-SYR-FY26-01"), "359001") == {"DOS-SYR-FY26-01"}


def test_facts_key_needs_a_deadline_an_amount_and_a_currency():
    assert match_keys(call(), "x") == ["facts:2026-12-10|USD|5000.00|20000.00"]
    assert match_keys(call(deadline=None), "x") == ["amount:USD|5000.00|20000.00"]
    assert match_keys(call(currency=None), "x") == []
    assert match_keys(call(amount_min=None, amount_max=None), "x") == []


def test_funders_must_share_a_distinctive_word_unless_written_in_two_scripts():
    assert funders_agree("Embassy of Switzerland in Amman", "Swiss Embassy Amman")
    assert funders_agree("EU Delegation to Lebanon", "European Union")
    assert not funders_agree("Funder 5", "Funder 23")
    assert not funders_agree("Embassy of the Netherlands", "Embassy of Japan")
    assert funders_agree("سفارة هولندا في بيروت", "Netherlands Embassy in Beirut")
    assert not funders_agree("سفارة هولندا في بيروت", "سفارة اليابان في العراق")


def test_slugs_agree_when_most_distinctive_words_are_shared():
    assert slugs_agree("https://a.org/calls/urgent-action-fund-rapid-response-grants/",
                       "https://b.org/x/urgent-action-fund-for-womens-human-rights-rapid-response-grants/")
    assert not slugs_agree("https://a.org/calls/wphf-institutional-funding-syria-lebanon/",
                           "https://b.org/wphf-call-for-proposals-sustaining-womens-organizations-in-afghanistan/")
    assert not slugs_agree("https://a.org/?p=4163", "https://b.org/?p=320676")  # no words to compare


def test_facts_match_is_refused_for_countries_that_do_not_overlap():
    lebanon = call(eligible_countries=["LB"])
    key = match_keys(lebanon, "x")[0]
    assert confirms(key, lebanon, ["LB", "SY"], "https://b.org/c/", "مؤسسة سمير قصير")
    assert not confirms(key, lebanon, ["AF"], "https://b.org/c/", "مؤسسة سمير قصير")
    assert confirms(key, lebanon, ["*"], "https://b.org/c/", "مؤسسة سمير قصير")


def test_a_reference_needs_no_confirmation():
    assert confirms("ref:EUROPEAID/187547/DD/ACT/LB", call(eligible_countries=["LB"]), ["AF"], "https://b", "X")
