"""The embedding cache: vectors stored by (model, content hash), so unchanged text is never re-embedded.

Reads and writes are separate short steps on purpose: encoding thousands of texts takes minutes on a
CPU, and no database lock may be held meanwhile (see docs/architecture.md).
"""

from __future__ import annotations

import duckdb
import numpy as np
import pyarrow as pa


def cached_vectors(con: duckdb.DuckDBPyConnection, model: str, hashes: list[str]) -> dict[str, np.ndarray]:
    """Vectors already stored for these hashes."""
    if not hashes:
        return {}
    wanted = pa.table({"content_hash": pa.array(sorted(set(hashes)), pa.string())})  # noqa: F841
    # A cursor of its own: DuckDB 2 refuses a relation on a connection with an unfinished result (the
    # migration check's fetchone leaves one).
    with con.cursor() as cur:
        table = cur.sql(
            "SELECT e.content_hash, e.vector FROM embeddings e JOIN wanted w USING (content_hash) "
            "WHERE e.model = ? AND e.chunk = 0", params=[model]
        ).to_arrow_table()
    if table.num_rows == 0:
        return {}
    keys = table.column("content_hash").to_pylist()
    lists = table.column("vector").combine_chunks()
    flat = lists.flatten().to_numpy(zero_copy_only=False).astype(np.float32)
    matrix = flat.reshape(len(keys), -1)
    return dict(zip(keys, matrix, strict=True))


def save_vectors(con: duckdb.DuckDBPyConnection, model: str, vectors: dict[str, np.ndarray]) -> int:
    """Store new vectors; a hash already stored is left as it is (same text, same vector)."""
    if not vectors:
        return 0
    keys = list(vectors)
    matrix = np.vstack([vectors[k] for k in keys]).astype(np.float32)
    rows = pa.table({  # noqa: F841 - read by DuckDB by name
        "content_hash": pa.array(keys, pa.string()),
        "vector": pa.FixedSizeListArray.from_arrays(pa.array(matrix.ravel()), matrix.shape[1]).cast(
            pa.list_(pa.float32())),
    })
    con.execute(
        "INSERT INTO embeddings (model, content_hash, chunk, vector) "
        "SELECT ?, content_hash, 0, vector FROM rows ON CONFLICT DO NOTHING", [model]
    )
    return len(keys)
