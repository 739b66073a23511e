"""Exports round-trip: each file is read back with the real library (csv, openpyxl, icalendar, json) and
compared with the stored calls; scraped text stays text; the CLI keeps JSON Lines as its default."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import uuid

import icalendar
import jsonschema
import openpyxl
import pytest

from fursa import api, exports
from fursa.errors import InputError
from fursa.templates import label
from tests import factories

TODAY = dt.date.fromisoformat(factories.AS_OF)
# A call whose deadline has a time (as the EU portal gives it) and a title that looks like a formula.
TIMED = factories.eu_syria_civil_society_call(
    id="eu_funding_tenders:TIMED-1", title="=HYPERLINK(\"https://evil.example\") <b>bold</b> & co",
    deadline="2027-02-03", deadline_at="2027-02-03T16:00:00+00:00")


@pytest.fixture
def stored(settings, tmp_path) -> list[dict]:
    """The suite's calls plus TIMED, imported; returns them as `fursa export calls` gives them back."""
    api.import_calls(settings, factories.write_jsonl(tmp_path / "calls.jsonl", [*factories.all_calls(), TIMED]))
    return [json.loads(line) for line in api.export_calls_bytes(settings, "jsonl").decode().splitlines()]


def by_id(rows) -> dict[str, dict]:
    return {r["id"]: r for r in rows}


def split(text: str) -> list[str]:
    return text.split(exports.LIST_SEPARATOR) if text else []


def number(text: str) -> float | None:
    return float(text) if text else None


# --- CSV ---------------------------------------------------------------------------------------------

def test_csv_round_trip_equals_the_stored_calls(settings, stored):
    data = api.export_calls_bytes(settings, "csv")
    assert data.startswith("\ufeff".encode())  # Excel reads the Arabic right only with the BOM
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["id"] for r in rows] == [c["id"] for c in stored]
    for row, call in zip(rows, stored, strict=True):
        assert row["description"] == call["description"] and row["funder"] == call["funder"]
        assert (row["deadline"] or None) == call["deadline"]
        assert (number(row["amount_min"]), number(row["amount_max"])) == (call["amount_min"], call["amount_max"])
        for name in ("eligible_countries", "eligible_applicants", "themes"):
            assert split(row[name]) == call[name]
        assert row["call_status"] == ("closed" if call["id"] == factories.expired_jordan_call()["id"] else "open")
        assert row["title"] == (call["title"] if not call["title"].startswith("=") else "'" + call["title"])


def test_csv_defuses_text_that_a_spreadsheet_would_run_as_a_formula(settings, stored):
    rows = list(csv.DictReader(io.StringIO(api.export_calls_bytes(settings, "csv").decode("utf-8-sig"))))
    assert by_id(rows)[TIMED["id"]]["title"].startswith("'=HYPERLINK")


# --- Excel -------------------------------------------------------------------------------------------

def test_xlsx_calls_sheet_equals_the_stored_calls_and_deadlines_sheet_lists_dated_calls(settings, stored):
    book = openpyxl.load_workbook(io.BytesIO(api.export_calls_bytes(settings, "xlsx")))
    calls_sheet, deadlines = book[label("calls_sheet")], book[label("deadlines_sheet")]
    header = [c.value for c in calls_sheet[1]]
    columns = {name: header.index(label(name)) for name in exports.CALL_COLUMNS}
    rows = list(calls_sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(stored)
    for row, call in zip(rows, stored, strict=True):
        assert row[columns["id"]] == call["id"] and row[columns["title"]] == call["title"]
        deadline = row[columns["deadline"]]
        assert (deadline.date().isoformat() if deadline else None) == call["deadline"]
        assert row[columns["amount_max"]] == call["amount_max"]
        assert split(row[columns["themes"]] or "") == call["themes"]

    dated = sorted((c for c in stored if c["deadline"]), key=lambda c: c["deadline"])
    listed = list(deadlines.iter_rows(min_row=2, values_only=True))
    assert [(r[0].date().isoformat(), r[1], r[2]) for r in listed] == [
        (c["deadline"], (dt.date.fromisoformat(c["deadline"]) - TODAY).days, c["title"]) for c in dated]


def test_xlsx_keeps_formula_like_titles_as_text_and_links_only_http(settings, stored):
    book = openpyxl.load_workbook(io.BytesIO(api.export_calls_bytes(settings, "xlsx")))
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == TIMED["id"])
    title = row[header.index(label("title"))]
    assert title.data_type == "s" and title.value == TIMED["title"]
    assert row[header.index(label("url"))].hyperlink.target == TIMED["url"]


