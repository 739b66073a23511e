"""Organization profiles in the store."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence

import duckdb

from fursa.errors import NotFound
from fursa.formats import PROFILE_FIELDS, ProfileRecord


def profile_hash(profile: ProfileRecord) -> str:
    blob = json.dumps(profile.contract_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def upsert_profiles(con: duckdb.DuckDBPyConnection, profiles: Sequence[ProfileRecord],
                    at: dt.datetime) -> dict[str, int]:
    """Insert or update profiles by id; unchanged profiles keep their updated_at. Caller owns the transaction."""
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    existing = dict(con.execute("SELECT id, content_hash FROM profiles").fetchall())
    for profile in profiles:
        digest = profile_hash(profile)
        old = existing.get(profile.id)
        if old == digest:
            counts["unchanged"] += 1
            continue
        counts["new" if old is None else "updated"] += 1
        data = profile.model_dump()
        con.execute(
            f"""
            INSERT INTO profiles ({", ".join(PROFILE_FIELDS)}, extra, content_hash, created_at, updated_at)
            VALUES ({", ".join("?" * len(PROFILE_FIELDS))}, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                {", ".join(f"{f} = excluded.{f}" for f in PROFILE_FIELDS if f != "id")},
                extra = excluded.extra, content_hash = excluded.content_hash, updated_at = excluded.updated_at
            """,
            [data[f] for f in PROFILE_FIELDS]
            + [json.dumps(profile.model_extra or {}, ensure_ascii=False, default=str), digest, at, at],
        )
        existing[profile.id] = digest
    return counts


def iter_profiles(con: duckdb.DuckDBPyConnection, ids: Sequence[str] | None = None) -> Iterator[dict]:
    """Profiles as contract dicts (docs/formats.md), extra fields merged back in, ordered by id."""
    cur = con.execute(
        f"SELECT {', '.join(PROFILE_FIELDS)}, extra FROM profiles "
        "WHERE ? IS NULL OR list_contains(?, id) ORDER BY id",
        [ids and list(ids), ids and list(ids)],
    )
    names = [d[0] for d in cur.description]
    for row in cur.fetchall():
        data = dict(zip(names, row, strict=True))
        extra = json.loads(data.pop("extra") or "{}")
        yield {**data, **{k: v for k, v in extra.items() if k not in data}}


def get_profile(con: duckdb.DuckDBPyConnection, profile_id: str) -> ProfileRecord:
    for data in iter_profiles(con, [profile_id]):
        return ProfileRecord.model_validate(data)
    raise NotFound(f"no profile with id {profile_id!r}: `fursa export profiles` lists them")
