"""End to end: the real spiders crawl our fixtures from a loopback server into a temporary store."""

from __future__ import annotations

import json

import pytest

from fursa.crawl import crawl
from fursa.settings import PROJECT_DATA, load_settings
from fursa.store import open_store
from tests.scrapers.conftest import FIXTURES


@pytest.fixture
def settings(tmp_path):
    return load_settings(db=tmp_path / "fursa.duckdb", as_of="2026-11-21")


def calls_but_last_seen(db) -> list[tuple]:
    with open_store(db) as con:
        return sorted(con.execute("SELECT * EXCLUDE (last_seen) FROM calls").fetchall(), key=repr)


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


def test_fursa_crawl_prints_per_source_counts_and_a_second_run_adds_no_rows(fursa, settings):
    first = fursa("crawl", "eu_funding_tenders", "fundsforngos", "--replay", FIXTURES, "--json")
    assert first.code == 0, first.stderr
    lines = {line.split()[0]: line for line in first.stderr.splitlines() if line.startswith("  ")}
    assert "seen 4  new 4  updated 0  unchanged 0" in lines["eu_funding_tenders"]
    assert "seen 2  new 2" in lines["fundsforngos"]
    assert {s["source"]: s["new"] for s in json.loads(first.stdout)} == {"eu_funding_tenders": 4, "fundsforngos": 2}
    rows = calls_but_last_seen(settings.db)

    second = fursa("crawl", "eu_funding_tenders", "fundsforngos", "--replay", FIXTURES)
    assert second.code == 0, second.stderr
    assert "new 0  updated 0  unchanged 4" in second.stderr and "new 0  updated 0  unchanged 2" in second.stderr
    assert len(rows) == 6
    assert calls_but_last_seen(settings.db) == rows  # no row added, none rewritten but for last_seen


def test_a_sources_registry_options_reach_its_spider(tmp_path):
    """grants_gov searches the keywords its registry entry names (`-a keywords=...`), not its default eight."""
    import tomli_w

    from fursa.registry import load_registry

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    sources = [s.model_dump() for s in load_registry(PROJECT_DATA / "sources.toml")]
    for source in sources:
        if source["name"] == "grants_gov":
            source["options"] = {"keywords": ["Lebanon"]}
    (data_dir / "sources.toml").write_text(tomli_w.dumps({"source": sources}), encoding="utf-8")
    settings = load_settings(db=tmp_path / "fursa.duckdb", as_of="2026-11-21", data_dir=data_dir)

    (summary,) = crawl(settings, ["grants_gov"], replay=FIXTURES)
    assert summary["status"] == "ok", summary
    hits = json.loads((FIXTURES / "grants_gov" / "search2-lebanon-1.json").read_text())["data"]["oppHits"]
    with open_store(settings.db) as con:
        stored = {row[0] for row in con.execute("SELECT source_id FROM calls WHERE source = 'grants_gov'").fetchall()}
    assert stored == {hit["number"] for hit in hits}
