"""Fursa's Python API: what the CLI and the dashboard call. Each function opens the store briefly.

Example:
    from fursa.api import import_profiles
    from fursa.settings import load_settings
    import_profiles(load_settings(), Path("data/demo/profiles.jsonl"))
"""

from __future__ import annotations

import datetime as dt
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
    """Validate every line first, then merge them all in one transaction (all or nothing)."""
    records = read_jsonl(path, CallRecord)
    items = [SourcedCall(r, source, r.id, r.contract_dict()) for r in records]
    return with_store(settings.db, lambda con: merge_calls(
        con, items, seen_at=utcnow(), today=settings.today()).as_dict(), settings.lock_timeout)


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


def register_feed(settings: Settings, name: str, url: str, kind: str = "feed", schedule: str = "daily") -> Source:
    try:
        source = Source(name=name, kind=kind, url=url, schedule=schedule)
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
