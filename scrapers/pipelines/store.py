"""StorePipeline: stage the crawl's calls to a file, then merge them in one short transaction.

Nothing touches the database while pages are being fetched. At the end of a spider the validated calls
are written to data/staging/<source>-<run>.jsonl, then merged (new / updated / unchanged), calls missing
from a complete listing are marked unavailable, and the run record is written - all in one transaction,
so a crash leaves the earlier state intact and a rerun equals a clean run. If the store stays locked
past the timeout the staging file is kept and the run says so.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from fursa.errors import FursaError
from fursa.settings import get_settings
from fursa.store import open_store, transaction
from fursa.store.calls import SourcedCall, mark_unavailable, merge_calls
from fursa.store.runs import finish_run, start_run
from scrapers.items import CallItem

log = logging.getLogger(__name__)


def crawl_today(settings) -> dt.date:
    value = settings.get("FURSA_AS_OF")
    return dt.date.fromisoformat(value) if value else get_settings().today()


def crawl_db(settings) -> Path:
    value = settings.get("FURSA_DB")
    return Path(value) if value else get_settings().db


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def decide_status(*, seen: int, valid: int, errors: int, listing_incomplete: bool,
                  min_valid_ratio: float) -> tuple[str, str | None]:
    """The run's verdict and, when not ok, why. Pure, so the rules are tested directly."""
    if seen == 0 and (errors or listing_incomplete):
        return "failed", "no calls could be fetched"
    if seen == 0:
        return "broken", "the listing returned no calls (a redesign or an emptied feed?)"
    if valid / seen < min_valid_ratio:
        return "broken", (f"only {valid} of {seen} items carried every required field "
                          f"(under {min_valid_ratio:.0%}): the source's format may have changed")
    if errors or listing_incomplete or valid < seen:
        return "partial", f"{seen - valid} item(s) and {errors} request(s) failed"
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

    def open_spider(self, spider=None):
        spider = self._spider(spider)
        self.items: list[SourcedCall] = []
        self.started = now()
        with open_store(self.db, self.timeout) as con, transaction(con):
            # A run left 'running' was killed mid-crawl: say so instead of showing it running forever.
            con.execute(
                "UPDATE crawl_runs SET status = 'failed', finished_at = coalesce(finished_at, started_at), "
                "errors = '[{\"reason\": \"interrupted before it finished\"}]' "
                "WHERE source = ? AND status = 'running'", [spider.source])
            self.run_id = start_run(con, spider.source, self.started)

    def process_item(self, item: CallItem, spider=None) -> CallItem:
        record = item.fields.pop("_record")
        self.items.append(SourcedCall(record, item.source, item.source_id, item.raw))
        return item

    def close_spider(self, spider=None):
        spider = self._spider(spider)
        errors = list(getattr(spider, "run_errors", []))
        seen = getattr(spider, "items_seen", len(self.items))
        valid = getattr(spider, "items_valid", len(self.items))
        request_failures = sum(1 for e in errors if not e["reason"].startswith("item dropped"))
        status, why = decide_status(seen=seen, valid=valid, errors=request_failures,
                                    listing_incomplete=spider.listing_incomplete,
                                    min_valid_ratio=self.min_valid_ratio)
        if why:
            errors.insert(0, {"url": spider.source_url, "status": None, "reason": why})
        staged = self._stage(spider.source)
        finished = now()
        try:
            with open_store(self.db, self.timeout) as con, transaction(con):
                counts = {"seen": seen, "failed": (seen - valid) + request_failures}
                if status in ("ok", "partial"):
                    merged = merge_calls(con, self.items, seen_at=finished, today=self.today,
                                         run_id=self.run_id)
                    counts.update(merged.as_dict(), seen=seen)
                    if status == "ok" and spider.complete_listing:
                        counts["closed"] = mark_unavailable(
                            con, spider.source, [i.source_id for i in self.items], finished)
                finish_run(con, self.run_id, status=status, at=finished, counts=counts, errors=errors)
        except FursaError as exc:
            log.error("%s: could not store this crawl (%s); its calls are kept in %s", spider.source, exc, staged)
            spider.crawl_summary = {"source": spider.source, "status": "failed", "error": str(exc)}
            return
        staged.unlink(missing_ok=True)
        spider.crawl_summary = {"source": spider.source, "status": status, **counts, "errors": len(errors)}
        log.info("%s: %s %s", spider.source, status, json.dumps(counts))

    def _stage(self, source: str) -> Path:
        staging = self.db.parent / "staging"
        staging.mkdir(parents=True, exist_ok=True)
        path = staging / f"{source}-{self.run_id}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for item in self.items:
                out.write(json.dumps({"source": item.source, "source_id": item.source_id,
                                      "call": item.call.contract_dict()}, ensure_ascii=False) + "\n")
        return path
