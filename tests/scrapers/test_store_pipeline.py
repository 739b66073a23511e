"""The run verdict rules of the store pipeline, and the counts it reads from the validate pipeline."""

import pytest
from scrapy.exceptions import DropItem

from scrapers.items import CallItem
from scrapers.pipelines.store import decide_status
from scrapers.pipelines.validate import ValidatePipeline


@pytest.mark.parametrize(
    ("seen", "valid", "errors", "incomplete", "expected"),
    [
        (100, 100, 0, False, "ok"),
        (100, 97, 0, False, "partial"),     # a few bad items: merged, nothing marked unavailable
        (100, 100, 2, False, "partial"),    # a failed request
        (100, 100, 0, True, "partial"),     # a listing page missing
        (100, 50, 0, False, "broken"),      # a redesign: required fields vanished
        (0, 0, 0, False, "broken"),         # empty listing
        (0, 0, 3, False, "failed"),         # nothing could be fetched
    ],
)
def test_decide_status(seen, valid, errors, incomplete, expected):
    status, why = decide_status(seen=seen, valid=valid, errors=errors, listing_incomplete=incomplete,
                                min_valid_ratio=0.9)
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
