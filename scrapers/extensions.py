"""RunReport: what a crawl fetched, what failed and why, for the run record analysts read."""

from __future__ import annotations

from scrapy import signals


class RunReport:
    """Collects per-spider errors (URL, status, reason) on `spider.run_errors`, and counts the responses
    received (`spider.pages_fetched`) and those answered 304 Not Modified (`spider.pages_not_modified`),
    for the store pipeline."""

    MAX_ERRORS = 200

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls()
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(ext.request_scheduled, signal=signals.request_scheduled)
        return ext

    def spider_opened(self, spider):
        if not hasattr(spider, "run_errors"):
            spider.run_errors = []
        spider.pages_fetched = 0
        spider.pages_not_modified = 0
        # False until the spider runs out of requests: a crawl stopped early (CLOSESPIDER_TIMEOUT, Ctrl+C)
        # closes with pending requests, and its listing must not count as complete.
        spider.ran_to_end = False

    def spider_idle(self, spider):
        spider.ran_to_end = True

    def request_scheduled(self, request, spider):
        # An extension may keep an idle spider open with more requests: it has not ended after all.
        spider.ran_to_end = False

    def request_dropped(self, request, spider):
        """A redirect back to a URL already fetched is dropped as a duplicate, silently, by Scrapy:
        that is a redirect loop (A -> B -> A), and the page it was meant to read was never read."""
        chain = request.meta.get("redirect_urls")
        if not chain:
            return
        record_error(spider, url=chain[0], status=None,
                     reason=f"redirect loop: {' -> '.join([*chain, request.url])}")
        if request.meta.get("listing"):
            spider.listing_incomplete = True

    def response_received(self, response, request, spider):
        spider.pages_fetched = getattr(spider, "pages_fetched", 0) + 1
        if "not_modified" in response.flags:
            spider.pages_not_modified = getattr(spider, "pages_not_modified", 0) + 1

    def spider_error(self, failure, response, spider):
        record_error(spider, url=response.url, status=response.status,
                     reason=f"parse error: {failure.getErrorMessage()[:300]}")

    def item_dropped(self, item, response, exception, spider):
        from scrapers.pipelines.dedupe import DuplicateItem

        if isinstance(exception, DuplicateItem):
            return
        url = (getattr(item, "fields", None) or {}).get("url") or getattr(response, "url", None)
        record_error(spider, url=url, status=None, reason=f"item dropped: {str(exception)[:300]}")


def record_error(spider, *, url: str | None, status: int | None, reason: str) -> None:
    errors = spider.__dict__.setdefault("run_errors", [])
    if len(errors) < RunReport.MAX_ERRORS:
        errors.append({"url": url, "status": status, "reason": reason})
