"""RunReport: what failed during a crawl and why, for the run record analysts read."""

from __future__ import annotations

from scrapy import signals


class RunReport:
    """Collects per-spider errors (URL, status, reason) on `spider.run_errors` for the store pipeline."""

    MAX_ERRORS = 200

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls()
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        return ext

    def spider_opened(self, spider):
        if not hasattr(spider, "run_errors"):
            spider.run_errors = []

    def spider_error(self, failure, response, spider):
        record_error(spider, url=response.url, status=response.status,
                     reason=f"parse error: {failure.getErrorMessage()[:300]}")

    def item_dropped(self, item, response, exception, spider):
        from scrapers.pipelines.dedupe import DuplicateItem

        if isinstance(exception, DuplicateItem):
            return
        record_error(spider, url=getattr(response, "url", None), status=None,
                     reason=f"item dropped: {str(exception)[:300]}")


def record_error(spider, *, url: str | None, status: int | None, reason: str) -> None:
    errors = spider.__dict__.setdefault("run_errors", [])
    if len(errors) < RunReport.MAX_ERRORS:
        errors.append({"url": url, "status": status, "reason": reason})
