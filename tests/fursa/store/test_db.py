"""Opening the store: migrations on open, refusing damaged or newer files, bounded waits for the lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

import fursa.store.db as db_module
from fursa.errors import StoreBusy, StoreCorrupt
from fursa.store import connect, open_store, schema_version, transaction, with_store
from fursa.store.schema import LATEST_VERSION, MIGRATIONS


def _versions(path) -> list[tuple]:
    con = duckdb.connect(str(path))
    try:
        return con.execute("SELECT version, name, applied_at FROM schema_version ORDER BY version").fetchall()
    finally:
        con.close()


# --- migrations --------------------------------------------------------------------------------------

def test_fresh_file_is_migrated_to_the_latest_version_and_every_migration_is_recorded(db_path):
    with open_store(db_path) as con:
        assert schema_version(con) == LATEST_VERSION
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"calls", "call_sources", "call_changes", "profiles", "shortlists", "shortlist_items",
            "crawl_runs", "sources", "matches", "embeddings"} <= tables
    assert [(v, n) for v, n, _ in _versions(db_path)] == [(v, n) for v, n, _ in MIGRATIONS]


def test_reopening_does_not_reapply_migrations_or_touch_data(db_path):
    with open_store(db_path) as con:
        con.execute("INSERT INTO shortlists VALUES ('s1', 'Coalition Q1 2027', '', now(), now())")
    first = _versions(db_path)
    with open_store(db_path) as con:
        assert con.execute("SELECT name FROM shortlists").fetchall() == [("Coalition Q1 2027",)]
    assert _versions(db_path) == first  # same rows, same applied_at: nothing re-applied


def test_pending_migration_is_applied_on_open_and_recorded(db_path, monkeypatch):
    with open_store(db_path):
        pass
    added = (LATEST_VERSION + 1, "add calls.notes", "ALTER TABLE calls ADD COLUMN notes VARCHAR;")
    monkeypatch.setattr(db_module, "MIGRATIONS", [*MIGRATIONS, added])
    monkeypatch.setattr(db_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with open_store(db_path) as con:
        assert schema_version(con) == LATEST_VERSION + 1
        columns = [r[0] for r in con.execute("DESCRIBE calls").fetchall()]
    assert "notes" in columns
    assert [v for v, _, _ in _versions(db_path)] == [*range(1, LATEST_VERSION + 1), LATEST_VERSION + 1]


def test_failing_migration_leaves_the_store_at_its_previous_version(db_path, monkeypatch):
    with open_store(db_path):
        pass
    broken = (LATEST_VERSION + 1, "half-done",
              "ALTER TABLE calls ADD COLUMN notes VARCHAR; ALTER TABLE no_such_table ADD COLUMN x INTEGER;")
    monkeypatch.setattr(db_module, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(db_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(duckdb.Error):
        with open_store(db_path):
            pass
    monkeypatch.undo()
    with open_store(db_path) as con:
        assert schema_version(con) == LATEST_VERSION
        assert "notes" not in [r[0] for r in con.execute("DESCRIBE calls").fetchall()]


def test_database_claiming_a_newer_version_is_refused_and_left_as_it_is(db_path):
    with open_store(db_path) as con:
        con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now())", [LATEST_VERSION + 5])
    with pytest.raises(StoreCorrupt) as info:
        with open_store(db_path):
            pytest.fail("a newer store must not be opened")
    message = str(info.value)
    assert f"schema version {LATEST_VERSION + 5}" in message
    assert "newer than this Fursa" in message and "upgrade Fursa" in message
    assert max(v for v, _, _ in _versions(db_path)) == LATEST_VERSION + 5


# --- damaged files -----------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    pytest.param(b"", id="zero-byte"),
    pytest.param(bytes(range(256)) * 16, id="garbage"),
    pytest.param(b"PK\x03\x04" + b"\x00" * 60, id="few-bytes-of-a-zip"),
])
def test_damaged_file_is_refused_with_its_path_and_not_overwritten(db_path, content):
    db_path.write_bytes(content)
    with pytest.raises(StoreCorrupt) as info:
        with open_store(db_path):
            pytest.fail("a damaged file must not be opened")
    assert str(db_path) in str(info.value)
    assert "not a DuckDB database" in str(info.value)
    assert db_path.read_bytes() == content
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]  # no .wal left beside it


def test_sqlite_file_is_refused_not_opened_through_an_extension(db_path):
    # DuckDB would otherwise autoload its sqlite extension (downloading it if it can) and open the file
    # read-write, and the migrations would then create Fursa's tables inside someone's SQLite database.
    sqlite = sqlite3.connect(db_path)
    sqlite.execute("CREATE TABLE grants (id INTEGER PRIMARY KEY, title TEXT)")
    sqlite.execute("INSERT INTO grants VALUES (1, 'Syria civic space')")
    sqlite.commit()
    sqlite.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreCorrupt) as info:
        with open_store(db_path):
            pytest.fail("a SQLite file must not be opened as the store")
    assert f"{db_path} is not a DuckDB database" in str(info.value)
    assert db_path.read_bytes() == before


def test_damaged_file_is_refused_again_on_a_second_try(db_path):
    # The first failure must not have "repaired" the file into an empty database.
    db_path.write_bytes(b"")
    for _ in range(2):
        with pytest.raises(StoreCorrupt):
            connect(db_path, timeout=0)
    assert db_path.read_bytes() == b""


# --- transactions ------------------------------------------------------------------------------------

def test_with_store_rolls_back_everything_when_the_function_fails(db_path):
    def half_then_fail(con):
        con.execute("INSERT INTO shortlists VALUES ('s1', 'Coalition Q1 2027', '', now(), now())")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        with_store(db_path, half_then_fail)
    with open_store(db_path) as con:
        assert con.execute("SELECT count(*) FROM shortlists").fetchone()[0] == 0


def test_transaction_commits_when_the_block_succeeds(db_path):
    with open_store(db_path) as con, transaction(con):
        con.execute("INSERT INTO shortlists VALUES ('s1', 'Coalition Q1 2027', '', now(), now())")
    with open_store(db_path) as con:
        assert con.execute("SELECT id FROM shortlists").fetchall() == [("s1",)]


# --- the file lock -----------------------------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    con.close()
""")