def test_arabic_xlsx_has_arabic_headings_and_right_to_left_sheets(settings, stored):
    book = openpyxl.load_workbook(io.BytesIO(api.export_calls_bytes(settings, "xlsx", lang="ar")))
    assert book.sheetnames == [label("calls_sheet", "ar"), label("deadlines_sheet", "ar")]
    assert all(ws.sheet_view.rightToLeft for ws in book.worksheets)
    assert book.worksheets[0]["B1"].value == "العنوان"


# --- ICS ---------------------------------------------------------------------------------------------

def test_ics_has_one_event_per_dated_call_with_reminders(settings, stored):
    calendar = icalendar.Calendar.from_ical(api.export_calls_bytes(settings, "ics"))
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    dated = [c for c in stored if c["deadline"]]
    assert sorted(events) == sorted(f"{exports.opportunity_id(c['id'])}@fursa" for c in dated)
    for call in dated:
        event = events[f"{exports.opportunity_id(call['id'])}@fursa"]
        start = event.decoded("dtstart")
        if call["id"] == TIMED["id"]:  # a deadline with a time is a timed event, in UTC
            assert start == dt.datetime(2027, 2, 3, 16, 0, tzinfo=dt.UTC)
        else:  # a day is an all-day event ending the next day
            assert start == dt.date.fromisoformat(call["deadline"])
            assert event.decoded("dtend") == start + dt.timedelta(days=1)
        assert call["title"] in str(event["summary"])
        assert sorted(a.decoded("trigger") for a in event.walk("VALARM")) == [
            dt.timedelta(days=-14), dt.timedelta(days=-3)]
        assert str(event["url"]) == call["url"]


def test_ics_uids_are_stable_across_exports_so_a_reimport_updates(settings, stored, tmp_path):
    first = icalendar.Calendar.from_ical(api.export_calls_bytes(settings, "ics"))
    changed = {**factories.lebanon_media_call(), "deadline": "2026-12-20"}
    api.import_calls(settings, factories.write_jsonl(tmp_path / "changed.jsonl", [changed]))
    second = icalendar.Calendar.from_ical(api.export_calls_bytes(settings, "ics"))
    uids = [sorted(str(e["uid"]) for e in cal.walk("VEVENT")) for cal in (first, second)]
    assert uids[0] == uids[1]
    event = next(e for e in second.walk("VEVENT") if str(e["uid"]).startswith(exports.opportunity_id(changed["id"])))
    assert event.decoded("dtstart") == dt.date(2026, 12, 20)


# --- CommonGrants ------------------------------------------------------------------------------------

# The parts of HHS's CommonGrants schemas (simpler-grants-protocol, website/public/schemas/yaml:
# OpportunityBase, OppStatus, OppFunding, Money, OppTimeline, SingleDateEvent, CustomField) that the export
# uses, closed to other properties so a misspelt field name fails.
_MONEY = {"type": "object", "required": ["amount", "currency"], "additionalProperties": False,
          "properties": {"amount": {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}, "currency": {"type": "string"}}}
_EVENT = {"type": "object", "required": ["name", "eventType", "date"], "additionalProperties": False,
          "properties": {"name": {"type": "string"}, "eventType": {"const": "singleDate"},
                         "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                         "time": {"type": "string", "pattern": r"^\d{2}:\d{2}:\d{2}$"},
                         "description": {"type": "string"}}}
