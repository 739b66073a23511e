"""Item pages for the generic feed spider: where the links come from (an RSS/Atom feed, a sitemap, a listing
page) and what a call's own page gives (its main text, read by the normalize pipeline).

A sitemap (sitemap.xml, or a sitemap index pointing at more of them):

    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://site/calls/youth-grants-2027/</loc><lastmod>2026-11-03</lastmod></url>
    </urlset>

A listing page: any HTML page whose links to calls match the source's link pattern (a regular expression
searched in the absolute URL, e.g. `/calls/[^/]+/$`); `<a rel="next">` pages are followed.

    <ul class="calls"><li><a href="/calls/youth-grants-2027/">Youth grants 2027</a></li> ...</ul>
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import scrapy
from scrapy.http import TextResponse
from scrapy.selector import Selector
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from fursa.normalize.countries import find_countries
from fursa.normalize.text import html_to_text, main_text
from scrapers.extensions import record_error
from scrapers.items import CallItem

MAX_ITEM_PAGES = 500  # per crawl: a whole-site sitemap without a link pattern must not fetch every page
MAX_LISTING_PAGES = 20  # "next" pages of a listing
MAX_DESCRIPTION = 4000  # characters of the page's main text kept as the description (all of it is read)
_DATE_PREFIX = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_ROOT_TAG = re.compile(r"<(?:[\w-]+:)?(rss|feed|RDF|urlset|sitemapindex|html|body|head)\b", re.I)


def document_kind(response) -> str:
    """"feed" (RSS/Atom), "sitemap" or "html", from the first tag of the body, not the Content-Type,
    which servers often get wrong (RSS sent as text/html, sitemaps as text/plain)."""
    head = _body_bytes(response)[:4096].decode("utf-8", "replace")
    head = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", " ", head, flags=re.S | re.I)
    m = _ROOT_TAG.search(head)
    if m is None:
        return "html" if "html" in response.headers.get("Content-Type", b"").decode("latin-1") else "feed"
    tag = m.group(1).lower()
    if tag in ("urlset", "sitemapindex"):
        return "sitemap"
    return "html" if tag in ("html", "body", "head") else "feed"


def _body_bytes(response) -> bytes:
    body = response.body
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as a file, not with Content-Encoding
        body = gunzip(body, max_size=20 * 1024 * 1024)
    return body


def _date(value: str | None) -> str | None:
    m = _DATE_PREFIX.match(value or "")
    return m.group(1) if m else None


class ItemPagesMixin:
    """Mix into a FursaSpider before RssFeedMixin; needs `link_pattern` (compiled regex or None) and
    `follow_pages` set by the spider."""

    link_pattern: re.Pattern[str] | None = None
    follow_pages = True

    # --- where the links come from --------------------------------------------------------------------

    def parse_sitemap(self, response) -> Iterator[scrapy.Request]:
        """<urlset> gives item pages (newest <lastmod> first, filtered by the link pattern); a
        <sitemapindex> gives more sitemaps, fetched as listings."""
        try:
            sitemap = Sitemap(_body_bytes(response))
            entries = list(sitemap)
        except (lxml.etree.LxmlError, OSError, ValueError, StopIteration) as exc:
            self.listing_incomplete = True
            record_error(self, url=response.url, status=response.status, reason=f"not a sitemap: {exc!s:.200}")
            return
        entries = [e for e in entries if e.get("loc", "").strip()]
        for entry in entries:  # <loc> must be absolute, but a relative one is read against the sitemap
            entry["loc"] = response.urljoin(entry["loc"].strip())
        if sitemap.type == "sitemapindex":
            for entry in entries:
                if re.match(r"^https?://", entry["loc"]):
                    yield scrapy.Request(entry["loc"], callback=self.parse, errback=self.on_error,
                                         meta={"page": 1, "listing": True})
            return
        pages = [e for e in entries if self._wanted(e["loc"])]
        pages.sort(key=lambda e: _date(e.get("lastmod")) or "", reverse=True)
        for entry in self._capped(pages, response.url):
            yield self.page_request(entry["loc"], published=_date(entry.get("lastmod")))

    def parse_listing(self, response) -> Iterator[scrapy.Request]:
        """Links whose absolute URL matches the link pattern, with their anchor text as a title hint."""
        if self.link_pattern is None:
            self.listing_incomplete = True
            record_error(self, url=response.url, status=getattr(response, "status", None),
                         reason="an HTML page, not a feed or sitemap: register it with --link-pattern "
                                "to read it as a listing of calls")
            return
        body = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        selector = Selector(text=body)
        anchors: dict[str, str] = {}
        for a in selector.xpath("//a[@href]"):
            url = response.urljoin(a.attrib["href"].strip()).split("#")[0]
            if not self._wanted(url):
                continue
            text = " ".join(html_to_text(a.get()).split())
            if url not in anchors or len(text) > len(anchors[url]):  # "Read more" loses to the call's title
                anchors[url] = text
        for url in self._capped(list(anchors), response.url):
            yield self.page_request(url, title_hint=anchors[url])
        page = response.meta.get("page", 1)
        next_href = selector.xpath("//a[@rel='next']/@href | //link[@rel='next']/@href").get()
        if next_href and page < MAX_LISTING_PAGES:
            yield scrapy.Request(response.urljoin(next_href), callback=self.parse, errback=self.on_error,
                                 meta={"page": page + 1, "listing": True})
        elif next_href:
            self.listing_capped(response.url, MAX_LISTING_PAGES)

    def _wanted(self, url: str) -> bool:
        if not re.match(r"^https?://", url):
            return False
        return self.link_pattern is None or bool(self.link_pattern.search(url))

    def _capped(self, urls: list, listing_url: str) -> list:
        taken = getattr(self, "_pages_requested", 0)
        room = max(0, MAX_ITEM_PAGES - taken)
        if len(urls) > room:
            self.listing_incomplete = True  # so calls beyond the cap are not marked unavailable
            record_error(self, url=listing_url, status=None,
                         reason=f"{len(urls)} links, only {room} read (at most {MAX_ITEM_PAGES} pages per "
                                "crawl): a narrower --link-pattern reads the calls only")
        self._pages_requested = taken + min(room, len(urls))
        return urls[:room]

    # --- a call's own page ----------------------------------------------------------------------------

    def page_request(self, url: str, entry: CallItem | None = None, title_hint: str = "",
                     published: str | None = None) -> scrapy.Request:
        """The request for an item page; `entry` is the feed's item (kept if the page fails)."""
        return scrapy.Request(url, callback=self.parse_page, errback=self.page_failed,
                              cb_kwargs={"entry": entry, "title_hint": title_hint, "published": published},
                              # a sitemap or listing item has no other copy: its loss makes the listing partial
                              meta={"listing": entry is None})

    def follow(self, entry: CallItem) -> CallItem | scrapy.Request:
        """A feed item goes on to its page, unless the source stores summaries only."""
        if not self.follow_pages:
            return entry
        return self.page_request(entry.fields["url"], entry=entry)

    def page_failed(self, failure) -> Iterator[CallItem]:
        self.on_error(failure)
        entry = failure.request.cb_kwargs.get("entry")
        if entry is not None:
            yield entry  # the feed's link and summary are still a call

    def parse_page(self, response, entry: CallItem | None = None, title_hint: str = "",
                   published: str | None = None) -> Iterator[CallItem]:
        if not isinstance(response, TextResponse):
            record_error(self, url=response.url, status=response.status, reason="item page is not text/HTML")
            if entry is not None:
                yield entry
            return
        text = main_text(response.text, url=response.url)
        selector = response.selector
        fields: dict[str, Any] = dict(entry.fields) if entry is not None else {}
        title = fields.get("title") or self._parse_page_title(selector) or title_hint
        fields.setdefault("title", title)
        fields.setdefault("url", response.url)
        fields.setdefault("funder", self._parse_funder(title, self._parse_site_name(selector, response.url)))
        fields["published"] = fields.get("published") or published or self._parse_page_published(selector)
        summary = fields.get("description") or ""
        if text:
            head, _, rest = text.partition("\n")
            # The page's <h1> opens its main text: the title is stored once, not again as the description.
            fields["description"] = _clip(rest if head.strip() == title and rest else text, MAX_DESCRIPTION)
            # The page's own eligibility text beats the feed's country tags.
            if fields.get("eligible_countries") and find_countries(text):
                del fields["eligible_countries"]
        extra = [summary] if summary and summary not in text else []
        if len(text) > MAX_DESCRIPTION:
            extra.append(text)
        raw = dict(entry.raw or {}) if entry is not None else {"link": response.url, "title": title}
        raw.update(page_url=response.url, page_chars=len(text))
        source_id = entry.source_id if entry is not None else response.url
        yield CallItem(source=self.source, source_id=source_id, fields=fields, text="\n".join(extra), raw=raw)

    def _parse_page_title(self, selector: Selector) -> str:
        """<h1> (the call's own title), else og:title, else <title> without its " | Site name" tail."""
        for xpath in ("string(//h1)", "string(//meta[@property='og:title']/@content)"):
            value = " ".join(selector.xpath(xpath).get("").split())
            if value:
                return value
        title = " ".join(selector.xpath("string(//title)").get("").split())
        return re.split(r"\s+[|–—-]\s+(?=[^|–—-]+$)", title)[0] if title else ""

    def _parse_site_name(self, selector: Selector, url: str) -> str:
        """<meta property="og:site_name" content="..."> or the host name."""
        name = selector.xpath("string(//meta[@property='og:site_name']/@content)").get("").strip()
        return name or urlsplit(url).hostname or ""

    def _parse_page_published(self, selector: Selector) -> str | None:
        """<meta property="article:published_time" content="2026-11-03T09:00:00+00:00"> or <time datetime>."""
        value = selector.xpath("string(//meta[@property='article:published_time']/@content)").get("") \
            or selector.xpath("string(//time/@datetime)").get("")
        return _date(value)


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[:cut if cut > limit // 2 else limit].rstrip()
