"""Every query the dashboard runs: parametrized SQL on short-lived connections, cached briefly.

Nothing connects at import time. Each function opens the store, reads, and closes, so a crawl's merge
can take the file between two page loads; a locked file is waited for (bounded) and then reported
as "refreshing" by the page, never as a traceback.
"""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from fursa.settings import get_settings
from fursa.store import open_store

# Short: a crawl's results show up within seconds; long enough that reruns of one page reuse them.
CACHE_TTL = 20
# The dashboard waits less than the CLI for a locked store: a person is looking at a spinner.
LOCK_TIMEOUT = 8.0

PROFILES_SQL = "SELECT id, name, language, org_type, countries FROM profiles ORDER BY name"
MATCHES_SQL = """
    SELECT m.rank, m.score, m.verdict, m.reasons, m.explanation, m.as_of,
           c.id AS call_id, c.title, c.funder, c.url, c.language, c.deadline, c.amount_min, c.amount_max,
           c.currency, c.status
    FROM matches m JOIN calls c ON c.id = m.call_id
    WHERE m.profile_id = ?
    ORDER BY m.rank
"""


def _db() -> str:
    return str(get_settings().db)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False)
def profiles(db: str) -> pd.DataFrame:
    with open_store(db, LOCK_TIMEOUT) as con:
        return con.execute(PROFILES_SQL).df()


@st.cache_data(ttl=CACHE_TTL, show_spinner=False)
def matches(db: str, profile_id: str) -> pd.DataFrame:
    with open_store(db, LOCK_TIMEOUT) as con:
        frame = con.execute(MATCHES_SQL, [profile_id]).df()
    for column in ("reasons", "explanation"):
        frame[column] = frame[column].map(lambda v: json.loads(v) if isinstance(v, str) else v)
    return frame


def load_profiles() -> pd.DataFrame:
    return profiles(_db())


def load_matches(profile_id: str) -> pd.DataFrame:
    return matches(_db(), profile_id)