@pytest.fixture
def lock_holder(db_path):
    """A child process that opens the database and keeps it for 3 seconds."""
    with open_store(db_path):
        pass
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path), "3"], stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout.readline().strip() == "holding"
    yield child
    child.kill()
    child.wait()


def test_locked_file_raises_store_busy_naming_the_holder_pid(db_path, lock_holder):
    started = time.monotonic()
    with pytest.raises(StoreBusy) as info:
        connect(db_path, timeout=0.5)
    waited = time.monotonic() - started
    assert lock_holder.poll() is None, "the holder must still be running when StoreBusy is raised"
    assert 0.4 <= waited < 2.5
    message = str(info.value)
    assert f"process {lock_holder.pid}" in message
    assert str(db_path) in message
    assert "0.5 s" in message  # the wait it actually made, not a rounded "0 s"
    assert info.value.exit_code == 75


def test_locked_file_is_opened_once_the_holder_exits_within_the_timeout(db_path, lock_holder):
    started = time.monotonic()
    con = connect(db_path, timeout=10)
    try:
        waited = time.monotonic() - started
        assert con.execute("SELECT count(*) FROM calls").fetchone()[0] == 0
    finally:
        con.close()
    assert 2.0 <= waited < 9, f"connected after {waited:.1f} s; the child held the lock for 3 s"
    assert lock_holder.wait(timeout=5) == 0


def test_relational_api_works_right_after_opening(db_path):
    """The migration check must not leave a half-read result behind (DuckDB 2: "unfinished result")."""
    with open_store(db_path) as con:
        assert con.sql("SELECT 41 + 1").fetchall() == [(42,)]
    with open_store(db_path) as con:  # an existing, migrated file takes the other path
        assert con.sql("SELECT count(*) FROM calls").fetchall() == [(0,)]
