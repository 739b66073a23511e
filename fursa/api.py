"""Fursa's Python API: what the CLI and the dashboard call. Each function opens the store briefly.

Example:
    from fursa.api import import_profiles
    from fursa.settings import load_settings
    import_profiles(load_settings(), Path("data/demo/profiles.jsonl"))
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from fursa.errors import InputError
from fursa.formats import CallRecord, ProfileRecord
from fursa.jsonl import read_jsonl, write_jsonl
from fursa.registry import Source, add_source, load_registry, sync_sources
from fursa.settings import Settings
from fursa.store import open_store, with_store
from fursa.store.calls import SourcedCall, iter_calls, merge_calls
from fursa.store.feedback import clear_feedback, record_feedback
from fursa.store.profiles import iter_profiles, upsert_profiles
from fursa.store.runs import source_health
from fursa.store.shortlists import add_item, create_shortlist, iter_items, list_shortlists


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def import_calls(settings: Settings, path: Path, source: str = "import") -> dict[str, int]:
    """Validate every line first, then merge them all in one transaction (all or nothing). The counts
    include `linked`: lines that joined a call another source already published (cross-source duplicates)."""
    records = read_jsonl(path, CallRecord)
    items = [SourcedCall(r, source, r.id, r.contract_dict()) for r in records]
    return with_store(settings.db, lambda con: merge_calls(
        con, items, seen_at=utcnow(), today=settings.today()).run_counts(), settings.lock_timeout)


def import_profiles(settings: Settings, path: Path) -> dict[str, int]:
    records = read_jsonl(path, ProfileRecord)
    return with_store(settings.db, lambda con: upsert_profiles(con, records, utcnow()), settings.lock_timeout)


def export_calls(settings: Settings, out: TextIO, status: str | None = None, source: str | None = None) -> int:
    # Read everything inside the connection, write after: a slow pipe must not hold the lock.
    with open_store(settings.db, settings.lock_timeout) as con:
        rows = list(iter_calls(con, status=status, source=source))
    return write_jsonl(rows, out)


def export_profiles(settings: Settings, out: TextIO) -> int:
    with open_store(settings.db, settings.lock_timeout) as con:
        rows = list(iter_profiles(con))
    return write_jsonl(rows, out)


def export_shortlist(settings: Settings, shortlist_id: str, out: TextIO) -> int:
    with open_store(settings.db, settings.lock_timeout) as con:
        rows = list(iter_items(con, shortlist_id))
    return write_jsonl(rows, out)


def new_shortlist(settings: Settings, name: str, description: str = "") -> str:
    return with_store(settings.db, lambda con: create_shortlist(con, name, utcnow(), description),
                      settings.lock_timeout)


def add_to_shortlist(settings: Settings, shortlist_id: str, call_id: str, owner_profile_id: str | None = None,
                     notes: str = "") -> bool:
    return with_store(settings.db, lambda con: add_item(con, shortlist_id, call_id, utcnow(),
                                                        owner_profile_id, notes), settings.lock_timeout)


def shortlists(settings: Settings) -> list[dict]:
    with open_store(settings.db, settings.lock_timeout) as con:
        return list_shortlists(con)


def sources_report(settings: Settings) -> list[dict]:
    """Every registered source with its health from the recorded runs."""
    registry = load_registry(settings.registry_path)
    return with_store(settings.db, lambda con: (sync_sources(con, registry), source_health(con))[1],
                      settings.lock_timeout)


def register_feed(settings: Settings, name: str, url: str, kind: str = "feed", schedule: str = "daily",
                  link_pattern: str | None = None, follow: bool = True) -> Source:
    """Add a source the generic feed spider crawls: kind "feed" (RSS/Atom, or a sitemap), "sitemap", or
    "listing" (an HTML page; `link_pattern`, a regex searched in each absolute link, picks the calls).
    `follow=False` stores each feed item's link and summary only, without fetching its page."""
    options: dict = {}
    if link_pattern:
        try:
            re.compile(link_pattern)
        except re.error as exc:
            raise InputError(f"link pattern {link_pattern!r} is not a regular expression: {exc}") from exc
        options["link_pattern"] = link_pattern
    elif kind == "listing":
        raise InputError("a listing page needs --link-pattern REGEX to tell its call links from the others "
                         "(e.g. --link-pattern '/calls/[^/]+/$')")
    if not follow:
        options["follow"] = False
    try:
        source = Source(name=name, kind=kind, url=url, schedule=schedule, options=options)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InputError(f"{err['loc'][0]}: {err['msg'].removeprefix('Value error, ')}") from exc
    add_source(settings.registry_path, source)
    return source


