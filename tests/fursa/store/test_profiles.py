"""Profiles in the store: upsert by id, unchanged profiles untouched, export with extra fields."""

from __future__ import annotations

import datetime as dt

import pytest

from fursa.errors import NotFound
from fursa.formats import ProfileRecord
from fursa.store import open_store
from fursa.store.profiles import get_profile, iter_profiles, upsert_profiles
from tests import factories

DAY1 = dt.datetime(2026, 11, 20, 9, 0)
DAY2 = dt.datetime(2026, 11, 21, 9, 0)


@pytest.fixture
def con(db_path):
    with open_store(db_path) as connection:
        yield connection


def records(*dicts) -> list[ProfileRecord]:
    return [ProfileRecord.model_validate(d) for d in dicts]


def test_upsert_counts_new_then_unchanged_and_keeps_updated_at(con):
    profiles = records(*factories.all_profiles())
    assert upsert_profiles(con, profiles, DAY1) == {"new": 3, "updated": 0, "unchanged": 0}
    assert upsert_profiles(con, profiles, DAY2) == {"new": 0, "updated": 0, "unchanged": 3}
    assert con.execute("SELECT DISTINCT created_at, updated_at FROM profiles").fetchall() == [(DAY1, DAY1)]


def test_changed_profile_is_updated_in_place_and_keeps_created_at(con):
    upsert_profiles(con, records(factories.beirut_media_profile()), DAY1)
    changed = factories.beirut_media_profile(annual_budget_usd=150000, themes=["media", "elections"])
    assert upsert_profiles(con, records(changed), DAY2) == {"new": 0, "updated": 1, "unchanged": 0}
    row = con.execute("SELECT annual_budget_usd, themes, created_at, updated_at FROM profiles").fetchall()
    assert row == [(150000.0, ["media", "elections"], DAY1, DAY2)]


def test_iter_profiles_returns_contract_dicts_with_extra_fields(con):
    upsert_profiles(con, records(*factories.all_profiles()), DAY1)
    exported = {p["id"]: p for p in iter_profiles(con)}
    assert exported == {p["id"]: p for p in factories.all_profiles()}
    assert exported["cso-nes-coalition"]["contact_email"] == "grants@nes-coalition.example.org"
    assert exported["idlib-womens-cbo"]["registered_in"] is None


def test_iter_profiles_by_ids_returns_only_those(con):
    upsert_profiles(con, records(*factories.all_profiles()), DAY1)
    assert [p["id"] for p in iter_profiles(con, ["idlib-womens-cbo", "beirut-independent-media"])] == [
        "beirut-independent-media", "idlib-womens-cbo"]
    assert list(iter_profiles(con, ["nobody"])) == []


def test_get_profile_returns_a_record_and_unknown_id_is_not_found(con):
    upsert_profiles(con, records(factories.nes_coalition_profile()), DAY1)
    profile = get_profile(con, "cso-nes-coalition")
    assert (profile.org_type, profile.countries, profile.registered_in) == ("coalition", ["SY"], "TR")
    with pytest.raises(NotFound, match="no profile with id 'ghost'"):
        get_profile(con, "ghost")