OPPORTUNITY_BASE = {
    "type": "object", "additionalProperties": False,
    "required": ["id", "title", "status", "description", "createdAt", "lastModifiedAt"],
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "title": {"type": "string"},
        "status": {"type": "object", "required": ["value"], "additionalProperties": False, "properties": {
            "value": {"enum": ["forecasted", "open", "closed", "custom"]}, "customValue": {"type": "string"},
            "description": {"type": "string"}}},
        "description": {"type": "string"},
        "funding": {"type": "object", "additionalProperties": False, "properties": {
            "details": {"type": "string"}, "totalAmountAvailable": _MONEY, "minAwardAmount": _MONEY,
            "maxAwardAmount": _MONEY, "minAwardCount": {"type": "integer"}, "maxAwardCount": {"type": "integer"},
            "estimatedAwardCount": {"type": "integer"}}},
        "keyDates": {"type": "object", "additionalProperties": False, "properties": {
            "postDate": _EVENT, "closeDate": _EVENT, "otherDates": {"type": "object"}}},
        "source": {"type": "string", "format": "uri"},
        "customFields": {"type": "object", "additionalProperties": {
            "type": "object", "required": ["name", "fieldType", "value"], "additionalProperties": False,
            "properties": {"name": {"type": "string"}, "fieldType": {"enum": ["string", "number", "boolean", "object",
                                                                               "array"]},
                           "schema": {"type": "string"}, "value": {}, "description": {"type": "string"}}}},
        "createdAt": {"type": "string", "pattern": r"Z$"},
        "lastModifiedAt": {"type": "string", "pattern": r"Z$"},
    },
}


def test_commongrants_items_follow_the_schema_and_map_back_to_the_stored_calls(settings, stored):
    document = json.loads(api.export_calls_bytes(settings, "commongrants"))
    assert (document["status"], document["paginationInfo"]["totalItems"]) == (200, len(stored))
    items = document["items"]
    for item in items:
        jsonschema.validate(item, OPPORTUNITY_BASE)
        assert uuid.UUID(item["id"])
    back = {i["customFields"]["fursaId"]["value"]: i for i in items}
    assert list(back) == [c["id"] for c in stored]
    for call in stored:
        item = back[call["id"]]
        assert (item["title"], item["description"], item["source"]) == (call["title"], call["description"],
                                                                        call["url"])
        close = item["keyDates"].get("closeDate")
        assert (close["date"] if close else None) == call["deadline"]
        funding = item["funding"]
        for key, field in (("minAwardAmount", "amount_min"), ("maxAwardAmount", "amount_max")):
            money = funding.get(key)
            assert (float(money["amount"]) if money else None) == call[field]
            assert money is None or money["currency"] == call["currency"]
        assert item["customFields"]["eligibleCountries"]["value"] == call["eligible_countries"]
        expired = call["id"] == factories.expired_jordan_call()["id"]
        assert item["status"]["value"] == ("closed" if expired else "open")
    assert back[TIMED["id"]]["keyDates"]["closeDate"]["time"] == "16:00:00"


def test_commongrants_ids_are_stable_uuids_derived_from_the_call_id():
    first, second = exports.opportunity_id("a:1"), exports.opportunity_id("a:1")
    assert first == second != exports.opportunity_id("a:2")


# --- printable HTML ----------------------------------------------------------------------------------

def test_html_shows_scraped_markup_as_text_and_only_http_links():
    row = {**factories.lebanon_media_call(), "title": "<script>alert(1)</script><img src=x onerror=alert(2)>",
           "url": "javascript:alert(3)", "notes": "<b>Rana</b> leads", "status": "preparing"}
    page = exports.render([row], "html", title="<i>Coalition</i>", lang="en", today=TODAY).decode()
    assert "<script>" not in page and "<img" not in page and "<i>Coalition" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;Rana&lt;/b&gt;" in page
    assert "javascript:" not in page
    assert label("status_preparing") in page


def test_arabic_html_is_right_to_left_and_self_contained(settings, stored):
    page = api.export_calls_bytes(settings, "html", lang="ar", title="القائمة").decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "@media print" in page
    assert "<script" not in page.lower() and "<link" not in page.lower() and "src=" not in page.lower()
    assert factories.lebanon_media_call()["title"] in page


# --- filters and the API -----------------------------------------------------------------------------

def test_export_filters_select_calls(settings, stored):
    def ids(**filters) -> list[str]:
        return [json.loads(line)["id"] for line in api.export_calls_bytes(settings, "jsonl", **filters).splitlines()]

    media, eu, rolling = (factories.lebanon_media_call()["id"], factories.eu_syria_civil_society_call()["id"],
                          factories.rolling_women_led_call()["id"])
    assert ids(country="LB", status="open") == [media, rolling]
    assert ids(deadline_before="2026-12-31") == [media, factories.expired_jordan_call()["id"]]
    assert ids(language="ar") == [media]
    assert ids(call_ids=[rolling, media]) == [rolling, media]
    api.import_profiles(settings, factories.write_jsonl(settings.db.parent / "p.jsonl", factories.all_profiles()))
    assert media in ids(profile="beirut-independent-media") and eu not in ids(profile="beirut-independent-media")
    with pytest.raises(InputError, match="needs a profile"):
        ids(verdict="eligible")


