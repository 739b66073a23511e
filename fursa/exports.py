"""Calls and shortlists as files people use elsewhere: JSON Lines, CSV, Excel, an ICS deadline calendar,
CommonGrants JSON (HHS's opportunity exchange format) and a printable HTML page.

`render(rows, fmt)` takes call dicts as `fursa.store.calls.iter_calls` yields them (contract fields plus
extra fields such as `amount_min_usd` or `deadline_at`); shortlist rows also carry the item's `status`,
`owner_profile_id` and `notes` (and `call_status`). It returns the file's bytes. docs/formats.md
describes each format.

Example:
    render(rows, "ics", title="Coalition Q1 2027")
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid
import zoneinfo
from collections.abc import Callable

import duckdb

from fursa.errors import InputError, NotFound
from fursa.jsonl import write_jsonl
from fursa.safe import safe_url
from fursa.store.calls import iter_calls
from fursa.store.searches import CallFilters, call_passes, verdicts_for
from fursa.store.shortlists import iter_items
from fursa.templates import days_left, days_phrase, environment, excerpt, format_amount, label, text_direction

FORMATS = ("jsonl", "csv", "xlsx", "ics", "commongrants", "html")
MEDIA_TYPES = {
    "jsonl": "application/jsonl",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ics": "text/calendar; charset=utf-8",
    "commongrants": "application/json",
    "html": "text/html; charset=utf-8",
}
EXTENSIONS = {"jsonl": "jsonl", "csv": "csv", "xlsx": "xlsx", "ics": "ics", "commongrants": "json", "html": "html"}
# Formats that are not text: the CLI writes them to a file, never to a terminal.
BINARY_FORMATS = frozenset({"xlsx"})

CALL_COLUMNS = ("id", "title", "funder", "url", "language", "deadline", "amount_min", "amount_max", "currency",
                "amount_min_usd", "amount_max_usd", "eligible_countries", "eligible_applicants", "themes",
                "published", "description")
ITEM_COLUMNS = ("status", "owner_profile_id", "notes", "call_status")
LIST_COLUMNS = frozenset({"eligible_countries", "eligible_applicants", "themes"})
LIST_SEPARATOR = "; "
# Reminders before each deadline in the calendar, in days.
REMINDER_DAYS = (14, 3)
# Excel refuses longer cells; descriptions past it are cut (the JSON formats keep them whole).
XLSX_MAX_CELL = 32_767
# Calendar UIDs and CommonGrants ids are derived from the call id, so a re-import updates, never duplicates.
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/fursa/fursa/calls")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(rows: list[dict], fmt: str, *, title: str = "Fursa", lang: str = "en",
           today: dt.date | None = None) -> bytes:
    """The file of `fmt` (one of FORMATS) for these rows; `lang` (en or ar) sets labels and direction."""
    try:
        writer = _WRITERS[fmt]
    except KeyError:
        raise InputError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}") from None
    return writer([_plain_row(r) for r in rows], title=title, lang=lang, today=today or dt.date.today())


def _plain_row(row: dict) -> dict:
    """Rows as JSON-like values whatever produced them (a DataFrame gives NaN, NaT, Timestamps, arrays)."""
    clean = {}
    for key, value in row.items():
        if hasattr(value, "tolist") and not isinstance(value, str | bytes):
            value = value.tolist()
        if not isinstance(value, list | dict) and value is not None and value != value:  # NaN, NaT
            value = None
        if key in ("deadline", "published") and isinstance(value, dt.date):
            value = (value.date() if isinstance(value, dt.datetime) else value).isoformat()
        clean[key] = value
    return clean


def opportunity_id(call_id: str) -> str:
    """The stable UUID of a call in CommonGrants and in calendar UIDs."""
    return str(uuid.uuid5(ID_NAMESPACE, call_id))


def columns_for(rows: list[dict]) -> list[str]:
    """Call columns, then the shortlist columns present in any row."""
    return [*CALL_COLUMNS, *(c for c in ITEM_COLUMNS if any(c in r for r in rows))]


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _defuse(text: str) -> str:
    # A scraped title such as "=HYPERLINK(...)" must stay text in a spreadsheet (CSV injection).
    return "'" + text if text.startswith(_FORMULA_START) else text


# --- JSON Lines -------------------------------------------------------------------------------------

def _jsonl(rows: list[dict], **_) -> bytes:
    out = io.StringIO()
    write_jsonl(rows, out)
    return out.getvalue().encode("utf-8")


# --- CSV --------------------------------------------------------------------------------------------

def _csv(rows: list[dict], **_) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel shows Arabic; lists joined with '; '."""
    names = columns_for(rows)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_defuse(_cell_text(row.get(n))) for n in names])
    return out.getvalue().encode("utf-8-sig")


