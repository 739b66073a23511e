"""Retries that honour Retry-After: Scrapy's own retry middleware ignores the header."""

from __future__ import annotations

import asyncio
import email.utils
import time

from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.utils.response import response_status_message


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; None when absent/garbled."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class RetryAfterMiddleware(RetryMiddleware):
    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = retry_after_seconds(response.headers.get("Retry-After"))
        crawler_spider = spider or self.crawler.spider
        limit = self.crawler.settings.getfloat("RETRY_AFTER_MAX", 120)
        reason = response_status_message(response.status)
        if delay is not None and delay > limit:
            crawler_spider.logger.warning("%s asks to retry after %.0f s (over %.0f s): giving up",
                                          request.url, delay, limit)
            return response
        if delay:
            await asyncio.sleep(delay)
        retry = get_retry_request(request, spider=crawler_spider, reason=reason,
                                  max_retry_times=self.max_retry_times)
        return retry or response
