"""The base every Fursa spider extends: where to start, how failures are recorded."""

from __future__ import annotations

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.web.http import RESPONSES

from fursa.registry import find_source, load_registry
from fursa.settings import get_settings
from scrapers.extensions import record_error


class FursaSpider(scrapy.Spider):
    """A spider for one registered source. `url` (a spider argument) overrides the registry's URL, which is
    how crawls are pointed at the loopback replay server in demo mode and in tests."""

    # Fields an item must carry for the source to count as healthy (see ValidatePipeline).
    required_fields = ("title", "url", "funder")
    # Crawl marks unseen calls unavailable only when it saw the whole listing.
    complete_listing = True

    def __init__(self, url: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.source_url = url or self._registry_url()
        self.run_errors: list[dict] = []
        self.listing_incomplete = False
        # Source ids of known calls whose own page answered 404/410: a request for a call's page
        # carries meta={"source_id": ...}, and such a call is marked unavailable, never deleted.
        self.gone_ids: set[str] = set()

    def _registry_url(self) -> str:
        settings = get_settings()
        source_name = getattr(self, "source_name", self.name)
        return find_source(load_registry(settings.registry_path), source_name).url

    @property
    def source(self) -> str:
        return getattr(self, "source_name", self.name)

    def listing_capped(self, url: str, pages: int) -> None:
        """Paging stopped at the spider's page cap while the listing went on: what lies beyond was not
        read, so the listing is incomplete and no call of this source is marked unavailable."""
        self.listing_incomplete = True
        record_error(self, url=url, status=None,
                     reason=f"listing cut after {pages} pages (the most one crawl reads): calls beyond them "
                            "were not read, and none is marked unavailable")

    def on_error(self, failure):
        """Errback for every request: the run report gets the URL, the status and the reason."""
        request = failure.request
        # A middleware that gave the request up says why (Retry-After too long, retries used up...).
        given_up = request.meta.get("fursa_error")
        if failure.check(HttpError):
            response = failure.value.response
            phrase = RESPONSES.get(response.status, b"").decode("latin-1")
            record_error(self, url=response.url, status=response.status,
                         reason=given_up or f"HTTP {response.status} {phrase}".rstrip())
            if response.status in (404, 410) and request.meta.get("source_id"):
                self.gone_ids.add(str(request.meta["source_id"]))
        elif failure.check(DNSLookupError, CannotResolveHostError):
            record_error(self, url=request.url, status=None, reason="DNS lookup failed")
        elif failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
            timeout = request.meta.get("download_timeout") or self.settings.getfloat("DOWNLOAD_TIMEOUT")
            record_error(self, url=request.url, status=None,
                         reason=f"timed out after {timeout:g} s ({request.meta.get('retry_times', 0)} retries)")
        elif failure.check(DownloadConnectionRefusedError):
            record_error(self, url=request.url, status=None, reason="connection refused")
        elif failure.check(DownloadCancelledError, CancelledError):
            limit = request.meta.get("download_maxsize") or self.settings.getint("DOWNLOAD_MAXSIZE")
            record_error(self, url=request.url, status=None,
                         reason=f"response larger than the {limit:,} byte limit (DOWNLOAD_MAXSIZE): not read")
        elif failure.check(IgnoreRequest):
            message = given_up or failure.getErrorMessage()[:300]
            if "max redirections" in message:
                message = f"too many redirects (more than {self.settings.getint('REDIRECT_MAX_TIMES')})"
            record_error(self, url=request.url, status=None, reason=message)
        else:
            record_error(self, url=request.url, status=None,
                         reason=given_up or f"{type(failure.value).__name__}: {failure.getErrorMessage()[:300]}")
        if request.meta.get("listing"):
            self.listing_incomplete = True
