"""Reverse match over a real store with the keyword encoder: who fits one call, ranked, and who could lead."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from fursa.api import utcnow
from fursa.errors import NotFound
from fursa.formats import CallRecord, ProfileRecord
from fursa.settings import load_settings
from fursa.store import open_store, with_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.profiles import upsert_profiles
from matcher.reverse import fresh_profile_ids, match_call
from matcher.service import match_profiles
from tests.fakes import KeywordEncoder

TODAY = dt.date(2026, 11, 21)
SEEN = dt.datetime(2026, 1, 5, 9)  # before any real ranking time: stored matches come after it

# A consortium call: international NGOs lead, local NGOs join.
CONSORTIUM = CallRecord(
    id="eu:media-consortium", title="Media freedom consortium for Lebanon",
    funder="EU Delegation to Lebanon", url="https://example.org/eu-media", language="en",
    description="Consortia led by international NGOs with local media and women's groups; journalist safety.",
    deadline="2027-02-01", eligible_countries=["LB"], eligible_applicants=["international_ngo"],
    themes=["media freedom"])
OPEN = CallRecord(
    id="fund:lb-media", title="Small grants for media in Lebanon", funder="Media Fund",
    url="https://example.org/media", language="en", description="Grants for journalists and media outlets.",
    deadline="2027-01-10", eligible_countries=["LB"], eligible_applicants=["media_org", "local_ngo"],
    themes=["media freedom"])


def profile(pid, org_type, mission, countries=("LB",), **kw) -> ProfileRecord:
    return ProfileRecord(id=pid, name=pid.replace("-", " ").title(), language=kw.pop("language", "en"),
                         mission=mission, countries=list(countries), registered_in=countries[0],
                         org_type=org_type, annual_budget_usd=kw.pop("budget", 200_000),
                         themes=kw.pop("themes", ["media freedom"]))


PROFILES = [
    profile("beirut-media", "media_org", "Independent media and journalist training in Beirut."),
    profile("global-ingo", "international_ngo", "International NGO supporting media freedom and journalists."),
    profile("tripoli-women", "women_led_org", "Women-led group in Tripoli: women in media, safety of journalists."),
    profile("erbil-water", "local_ngo", "Water and sanitation in Erbil.", countries=("IQ",), themes=["water"]),
]


@pytest.fixture
def settings(tmp_path):
    return load_settings(db=tmp_path / "fursa.duckdb", as_of=TODAY.isoformat())


@pytest.fixture
def seeded(settings):
    def write(con):
        merge_calls(con, [SourcedCall(c, "test", c.id) for c in (CONSORTIUM, OPEN)], seen_at=SEEN, today=TODAY)
        upsert_profiles(con, PROFILES, SEEN)

    with_store(settings.db, write)
    return settings


def by_id(result) -> dict[str, dict]:
    return {m["profile_id"]: m for m in result["members"]}


def test_a_consortium_call_names_its_possible_lead_and_partners(seeded):
    result = match_call(KeywordEncoder, seeded, CONSORTIUM.id)
    members = by_id(result)
    assert result["leads"] == ["global-ingo"]
    assert set(result["partners"]) == {"beirut-media", "tripoli-women"}
    assert members["global-ingo"]["can_lead"] and not members["beirut-media"]["can_lead"]
    assert members["erbil-water"]["verdict"] == "not_eligible"
    assert [m["profile_id"] for m in result["members"]][-1] == "erbil-water"  # ineligible rank last
    assert result["fitting"] == 3


def test_members_are_ranked_by_fit_and_carry_reasons(seeded):
    result = match_call(KeywordEncoder, seeded, OPEN.id)
    order = [m["profile_id"] for m in result["members"]]
    assert order[-1] == "erbil-water"
    assert result["members"][0]["score"] >= result["members"][1]["score"]
    assert all(m["reasons"] for m in result["members"])
    assert set(result["leads"]) == {"beirut-media", "tripoli-women"}
    assert set(result["members"][0]) >= {"profile_id", "name", "language", "score", "verdict", "reasons",
                                         "can_lead"}


def test_scores_equal_the_ranking_for_each_profile(seeded):
    """A member's score for the call is the score the call gets in that member's own ranking."""
    ranked = match_profiles(seeded, KeywordEncoder(), save=False)
    result = match_call(KeywordEncoder, seeded, CONSORTIUM.id)
    for pid, member in by_id(result).items():
        expected = next(m for m in ranked[pid] if m.call_id == CONSORTIUM.id)
        assert (member["score"], member["verdict"]) == (round(expected.score, 1), expected.verdict)
        assert not member["from_store"]


def test_fresh_stored_matches_are_reused_without_encoding(seeded):
    match_profiles(seeded, KeywordEncoder())  # stores today's matches for every profile
    with open_store(seeded.db) as con:
        assert fresh_profile_ids(con, TODAY, KeywordEncoder.name) == {p.id for p in PROFILES}
        assert fresh_profile_ids(con, TODAY, "another/model") == set()

    def no_model():
        raise AssertionError("the encoder was loaded although every stored match is fresh")

    result = match_call(no_model, seeded, CONSORTIUM.id)
    assert all(m["from_store"] for m in result["members"])
    assert result["leads"] == ["global-ingo"]


def test_a_profile_changed_after_the_ranking_is_scored_again(seeded):
    match_profiles(seeded, KeywordEncoder())
    edited = profile("tripoli-women", "women_led_org", "Women journalists and media safety in Tripoli.")
    with_store(seeded.db, lambda con: upsert_profiles(con, [edited], utcnow()))  # after the ranking
    with open_store(seeded.db) as con:
        assert "tripoli-women" not in fresh_profile_ids(con, TODAY)
    members = by_id(match_call(KeywordEncoder, seeded, CONSORTIUM.id))
    assert not members["tripoli-women"]["from_store"] and members["beirut-media"]["from_store"]


def test_stored_matches_of_another_day_are_not_fresh(seeded):
    match_profiles(seeded, KeywordEncoder())
    with open_store(seeded.db) as con:
        assert fresh_profile_ids(con, TODAY + dt.timedelta(days=1)) == set()


def test_an_expired_call_has_nobody_to_lead_it(seeded):
    later = seeded.model_copy(update={"as_of": dt.date(2027, 3, 1)})
    result = match_call(KeywordEncoder, later, OPEN.id)
    assert result["leads"] == [] and result["fitting"] == 0
    assert all(m["expired"] for m in result["members"])


def test_top_limits_members_but_not_leads(seeded):
    result = match_call(KeywordEncoder, seeded, CONSORTIUM.id, top=1)
    assert len(result["members"]) == 1 and result["leads"] == ["global-ingo"]


def test_an_unknown_call_is_not_found(seeded):
    with pytest.raises(NotFound, match="no call with id 'nope'"):
        match_call(KeywordEncoder, seeded, "nope")


@pytest.mark.slow
def test_cli_match_call_with_the_real_model(fursa, cli_env, tmp_path):
    from tests import factories

    fursa("import", "profiles", factories.write_jsonl(tmp_path / "p.jsonl", factories.all_profiles()))
    fursa("import", "calls", factories.write_jsonl(tmp_path / "c.jsonl", factories.all_calls()))
    call_id = factories.eu_syria_civil_society_call()["id"]
    run = fursa("match", "--call", call_id, "--json")
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["call"]["id"] == call_id and len(result["members"]) == 3
    assert result["leads"] == ["cso-nes-coalition"]  # the Syrian coalition may lead; the others may not apply
    text = fursa("match", "--call", call_id, "--top", "1")
    assert text.code == 0 and "can lead" in text.stdout and "could lead: cso-nes-coalition" in text.stderr
    both = fursa("match", "--call", call_id, "--profile", "cso-nes-coalition")
    assert both.code == 1 and "give --call ID alone" in both.stderr


def test_an_encoder_instance_works_as_well_as_a_loader(seeded):
    encoder = KeywordEncoder()
    assert match_call(encoder, seeded, CONSORTIUM.id)["leads"] == ["global-ingo"]
    assert encoder.encoded  # nothing stored yet: it had to rank
