"""Cross-source de-duplication end to end: the demo's two feeds, crawled from their recordings.

The recordings' generator (scripts/demo_data/feeds.py) lists which fundsforNGOs post and which Arabic
post are the same call (SAME_CALL: one English, one Arabic, same deadline and amount) and which only
look alike (SIMILAR_NOT_SAME: same funder, another call). The store must hold each SAME_CALL pair as one
call with both links, and keep every SIMILAR_NOT_SAME pair apart.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

import pytest

from fursa.crawl import crawl
from fursa.store import open_store

ROOT = Path(__file__).resolve().parents[2]
RECORDED = ROOT / "data" / "demo" / "recorded"
SOURCES = ("fundsforngos", "arabic_calls_feed")


@functools.cache
def demo_facts():
    """The recordings' generator, where the pairs are kept (its dataclasses need it in sys.modules)."""
    spec = importlib.util.spec_from_file_location("demo_feeds", ROOT / "scripts" / "demo_data" / "feeds.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def guids(en_post: int, ar_post: int) -> tuple[str, str]:
    return f"https://www2.fundsforngos.org/?p={en_post}", f"https://minah.example.org/?p={ar_post}"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    from fursa.settings import load_settings

    settings = load_settings(db=tmp_path_factory.mktemp("dedupe") / "fursa.duckdb", as_of="2026-11-21")
    summaries = {s["source"]: s for s in crawl(settings, list(SOURCES), replay=RECORDED)}
    with open_store(settings.db) as con:
        links = dict(((s, sid), cid) for s, sid, cid in
                     con.execute("SELECT source, source_id, call_id FROM call_sources").fetchall())
        n_calls = con.execute("SELECT count(*) FROM calls").fetchone()[0]
    return summaries, links, n_calls


def test_each_call_published_on_both_feeds_is_stored_once_with_both_links(crawled):
    summaries, links, n_calls = crawled
    same = demo_facts().SAME_CALL
    for en, ar in same:
        en_guid, ar_guid = guids(en, ar)
        assert links[("fundsforngos", en_guid)] == links[("arabic_calls_feed", ar_guid)], (en, ar)
    assert sum(s["linked"] for s in summaries.values()) == len(same)
    assert n_calls == len(links) - len(same)


def test_calls_that_only_look_alike_stay_apart(crawled):
    _, links, _ = crawled
    for en, ar in demo_facts().SIMILAR_NOT_SAME:
        en_guid, ar_guid = guids(en, ar)
        assert links[("fundsforngos", en_guid)] != links[("arabic_calls_feed", ar_guid)], (en, ar)


def test_no_other_call_is_linked(crawled):
    _, links, _ = crawled
    by_call: dict[str, list] = {}
    for key, call_id in links.items():
        by_call.setdefault(call_id, []).append(key)
    shared = {tuple(sorted(sid for _, sid in keys)) for keys in by_call.values() if len(keys) > 1}
    assert shared == {tuple(sorted(guids(en, ar))) for en, ar in demo_facts().SAME_CALL}
