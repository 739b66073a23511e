"""Incremental crawling against a loopback WordPress feed: conditional requests, changes, disappearances,
and a staging file kept after a failed merge. Each test crawls a real `fursa.crawl.crawl` twice or more."""

from __future__ import annotations

import json
import threading
import time

import duckdb
import pytest

from fursa.crawl import crawl
from fursa.replay import ReplayServer
from fursa.store import open_store
from fursa.store.staging import staging_folder
from tests.scrapers.test_faults import RSS, rss

FEED = "/feed/"


def item(n: int, deadline: str = "15 March 2027") -> tuple[str, str, str]:
    return (f"p={n}", f"Example Trust {n}: grants for local media, round {n}",
            f"Deadline: {deadline}. Grants up to EUR {n},500 for media organisations in Lebanon.")


def feed_routes(page1: list, page2: list, page2_status: int = 200) -> list[dict]:
    second = ({"body": rss(page2), "content_type": RSS} if page2_status == 200 else {"status": page2_status})
    return [
        {"path": FEED, "query": {"paged": "3"}, "body": rss([]), "content_type": RSS},
        {"path": FEED, "query": {"paged": "2"}, **second},
        {"path": FEED, "body": rss(page1), "content_type": RSS},
    ]


@pytest.fixture
def site(tmp_path, settings, monkeypatch):
    """A validating loopback server for a `fundsforngos` source (paged WordPress feed), registered alone."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"routes": feed_routes([item(1), item(2)], [item(3)])}))
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "tests.scrapers.loopback_settings")
    with ReplayServer(folder, validators=True) as server:
        settings.registry_path.write_text(
            f'[[source]]\nname = "fundsforngos"\nkind = "wordpress_rss"\nurl = "{server.base_url}{FEED}"\n')
        yield server


def run(settings) -> dict:
    [summary] = [s for s in crawl(settings, ["fundsforngos"]) if not s.get("recovered")]
    return summary


def calls(settings) -> dict[str, tuple]:
    with open_store(settings.db) as con:
        return {r[0]: r[1:] for r in con.execute(
            "SELECT id, status, status_changed_at, deadline, content_hash, first_seen, last_seen FROM calls"
        ).fetchall()}


def test_unchanged_pages_are_revalidated_with_304_and_add_nothing(site, settings):
    first = run(settings)
    assert (first["status"], first["new"], first["not_modified"]) == ("ok", 3, 0)
    before = calls(settings)
    site.requests.clear()

    second = run(settings)

    assert (second["status"], second["new"], second["updated"], second["unchanged"]) == ("ok", 0, 0, 3)
    assert second["not_modified"] == 3  # pages 1, 2 and the empty page 3 all answered 304
    feed_requests = [r for r in site.requests if r["path"] == FEED]
    assert len(feed_requests) == 3 and all("If-None-Match" in r["headers"] for r in feed_requests)
    after = calls(settings)
    assert {k: v[:5] for k, v in after.items()} == {k: v[:5] for k, v in before.items()}  # only last_seen moved
    assert all(after[k][5] > before[k][5] for k in after)


def test_a_changed_call_is_updated_a_vanished_one_marked_and_a_cut_listing_marks_nothing(site, settings):
    run(settings)
    # The deadline of call 1 is extended; call 2 is gone from the (complete) listing.
    site.set_routes(feed_routes([item(1, deadline="30 April 2027")], [item(3)]))
    second = run(settings)
    assert (second["status"], second["updated"], second["unchanged"], second["closed"]) == ("ok", 1, 1, 1)
    with open_store(settings.db) as con:
        changes = con.execute("SELECT call_id, field, old_value, new_value, run_id FROM call_changes").fetchall()
    assert [(c[1], json.loads(c[2]), json.loads(c[3]), c[4]) for c in changes] == [
        ("deadline", "2027-03-15", "2027-04-30", second["run_id"])]
    state = calls(settings)
    gone = next(v for k, v in state.items() if k.endswith("p=2"))
    assert gone[0] == "unavailable" and gone[1] is not None  # kept, with the time it went

    # Page 2 now fails: the listing was cut short, so call 3 (only on page 2) is not marked.
    site.set_routes(feed_routes([item(1, deadline="30 April 2027")], [], page2_status=500))
    third = run(settings)
    assert third["status"] == "partial"
    assert any(e.get("status") == 500 and "paged=2" in e["url"] for e in third["errors"])
    assert next(v for k, v in calls(settings).items() if k.endswith("p=3"))[0] == "open"


def test_a_staging_file_kept_after_a_failed_merge_is_merged_by_the_next_crawl(site, settings, tmp_path):
    busy = settings.model_copy(update={"lock_timeout": 1.0})
    # Long enough to take the lock in between, short of the 3 s DOWNLOAD_TIMEOUT of loopback_settings.
    site.set_routes([{**r, "delay": 1.5} if r.get("query") == {"paged": "3"} else r
                     for r in feed_routes([item(1), item(2)], [item(3)])])
    summaries: list = []
    crawling = threading.Thread(target=lambda: summaries.extend(crawl(busy, ["fundsforngos"])))
    crawling.start()
    try:
        # Once the last page is requested the run is under way; hold the store until its merge gave up.
        deadline = time.monotonic() + 60
        while not any(r["query"] == {"paged": "3"} for r in site.requests) and time.monotonic() < deadline:
            time.sleep(0.05)
        holder = duckdb.connect(str(settings.db))
        crawling.join(60)
    finally:
        holder.close()
    [failed] = summaries
    assert failed["status"] == "failed" and "the next crawl merges them" in failed["error"]
    assert len(list(staging_folder(settings.db).glob("*.jsonl"))) == 1

    site.set_routes(feed_routes([item(1), item(2)], [item(3)]))
    after = crawl(settings, ["fundsforngos"])

    recovered, fresh = after
    assert (recovered["recovered"], recovered["status"], recovered["new"]) == (True, "ok", 3)
    assert (fresh["status"], fresh["new"], fresh["unchanged"]) == ("ok", 0, 3)
    assert list(staging_folder(settings.db).iterdir()) == []
    with open_store(settings.db) as con:
        runs = con.execute("SELECT status, new FROM crawl_runs ORDER BY id").fetchall()
    assert runs == [("ok", 3), ("ok", 0)]
