"""Shortlists: one item per call, status and notes updates, refusals, deadline ordering."""

from __future__ import annotations

import datetime as dt

import pytest

from fursa.errors import InputError, NotFound
from fursa.formats import CallRecord
from fursa.store import open_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.shortlists import (
    ITEM_STATUSES,
    add_item,
    create_shortlist,
    iter_items,
    list_shortlists,
    update_item,
)
from tests import factories

AT = dt.datetime(2026, 11, 21, 10, 0)
LATER = dt.datetime(2026, 11, 21, 11, 0)
EU = factories.eu_syria_civil_society_call()["id"]          # deadline 2027-01-15
MEDIA = factories.lebanon_media_call()["id"]                # deadline 2026-12-10
ROLLING = factories.rolling_women_led_call()["id"]          # no deadline


@pytest.fixture
def con(db_path):
    with open_store(db_path) as connection:
        calls = [factories.eu_syria_civil_society_call(), factories.lebanon_media_call(),
                 factories.rolling_women_led_call()]
        merge_calls(connection, [SourcedCall(CallRecord.model_validate(c), "import", c["id"]) for c in calls],
                    seen_at=AT, today=dt.date(2026, 11, 21))
        yield connection


@pytest.fixture
def shortlist(con) -> str:
    return create_shortlist(con, "  Coalition Q1 2027 ", AT, description="Calls for the NES coalition")


def items(con, shortlist_id) -> list[dict]:
    return list(iter_items(con, shortlist_id))


def test_create_stores_a_trimmed_name_under_a_url_safe_id(con, shortlist):
    assert len(shortlist) >= 10 and all(ch.isalnum() or ch in "-_" for ch in shortlist)
    assert list_shortlists(con) == [{"id": shortlist, "name": "Coalition Q1 2027",
                                     "description": "Calls for the NES coalition", "created_at": AT,
                                     "updated_at": AT, "items": 0}]


def test_create_without_a_name_is_refused(con):
    with pytest.raises(InputError, match="needs a name"):
        create_shortlist(con, "   ", AT)
    assert list_shortlists(con) == []


def test_adding_a_call_twice_keeps_one_item_and_its_notes(con, shortlist):
    assert add_item(con, shortlist, EU, AT, notes="Lead: Amina") is True
    assert add_item(con, shortlist, EU, LATER, notes="overwritten?") is False
    assert [(i["call_id"], i["notes"], i["status"], i["added_at"]) for i in items(con, shortlist)] == [
        (EU, "Lead: Amina", "to_review", AT)]
    assert list_shortlists(con)[0]["items"] == 1


def test_update_changes_status_and_notes_and_leaves_other_fields(con, shortlist):
    add_item(con, shortlist, EU, AT, owner_profile_id="cso-nes-coalition", notes="Lead: Amina")
    update_item(con, shortlist, EU, LATER, status="preparing")
    (item,) = items(con, shortlist)
    assert (item["status"], item["notes"], item["owner_profile_id"], item["updated_at"]) == (
        "preparing", "Lead: Amina", "cso-nes-coalition", LATER)
    update_item(con, shortlist, EU, LATER, notes="Concept note sent 2026-12-01")
    (item,) = items(con, shortlist)
    assert (item["status"], item["notes"]) == ("preparing", "Concept note sent 2026-12-01")


@pytest.mark.parametrize("status", ["approved", "Preparing", ""])
def test_invalid_status_is_refused_and_the_item_is_unchanged(con, shortlist, status):
    add_item(con, shortlist, EU, AT)
    with pytest.raises(InputError, match="unknown status"):
        update_item(con, shortlist, EU, LATER, status=status)
    assert items(con, shortlist)[0]["status"] == "to_review"


def test_every_documented_status_is_accepted(con, shortlist):
    add_item(con, shortlist, EU, AT)
    for status in ITEM_STATUSES:
        update_item(con, shortlist, EU, LATER, status=status)
        assert items(con, shortlist)[0]["status"] == status


def test_unknown_call_is_refused_and_nothing_is_added(con, shortlist):
    with pytest.raises(NotFound, match="no call with id 'eu:does-not-exist'"):
        add_item(con, shortlist, "eu:does-not-exist", AT)
    assert items(con, shortlist) == []


def test_unknown_shortlist_is_refused(con):
    with pytest.raises(NotFound, match="no shortlist with id 'nope'"):
        add_item(con, "nope", EU, AT)
    with pytest.raises(NotFound):
        list(iter_items(con, "nope"))


def test_updating_a_call_not_on_the_list_is_not_found(con, shortlist):
    with pytest.raises(NotFound, match="is not on shortlist"):
        update_item(con, shortlist, MEDIA, LATER, status="preparing")


def test_items_are_ordered_soonest_deadline_first_and_rolling_calls_last(con, shortlist):
    for call_id in (ROLLING, EU, MEDIA):
        add_item(con, shortlist, call_id, AT)
    ordered = items(con, shortlist)
    assert [i["call_id"] for i in ordered] == [MEDIA, EU, ROLLING]
    assert [i["deadline"] for i in ordered] == [dt.date(2026, 12, 10), dt.date(2027, 1, 15), None]
    assert ordered[0]["title"] == "منح للإعلام المستقل في لبنان"


def test_items_of_one_shortlist_do_not_show_on_another(con, shortlist):
    other = create_shortlist(con, "Media partners", AT)
    add_item(con, shortlist, EU, AT)
    add_item(con, other, MEDIA, AT)
    assert [i["call_id"] for i in items(con, shortlist)] == [EU]
    assert [i["call_id"] for i in items(con, other)] == [MEDIA]
