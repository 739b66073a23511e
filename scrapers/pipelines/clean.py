"""CleanPipeline: scraped markup becomes plain text before anything else looks at it."""

from __future__ import annotations

from fursa.normalize.text import html_to_text
from scrapers.items import CallItem

TEXT_FIELDS = ("title", "funder", "description")


class CleanPipeline:
    def process_item(self, item: CallItem, spider=None) -> CallItem:
        fields = item.fields
        fields.setdefault("id", f"{item.source}:{item.source_id}")
        for name in TEXT_FIELDS:
            value = fields.get(name)
            if isinstance(value, str):
                # Titles are one line; descriptions keep their paragraph breaks.
                text = html_to_text(value)
                fields[name] = " ".join(text.split()) if name != "description" else text
        if item.text:
            item.text = html_to_text(item.text)
        return item
