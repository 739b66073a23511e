"""JSON APIs: read a response without ever raising, and keep paging links on the host we were told to crawl.

Mix into a FursaSpider. A body that is not the JSON a spider expects (an HTML error page, a truncated
download, a changed envelope) is recorded in the run report with its URL and status; a listing page that
fails this way also marks the listing incomplete, so calls missing from it are not marked unavailable.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from scrapers.extensions import record_error


def on_host_of(url: str, base: str) -> str:
    """`url`'s path and query on `base`'s scheme and host.

    APIs hand out absolute paging links built from their own idea of their host (DRF's `next`, behind a
    proxy, may even say http://); following them as given could leave the site we were pointed at, which
    in demo mode and tests is the loopback replay server.
    Example: on_host_of("https://a.org/api/?page=2", "http://127.0.0.1:8080/api/") == "http://127.0.0.1:8080/api/?page=2"
    """
    parts, host = urlsplit(url), urlsplit(base)
    return urlunsplit((host.scheme, host.netloc, parts.path, parts.query, ""))


class JsonApiMixin:
    def load_json(self, response, what: str, *, expect: type = dict) -> Any | None:
        """The decoded body when it is a `expect` (dict by default); None, recorded, otherwise."""
        try:
            data = json.loads(response.text)
        except (ValueError, AttributeError) as exc:  # AttributeError: a binary body has no .text
            self._bad_response(response, f"not a {what} response ({type(exc).__name__}: {str(exc)[:120]})")
            return None
        if not isinstance(data, expect):
            self._bad_response(response, f"not a {what} response (a JSON {type(data).__name__})")
            return None
        return data

    def _bad_response(self, response, reason: str) -> None:
        if response.meta.get("listing"):
            self.listing_incomplete = True
        record_error(self, url=response.url, status=response.status, reason=reason)
