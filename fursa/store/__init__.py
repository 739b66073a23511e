"""The DuckDB store: schema, connections, and plain functions that take a connection first."""

from fursa.store.db import connect, migrate, open_store, schema_version, transaction, with_store

__all__ = ["connect", "migrate", "open_store", "schema_version", "transaction", "with_store"]