# --- Excel ------------------------------------------------------------------------------------------

def _xlsx(rows: list[dict], *, title: str, lang: str, today: dt.date) -> bytes:
    """Two sheets: every call with its facts, and the dated deadlines soonest first with days left."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def put(ws, r: int, c: int, value):
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)[:XLSX_MAX_CELL]
        cell = ws.cell(row=r, column=c, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        elif isinstance(value, dt.date):
            cell.number_format = "yyyy-mm-dd"
        return cell

    def sheet(ws, names: list[str], widths: dict[str, int], data: list[list]):
        ws.sheet_view.rightToLeft = text_direction(lang) == "rtl"
        for c, name in enumerate(names, start=1):
            put(ws, 1, c, label(name, lang)).font = Font(bold=True)
            ws.column_dimensions[get_column_letter(c)].width = widths.get(name, 14)
        for r, values in enumerate(data, start=2):
            for c, (name, value) in enumerate(zip(names, values, strict=True), start=1):
                cell = put(ws, r, c, value)
                if name == "url" and _safe(value):
                    cell.hyperlink = value
        ws.freeze_panes = "A2"
        if data:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(data) + 1}"

    widths = {"title": 50, "funder": 30, "url": 40, "description": 60, "notes": 30, "id": 28}
    book = Workbook()
    calls = book.active
    calls.title = label("calls_sheet", lang)[:31]
    names = columns_for(rows)
    sheet(calls, names, widths, [[_xlsx_value(n, r.get(n)) for n in names] for r in rows])

    dated = sorted((r for r in rows if r.get("deadline")), key=lambda r: (r["deadline"], r["id"]))
    deadline_names = ["deadline", "days_left", "title", "funder", "url",
                      *(c for c in ("status", "owner_profile_id") if any(c in r for r in rows))]
    data = [[_xlsx_value("deadline", r["deadline"]), days_left(r["deadline"], today),
             *(_xlsx_value(n, r.get(n)) for n in deadline_names[2:])] for r in dated]
    sheet(book.create_sheet(label("deadlines_sheet", lang)[:31]), deadline_names, widths, data)
    book.properties.title = title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_value(name: str, value):
    if value is None:
        return None
    if name in ("deadline", "published") and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return value


def _safe(url) -> bool:
    return isinstance(url, str) and safe_url(url) is not None


# --- ICS calendar -----------------------------------------------------------------------------------

def deadline_moment(row: dict) -> dt.datetime | dt.date | None:
    """The deadline as an aware date-time when the source gave a time, else as a day (an all-day event).

    Reads `deadline_at` (ISO date-time with offset, from the crawlers), else `deadline_time` ("23:59") with
    `deadline_tz` (an IANA zone), else `deadline` alone.
    """
    day = row.get("deadline")
    if not day:
        return None
    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    at = row.get("deadline_at")
    if isinstance(at, str):
        try:
            moment = dt.datetime.fromisoformat(at)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            return moment
    clock, zone = row.get("deadline_time"), row.get("deadline_tz")
    if isinstance(clock, str) and isinstance(zone, str):
        try:
            return dt.datetime.combine(day, dt.time.fromisoformat(clock), zoneinfo.ZoneInfo(zone))
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            pass
    return day


def _ics(rows: list[dict], *, title: str, lang: str, today: dt.date) -> bytes:
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Fursa//Fursa deadlines//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", title)
    stamp = dt.datetime.now(dt.UTC)
    for row in rows:
        moment = deadline_moment(row)
        if moment is None:
            continue
        event = Event()
        event.add("uid", f"{opportunity_id(row['id'])}@fursa")
        event.add("dtstamp", stamp)
        event.add("summary", label("deadline_of", lang, title=row["title"]))
        if isinstance(moment, dt.datetime):
            event.add("dtstart", moment.astimezone(dt.UTC))
            event.add("dtend", moment.astimezone(dt.UTC))
        else:
            event.add("dtstart", moment)
            event.add("dtend", moment + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        lines = [row.get("funder") or "", format_amount(row), row.get("url") or "", excerpt(row.get("description"))]
        event.add("description", "\n".join(line for line in lines if line))
        if _safe(row.get("url")):
            event.add("url", row["url"])
        event.add("categories", ["Fursa"])
        for days in REMINDER_DAYS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", label("reminder", lang, days=days_phrase(days, lang), title=row["title"]))
            alarm.add("trigger", dt.timedelta(days=-days))
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


# --- CommonGrants -----------------------------------------------------------------------------------

def _money(amount, currency) -> dict | None:
    if amount is None or not currency:
        return None
    return {"amount": f"{float(amount):.2f}", "currency": currency}


def _custom(name: str, value, description: str) -> dict:
    kind = ("boolean" if isinstance(value, bool) else "array" if isinstance(value, list)
            else "number" if isinstance(value, int | float) else "object" if isinstance(value, dict)
            else "string")
    return {"name": name, "fieldType": kind, "value": value, "description": description}


def _utc(value, fallback: dt.datetime) -> str:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            value = None
    if isinstance(value, dt.datetime):
        stamp = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    else:
        stamp = fallback
    return stamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_commongrants(row: dict, today: dt.date, now: dt.datetime | None = None) -> dict:
    """One call as a CommonGrants OpportunityBase (field names as in the HHS protocol's JSON schemas)."""
    now = now or dt.datetime.now(dt.UTC)
    deadline = row.get("deadline")
    known = row.get("call_status")
    if known in ("open", "closed"):
        status = {"value": known}
    elif known:
        status = {"value": "custom", "customValue": known, "description": f"Fursa status: {known}"}
    else:
        passed = deadline is not None and dt.date.fromisoformat(str(deadline)) < today
        status = {"value": "closed" if passed else "open"}
    currency = row.get("currency")
    funding = {k: v for k, v in {
        "minAwardAmount": _money(row.get("amount_min"), currency),
        "maxAwardAmount": _money(row.get("amount_max"), currency),
        "totalAmountAvailable": _money(row.get("total_budget"), currency),
        "details": row.get("amount_raw"),
    }.items() if v is not None}
    key_dates = {}
    if row.get("published"):
        key_dates["postDate"] = {"name": "Posted", "eventType": "singleDate", "date": str(row["published"])}
    if deadline:
        close = {"name": "Application deadline", "eventType": "singleDate", "date": str(deadline)}
        moment = deadline_moment(row)
        if isinstance(moment, dt.datetime):
            close["time"] = moment.strftime("%H:%M:%S")
            close["description"] = f"Closes at {moment.isoformat()}"
        key_dates["closeDate"] = close
    custom = {
        "fursaId": _custom("fursaId", row["id"], "The call's id in Fursa (<source>:<source id>)"),
        "funder": _custom("funder", row.get("funder"), "Who funds the call"),
        "language": _custom("language", row.get("language"), "ISO 639-1 language of the call text"),
        "eligibleCountries": _custom("eligibleCountries", row.get("eligible_countries") or [],
                                     "ISO 3166-1 alpha-2 codes; '*' means anywhere"),
        "eligibleApplicants": _custom("eligibleApplicants", row.get("eligible_applicants") or [],
                                      "Applicant types that may apply (docs/formats.md)"),
        "themes": _custom("themes", row.get("themes") or [], "Themes of the call"),
    }
    for key, name, description in (("status", "shortlistStatus", "Status on the shortlist"),
                                   ("owner_profile_id", "shortlistOwner", "Member organization in charge"),
                                   ("notes", "shortlistNotes", "Notes on the shortlist")):
        if row.get(key) is not None:
            custom[name] = _custom(name, row[key], description)
    opportunity = {
        "id": opportunity_id(row["id"]),
        "title": row["title"],
        "status": status,
        "description": row.get("description") or "",
        "funding": funding,
        "keyDates": key_dates,
        "customFields": custom,
        "createdAt": _utc(row.get("first_seen") or row.get("published"), now),
        "lastModifiedAt": _utc(row.get("last_seen") or row.get("first_seen") or row.get("published"), now),
    }
    if _safe(row.get("url")):
        opportunity["source"] = row["url"]
    return opportunity


def _commongrants(rows: list[dict], *, today: dt.date, **_) -> bytes:
    """One page of the protocol's paginated response: {status, message, items, paginationInfo}."""
    now = dt.datetime.now(dt.UTC)
    items = [to_commongrants(r, today, now) for r in rows]
    document = {"status": 200, "message": "Success", "items": items,
                "paginationInfo": {"page": 1, "pageSize": max(len(items), 1), "totalItems": len(items),
                                   "totalPages": 1}}
    return (json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


# --- printable HTML ---------------------------------------------------------------------------------

def _html(rows: list[dict], *, title: str, lang: str, today: dt.date) -> bytes:
    page = environment().get_template("shortlist.html").render(
        rows=rows, title=title, lang=lang, dir=text_direction(lang), today=today,
        has_items=any("status" in r for r in rows))
    return page.encode("utf-8")


_WRITERS: dict[str, Callable[..., bytes]] = {
    "jsonl": _jsonl, "csv": _csv, "xlsx": _xlsx, "ics": _ics, "commongrants": _commongrants, "html": _html,
}


# --- rows from the store ----------------------------------------------------------------------------

_CALL_META = "SELECT id, status, first_seen, last_seen FROM calls"


def _with_meta(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> list[dict]:
    """Rows plus `call_status`, `first_seen` and `last_seen` (CommonGrants and the sheets show them)."""
    meta = {r[0]: r[1:] for r in con.execute(_CALL_META).fetchall()}
    names = ("call_status", "first_seen", "last_seen")
    return [{**row, **dict(zip(names, meta.get(row["id"], ()), strict=False))} for row in rows]


def call_rows(con: duckdb.DuckDBPyConnection, filters: CallFilters, today: dt.date, *,
              profile: dict | None = None, query: str = "", call_ids: list[str] | None = None,
              meta: bool = True) -> list[dict]:
    """Calls meeting `filters` (and, with a profile, its verdict filter), ordered by id, or in the order of
    `call_ids` when given. Without `meta` they are exactly the dicts of `fursa export calls`."""
    calls = list(iter_calls(con, status=filters.status, source=filters.source))
    verdicts = verdicts_for(profile, calls, today) if profile else [None] * len(calls)
    rows = [call for call, verdict in zip(calls, verdicts, strict=True)
            if call_passes(call, filters, today, verdict=verdict, query=query)]
    if call_ids is not None:
        by_id = {r["id"]: r for r in rows}
        known = {r[0] for r in con.execute("SELECT id FROM calls WHERE list_contains(?, id)", [call_ids]).fetchall()}
        if missing := [c for c in call_ids if c not in known]:
            raise NotFound(f"no call with id {', '.join(map(repr, missing[:5]))}")
        rows = [by_id[c] for c in dict.fromkeys(call_ids) if c in by_id]
    return _with_meta(con, rows) if meta else rows


def shortlist_rows(con: duckdb.DuckDBPyConnection, shortlist_id: str) -> tuple[str, list[dict]]:
    """The shortlist's name and its items, soonest deadline first: every field of the call plus the
    item's call_id, status, owner_profile_id, notes, added_at, updated_at and call_status."""
    items = list(iter_items(con, shortlist_id))  # NotFound for an unknown shortlist
    name = con.execute("SELECT name FROM shortlists WHERE id = ?", [shortlist_id]).fetchone()[0]
    wanted = {i["call_id"] for i in items}
    calls = {c["id"]: c for c in iter_calls(con) if c["id"] in wanted}
    rows = [{**calls[i["call_id"]], **i} for i in items]
    return name, _with_meta(con, rows)