def test_unknown_format_is_refused(settings, stored):
    with pytest.raises(InputError, match="unknown export format 'pdf'"):
        api.export_calls_bytes(settings, "pdf")


def test_shortlist_exports_carry_item_status_owner_and_notes(settings, stored):
    sid = api.new_shortlist(settings, "Coalition Q1 2027")
    api.add_to_shortlist(settings, sid, factories.lebanon_media_call()["id"], "beirut-independent-media", "Rana")
    api.add_to_shortlist(settings, sid, factories.eu_syria_civil_society_call()["id"])
    rows = list(csv.DictReader(io.StringIO(api.export_shortlist_bytes(settings, sid, "csv").decode("utf-8-sig"))))
    assert [(r["id"], r["status"], r["owner_profile_id"], r["notes"]) for r in rows] == [
        (factories.lebanon_media_call()["id"], "to_review", "beirut-independent-media", "Rana"),
        (factories.eu_syria_civil_society_call()["id"], "to_review", "", "")]
    page = api.export_shortlist_bytes(settings, sid, "html", lang="ar").decode()
    assert "Coalition Q1 2027" in page and label("status_to_review", "ar") in page
    document = json.loads(api.export_shortlist_bytes(settings, sid, "commongrants"))
    assert document["items"][0]["customFields"]["shortlistNotes"]["value"] == "Rana"


# --- CLI ---------------------------------------------------------------------------------------------

def test_cli_export_calls_keeps_json_lines_by_default(fursa, stored):
    run = fursa("export", "calls")
    assert run.code == 0 and [json.loads(line) for line in run.stdout.splitlines()] == stored


def test_cli_writes_each_format_to_its_file(fursa, stored, tmp_path):
    for fmt in exports.FORMATS:
        target = tmp_path / f"calls.{exports.EXTENSIONS[fmt]}"
        run = fursa("export", "calls", "--format", fmt, "--status", "open", "--output", target)
        assert (run.code, run.stdout) == (0, ""), run.stderr
        assert run.stderr.strip() == f"exported {len(stored) - 1} call(s)"
        assert target.stat().st_size > 0 and not target.with_name(target.name + ".part").exists()


def test_cli_refuses_to_write_excel_to_a_terminal(fursa, stored, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    run = fursa("export", "calls", "--format", "xlsx")
    assert run.code == 65 and "binary format: give --output FILE" in run.stderr and run.stdout == ""


def test_cli_exports_a_printable_arabic_shortlist(fursa, stored, tmp_path):
    shortlist_id = fursa("shortlist", "create", "قائمة التحالف").stdout.strip()
    fursa("shortlist", "add", shortlist_id, factories.lebanon_media_call()["id"])
    target = tmp_path / "shortlist.html"
    run = fursa("export", "shortlist", shortlist_id, "--format", "html", "--lang", "ar", "--output", target)
    assert run.code == 0, run.stderr
    page = target.read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and "قائمة التحالف" in page


def test_rows_from_a_dataframe_render_like_plain_dicts():
    """The dashboard hands over DataFrame records: NaN, NaT, Timestamps and arrays must not leak out."""
    import pandas as pd

    calls = [factories.lebanon_media_call(), factories.rolling_women_led_call()]
    frame = pd.DataFrame(calls)
    frame["deadline"] = pd.to_datetime(frame["deadline"])
    frame["themes"] = frame["themes"].map(lambda t: pd.array(t).to_numpy())
    for fmt in ("csv", "commongrants", "ics", "html"):
        assert exports.render(frame.to_dict("records"), fmt, today=TODAY) == exports.render(calls, fmt, today=TODAY) \
            or fmt in ("commongrants", "ics")  # these carry the time of the export
    document = json.loads(exports.render(frame.to_dict("records"), "commongrants", today=TODAY))
    assert [i["keyDates"].get("closeDate", {}).get("date") for i in document["items"]] == ["2026-12-10", None]
    assert document["items"][1]["funding"]["maxAwardAmount"] == {"amount": "10000.00", "currency": "USD"}
    assert "minAwardAmount" not in document["items"][1]["funding"]
