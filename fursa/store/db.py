"""Opening the DuckDB store: short-lived connections, bounded waits for the file lock, migrations on open.

DuckDB lets one process hold a database file at a time (even a read-only open is refused while another
process has it). Fursa therefore never keeps a connection open for long: every reader and writer opens,
does its work in one short transaction, and closes; a process that finds the file locked waits with
backoff up to `lock_timeout` seconds, then fails with StoreBusy naming the holder. Long work (crawling,
embedding) happens outside any connection. See docs/architecture.md.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import duckdb

from fursa.errors import StoreBusy, StoreCorrupt
from fursa.store.schema import LATEST_VERSION, MIGRATIONS

log = logging.getLogger(__name__)
T = TypeVar("T")

_LOCK_HINTS = ("could not set lock", "conflicting lock")
_PID = re.compile(r"PID (\d+)")
# Short enough that a waiting user gets in between two merges of a crawl; see docs/architecture.md.
MAX_BACKOFF_S = 0.25
_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


def _not_duckdb(path: Path) -> StoreCorrupt:
    return StoreCorrupt(
        f"{path} is not a DuckDB database (empty or damaged). It was left untouched: move it "
        "away or set FURSA_DB to another file, then run the command again."
    )


def _check_header(path: Path) -> None:
    """Refuse an existing file that is not DuckDB before DuckDB sees it: given a SQLite file, DuckDB would
    install its sqlite extension (from the network) and open that file read-write for the migrations."""
    try:
        with path.open("rb") as f:
            head = f.read(12)
    except OSError:
        return  # missing (a new store) or unreadable: duckdb.connect creates it or reports why
    # Shorter than a header (e.g. zero bytes, or being created by another process right now): DuckDB
    # itself takes the lock first and then refuses it, so that case stays with it.
    if len(head) == 12 and head[8:12] != _MAGIC:
        raise _not_duckdb(path)


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(hint in text for hint in _LOCK_HINTS)


def connect(path: Path | str, timeout: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open `path` read-write, waiting up to `timeout` seconds while another process holds it.

    Every connection in a process is opened with the same configuration on purpose: DuckDB refuses a
    read-only and a read-write connection to one file inside one process.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_header(path)
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        try:
            return duckdb.connect(str(path))
        except duckdb.IOException as exc:
            if "not a valid duckdb database" in str(exc).lower():
                raise _not_duckdb(path) from exc
            if not _is_lock_error(exc):
                raise StoreCorrupt(f"{path}: cannot open the database: {exc}") from exc
            if time.monotonic() >= deadline:
                holder = _PID.search(str(exc))
                who = f"process {holder.group(1)}" if holder else "another process"
                raise StoreBusy(
                    f"{path} is in use by {who} (a crawl or merge?) and stayed locked for {timeout:g} s. "
                    "Try again when it finishes, or raise FURSA_LOCK_TIMEOUT."
                ) from exc
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, MAX_BACKOFF_S)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    # fetchall, not fetchone: DuckDB 2 keeps a half-read result open, and the next con.sql() on the same
    # connection then fails with "unfinished result".
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply pending migrations in one transaction; return the version the store is at."""
    current = schema_version(con)
    if current > LATEST_VERSION:
        raise StoreCorrupt(
            f"the database is at schema version {current}, newer than this Fursa ({LATEST_VERSION}): "
            "upgrade Fursa before using it"
        )
    if current == LATEST_VERSION:
        return current
    with transaction(con):
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
        )
        for version, name, sql in MIGRATIONS:
            if version > current:
                con.execute(sql)
                con.execute(
                    "INSERT INTO schema_version VALUES (?, ?, current_timestamp)", [version, name]
                )
                log.info("store migrated to version %d (%s)", version, name)
    return LATEST_VERSION


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: on any exception the transaction is rolled back and the exception re-raised."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


@contextmanager
def open_store(path: Path | str, timeout: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated connection to the store, closed (and so unlocked) when the block ends.

    Example:
        with open_store("data/fursa.duckdb") as con:
            con.execute("SELECT count(*) FROM calls").fetchone()
    """
    con = connect(path, timeout)
    try:
        migrate(con)
        yield con
    finally:
        con.close()


def with_store(path: Path | str, fn: Callable[[duckdb.DuckDBPyConnection], T], timeout: float = 30.0) -> T:
    """Run `fn(con)` inside one transaction on a short-lived connection; the unit every writer uses."""
    with open_store(path, timeout) as con, transaction(con):
        return fn(con)
