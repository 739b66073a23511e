"""Digests: what is new or changed for an organization since its last digest, in its language.

A digest is about a *subject*: a saved search (its owner's profile, filters, query and recipients) or a
profile alone (every call it may apply to, alone or with a partner, that its ranking finds relevant: a
stored fit score of at least 20, or not ranked yet). It has three sections:

- new calls: first seen since the last digest and meeting the filters;
- changes: deadline or amount changes (the `call_changes` history) of calls meeting the filters;
- closing soon: deadlines within 14 days, each announced when it crosses 14 and 3 days left (and all of
  them in a subject's first digest), so a daily digest does not repeat the same reminder every day.

"Since the last digest" is the last *sent* one (`digest_log`); a failed send moves nothing, so the next
run covers the same ground. Reading happens in one short connection; rendering and sending happen with
none open.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from urllib.parse import quote

import duckdb

from fursa.errors import InputError
from fursa.mail import DeliveryFailed, build_message, require_smtp, send_message
from fursa.safe import md_escape, safe_url
from fursa.settings import Settings
from fursa.store import open_store, with_store
from fursa.store.calls import iter_calls
from fursa.store.profiles import get_profile
from fursa.store.searches import (
    CADENCES,
    MIN_FIT_SCORE,
    CallFilters,
    call_passes,
    get_search,
    is_due,
    last_sent,
    list_searches,
    log_digest,
    parse_filters,
    verdicts_for,
)
from fursa.templates import days_left, environment, isolate_ltr, label, text_direction, ui_language

FORMATS = ("text", "markdown", "html")
_TEMPLATES = {"text": "digest.txt", "markdown": "digest.md", "html": "digest.html"}
CLOSING_DAYS = 14
REMINDER_DAYS = (14, 3)
WATCHED_FIELDS = ("deadline", "amount_min", "amount_max", "currency")
_SINCE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_UNITS = {"h": dt.timedelta(hours=1), "d": dt.timedelta(days=1), "w": dt.timedelta(weeks=1)}


@dataclass
class Subject:
    key: str                      # 'search:<id>' or 'profile:<id>'
    name: str                     # the search's name, or the organization's
    profile: dict
    filters: CallFilters
    query: str = ""
    search: dict | None = None
    recipients: list[str] = field(default_factory=list)
    cadence: str = "weekly"

    @property
    def lang(self) -> str:
        return ui_language(self.profile.get("language"))


@dataclass
class Item:
    call: dict
    verdict: str
    score: float | None
    days_left: int | None
    changes: list[dict] = field(default_factory=list)   # {field, old, new, at}


@dataclass
class Digest:
    subject: Subject
    since: dt.datetime
    until: dt.datetime
    today: dt.date
    new: list[Item] = field(default_factory=list)
    changed: list[Item] = field(default_factory=list)
    closing: list[Item] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.new or self.changed or self.closing)

    @property
    def size(self) -> int:
        return len(self.new) + len(self.changed) + len(self.closing)

    @property
    def call_ids(self) -> list[str]:
        return list(dict.fromkeys(i.call["id"] for i in (*self.new, *self.changed, *self.closing)))


def parse_since(value, now: dt.datetime) -> dt.datetime | None:
    """'7d', '12h', '2w', an ISO date or date-time, a timedelta or a datetime; None stays None."""
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.timedelta):
        return now - value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    text = str(value)
    if match := _SINCE.match(text):
        return now - int(match.group(1)) * _UNITS[match.group(2).lower()]
    try:
        parsed = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--since {text!r}: expected a duration such as 7d, 24h, 2w or a date YYYY-MM-DD") from None
    return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def resolve_subject(con: duckdb.DuckDBPyConnection, search_id: str | None = None,
                    profile_id: str | None = None) -> Subject:
    if bool(search_id) == bool(profile_id):
        raise InputError("give either a saved search (--search ID) or a profile (--profile ID)")
    if search_id:
        search = get_search(con, search_id)
        profile = get_profile(con, search["profile_id"]).contract_dict()
        return Subject(f"search:{search_id}", search["name"], profile, parse_filters(search["filters"]),
                       search["query"], search, list(search["recipients"]), search["cadence"])
    profile = get_profile(con, profile_id).contract_dict()
    return Subject(f"profile:{profile_id}", profile["name"], profile, CallFilters(min_score=MIN_FIT_SCORE))


def previous_digest(con: duckdb.DuckDBPyConnection, subject: Subject) -> dt.datetime | None:
    return last_sent(con, subject.key) or (subject.search or {}).get("last_sent_at")


def collect(con: duckdb.DuckDBPyConnection, subject: Subject, *, now: dt.datetime, today: dt.date,
            since: dt.datetime | None = None) -> Digest:
    """Everything the digest will say, read from the store. `since` overrides the last digest's time."""
    previous = previous_digest(con, subject)
    first = since is None and previous is None
    start = since or previous or now - CADENCES[subject.cadence]
    window_days = max(1, math.ceil((now - start) / dt.timedelta(days=1)))
    digest = Digest(subject, start, now, today)

    new_ids = {r[0] for r in con.execute("SELECT id FROM calls WHERE first_seen >= ?", [start]).fetchall()}
    changes: dict[str, list[dict]] = {}
    for call_id, at, name, old, new in con.execute(
            "SELECT call_id, changed_at, field, old_value, new_value FROM call_changes "
            "WHERE changed_at >= ? AND list_contains(?, field) ORDER BY changed_at, field",
            [start, list(WATCHED_FIELDS)]).fetchall():
        changes.setdefault(call_id, []).append({"field": name, "old": _json(old), "new": _json(new), "at": at})
    scores = dict(con.execute("SELECT call_id, score FROM matches WHERE profile_id = ?",
                              [subject.profile["id"]]).fetchall())

    filters = subject.filters
    calls = list(iter_calls(con, status=filters.status, source=filters.source))
    for call, verdict in zip(calls, verdicts_for(subject.profile, calls, today), strict=True):
        score = scores.get(call["id"])
        if not call_passes(call, filters, today, verdict=verdict, score=score, query=subject.query):
            continue
        left = days_left(call.get("deadline"), today)
        item = Item(call, verdict, score, left, changes.get(call["id"], []))
        if call["id"] in new_ids:
            digest.new.append(item)
        elif item.changes:
            digest.changed.append(item)
        elif left is not None and 0 <= left <= CLOSING_DAYS and (
                first or any(t - window_days < left <= t for t in REMINDER_DAYS)):
            digest.closing.append(item)
    digest.new.sort(key=lambda i: (-(i.score or 0.0), i.call.get("deadline") or "9999", i.call["id"]))
    digest.changed.sort(key=lambda i: (i.changes[-1]["at"], i.call["id"]))
    digest.closing.sort(key=lambda i: (i.days_left, i.call["id"]))
    return digest


