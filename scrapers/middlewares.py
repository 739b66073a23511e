"""Downloader middlewares that make a crawl polite, incremental and honest about what it read.

- RetryAfterMiddleware: bounded retries that honour Retry-After (Scrapy's own retry middleware ignores
  the header), and say why a request was given up.
- ConditionalRequestMiddleware: sends the ETag / Last-Modified a page had last time; a 304 Not Modified
  is answered from the copy kept then, and counted, so an unchanged site costs a few empty responses.
- NotModifiedItemsMiddleware (a spider middleware): flags the calls read from a 304 page, which the
  pipelines then count unchanged without normalizing them again.
- CharsetMiddleware: a page whose declared charset is wrong (a windows-1256 page sent as UTF-8 or as
  Latin-1) is decoded by its <meta>/XML declaration or by detection, or refused with a clear reason;
  garbled text never reaches a spider.

Request meta they use: `fursa_error` (why a request was given up, for the run report), `dont_cache`.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import json
import logging
import time
from pathlib import Path

import charset_normalizer
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.utils.response import response_status_message
from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

from scrapers.items import CallItem
from scrapers.pipelines.validate import mis_decoded

log = logging.getLogger(__name__)


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
    """RETRY_TIMES retries of RETRY_HTTP_CODES, each after the server's Retry-After when it gives one;
    a Retry-After longer than RETRY_AFTER_MAX gives the request up at once (a crawl must end)."""

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        status = response_status_message(response.status)
        delay = retry_after_seconds(response.headers.get("Retry-After"))
        limit = self.crawler.settings.getfloat("RETRY_AFTER_MAX", 120)
        if delay is not None and delay > limit:
            request.meta["fursa_error"] = (f"HTTP {status}: the server asked to retry after {delay:.0f} s, "
                                           f"over the {limit:.0f} s limit (RETRY_AFTER_MAX)")
            log.warning("%s: %s", request.url, request.meta["fursa_error"])
            return response
        retry = self._retry(request, status)
        if retry is None:
            request.meta["fursa_error"] = f"HTTP {status}, still after {request.meta.get('retry_times', 0)} retries"
            return response
        if delay:
            await asyncio.sleep(delay)
        return retry


class ConditionalRequestMiddleware:
    """Revalidates pages kept from the last crawl: enabled by FURSA_HTTP_CACHE_DIR (a folder, one
    subfolder per source). Only GET responses that carry an ETag or Last-Modified are kept; a 304 is
    turned back into the kept 200 (flagged "not_modified") so the spider parses it as before and the
    store counts its calls unchanged. Nothing is ever served without asking the server."""

    def __init__(self, folder: Path, crawler):
        self.folder = folder
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        folder = crawler.settings.get("FURSA_HTTP_CACHE_DIR")
        if not folder:
            raise NotConfigured
        return cls(Path(folder), crawler)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        spider = self.crawler.spider
        base = self.folder / getattr(spider, "source", spider.name) / key[:2] / key
        return base.with_suffix(".json"), base.with_suffix(".body")

    def process_request(self, request, spider=None):
        # Validators added for another URL travel along when a request is redirected: drop them.
        for header in request.meta.pop("_fursa_validators", ()):
            request.headers.pop(header, None)
        if request.method != "GET" or request.meta.get("dont_cache"):
            return None
        entry = _read_json(self._paths(request.url)[0])
        added = []
        for header, key in (("If-None-Match", "etag"), ("If-Modified-Since", "last_modified")):
            if entry.get(key) and header not in request.headers:
                request.headers[header] = entry[key]
                added.append(header)
        if added:
            request.meta["_fursa_validators"] = added
        return None

    def process_response(self, request, response, spider=None):
        if request.method != "GET" or request.meta.get("dont_cache"):
            return response
        meta_path, body_path = self._paths(request.url)
        if response.status == 304 and request.meta.get("_fursa_validators"):
            kept = self._kept_response(request, meta_path, body_path)
            if kept is not None:
                self.crawler.stats.inc_value("fursa/not_modified")
                return kept
            return response
        if response.status == 200:
            etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
            if etag or modified:
                self._keep(response, meta_path, body_path, etag, modified)
            else:
                meta_path.unlink(missing_ok=True)
                body_path.unlink(missing_ok=True)
        return response

    def _keep(self, response, meta_path: Path, body_path: Path, etag: bytes | None, modified: bytes | None):
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        headers = {k.decode("latin-1"): [v.decode("latin-1") for v in vs] for k, vs in response.headers.items()
                   if k.lower() not in (b"content-encoding", b"content-length", b"set-cookie")}
        entry = {"url": response.url, "etag": etag and etag.decode("latin-1"),
                 "last_modified": modified and modified.decode("latin-1"), "headers": headers}
        _atomic_write(body_path, response.body)
        _atomic_write(meta_path, json.dumps(entry).encode("utf-8"))

    def _kept_response(self, request, meta_path: Path, body_path: Path):
        entry = _read_json(meta_path)
        try:
            body = body_path.read_bytes()
        except OSError:
            return None
        headers = Headers(entry.get("headers") or {})
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return cls(url=request.url, status=200, headers=headers, body=body, request=request,
                   flags=["not_modified"])


class NotModifiedItemsMiddleware(BaseSpiderMiddleware):
    """Sets `item.not_modified` on every call a spider read from a page flagged "not_modified"."""

    def get_processed_item(self, item, response):
        if response is not None and "not_modified" in response.flags and isinstance(item, CallItem):
            item.not_modified = True
        return item


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


# A page whose declared encoding leaves at most this many undecodable bytes is kept as declared: the
# few garbled characters are U+FFFD, and the items holding them are refused by the validate pipeline.
MAX_STRAY_BYTES = 3


def choose_encoding(response: TextResponse) -> tuple[str | None, str]:
    """The encoding that reads this body cleanly, and how it was chosen; (None, why) when none does.

    Tried in order: the declared one (header, else body, else detected by Scrapy), a byte-order mark,
    the body's own <meta charset> / XML declaration, then charset detection."""
    body = response.body
    declared = response.encoding
    if body.isascii():
        return declared, "ascii"

    def detect() -> str | None:  # the slow one, so only when the others failed
        best = charset_normalizer.from_bytes(body[:65536]).best()
        return best.encoding if best else None

    candidates = [("declared", lambda: declared), ("byte-order mark", lambda: read_bom(body)[0]),
                  ("declared in the page", lambda: html_body_declared_encoding(body)), ("detected", detect)]
    for how, find in candidates:
        encoding = find()
        if not encoding:
            continue
        encoding = resolve_encoding(encoding) or encoding
        try:
            text = body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if mis_decoded(text[:200_000]) is None:
            return encoding, how
    try:
        stray = body.decode(declared, errors="replace").count("\ufffd")
    except LookupError:
        stray = MAX_STRAY_BYTES + 1
    if stray <= MAX_STRAY_BYTES:
        return declared, f"declared ({stray} undecodable byte(s))"
    return None, (f"the page is not valid {declared} as declared, and neither its own declaration nor "
                  "charset detection reads it cleanly")


class CharsetMiddleware:
    """Checks that each text response decodes cleanly; re-decodes it or refuses it (see choose_encoding)."""

    def process_response(self, request, response, spider=None):
        if not isinstance(response, TextResponse) or not 200 <= response.status < 300:
            return response
        encoding, how = choose_encoding(response)
        if encoding is None:
            request.meta["fursa_error"] = f"undecodable text: {how}"
            raise IgnoreRequest(request.meta["fursa_error"])
        if encoding != response.encoding:
            log.warning("%s: declared %s, decoded as %s (%s)", response.url, response.encoding, encoding, how)
            return response.replace(encoding=encoding)
        return response
