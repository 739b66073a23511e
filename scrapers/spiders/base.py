"""The base every Fursa spider extends: where to start, how failures are recorded."""

from __future__ import annotations

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

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

    def _registry_url(self) -> str:
        settings = get_settings()
        source_name = getattr(self, "source_name", self.name)
        return find_source(load_registry(settings.registry_path), source_name).url

    @property
    def source(self) -> str:
        return getattr(self, "source_name", self.name)

    def on_error(self, failure):
        """Errback for every request: the run report gets the URL, the status and the reason."""
        request = failure.request
        if failure.check(HttpError):
            response = failure.value.response
            record_error(self, url=response.url, status=response.status, reason=f"HTTP {response.status}")
        elif failure.check(DNSLookupError):
            record_error(self, url=request.url, status=None, reason="DNS lookup failed")
        elif failure.check(TimeoutError, TCPTimedOutError):
            record_error(self, url=request.url, status=None, reason="timed out")
        else:
            record_error(self, url=request.url, status=None, reason=failure.getErrorMessage()[:300])
        if request.meta.get("listing"):
            self.listing_incomplete = True