def _json(value):
    try:
        return json.loads(value) if value is not None else None
    except (TypeError, ValueError):
        return value


def call_link(dashboard_url: str, call_id: str) -> str | None:
    return safe_url(f"{dashboard_url.rstrip('/')}/?call={quote(call_id, safe='')}")


def subject_line(digest: Digest) -> str:
    return label("digest_subject", digest.subject.lang, n=digest.size, name=digest.subject.name)


def render(digest: Digest, fmt: str = "text", *, dashboard_url: str) -> str:
    """The digest as plain text, Markdown or a self-contained HTML page (e-mail body)."""
    if fmt not in _TEMPLATES:
        raise InputError(f"unknown digest format {fmt!r}; one of {', '.join(FORMATS)}")
    lang = digest.subject.lang
    template = environment().get_template(_TEMPLATES[fmt])
    # Markdown escapes scraped text; plain text only flattens it; HTML is autoescaped by the template.
    esc = md_escape if fmt == "markdown" else str
    return template.render(
        esc=esc, digest=digest, subject=digest.subject, lang=lang, dir=text_direction(lang),
        title=subject_line(digest), closing_days=CLOSING_DAYS,
        link=lambda call: call_link(dashboard_url, call["id"]),
        change_text=lambda change: _change_text(change, lang),
        since=isolate_ltr(digest.since.strftime("%Y-%m-%d %H:%M"), lang), today=digest.today.isoformat(),
    )


