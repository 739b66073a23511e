"""The run verdict rules of the store pipeline, and the counts it reads from the validate pipeline."""

from pathlib import Path

import pytest
from scrapy.exceptions import DropItem

from scrapers.items import CallItem
from scrapers.pipelines.store import StorePipeline, decide_status
from scrapers.pipelines.validate import ValidatePipeline, mis_decoded
from tests.scrapers.conftest import TODAY


@pytest.mark.parametrize(
    ("seen", "valid", "errors", "incomplete", "listed_before", "expected"),
    [
        (100, 100, 0, False, 100, "ok"),
        (100, 97, 0, False, 100, "partial"),    # a few bad items: merged, nothing marked unavailable
        (100, 100, 2, False, 100, "partial"),   # a failed request
        (100, 100, 0, True, 100, "partial"),    # a listing page missing
        (100, 50, 0, False, 100, "broken"),     # a redesign: required fields vanished
        (0, 0, 0, False, 40, "broken"),         # empty listing after having had calls
        (0, 0, 0, False, None, "broken"),       # ... or when nobody knows
        (0, 0, 0, False, 0, "ok"),              # a source that never had calls: nothing to protect
        (0, 0, 3, False, 40, "failed"),         # nothing could be fetched
        (4, 4, 0, False, 100, "partial"),       # the listing shrank from 100 to 4: cut short
        (4, 4, 0, False, 6, "ok"),              # a small listing may shrink
    ],
)
def test_decide_status(seen, valid, errors, incomplete, listed_before, expected):
    status, why = decide_status(seen=seen, valid=valid, errors=errors, listing_incomplete=incomplete,
                                min_valid_ratio=0.9, listed_before=listed_before)
    assert status == expected
    assert (why is None) == (expected == "ok")


class _Spider:
    pass


def test_validate_counts_dropped_items_on_the_spider_as_they_pass():
    spider = _Spider()
    pipeline = ValidatePipeline()
    pipeline.open_spider()
    good = CallItem("s", "1", {"id": "s:1", "title": "T", "funder": "F", "url": "https://x.org", "language": "en"})
    bad = CallItem("s", "2", {"id": "s:2", "title": "T", "funder": "F", "url": "ftp://x.org", "language": "en"})
    pipeline.process_item(good, spider)
    with pytest.raises(DropItem, match="url"):
        pipeline.process_item(bad, spider)
    assert (spider.items_seen, spider.items_valid) == (2, 1)


class _FinishedSpider:
    source = "feed_a"
    source_url = "https://feed.example.org/feed/"
    complete_listing = True
    listing_incomplete = False
    ran_to_end = True
    items_seen = items_valid = 0
    pages_fetched, pages_not_modified = 3, 2
    run_errors: list = []
    gone_ids = {"p=9"}


def pipeline(listed_before: int) -> StorePipeline:
    store = StorePipeline(Path("unused.duckdb"), TODAY, timeout=1, min_valid_ratio=0.9)
    store.items, store.run_id, store.listed_before = [], 5, listed_before
    return store


def test_the_staged_verdict_carries_counts_pages_and_gone_calls():
    run = pipeline(listed_before=0).staged_run(_FinishedSpider())
    assert (run.status, run.complete, run.run_id) == ("ok", True, 5)
    assert run.counts == {"seen": 0, "failed": 0, "pages": 3, "not_modified": 2}
    assert run.gone_ids == ["p=9"]


def test_a_crawl_stopped_before_its_end_never_counts_as_a_complete_listing():
    spider = _FinishedSpider()
    spider.ran_to_end = False
    spider.items_seen = spider.items_valid = 0
    run = pipeline(listed_before=12).staged_run(spider)
    assert (run.status, run.complete) == ("failed", False)
    assert any("stopped before its end" in e["reason"] for e in run.errors)


@pytest.mark.parametrize(("text", "garbled"), [
    ("الصندوق العربي لحقوق الإنسان: منح لدعم المدافعين", False),
    ("Élaboration des priorités de développement économique à Beyrouth, été 2027", False),
    ("Türkiye'de sivil toplum kuruluşları için küçük hibeler", False),
    ("الصندوق العربي لحقوق الإنسان".encode("windows-1256").decode("cp1252"), True),   # Arabic read as Latin-1
    ("منح للمجتمع المدني".encode().decode("latin-1"), True),                          # UTF-8 read as Latin-1
    ("Grants for \ufffd\ufffd organisations", True),                                  # undecodable bytes
])
def test_mis_decoded_text_is_recognized(text, garbled):
    assert (mis_decoded(text) is not None) == garbled


def test_validate_drops_an_item_with_a_garbled_title_and_says_which_field():
    pipeline = ValidatePipeline()
    pipeline.open_spider()
    title = "منح صغيرة للمنظمات المحلية".encode("windows-1256").decode("cp1252")
    item = CallItem("s", "7", {"id": "s:7", "title": title, "funder": "F", "url": "https://x.org", "language": "ar"})
    with pytest.raises(DropItem, match="7: title: looks like Arabic"):
        pipeline.process_item(item, _Spider())
