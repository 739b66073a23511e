"""Coalition view: calls fitting at least one member, grouped by call with their members; a shortlist from it."""

from __future__ import annotations

import json

import pytest

from fursa import api
from fursa.errors import InputError, NotFound
from fursa.formats import CallRecord
from fursa.store import with_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.profiles import upsert_profiles
from matcher.coalition import coalition, group_by_call
from matcher.service import match_profiles
from tests.fakes import KeywordEncoder
from tests.matcher.test_reverse import CONSORTIUM, OPEN, PROFILES, SEEN, TODAY

WATER = CallRecord(
    id="fund:iq-water", title="Water networks in Erbil", funder="Water Fund", url="https://example.org/water",
    language="en", description="Rehabilitation of water and sanitation networks.", deadline="2027-03-01",
    eligible_countries=["IQ"], eligible_applicants=["local_ngo"], themes=["water"])
MEMBERS = ["beirut-media", "tripoli-women", "erbil-water"]


@pytest.fixture
def seeded(settings):
    def write(con):
        merge_calls(con, [SourcedCall(c, "test", c.id) for c in (CONSORTIUM, OPEN, WATER)], seen_at=SEEN,
                    today=TODAY)
        upsert_profiles(con, PROFILES, SEEN)

    with_store(settings.db, write)
    return settings


def row(call_id, score, verdict="eligible", expired=False):
    return {"call_id": call_id, "score": score, "verdict": verdict, "expired": expired, "rank": 1}


def test_group_by_call_keeps_fitting_members_and_orders_calls_by_members_then_score():
    fits = {"a": [row("c1", 50), row("c2", 30, "partner"), row("c3", 90, "not_eligible")],
            "b": [row("c2", 60), row("c1", 10), row("c4", 80, expired=True)]}
    groups = group_by_call(fits, {"a": "A", "b": "B"}, min_score=20)
    assert [g["call_id"] for g in groups] == ["c2", "c1"]
    c2 = groups[0]
    assert [(m["profile_id"], m["can_lead"]) for m in c2["members"]] == [("b", True), ("a", False)]
    assert c2["leads"] == ["b"]
    assert [m["profile_id"] for m in groups[1]["members"]] == ["a"]  # b's 10 is below the threshold


def test_coalition_scores_members_without_fresh_matches(seeded):
    encoder = KeywordEncoder()
    groups = coalition(seeded, MEMBERS, min_score=0.0, encoder=lambda: encoder)
    assert encoder.encoded  # nothing was stored: it had to rank
    by_call = {g["id"]: g for g in groups}
    assert set(by_call) == {CONSORTIUM.id, OPEN.id, WATER.id}
    assert [m["profile_id"] for m in by_call[WATER.id]["members"]] == ["erbil-water"]
    assert by_call[CONSORTIUM.id]["leads"] == []  # both members fit it only as partners
    assert {m["verdict"] for m in by_call[CONSORTIUM.id]["members"]} == {"partner"}
    assert by_call[OPEN.id]["title"] == OPEN.title and by_call[OPEN.id]["call_status"] == "open"


def test_coalition_reads_fresh_stored_matches_without_the_model(seeded):
    def no_model():
        raise AssertionError("the encoder was loaded although the stored matches are fresh")

    scored = coalition(seeded, MEMBERS, min_score=0.0, encoder=KeywordEncoder)
    match_profiles(seeded, KeywordEncoder())
    stored = coalition(seeded, MEMBERS, min_score=0.0, encoder=no_model)
    assert [(g["id"], [(m["profile_id"], m["score"]) for m in g["members"]]) for g in stored] == \
           [(g["id"], [(m["profile_id"], m["score"]) for m in g["members"]]) for g in scored]


def test_coalition_refuses_unknown_members_and_an_empty_set(seeded):
    with pytest.raises(NotFound, match="no profile with id 'ghost'"):
        coalition(seeded, ["beirut-media", "ghost"], encoder=KeywordEncoder)
    with pytest.raises(InputError, match="at least one member"):
        coalition(seeded, [], encoder=KeywordEncoder)


def test_a_shortlist_made_from_the_coalition_names_owners_and_fitting_members(seeded, fursa):
    match_profiles(seeded, KeywordEncoder())
    run = fursa("coalition", "--profile", "beirut-media", "--profile", "erbil-water", "--min-score", "0",
                "--shortlist", "Coalition Q1 2027")
    assert run.code == 0, run.stderr
    shortlist_id = run.stdout.strip()
    items = {i["call_id"]: i for i in (
        json.loads(line) for line in api.export_shortlist_bytes(seeded, shortlist_id, "jsonl").splitlines())}
    assert set(items) == {CONSORTIUM.id, OPEN.id, WATER.id}
    assert items[WATER.id]["owner_profile_id"] == "erbil-water"
    assert items[OPEN.id]["owner_profile_id"] == "beirut-media" and "beirut-media (eligible" in items[OPEN.id]["notes"]


def test_cli_coalition_prints_calls_with_members_and_json(seeded, fursa):
    match_profiles(seeded, KeywordEncoder())
    text = fursa("coalition", "--all", "--min-score", "0")
    assert text.code == 0 and OPEN.title in text.stdout and "can lead" in text.stdout
    as_json = fursa("coalition", "--profile", "erbil-water", "--min-score", "0", "--json")
    assert [g["id"] for g in json.loads(as_json.stdout)] == [WATER.id]
    both = fursa("coalition", "--profile", "erbil-water", "--all")
    assert both.code == 1 and "give --profile ID" in both.stderr


def test_api_coalition_leaves_out_fits_below_the_threshold(seeded):
    match_profiles(seeded, KeywordEncoder())

    def fits(min_score):
        return {(g["id"], m["profile_id"], m["score"]) for g in api.coalition(seeded, MEMBERS, min_score)
                for m in g["members"]}

    everything = fits(0)
    threshold = sorted(score for *_, score in everything)[len(everything) // 2]
    assert fits(threshold) == {f for f in everything if f[2] >= threshold} != everything
