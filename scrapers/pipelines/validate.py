"""ValidatePipeline: every item must be a valid call (fursa.formats.CallRecord) or it is dropped and counted.

The share of items that carry every required field is what tells a redesign apart from a bad item:
below FURSA_MIN_VALID_RATIO the store pipeline marks the source broken and keeps its stored calls.
Text that was decoded with the wrong character set (mojibake) is refused here too, field by field: a
call with a garbled title is worse than no call.
"""

from __future__ import annotations

import re

from pydantic import ValidationError
from scrapy.exceptions import DropItem

from fursa.formats import CallRecord
from scrapers.items import CallItem

CHECKED_TEXT = ("title", "funder", "description")
# UTF-8 read as a Latin-1 family code page: "Ø§Ù„" for "ال", "Ã©" for "é", "â€™" for "’".
_UTF8_AS_LATIN = re.compile(
    "[ØÙÚÛ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|Ã[\u0080-\u00bf]|â€"
)
# Letters À-ÿ: one or two in a French or Turkish word ("développement"); nearly every letter of a word
# when Arabic was read as Latin-1 ("ÇáÕäÏæÞ"). Markup and URLs around the words do not matter.
_LATIN1_LETTER = re.compile("[\u00c0-\u00ff]")
_WORD = re.compile(r"\w{3,}")
MIN_WORDS = 3


def mis_decoded(text: str) -> str | None:
    """Why `text` looks decoded with the wrong character set, or None when it looks fine."""
    if "\ufffd" in text:
        return "holds U+FFFD replacement characters (bytes that were not valid in the declared encoding)"
    if len(_UTF8_AS_LATIN.findall(text)) >= 2:
        return "looks like UTF-8 read as Latin-1 (mojibake)"
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if len(words) >= MIN_WORDS:
        garbled = sum(1 for w in words if len(_LATIN1_LETTER.findall(w)) > len(w) / 2)
        if garbled > len(words) / 2:
            return "looks like Arabic (or another script) read as Latin-1 (mojibake)"
    return None


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
        if getattr(item, "unchanged_link", False):  # unchanged since it was validated and stored
            self.valid += 1
            self._publish(spider)
            return item
        garbled = [f"{name}: {why}" for name in CHECKED_TEXT
                   if isinstance(item.fields.get(name), str) and (why := mis_decoded(item.fields[name]))]
        if garbled:
            raise DropItem(f"{item.source_id}: {'; '.join(garbled)}")
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
