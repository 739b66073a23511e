"""Reading a store back for assertions: whole tables as sorted plain rows."""

from __future__ import annotations

from pathlib import Path

from fursa.store import open_store

# What an import touches; a failed import must leave every one of them as it was.
IMPORT_TABLES = ("calls", "call_sources", "call_changes", "profiles")


def table_rows(db: Path, table: str) -> list[tuple]:
    with open_store(db) as con:
        return sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)  # noqa: S608 - test constant


def snapshot(db: Path, tables: tuple[str, ...] = IMPORT_TABLES) -> dict[str, list[tuple]]:
    return {table: table_rows(db, table) for table in tables}
