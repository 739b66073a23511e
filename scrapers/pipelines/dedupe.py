"""DedupePipeline: a call listed twice in one crawl (paging shifts, two listings) is stored once."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from scrapers.items import CallItem


class DuplicateItem(DropItem):
    """Not a failure: the run report does not count it."""


class DedupePipeline:
    def open_spider(self, spider=None):
        self.ids: set[str] = set()

    def process_item(self, item: CallItem, spider=None) -> CallItem:
        key = item.fields["id"]
        if key in self.ids:
            raise DuplicateItem(f"duplicate in this crawl: {key}")
        self.ids.add(key)
        return item
