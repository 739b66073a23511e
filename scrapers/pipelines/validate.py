"""ValidatePipeline: every item must be a valid call (fursa.formats.CallRecord) or it is dropped and counted.

The share of items that carry every required field is what tells a redesign apart from a bad item:
below FURSA_MIN_VALID_RATIO the store pipeline marks the source broken and keeps its stored calls.
"""

from __future__ import annotations

from pydantic import ValidationError
from scrapy.exceptions import DropItem

from fursa.formats import CallRecord
from scrapers.items import CallItem


class ValidatePipeline:
    def __init__(self, crawler=None):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        self.seen = 0
        self.valid = 0

    def process_item(self, item: CallItem, spider=None) -> CallItem:
        self.seen += 1
        self._publish(spider)
        try:
            record = CallRecord.model_validate(item.fields)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
                for e in exc.errors()[:5]
            )
            raise DropItem(f"{item.source_id}: {problems}") from exc
        item.fields["_record"] = record
        self.valid += 1
        self._publish(spider)
        return item

    def _publish(self, spider) -> None:
        # Counted on the spider as items pass, not at close: pipelines are closed in no fixed order,
        # and the store pipeline reads these when it closes.
        spider = spider if spider is not None else (self.crawler and self.crawler.spider)
        if spider is not None:
            spider.items_seen = self.seen
            spider.items_valid = self.valid
