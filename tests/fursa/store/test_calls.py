"""merge_calls (idempotent upsert with change history, cross-source links), status upkeep, and export."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from fursa.formats import CallRecord
from fursa.store import open_store
from fursa.store.calls import (
    SourcedCall,
    call_links,
    content_hash,
    iter_calls,
    listed_count,
    mark_gone,
    mark_unavailable,
    merge_calls,
    refresh_statuses,
)
from tests import factories

TODAY = dt.date(2026, 11, 21)
DAY1 = dt.datetime(2026, 11, 20, 6, 0)
DAY2 = dt.datetime(2026, 11, 21, 6, 0)
DAY3 = dt.datetime(2026, 11, 22, 6, 0)


def sourced(record: dict, source: str = "fundsforngos", source_id: str | None = None) -> SourcedCall:
    call = CallRecord.model_validate(record)
    return SourcedCall(call, source, source_id or call.id, record)


@pytest.fixture
def con(db_path):
    with open_store(db_path) as connection:
        yield connection


def call_rows(con) -> list[tuple]:
    return con.execute(
        "SELECT id, title, deadline, amount_max, eligible_countries, extra, status, content_hash "
        "FROM calls ORDER BY id").fetchall()


def status_of(con, call_id: str) -> tuple:
    return con.execute("SELECT status, status_changed_at FROM calls WHERE id = ?", [call_id]).fetchone()


# --- merge -------------------------------------------------------------------------------------------

def test_merge_counts_new_calls_and_stores_them(con):
    counts = merge_calls(con, [sourced(r) for r in factories.all_calls()], seen_at=DAY1, today=TODAY)
    assert counts.as_dict() == {"seen": 4, "new": 4, "updated": 0, "unchanged": 0, "closed": 0}
    assert [r[0] for r in call_rows(con)] == sorted(r["id"] for r in factories.all_calls())


def test_merging_the_same_batch_twice_gives_the_same_rows_and_counts_unchanged(con):
    batch = [sourced(r) for r in factories.all_calls()]
    merge_calls(con, batch, seen_at=DAY1, today=TODAY)
    first = call_rows(con)
    counts = merge_calls(con, batch, seen_at=DAY2, today=TODAY)
    assert (counts.new, counts.updated, counts.unchanged) == (0, 0, 4)
    assert call_rows(con) == first
    assert con.execute("SELECT count(*) FROM call_changes").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM call_sources").fetchone()[0] == 4
    # last_seen moves, first_seen stays: the call was seen again, not created again.
    assert con.execute("SELECT DISTINCT first_seen, last_seen FROM calls").fetchall() == [(DAY1, DAY2)]


def test_changed_deadline_counts_as_updated_and_records_old_and_new_value(con):
    call = factories.eu_syria_civil_society_call()
    merge_calls(con, [sourced(call)], seen_at=DAY1, today=TODAY, run_id=7)
    counts = merge_calls(con, [sourced({**call, "deadline": "2027-02-01"})], seen_at=DAY2, today=TODAY, run_id=8)
    assert (counts.new, counts.updated, counts.unchanged) == (0, 1, 0)
    assert counts.changed_ids == [call["id"]]
    changes = con.execute("SELECT call_id, changed_at, run_id, field, old_value, new_value FROM call_changes").fetchall()
    assert len(changes) == 1
    call_id, changed_at, run_id, field, old, new = changes[0]
    assert (call_id, changed_at, run_id, field) == (call["id"], DAY2, 8, "deadline")
    assert (json.loads(old), json.loads(new)) == ("2027-01-15", "2027-02-01")
    assert con.execute("SELECT deadline FROM calls").fetchone()[0] == dt.date(2027, 2, 1)


def test_change_in_two_tracked_fields_records_both(con):
    call = factories.lebanon_media_call()
    merge_calls(con, [sourced(call)], seen_at=DAY1, today=TODAY)
    merge_calls(con, [sourced({**call, "amount_max": 25000, "eligible_countries": ["LB", "SY"]})],
                seen_at=DAY2, today=TODAY)
    changes = {f: (json.loads(o), json.loads(n)) for f, o, n in
               con.execute("SELECT field, old_value, new_value FROM call_changes").fetchall()}
    assert changes == {"amount_max": (20000.0, 25000.0), "eligible_countries": (["LB"], ["LB", "SY"])}


def test_change_only_in_description_is_an_update_without_tracked_history(con):
    call = factories.rolling_women_led_call()
    merge_calls(con, [sourced(call)], seen_at=DAY1, today=TODAY)
    before = con.execute("SELECT content_hash FROM calls").fetchone()[0]
    counts = merge_calls(con, [sourced({**call, "description": call["description"] + " Apply in Arabic."})],
                         seen_at=DAY2, today=TODAY)
    assert counts.updated == 1
    assert con.execute("SELECT content_hash FROM calls").fetchone()[0] != before
    assert con.execute("SELECT count(*) FROM call_changes").fetchone()[0] == 0


def test_duplicate_ids_in_one_batch_keep_the_last_occurrence(con):
    call = factories.lebanon_media_call()
    counts = merge_calls(con, [sourced(call), sourced({**call, "title": "Corrected title"})],
                         seen_at=DAY1, today=TODAY)
    assert counts.new == 1
    assert con.execute("SELECT title FROM calls").fetchall() == [("Corrected title",)]


def test_expired_call_lands_closed_and_open_call_lands_open(con):
    merge_calls(con, [sourced(factories.expired_jordan_call()), sourced(factories.lebanon_media_call())],
                seen_at=DAY1, today=TODAY)
    assert status_of(con, factories.expired_jordan_call()["id"])[0] == "closed"
    assert status_of(con, factories.lebanon_media_call()["id"])[0] == "open"


def test_content_hash_ignores_the_id_but_not_extra_fields():
    a = CallRecord.model_validate(factories.eu_syria_civil_society_call())
    b = CallRecord.model_validate(factories.eu_syria_civil_society_call(id="other:id"))
    c = CallRecord.model_validate(factories.eu_syria_civil_society_call(programme="Erasmus+"))
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(c)


def test_unchanged_content_with_a_new_raw_payload_only_moves_last_seen(con):
    call = factories.lebanon_media_call()
    merge_calls(con, [SourcedCall(CallRecord.model_validate(call), "feed_a", "m", {"fetched": 1})],
                seen_at=DAY1, today=TODAY)
    before = con.execute("SELECT * EXCLUDE (last_seen) FROM calls").fetchall()
    counts = merge_calls(con, [SourcedCall(CallRecord.model_validate(call), "feed_a", "m", {"fetched": 2})],
                         seen_at=DAY2, today=TODAY)
    assert (counts.unchanged, counts.updated) == (1, 0)
    assert con.execute("SELECT * EXCLUDE (last_seen) FROM calls").fetchall() == before  # raw not rewritten
    assert con.execute("SELECT last_seen FROM calls").fetchone()[0] == DAY2


def test_empty_batch_changes_nothing(con):
    counts = merge_calls(con, [], seen_at=DAY1, today=TODAY)
    assert counts.as_dict() == {"seen": 0, "new": 0, "updated": 0, "unchanged": 0, "closed": 0}
    assert con.execute("SELECT count(*) FROM calls").fetchone()[0] == 0


# --- statuses ----------------------------------------------------------------------------------------

def test_unseen_calls_of_a_source_become_unavailable_with_a_timestamp_and_are_kept(con):
    media, rolling = factories.lebanon_media_call(), factories.rolling_women_led_call()
    eu = factories.eu_syria_civil_society_call()
    merge_calls(con, [sourced(media, "feed_a"), sourced(rolling, "feed_a")], seen_at=DAY1, today=TODAY)
    merge_calls(con, [sourced(eu, "eu_funding_tenders")], seen_at=DAY1, today=TODAY)

    marked = mark_unavailable(con, "feed_a", [media["id"]], DAY2)

    assert marked == 1
    assert status_of(con, rolling["id"]) == ("unavailable", DAY2)
    assert status_of(con, media["id"])[0] == "open"
    assert status_of(con, eu["id"])[0] == "open"  # another source's calls are not touched
    assert con.execute("SELECT count(*) FROM calls").fetchone()[0] == 3


def test_marking_unavailable_twice_keeps_the_first_timestamp(con):
    rolling = factories.rolling_women_led_call()
    merge_calls(con, [sourced(rolling, "feed_a")], seen_at=DAY1, today=TODAY)
    assert mark_unavailable(con, "feed_a", [], DAY2) == 1
    assert mark_unavailable(con, "feed_a", [], DAY3) == 0
    assert status_of(con, rolling["id"]) == ("unavailable", DAY2)


def test_unavailable_call_seen_again_is_open_again(con):
    rolling = factories.rolling_women_led_call()
    merge_calls(con, [sourced(rolling, "feed_a")], seen_at=DAY1, today=TODAY)
    mark_unavailable(con, "feed_a", [], DAY2)
    merge_calls(con, [sourced(rolling, "feed_a")], seen_at=DAY3, today=TODAY)
    assert status_of(con, rolling["id"]) == ("open", DAY3)


def test_refresh_closes_open_calls_past_their_deadline_only(con):
    media, rolling, eu = (factories.lebanon_media_call(), factories.rolling_women_led_call(),
                          factories.eu_syria_civil_society_call())
    merge_calls(con, [sourced(media), sourced(rolling), sourced(eu)], seen_at=DAY1, today=TODAY)
    mark_unavailable(con, "fundsforngos", [media["id"], rolling["id"]], DAY1)  # eu: gone from its source

    closed = refresh_statuses(con, dt.date(2026, 12, 11), DAY3)  # the day after the media call's deadline

    assert closed == 1
    assert status_of(con, media["id"]) == ("closed", DAY3)
    assert status_of(con, rolling["id"])[0] == "open"  # rolling: no deadline, never closes
    assert status_of(con, eu["id"]) == ("unavailable", DAY1)  # not 'open', so left alone
    assert refresh_statuses(con, dt.date(2026, 12, 11), DAY3) == 0


# --- calls published by several sources ------------------------------------------------------------

EU_REF = "EuropeAid/187432/DD/ACT/SY"


def eu_call_on_a_feed() -> dict:
    """The EU call of factories.eu_syria_civil_society_call as a feed words it: another id, title, funder."""
    return factories.eu_syria_civil_society_call(
        id="fundsforngos:eu-syria-civil-society", title="EU: grants for Syrian civil society (EuropeAid/187432/DD/ACT/SY)",
        funder="EU Delegation to Syria", description="Summary of the EU call.", programme=None)


def test_the_same_call_from_a_second_source_becomes_a_link_not_a_row(con):
    eu = factories.eu_syria_civil_society_call()
    merge_calls(con, [sourced(eu, "eu_funding_tenders", EU_REF)], seen_at=DAY1, today=TODAY)
    counts = merge_calls(con, [sourced(eu_call_on_a_feed(), "fundsforngos", "p=1")], seen_at=DAY2, today=TODAY)
    assert (counts.new, counts.linked) == (0, 1)
    assert con.execute("SELECT id, title FROM calls").fetchall() == [(eu["id"], eu["title"])]
    assert [(link["source"], link["source_id"]) for link in call_links(con, eu["id"])] == [
        ("eu_funding_tenders", EU_REF), ("fundsforngos", "p=1")]
    assert [c["id"] for c in iter_calls(con, source="fundsforngos")] == [eu["id"]]


def test_two_sources_wording_a_call_differently_never_overwrite_each_other(con):
    eu, feed = factories.eu_syria_civil_society_call(), eu_call_on_a_feed()
    for day in (DAY1, DAY2, DAY3):
        a = merge_calls(con, [sourced(eu, "eu_funding_tenders", EU_REF)], seen_at=day, today=TODAY)
        b = merge_calls(con, [sourced(feed, "fundsforngos", "p=1")], seen_at=day, today=TODAY)
        if day != DAY1:
            assert (a.updated, b.updated, a.unchanged, b.unchanged) == (0, 0, 1, 1)
    assert con.execute("SELECT title, last_seen FROM calls").fetchall() == [(eu["title"], DAY3)]


def test_a_change_published_by_the_linked_source_updates_the_call_and_is_recorded(con):
    eu, feed = factories.eu_syria_civil_society_call(), eu_call_on_a_feed()
    merge_calls(con, [sourced(eu, "eu_funding_tenders", EU_REF)], seen_at=DAY1, today=TODAY)
    merge_calls(con, [sourced(feed, "fundsforngos", "p=1")], seen_at=DAY1, today=TODAY)
    counts = merge_calls(con, [sourced({**feed, "deadline": "2027-02-28"}, "fundsforngos", "p=1")],
                         seen_at=DAY2, today=TODAY, run_id=9)
    assert (counts.updated, counts.changed_ids) == (1, [eu["id"]])
    assert con.execute("SELECT deadline, source FROM calls").fetchone() == (dt.date(2027, 2, 28), "fundsforngos")
    assert ("deadline", 9) in con.execute("SELECT field, run_id FROM call_changes").fetchall()


def test_a_call_two_sources_publish_stays_open_until_both_stop_listing_it(con):
    eu = factories.eu_syria_civil_society_call()
    merge_calls(con, [sourced(eu, "eu_funding_tenders", EU_REF)], seen_at=DAY1, today=TODAY)
    merge_calls(con, [sourced(eu_call_on_a_feed(), "fundsforngos", "p=1")], seen_at=DAY1, today=TODAY)

    assert mark_unavailable(con, "eu_funding_tenders", [], DAY2) == 0   # the first publisher dropped it
    assert status_of(con, eu["id"])[0] == "open"
    assert mark_unavailable(con, "eu_funding_tenders", [], DAY3) == 0   # and again: no flip-flop
    assert mark_unavailable(con, "fundsforngos", [], DAY3) == 1
    assert status_of(con, eu["id"]) == ("unavailable", DAY3)
    assert (listed_count(con, "eu_funding_tenders"), listed_count(con, "fundsforngos")) == (0, 0)


def test_a_404_retires_one_link_and_the_call_only_when_no_other_source_lists_it(con):
    media, rolling = factories.lebanon_media_call(), factories.rolling_women_led_call()
    merge_calls(con, [sourced(media, "feed_a", "m"), sourced(rolling, "feed_a", "r")], seen_at=DAY1, today=TODAY)
    assert mark_gone(con, "feed_a", ["r"], DAY2) == 1
    assert status_of(con, rolling["id"]) == ("unavailable", DAY2)
    assert status_of(con, media["id"])[0] == "open"
    assert con.execute("SELECT count(*) FROM calls").fetchone()[0] == 2


def test_items_of_one_source_are_never_linked_to_each_other(con):
    eu = factories.eu_syria_civil_society_call()
    counts = merge_calls(con, [sourced(eu, "feed_a", "1"), sourced({**eu, "id": "feed_a:2"}, "feed_a", "2")],
                         seen_at=DAY1, today=TODAY)
    assert (counts.new, counts.linked) == (2, 0)


def test_linking_can_be_switched_off(con):
    merge_calls(con, [sourced(factories.eu_syria_civil_society_call(), "eu_funding_tenders", EU_REF)],
                seen_at=DAY1, today=TODAY)
    counts = merge_calls(con, [sourced(eu_call_on_a_feed(), "fundsforngos", "p=1")], seen_at=DAY1, today=TODAY,
                         link_duplicates=False)
    assert (counts.new, counts.linked) == (1, 0)


# --- export ------------------------------------------------------------------------------------------

def test_iter_calls_gives_contract_dicts_with_extra_fields_ordered_by_id(con):
    records = factories.all_calls()
    merge_calls(con, [sourced(r) for r in records], seen_at=DAY1, today=TODAY)
    exported = list(iter_calls(con))
    assert [c["id"] for c in exported] == sorted(r["id"] for r in records)
    by_id = {c["id"]: c for c in exported}
    assert by_id == {r["id"]: r for r in records}
    assert by_id[factories.eu_syria_civil_society_call()["id"]]["programme"] == "NDICI-Global Europe"


def test_iter_calls_filters_by_status_and_source(con):
    merge_calls(con, [sourced(factories.expired_jordan_call(), "fundsforngos"),
                      sourced(factories.lebanon_media_call(), "arabic_calls_feed")], seen_at=DAY1, today=TODAY)
    assert [c["id"] for c in iter_calls(con, status="closed")] == [factories.expired_jordan_call()["id"]]
    assert [c["id"] for c in iter_calls(con, source="arabic_calls_feed")] == [factories.lebanon_media_call()["id"]]
    assert list(iter_calls(con, status="open", source="fundsforngos")) == []
