"""End to end: the real spiders crawl our fixtures from a loopback server into a temporary store."""

from __future__ import annotations

import pytest

from fursa.crawl import crawl
from fursa.settings import load_settings
from fursa.store import open_store
from tests.scrapers.conftest import FIXTURES


@pytest.fixture
def settings(tmp_path):
    return load_settings(db=tmp_path / "fursa.duckdb", as_of="2026-11-21")


def test_loopback_crawl_stores_calls_and_a_second_run_adds_nothing(settings):
    first = {s["source"]: s for s in crawl(settings, ["eu_funding_tenders", "fundsforngos"], replay=FIXTURES)}
    assert first["eu_funding_tenders"]["status"] == "ok"
    assert (first["eu_funding_tenders"]["seen"], first["eu_funding_tenders"]["new"]) == (4, 4)
    assert (first["fundsforngos"]["seen"], first["fundsforngos"]["new"]) == (2, 2)

    second = {s["source"]: s for s in crawl(settings, ["eu_funding_tenders", "fundsforngos"], replay=FIXTURES)}
    assert [second[s]["new"] for s in second] == [0, 0]
    assert second["eu_funding_tenders"]["unchanged"] == 4

    with open_store(settings.db) as con:
        assert con.execute("SELECT count(*) FROM calls").fetchone()[0] == 6
        runs = con.execute("SELECT source, status, seen FROM crawl_runs ORDER BY id").fetchall()
        expired = con.execute("SELECT status FROM calls WHERE id LIKE '%186999%'").fetchone()[0]
    assert len(runs) == 4 and {r[1] for r in runs} == {"ok"}
    assert expired == "closed"  # stale "open" at the source, but its deadline passed


def test_a_source_that_cannot_be_reached_fails_alone(settings, tmp_path):
    empty = tmp_path / "replay"
    (empty / "fundsforngos").mkdir(parents=True)
    (empty / "fundsforngos" / "manifest.json").write_text('{"routes": []}')
    (empty / "eu_funding_tenders").symlink_to(FIXTURES / "eu_funding_tenders")
    summary = {s["source"]: s for s in crawl(settings, ["eu_funding_tenders", "fundsforngos"], replay=empty)}
    assert summary["eu_funding_tenders"]["status"] == "ok"
    assert summary["fundsforngos"]["status"] == "failed"
    with open_store(settings.db) as con:
        errors = con.execute("SELECT errors FROM crawl_runs WHERE source = 'fundsforngos'").fetchone()[0]
    assert "HTTP 404" in errors
