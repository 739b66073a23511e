"""fursa.api: imports all or nothing and idempotent, exports equal to what was imported."""

from __future__ import annotations

import io
import json

import pytest

from fursa import api
from fursa.errors import InputError, NotFound
from fursa.registry import load_registry
from fursa.store import open_store
from tests import factories
from tests.conftest import PROJECT_DATA
from tests.helpers import snapshot, table_rows


def import_file(settings, tmp_path, records, name="calls.jsonl"):
    return api.import_calls(settings, factories.write_jsonl(tmp_path / name, records))


def exported_calls(settings, **filters) -> list[dict]:
    out = io.StringIO()
    api.export_calls(settings, out, **filters)
    return factories.read_jsonl(out.getvalue())


def test_importing_the_same_file_twice_gives_the_same_rows(settings, tmp_path):
    path = factories.write_jsonl(tmp_path / "calls.jsonl", factories.all_calls())
    assert api.import_calls(settings, path) == {"seen": 4, "new": 4, "updated": 0, "unchanged": 0, "closed": 0,
                                                  "linked": 0}
    query = "SELECT * EXCLUDE (first_seen, last_seen, status_changed_at) FROM calls ORDER BY id"
    with open_store(settings.db) as con:
        first = con.execute(query).fetchall()
        hashes = con.execute("SELECT content_hash FROM calls ORDER BY id").fetchall()
    assert api.import_calls(settings, path) == {"seen": 4, "new": 0, "updated": 0, "unchanged": 4, "closed": 0,
                                                  "linked": 0}
    with open_store(settings.db) as con:
        assert con.execute(query).fetchall() == first
        assert con.execute("SELECT content_hash FROM calls ORDER BY id").fetchall() == hashes
        assert con.execute("SELECT count(*) FROM call_changes").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM call_sources").fetchone()[0] == 4
    assert len(first) == 4 and len(set(hashes)) == 4


def test_import_records_source_status_and_raw(settings, tmp_path):
    path = factories.write_jsonl(tmp_path / "c.jsonl", factories.all_calls())
    api.import_calls(settings, path, source="partner_list")
    with open_store(settings.db) as con:
        rows = {r[0]: r[1:] for r in con.execute("SELECT id, source, source_id, status FROM calls").fetchall()}
        raw = json.loads(con.execute("SELECT raw FROM calls WHERE id = ?",
                                     [factories.eu_syria_civil_society_call()["id"]]).fetchone()[0])
    expected = {c["id"]: ("partner_list", c["id"], "open") for c in factories.all_calls()}
    expected[factories.expired_jordan_call()["id"]] = ("partner_list", factories.expired_jordan_call()["id"],
                                                       "closed")  # deadline before the as-of day
    assert rows == expected
    assert raw["programme"] == "NDICI-Global Europe"


def test_changed_deadline_is_one_update_with_its_history(settings, tmp_path):
    import_file(settings, tmp_path, factories.all_calls())
    changed = [factories.eu_syria_civil_society_call(deadline="2027-02-15"), *factories.all_calls()[1:]]
    counts = import_file(settings, tmp_path, changed, "changed.jsonl")
    assert (counts["new"], counts["updated"], counts["unchanged"]) == (0, 1, 3)
    changes = table_rows(settings.db, "call_changes")
    assert [(c[0], c[3], json.loads(c[4]), json.loads(c[5])) for c in changes] == [
        (factories.eu_syria_civil_society_call()["id"], "deadline", "2027-01-15", "2027-02-15")]


def test_import_with_a_bad_line_changes_nothing(settings, tmp_path):
    import_file(settings, tmp_path, [factories.eu_syria_civil_society_call(), factories.lebanon_media_call()])
    before = snapshot(settings.db)
    bad = [factories.eu_syria_civil_society_call(deadline="2027-03-01"), factories.rolling_women_led_call(),
           factories.expired_jordan_call(currency="DINAR")]
    with pytest.raises(InputError, match=r"bad\.jsonl:3:currency"):
        import_file(settings, tmp_path, bad, "bad.jsonl")
    assert snapshot(settings.db) == before


def test_export_equals_the_import_including_extra_fields(settings, tmp_path):
    import_file(settings, tmp_path, factories.all_calls())
    assert exported_calls(settings) == sorted(factories.all_calls(), key=lambda c: c["id"])
    assert [c["id"] for c in exported_calls(settings, status="closed")] == [factories.expired_jordan_call()["id"]]
    assert exported_calls(settings, source="elsewhere") == []


def test_profiles_round_trip_and_reimport_is_unchanged(settings, tmp_path):
    path = factories.write_jsonl(tmp_path / "profiles.jsonl", factories.all_profiles())
    assert api.import_profiles(settings, path) == {"new": 3, "updated": 0, "unchanged": 0}
    assert api.import_profiles(settings, path) == {"new": 0, "updated": 0, "unchanged": 3}
    out = io.StringIO()
    assert api.export_profiles(settings, out) == 3
    assert factories.read_jsonl(out.getvalue()) == sorted(factories.all_profiles(), key=lambda p: p["id"])


def test_shortlist_export_lists_items_with_their_calls_facts(settings, tmp_path):
    import_file(settings, tmp_path, factories.all_calls())
    sid = api.new_shortlist(settings, "Coalition Q1 2027")
    assert api.add_to_shortlist(settings, sid, factories.rolling_women_led_call()["id"]) is True
    assert api.add_to_shortlist(settings, sid, factories.lebanon_media_call()["id"], notes="Rana leads") is True
    assert api.add_to_shortlist(settings, sid, factories.lebanon_media_call()["id"]) is False
    out = io.StringIO()
    assert api.export_shortlist(settings, sid, out) == 2
    rows = factories.read_jsonl(out.getvalue())
    assert [(r["call_id"], r["deadline"], r["notes"], r["status"]) for r in rows] == [
        (factories.lebanon_media_call()["id"], "2026-12-10", "Rana leads", "to_review"),
        (factories.rolling_women_led_call()["id"], None, "", "to_review")]
    assert [s["items"] for s in api.shortlists(settings)] == [2]
    with pytest.raises(NotFound):
        api.export_shortlist(settings, "no-such-list", io.StringIO())


def test_register_feed_writes_the_registry_and_bad_url_is_refused(settings):
    source = api.register_feed(settings, "undp_syria_feed", "https://www.undp.org/syria/rss.xml")
    assert source.spider == "feed"
    with pytest.raises(InputError, match="url: expected an http\\(s\\) URL"):
        api.register_feed(settings, "evil_feed", "javascript:alert(1)")
    names = [row["name"] for row in api.sources_report(settings)]
    bundled = [s.name for s in load_registry(PROJECT_DATA / "sources.toml")]
    assert names == sorted(bundled + ["undp_syria_feed"])
