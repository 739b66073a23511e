"""Shortlists: create one, open it by link, set each item's status, owner and notes, download it."""

from __future__ import annotations

from dashboard import queries
from dashboard.i18n import t
from fursa import api
from fursa.store import open_store
from tests.dashboard.conftest import plain, run_app

MEDIA = "arabic_calls_feed:samir-kassir-2026-media"
SYRIA = "eu_funding_tenders:EuropeAid/187432/DD/ACT/SY"


def shortlist_with_items(settings, name: str = "Coalition Q1 2027") -> str:
    sid = api.new_shortlist(settings, name, "Calls for the coalition's members")
    api.add_to_shortlist(settings, sid, SYRIA, "cso-nes-coalition")
    api.add_to_shortlist(settings, sid, MEDIA)
    return sid


def items(settings, sid: str) -> dict[str, tuple]:
    with open_store(settings.db) as con:
        rows = con.execute("SELECT call_id, status, owner_profile_id, notes FROM shortlist_items "
                           "WHERE shortlist_id = ?", [sid]).fetchall()
    return {r[0]: r[1:] for r in rows}


def test_no_shortlist_yet_says_how_to_make_one(seeded):
    at = run_app("en", "shortlists")
    assert at.info[0].value == t("no_shortlists", "en")


def test_creating_a_shortlist_opens_it_and_puts_it_in_the_link(seeded):
    at = run_app("en", "shortlists")
    at.text_input(key="sl_new_name").set_value("Coalition Q1 2027")
    at.button(key="sl_create").click().run()
    assert not at.exception
    (row,) = api.shortlists(seeded)
    assert row["name"] == "Coalition Q1 2027"
    assert at.selectbox(key="shortlist").value == row["id"]
    assert at.query_params["shortlist"] == row["id"]
    assert at.info[0].value == t("empty_shortlist", "en")


def test_a_link_opens_that_shortlist_with_its_items(seeded):
    shortlist_with_items(seeded, "Another one")
    sid = shortlist_with_items(seeded)
    at = run_app("ar", "shortlists", shortlist=sid)
    assert at.selectbox(key="shortlist").value == sid
    table = at.data_editor[0].value
    assert [plain(v) for v in table["title"]] == ["منح للإعلام المستقل في لبنان",
                                                  "Strengthening Syrian civil society in the north-east"]
    assert f"shortlists?shortlist={sid}" in at.code[0].value


def test_choosing_another_shortlist_after_opening_a_link_switches_to_it(seeded):
    first = shortlist_with_items(seeded, "First")
    second = api.new_shortlist(seeded, "Second")
    at = run_app("en", "shortlists", shortlist=first)
    at.selectbox(key="shortlist").set_value(second).run()
    assert at.selectbox(key="shortlist").value == second
    assert at.query_params["shortlist"] == second
    assert at.info[0].value == t("empty_shortlist", "en")


def test_a_link_to_a_missing_shortlist_says_so(seeded):
    shortlist_with_items(seeded)
    at = run_app("en", "shortlists", shortlist="nope")
    assert at.warning[0].value == t("shortlist_not_found", "en")


def test_status_owner_and_notes_edited_in_the_table_are_stored(seeded):
    sid = shortlist_with_items(seeded)
    at = run_app("en", "shortlists", shortlist=sid)
    editor = at.data_editor[0]
    position = [plain(v) for v in editor.value["call_id"]].index(MEDIA)
    at.session_state[editor.key] = {"edited_rows": {position: {"status": "preparing", "notes": "Budget by Friday",
                                                               "owner_profile_id": "beirut-independent-media"}},
                                    "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    assert items(seeded, sid)[MEDIA] == ("preparing", "beirut-independent-media", "Budget by Friday")
    assert items(seeded, sid)[SYRIA] == ("to_review", "cso-nes-coalition", "")
    assert any("1" in toast.value for toast in at.toast)
    at.run()  # the edit is not written again, and the table now shows what is stored
    assert at.data_editor[0].value.set_index("call_id").loc[MEDIA, "status"] == "preparing"


def test_every_download_format_is_offered_and_each_renders(seeded):
    sid = shortlist_with_items(seeded)
    at = run_app("en", "shortlists", shortlist=sid)
    keys = {b.key for b in at.download_button}
    formats = queries.export_formats()
    assert {f"download_{fmt}" for fmt in formats} <= keys
    assert {"csv", "xlsx", "ics", "commongrants", "html"} <= set(formats)
    calendar = queries.shortlist_export(sid, "ics", "ar")  # what the ICS button generates when clicked
    assert calendar.startswith(b"BEGIN:VCALENDAR") and b"DTSTART" in calendar