def give_feedback(settings: Settings, profile_id: str, call_id: str, action: str | None) -> None:
    """Save ("saved") or dismiss ("dismissed") a call for a profile; None clears it."""
    def write(con):
        if action is None:
            clear_feedback(con, profile_id, call_id)
        else:
            record_feedback(con, profile_id, call_id, action, utcnow())
    with_store(settings.db, write, settings.lock_timeout)


# --- exports, reverse match, coalition, saved searches and digests ------------------------------------
# Their modules are imported where used: the other commands should not pay for numpy, openpyxl or jinja.

_FILTER_ALIASES = {"country": "countries", "language": "languages", "theme": "themes", "verdict": "verdicts"}


def _export_filters(filters: dict) -> tuple[dict, str | None, str]:
    """Split export keyword filters into CallFilters fields, a profile id and a query; singular names
    (country="SY") are accepted for their list fields, and status defaults to every status."""
    filters = dict(filters)
    profile_id = filters.pop("profile", None) or filters.pop("profile_id", None)
    query = filters.pop("query", None) or ""
    for one, many in _FILTER_ALIASES.items():
        if (value := filters.pop(one, None)) is not None:
            filters[many] = [*filters.get(many, []), *([value] if isinstance(value, str) else value)]
    filters.setdefault("status", None)
    if filters.get("verdicts") and not profile_id:
        raise InputError("a verdict filter needs a profile (--profile ID): verdicts are per organization")
    return {k: v for k, v in filters.items() if v is not None or k == "status"}, profile_id, query


def export_calls_bytes(settings: Settings, fmt: str, call_ids: list[str] | None = None, **filters) -> bytes:
    """Calls as a file of `fmt` (fursa.exports.FORMATS). Filters: status, source, profile, query,
    deadline_before/after/within_days, include_rolling, amount_min_usd/max_usd, funder, countries,
    languages, themes, verdicts (with a profile); `lang` and `title` set the document's labels."""
    return export_calls_document(settings, fmt, call_ids, **filters)[0]


def export_calls_document(settings: Settings, fmt: str, call_ids: list[str] | None = None,
                          **filters) -> tuple[bytes, int]:
    """export_calls_bytes, with the number of calls in the file."""
    from fursa import exports
    from fursa.store.profiles import get_profile
    from fursa.store.searches import parse_filters

    lang, title = filters.pop("lang", "en"), filters.pop("title", "Fursa")
    fields, profile_id, query = _export_filters(filters)
    parsed = parse_filters(fields)
    if fmt not in exports.FORMATS:
        raise InputError(f"unknown export format {fmt!r}; one of {', '.join(exports.FORMATS)}")
    with open_store(settings.db, settings.lock_timeout) as con:
        profile = get_profile(con, profile_id).contract_dict() if profile_id else None
        rows = exports.call_rows(con, parsed, settings.today(), profile=profile, query=query, call_ids=call_ids,
                                 meta=fmt != "jsonl")  # JSON Lines stays exactly `fursa import calls` input
    return exports.render(rows, fmt, title=title, lang=lang, today=settings.today()), len(rows)


def export_shortlist_bytes(settings: Settings, shortlist_id: str, fmt: str, lang: str = "en") -> bytes:
    """A shortlist as a file of `fmt`: its items with every field of their calls, soonest deadline first."""
    return export_shortlist_document(settings, shortlist_id, fmt, lang)[0]


def export_shortlist_document(settings: Settings, shortlist_id: str, fmt: str,
                              lang: str = "en") -> tuple[bytes, int]:
    """export_shortlist_bytes, with the number of items in the file."""
    from fursa import exports

    with open_store(settings.db, settings.lock_timeout) as con:
        name, rows = exports.shortlist_rows(con, shortlist_id)
    return exports.render(rows, fmt, title=name, lang=lang, today=settings.today()), len(rows)


def match_call(settings: Settings, call_id: str, top: int | None = None) -> dict:
    """Which stored organizations fit this call, ranked: {call, as_of, members, leads, partners}."""
    from matcher.encoder import load_encoder
    from matcher.reverse import match_call as reverse_match

    # Loaded (and cached for the process) only when some profile has no fresh stored match to reuse.
    return reverse_match(lambda: load_encoder(settings.model, settings.model_offline), settings, call_id, top=top)


def coalition(settings: Settings, profile_ids: list[str] | None, min_score: float | None = None) -> list[dict]:
    """Calls fitting at least one of these members (None: every profile), grouped by call: call dicts
    with `members` and `leads`."""
    from fursa.store.searches import MIN_FIT_SCORE
    from matcher.coalition import coalition as coalition_view

    return coalition_view(settings, profile_ids, min_score=MIN_FIT_SCORE if min_score is None else min_score)


