"""One malformed record must cost that record only, never the rest of its page or the next page's request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scrapers.extensions import record_error
from scrapers.items import CallItem


def read_record(spider, parse: Callable[..., CallItem | None], *args: Any, url: str | None = None) -> CallItem | None:
    """parse(*args), or None with the failure in the run report. The listing is then incomplete: the call
    this record stands for still exists, so the crawl must not mark it unavailable."""
    try:
        return parse(*args)
    except Exception as exc:  # noqa: BLE001 - a source's data can be wrong in any way; the run report says how
        spider.listing_incomplete = True
        record_error(spider, url=url, status=None,
                     reason=f"item dropped: unreadable record ({type(exc).__name__}: {exc})"[:300])
        return None