def _change_text(change: dict, lang: str) -> str:
    def shown(value):
        if value is None:
            return label("empty_value", lang)
        if isinstance(value, float) and value.is_integer():
            return f"{value:,.0f}"
        return f"{value:,}" if isinstance(value, int | float) else str(value)

    return f"{label(change['field'], lang)}: {shown(change['old'])} → {shown(change['new'])}"


# --- preparing and delivering ------------------------------------------------------------------------

def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def prepare(settings: Settings, *, search_id: str | None = None, profile_id: str | None = None,
            since=None, now: dt.datetime | None = None) -> Digest:
    """Read what the digest says, in one short connection."""
    now = now or _utcnow()
    start = parse_since(since, now)
    with open_store(settings.db, settings.lock_timeout) as con:
        subject = resolve_subject(con, search_id, profile_id)
        return collect(con, subject, now=now, today=settings.today(), since=start)


def record(settings: Settings, digest: Digest, *, status: str, channel: str, recipients=(),
           error: str | None = None) -> None:
    with_store(settings.db, lambda con: log_digest(
        con, digest.subject.key, _utcnow(), since=digest.since, status=status, channel=channel,
        recipients=recipients, call_ids=digest.call_ids, error=error), settings.lock_timeout)


def email(settings: Settings, digest: Digest, recipients: list[str]) -> list[str]:
    """Send the digest (text and HTML) and record it; returns refused recipients. On DeliveryFailed the
    attempt is logged as failed and the digest stays unsent, so the next run sends it again."""
    if not recipients:
        raise InputError(f"nobody to send {digest.subject.key} to: give --to EMAIL or add recipients "
                         "to the saved search")
    message = build_message(
        sender=settings.smtp_from, recipients=recipients, subject=subject_line(digest),
        text=render(digest, "text", dashboard_url=settings.dashboard_url),
        html=render(digest, "html", dashboard_url=settings.dashboard_url), lang=digest.subject.lang)
    try:
        refused = send_message(settings, message)  # no connection open while talking to the server
    except DeliveryFailed as exc:
        record(settings, digest, status="failed", channel="email", recipients=recipients, error=str(exc))
        raise
    accepted = [r for r in recipients if r not in refused]
    record(settings, digest, status="sent", channel="email", recipients=accepted,
           error=f"refused: {', '.join(refused)}" if refused else None)
    return refused


def send_due(settings: Settings, now: dt.datetime | None = None) -> list[dict]:
    """Send every saved search's digest whose cadence is due. One result per due search:
    {search_id, status: sent | empty | skipped | failed, items, detail}. A failure does not stop the rest."""
    now = now or _utcnow()
    with open_store(settings.db, settings.lock_timeout) as con:
        due = [s for s in list_searches(con) if is_due(s, now)]
    if any(s["recipients"] for s in due):
        require_smtp(settings)
    results = []
    for search in due:
        result = {"search_id": search["id"], "profile_id": search["profile_id"], "items": 0, "detail": ""}
        results.append(result)
        if not search["recipients"]:
            result.update(status="skipped", detail="no recipients")
            continue
        digest = prepare(settings, search_id=search["id"], now=now)
        result["items"] = digest.size
        if digest.empty:
            result.update(status="empty", detail="nothing new")
            continue
        try:
            refused = email(settings, digest, list(search["recipients"]))
        except DeliveryFailed as exc:
            result.update(status="failed", detail=str(exc))
            continue
        result.update(status="sent", detail=f"refused: {', '.join(refused)}" if refused else "")
    return results