def coalition_shortlist(settings: Settings, profile_ids: list[str] | None, name: str,
                        min_score: float | None = None) -> tuple[str, int]:
    """A new shortlist of the coalition view's calls; each item is owned by its best lead (or best fit)
    and its notes name the members it fits. Returns (shortlist id, items)."""
    groups = coalition(settings, profile_ids, min_score)

    def write(con):
        members = sorted({m["profile_id"] for g in groups for m in g["members"]})
        sid = create_shortlist(con, name, utcnow(), f"Coalition of {', '.join(members)}")
        for group in groups:
            members = group["members"]
            owner = (group["leads"] or [members[0]["profile_id"]])[0]
            notes = "; ".join(f"{m['profile_id']} ({m['verdict']}, {m['score']:.0f})" for m in members)
            add_item(con, sid, group["id"], utcnow(), owner, notes)
        return sid

    return with_store(settings.db, write, settings.lock_timeout), len(groups)


def save_search(settings: Settings, profile_id: str, name: str, query: str = "", filters: dict | None = None,
                cadence: str = "weekly", recipients=()) -> str:
    """Save an organization's search; its digest goes to `recipients` daily or weekly. Returns its id."""
    from fursa.store.searches import create_search

    return with_store(settings.db, lambda con: create_search(
        con, profile_id, name, utcnow(), query=query, filters=filters, cadence=cadence, recipients=recipients),
        settings.lock_timeout)


def searches(settings: Settings, profile_id: str | None = None) -> list[dict]:
    from fursa.store.searches import list_searches

    with open_store(settings.db, settings.lock_timeout) as con:
        return list_searches(con, profile_id)


def delete_search(settings: Settings, search_id: str) -> None:
    from fursa.store.searches import delete_search as delete

    with_store(settings.db, lambda con: delete(con, search_id), settings.lock_timeout)


def digest(settings: Settings, search_id: str | None = None, profile_id: str | None = None, since=None,
           fmt: str = "text", *, mark_sent: bool = False) -> str | None:
    """The digest of a saved search or a profile as text, markdown or html; None when nothing is new.

    A preview unless `mark_sent`: only a digest marked sent (or e-mailed) moves the next one's start.
    `since` ('7d', '24h', a date) overrides the time of the last digest.
    """
    from fursa import digest as digests

    prepared = digests.prepare(settings, search_id=search_id, profile_id=profile_id, since=since)
    if prepared.empty:
        return None
    text = digests.render(prepared, fmt, dashboard_url=settings.dashboard_url)
    if mark_sent:
        digests.record(settings, prepared, status="sent", channel="output")
    return text


def send_digest(settings: Settings, search_id: str | None = None, profile_id: str | None = None, since=None,
                recipients=None) -> dict:
    """E-mail the digest to `recipients` (default: the saved search's). Returns {items, recipients,
    refused}; nothing is sent when nothing is new (items 0). Raises DeliveryFailed, leaving it unsent."""
    from fursa import digest as digests
    from fursa.store.searches import clean_recipients

    prepared = digests.prepare(settings, search_id=search_id, profile_id=profile_id, since=since)
    to = clean_recipients(recipients or prepared.subject.recipients)
    if prepared.empty:
        return {"items": 0, "recipients": to, "refused": []}
    refused = digests.email(settings, prepared, to)
    return {"items": prepared.size, "recipients": to, "refused": refused}


def send_due_digests(settings: Settings) -> list[dict]:
    """Send every saved search whose cadence is due (the cron job); one result per due search."""
    from fursa import digest as digests

    return digests.send_due(settings)


# --- dashboard writes: one profile, one shortlist item --------------------------------------------------

def save_profile(settings: Settings, profile: ProfileRecord) -> dict[str, int]:
    """Insert or update one validated profile (the dashboard's form); counts as import_profiles."""
    return with_store(settings.db, lambda con: upsert_profiles(con, [profile], utcnow()), settings.lock_timeout)


def update_shortlist_item(settings: Settings, shortlist_id: str, call_id: str, *, status: str | None = None,
                          notes: str | None = None, owner_profile_id: str | None = None) -> None:
    """Change an item's status (fursa.store.shortlists.ITEM_STATUSES), notes or owner; None keeps a field."""
    from fursa.store.shortlists import update_item

    with_store(settings.db, lambda con: update_item(con, shortlist_id, call_id, utcnow(), status=status,
                                                    notes=notes, owner_profile_id=owner_profile_id),
               settings.lock_timeout)
