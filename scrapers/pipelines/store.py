"""StorePipeline: stage the crawl's calls to a file, then store them in one short transaction.

Nothing touches the database while pages are being fetched (one short read at the start, to know how
many calls the source listed last time). At the end of a spider the run's verdict and its validated
calls are staged (fursa/store/staging.py), then merged (new / updated / unchanged / linked), calls
missing from a complete listing are marked unavailable, and the run record is written - all in one
transaction, so a crash leaves the earlier state intact and a rerun equals a clean run. If the store
stays locked past the timeout the staging file is kept and the next crawl merges it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from fursa.errors import FursaError
from fursa.settings import get_settings
from fursa.store import open_store, transaction
from fursa.store.calls import SourcedCall, listed_ids
from fursa.store.runs import mark_interrupted, start_run
from fursa.store.staging import PART, PENDING, StagedRun, apply_staged, staging_folder, write_staged
from scrapers.items import CallItem

log = logging.getLogger(__name__)
T = TypeVar("T")
# One store job at a time per crawl process: the spiders of one crawl share the database file, and two
# of their transactions touching one call (a cross-source link) would conflict.
_STORE_LOCK = threading.Lock()
# A listing that shrinks below this share of what the source listed last time, from at least
# SHRINK_MIN_LISTED calls, is treated as cut short: what was read is merged, nothing is marked gone.
SHRINK_RATIO = 0.5
SHRINK_MIN_LISTED = 10


def crawl_today(settings) -> dt.date:
    value = settings.get("FURSA_AS_OF")
    return dt.date.fromisoformat(value) if value else get_settings().today()


def crawl_db(settings) -> Path:
    value = settings.get("FURSA_DB")
    return Path(value) if value else get_settings().db


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


async def off_the_reactor(fn: Callable[[], T]) -> T:
    """Run a store job in a thread: a merge, or a wait for a locked database, must not stop the other
    spiders of the crawl from downloading (their timeouts would fire while the reactor is blocked)."""
    def job() -> T:
        with _STORE_LOCK:
            return fn()
    return await maybe_deferred_to_future(deferToThread(job))


def decide_status(*, seen: int, valid: int, errors: int, listing_incomplete: bool,
                  min_valid_ratio: float, listed_before: int | None = None) -> tuple[str, str | None]:
    """The run's verdict and, when not ok, why. Pure, so the rules are tested directly.

    `listed_before` is how many calls the source listed at its previous crawl (None: unknown, counted
    as some): an empty listing is a redesign or an emptied feed only for a source that had calls."""
    had_calls = listed_before is None or listed_before > 0
    if seen == 0 and (errors or listing_incomplete):
        return "failed", "no calls could be fetched"
    if seen == 0 and had_calls:
        return "broken", "the listing returned no calls (a redesign or an emptied feed?); stored calls are kept"
    if seen == 0:
        return "ok", None
    if valid / seen < min_valid_ratio:
        return "broken", (f"only {valid} of {seen} items carried every required field "
                          f"(under {min_valid_ratio:.0%}): the source's format may have changed")
    if errors or listing_incomplete or valid < seen:
        return "partial", f"{seen - valid} item(s) and {errors} request(s) failed"
    if listed_before and listed_before >= SHRINK_MIN_LISTED and valid < SHRINK_RATIO * listed_before:
        return "partial", (f"the listing shrank from {listed_before} to {valid} calls: taken as cut short, "
                           "no call is marked unavailable")
    return "ok", None


class StorePipeline:
    def __init__(self, db: Path, today: dt.date, timeout: float, min_valid_ratio: float, crawler=None):
        self.crawler = crawler
        self.db = db
        self.today = today
        self.timeout = timeout
        self.min_valid_ratio = min_valid_ratio

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(crawl_db(s), crawl_today(s), get_settings().lock_timeout,
                   s.getfloat("FURSA_MIN_VALID_RATIO", 0.9), crawler)

    def _spider(self, spider):
        # Scrapy >= 2.13 stops passing the spider to pipeline methods: take it from the crawler.
        return spider if spider is not None else self.crawler.spider

    @property
    def staging_dir(self) -> Path:
        return staging_folder(self.db)

    async def open_spider(self, spider=None):
        spider = self._spider(spider)
        self.items: list[SourcedCall] = []
        self.started = now()

        def begin() -> tuple[set[str], int]:
            with open_store(self.db, self.timeout) as con, transaction(con):
                mark_interrupted(con, spider.source)
                return listed_ids(con, spider.source), start_run(con, spider.source, self.started)

        listed, self.run_id = await off_the_reactor(begin)
        self.listed_before = len(listed)
        self.unchanged_ids: list[str] = []
        # The normalize pipeline skips calls read from an unchanged (304) page that the store already holds.
        spider.stored_ids = listed

    def process_item(self, item: CallItem, spider=None) -> CallItem:
        if getattr(item, "unchanged_link", False):
            self.unchanged_ids.append(item.source_id)
            return item
        record = item.fields.pop("_record")
        self.items.append(SourcedCall(record, item.source, item.source_id, item.raw))
        return item

    async def close_spider(self, spider=None):
        spider = self._spider(spider)
        run = self.staged_run(spider)

        def store() -> tuple[dict[str, int] | None, Path, FursaError | None]:
            staged = write_staged(self.staging_dir, run)
            try:
                with open_store(self.db, self.timeout) as con, transaction(con):
                    counts = apply_staged(con, run, self.today)
            except FursaError as exc:
                pending = staged.with_name(staged.name.removesuffix(PART) + PENDING)
                staged.rename(pending)
                return None, pending, exc
            staged.unlink(missing_ok=True)
            return counts, staged, None

        counts, staged, error = await off_the_reactor(store)
        if error is not None:
            log.error("%s: could not store this crawl (%s); its calls are kept in %s and merged by the "
                      "next crawl", spider.source, error, staged)
            spider.crawl_summary = {"source": spider.source, "status": "failed", "staged": str(staged),
                                    "error": f"{error} (calls kept in {staged}; the next crawl merges them)"}
            return
        spider.crawl_summary = {"source": spider.source, "status": run.status, "run_id": self.run_id, **counts,
                                "duration_s": round((run.fetched_at - self.started).total_seconds(), 2),
                                "errors": run.errors}
        log.info("%s: %s %s", spider.source, run.status, json.dumps(counts))

    def staged_run(self, spider) -> StagedRun:
        """The run's verdict, counts and errors, from what the spider and the other pipelines recorded."""
        errors = list(getattr(spider, "run_errors", []))
        listing_incomplete = getattr(spider, "listing_incomplete", False)
        if not getattr(spider, "ran_to_end", True):
            listing_incomplete = True
            errors.append({"url": spider.source_url, "status": None, "reason": "the crawl was stopped before "
                           "its end (time limit or shutdown): the listing was not read completely"})
        seen = getattr(spider, "items_seen", len(self.items))
        valid = getattr(spider, "items_valid", len(self.items))
        request_failures = sum(1 for e in errors if not str(e.get("reason", "")).startswith("item dropped"))
        status, why = decide_status(seen=seen, valid=valid, errors=request_failures,
                                    listing_incomplete=listing_incomplete,
                                    min_valid_ratio=self.min_valid_ratio, listed_before=self.listed_before)
        if why:
            errors.insert(0, {"url": spider.source_url, "status": None, "reason": why})
        return StagedRun(
            source=spider.source, run_id=self.run_id, status=status, fetched_at=now(),
            complete=bool(getattr(spider, "complete_listing", True)) and not listing_incomplete,
            counts={"seen": seen, "failed": (seen - valid) + request_failures,
                    "pages": getattr(spider, "pages_fetched", 0),
                    "not_modified": getattr(spider, "pages_not_modified", 0)},
            errors=errors, gone_ids=sorted(getattr(spider, "gone_ids", ())), items=self.items,
            unchanged_ids=list(getattr(self, "unchanged_ids", [])),
        )
