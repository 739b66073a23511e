"""Every read and write the dashboard does: parametrized SQL on short-lived connections, cached briefly.

Nothing connects at import time. Each function opens the store, reads, and closes, so a crawl's merge
can take the file between two page loads; a locked file is waited for (bounded) and then raised as
StoreBusy, which the entry file shows as "refreshing", never as a traceback. Cached readers take the
database path as their first argument so two stores never share a cache entry; every write clears the
caches so the next run shows it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st

from dashboard import search
from fursa import api
from fursa.formats import ProfileRecord
from fursa.normalize.amounts import to_usd
from fursa.settings import Settings, get_settings
from fursa.store import open_store
from fursa.store.profiles import iter_profiles
from fursa.store.shortlists import iter_items, list_shortlists

# Short: a crawl's results show up within seconds; long enough that reruns of one page reuse them.
CACHE_TTL = 20
# The dashboard waits less than the CLI for a locked store: a person is looking at a spinner.
LOCK_TIMEOUT = 8.0


def settings() -> Settings:
    current = get_settings()
    return current.model_copy(update={"lock_timeout": min(current.lock_timeout, LOCK_TIMEOUT)})


def db() -> str:
    return str(get_settings().db)


def today() -> dt.date:
    return get_settings().today()


def clear() -> None:
    """After a write: the next run reads the store again."""
    st.cache_data.clear()


# --- reads ----------------------------------------------------------------------------------------------

# Every call query returns the same call columns; USD amounts come from what the crawl normalized.
PROFILES_SQL = """
    SELECT id, name, language, org_type, countries, registered_in, annual_budget_usd, themes, updated_at
    FROM profiles ORDER BY lower(name)"""
MATCHES_SQL = """
    SELECT m.rank, m.score, m.verdict, m.reasons, m.explanation, m.as_of, f.action AS feedback,
           c.id, c.title, c.funder, c.url, c.language, c.deadline, c.published, c.amount_min, c.amount_max,
           c.currency, c.status, c.eligible_countries, c.eligible_applicants, c.themes, c.source,
           TRY_CAST(json_extract_string(c.extra, '$.amount_min_usd') AS DOUBLE) AS amount_min_usd,
           TRY_CAST(json_extract_string(c.extra, '$.amount_max_usd') AS DOUBLE) AS amount_max_usd
    FROM matches m JOIN calls c ON c.id = m.call_id
    LEFT JOIN feedback f ON f.profile_id = m.profile_id AND f.call_id = m.call_id
    WHERE m.profile_id = ?
    ORDER BY m.rank"""
CALLS_SQL = """
    SELECT m.rank, m.score, m.verdict,
           c.id, c.title, c.funder, c.url, c.language, c.deadline, c.published, c.amount_min, c.amount_max,
           c.currency, c.status, c.eligible_countries, c.eligible_applicants, c.themes, c.source,
           TRY_CAST(json_extract_string(c.extra, '$.amount_min_usd') AS DOUBLE) AS amount_min_usd,
           TRY_CAST(json_extract_string(c.extra, '$.amount_max_usd') AS DOUBLE) AS amount_max_usd
    FROM calls c LEFT JOIN matches m ON m.call_id = c.id AND m.profile_id = ?
    ORDER BY c.deadline NULLS LAST, c.id"""
CALL_SQL = """
    SELECT c.id, c.title, c.funder, c.url, c.language, c.deadline, c.published, c.amount_min, c.amount_max,
           c.currency, c.status, c.eligible_countries, c.eligible_applicants, c.themes, c.source,
           TRY_CAST(json_extract_string(c.extra, '$.amount_min_usd') AS DOUBLE) AS amount_min_usd,
           TRY_CAST(json_extract_string(c.extra, '$.amount_max_usd') AS DOUBLE) AS amount_max_usd,
           c.description, c.first_seen, c.last_seen, c.extra
    FROM calls c WHERE c.id = ?"""
CALL_SOURCES_SQL = "SELECT source, url, first_seen, last_seen FROM call_sources WHERE call_id = ? ORDER BY first_seen"
CALL_CHANGES_SQL = """
    SELECT changed_at, field, old_value, new_value FROM call_changes WHERE call_id = ?
    ORDER BY changed_at DESC LIMIT 20"""
FINGERPRINT_SQL = """
    SELECT count(*), max(last_seen), max(status_changed_at), (SELECT count(*) FROM embeddings) FROM calls"""


def _json_columns(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    for column in columns:
        frame[column] = frame[column].map(lambda v: json.loads(v) if isinstance(v, str) else (v or None))
    return frame


def _with_usd(frame: pd.DataFrame, on: dt.date) -> pd.DataFrame:
    """USD amounts where the crawl did not store them (imported calls): converted at the reference rate."""
    for side in ("min", "max"):
        column, amount = f"amount_{side}_usd", f"amount_{side}"
        todo = frame[column].isna() & frame[amount].notna() & frame["currency"].notna()
        if todo.any():
            frame.loc[todo, column] = [to_usd(a, c, on) for a, c in
                                       zip(frame.loc[todo, amount], frame.loc[todo, "currency"], strict=True)]
    for column in ("amount_min_usd", "amount_max_usd"):
        frame[column] = pd.to_numeric(frame[column])
    return frame


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=8)
def profiles(db: str) -> pd.DataFrame:
    with open_store(db, LOCK_TIMEOUT) as con:
        return con.execute(PROFILES_SQL).df()


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=32)
def profile(db: str, profile_id: str) -> dict | None:
    with open_store(db, LOCK_TIMEOUT) as con:
        return next(iter_profiles(con, [profile_id]), None)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=32)
def matches(db: str, profile_id: str) -> pd.DataFrame:
    with open_store(db, LOCK_TIMEOUT) as con:
        frame = con.execute(MATCHES_SQL, [profile_id]).df()
    return _with_usd(_json_columns(frame, "reasons", "explanation"), get_settings().today())


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=8)
def calls(db: str, profile_id: str | None = None) -> pd.DataFrame:
    """Every call (light columns), with the stored fit and verdict for `profile_id` when given."""
    with open_store(db, LOCK_TIMEOUT) as con:
        frame = con.execute(CALLS_SQL, [profile_id]).df()
    return _with_usd(frame, get_settings().today())


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=64)
def call(db: str, call_id: str) -> dict | None:
    """One call with its description, every source that published it and its recent changes."""
    with open_store(db, LOCK_TIMEOUT) as con:
        cur = con.execute(CALL_SQL, [call_id])
        row = cur.fetchone()
        if row is None:
            return None
        data = dict(zip([d[0] for d in cur.description], row, strict=True))
        data["sources"] = [dict(zip(("source", "url", "first_seen", "last_seen"), r, strict=True))
                           for r in con.execute(CALL_SOURCES_SQL, [call_id]).fetchall()]
        data["changes"] = [dict(zip(("changed_at", "field", "old", "new"), r, strict=True))
                           for r in con.execute(CALL_CHANGES_SQL, [call_id]).fetchall()]
    data["extra"] = json.loads(data["extra"] or "{}")
    return data


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=8)
def shortlists(db: str) -> pd.DataFrame:
    with open_store(db, LOCK_TIMEOUT) as con:
        return pd.DataFrame(list_shortlists(con), columns=["id", "name", "description", "created_at",
                                                           "updated_at", "items"])


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=32)
def shortlist_items(db: str, shortlist_id: str) -> pd.DataFrame:
    with open_store(db, LOCK_TIMEOUT) as con:
        rows = list(iter_items(con, shortlist_id))
    return pd.DataFrame(rows, columns=["call_id", "status", "owner_profile_id", "notes", "added_at", "updated_at",
                                       "title", "funder", "url", "deadline", "amount_min", "amount_max",
                                       "currency", "call_status"])


@st.cache_data(ttl=10, show_spinner=False, max_entries=4)
def source_health(db: str) -> list[dict]:
    return api.sources_report(settings())


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=32)
def saved_searches(db: str, profile_id: str) -> list[dict]:
    return api.searches(settings(), profile_id)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=32)
def reverse_match(db: str, call_id: str) -> dict:
    """Which organizations fit a call (matcher.reverse, as `fursa.api.match_call` but with this process's
    cached encoder, which only scores profiles whose stored matches are stale)."""
    from matcher.reverse import match_call

    cfg = settings()
    return match_call(encoder(cfg.model, cfg.model_offline), cfg, call_id)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=8)
def coalition(db: str, profile_ids: tuple[str, ...]) -> list[dict]:
    """The coalition view (as `fursa.api.coalition`); the model is loaded only if some member's stored
    matches are stale."""
    from matcher.coalition import coalition as coalition_view

    cfg = settings()
    return coalition_view(cfg, list(profile_ids), encoder=lambda: encoder(cfg.model, cfg.model_offline))


def export_formats() -> dict[str, str]:
    """Download format -> file extension (fursa.exports)."""
    from fursa import exports

    return {fmt: exports.EXTENSIONS[fmt] for fmt in exports.FORMATS}


def export_media_type(fmt: str) -> str:
    from fursa import exports

    return exports.MEDIA_TYPES[fmt]


def shortlist_export(shortlist_id: str, fmt: str, lang: str) -> bytes:
    return api.export_shortlist_bytes(settings(), shortlist_id, fmt, lang=lang)


def calls_export(call_ids: list[str], fmt: str, lang: str, title: str) -> bytes:
    return api.export_calls_bytes(settings(), fmt, call_ids=call_ids, lang=lang, title=title)


def profiles_jsonl() -> bytes:
    import io

    out = io.StringIO()
    api.export_profiles(settings(), out)
    return out.getvalue().encode("utf-8")


# --- search --------------------------------------------------------------------------------------------

@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=4)
def fingerprint(db: str) -> tuple:
    """Changes whenever a crawl or a match run changes calls or vectors: the key of the search indexes."""
    with open_store(db, LOCK_TIMEOUT) as con:
        return tuple(str(v) for v in con.execute(FINGERPRINT_SQL).fetchone())


@st.cache_resource(max_entries=2, show_spinner=False)
def _texts(db: str, stamp: tuple) -> search.CallTexts:
    with open_store(db, LOCK_TIMEOUT) as con:
        return search.load_texts(con)


@st.cache_resource(max_entries=2, show_spinner=False)
def _vectors(db: str, stamp: tuple, model: str) -> search.VectorIndex:
    texts = _texts(db, stamp)
    with open_store(db, LOCK_TIMEOUT) as con:
        return search.load_vectors(con, model, texts)


@st.cache_resource(show_spinner=False)
def encoder(model: str, offline: bool):
    """The model, loaded once per process (slow: seconds). Raises ModelUnavailable when it is not there."""
    return search.make_encoder(settings())


def keyword_search(db: str, query: str) -> pd.Series:
    """call id -> keyword score, for calls that contain every word of the query."""
    texts = _texts(db, fingerprint(db))
    scores = search.keyword_scores(texts, query)
    hits = scores > 0
    return pd.Series(scores[hits], index=np.array(texts.ids)[hits])


def meaning_search(db: str, query: str, top: int = 100) -> tuple[pd.Series, set[str]]:
    """call id -> cosine of the query with the call's closest passage (best `top`), and the calls that
    have no stored vector yet. Raises ModelUnavailable when the model cannot be loaded."""
    cfg = settings()
    model = encoder(cfg.model, cfg.model_offline)
    stamp = fingerprint(db)
    texts, index = _texts(db, stamp), _vectors(db, stamp, model.name)
    vector = model.encode([query])[0]
    scores = search.meaning_scores(index, vector, len(texts.ids))
    order = np.argsort(-scores, kind="stable")[:top]
    order = order[index.embedded[order]]
    ids = np.array(texts.ids)
    return pd.Series(scores[order], index=ids[order]), set(ids[~index.embedded].tolist())


# --- writes (each one a short transaction through fursa.api; caches cleared after) --------------------

def new_shortlist(name: str, description: str = "") -> str:
    sid = api.new_shortlist(settings(), name, description)
    clear()
    return sid


def add_to_shortlist(shortlist_id: str, call_id: str, owner_profile_id: str | None = None) -> bool:
    added = api.add_to_shortlist(settings(), shortlist_id, call_id, owner_profile_id)
    clear()
    return added


def update_item(shortlist_id: str, call_id: str, **changes) -> None:
    api.update_shortlist_item(settings(), shortlist_id, call_id, **changes)
    clear()


def give_feedback(profile_id: str, call_id: str, action: str | None) -> None:
    api.give_feedback(settings(), profile_id, call_id, action)
    clear()


def save_profile(record: ProfileRecord) -> dict[str, int]:
    counts = api.save_profile(settings(), record)
    clear()
    return counts


def import_profiles(path: Path) -> dict[str, int]:
    counts = api.import_profiles(settings(), path)
    clear()
    return counts


def rank_profiles(profile_ids: list[str]) -> None:
    """Match these profiles against every call now (encodes only text not embedded before)."""
    from matcher.service import match_profiles

    cfg = settings()
    match_profiles(cfg, encoder(cfg.model, cfg.model_offline), profile_ids)
    clear()


def save_search(profile_id: str, name: str, filters: dict, cadence: str, recipients: list[str]) -> str:
    sid = api.save_search(settings(), profile_id, name, filters=filters, cadence=cadence, recipients=recipients)
    clear()
    return sid


def delete_search(search_id: str) -> None:
    api.delete_search(settings(), search_id)
    clear()
