"""Funds' and UN country teams' own call pages: a listing page links to one HTML page per call.

A spider on such a site is configuration only (class attributes):

    site                   the site's real origin, "https://wphfund.org": its links are fetched on the host the
                           spider was pointed at (the replay server in the demo and tests) and stored as real
    listing_link_selector  CSS of the <a> of each call on the listing page
    next_page_selector     CSS of the listing's "next page" <a> (None: one listing page)
    title_selector         CSS of the call's title on its page (falls back to og:title, then <title>)
    window_selector        CSS of the element stating when the call is open, e.g.
                             "7 March 2023 | 10:00 PM - 24 April 2023 | 8:59 PM"            (UN country teams)
                             "Call for proposals open from 2 November 2026 to 15 January 2027"
                             "Appel à propositions ouvert du 1er mars au 15 avril 2026"
                             "باب التقديم مفتوح من 1 آذار/مارس حتى 15 نيسان/أبريل 2026"
                             "Deadline: 20 December 2026"                                      (closing date only)
    body_selector          CSS of the call's text
    published_selector     CSS of the publication date (an ISO datetime attribute), or None
    funder                 who funds the calls
    page_timezone          zone the site prints clock times in (None: it prints no times)
    default_countries      where the calls are when a title names no country (a country team's own country)

A page without a window is left to the normalize pipeline, which reads "Deadline: ..." lines in the text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import HtmlResponse

from fursa.normalize.countries import find_countries
from fursa.normalize.dates import ParsedDate, find_date_window, find_deadline
from fursa.normalize.text import html_to_text
from scrapers.extensions import record_error
from scrapers.items import CallItem
from scrapers.mixins.json_api import on_host_of
from scrapers.mixins.records import read_record

MAX_LISTING_PAGES = 20
MAX_DESCRIPTION = 6000  # characters: the call's own text, cut at a paragraph; the link has the rest
# A body line that may state a window when the page has no window element.
_WINDOW_CUE = re.compile(r"\b(?:open|opens|ouvert|ouverte|du)\b|مفتوح|تقديم|من\s", re.I)


@dataclass(frozen=True)
class Window:
    """When a call is open: `opens` may be None ("Deadline: ..." states only the close)."""

    opens: ParsedDate | None
    closes: ParsedDate


def parse_window(text: str | None) -> Window | None:
    """The open and close dates of "1 March to 15 April 2026" and its variants (see find_date_window).
    Example: parse_window("ouvert du 1er mars au 15 avril 2026").opens.value == date(2026, 3, 1)
    """
    found = find_date_window(text)
    return Window(*found) if found else None


def read_window(text: str | None, languages: list[str] | None = None) -> Window | None:
    """A window, else a bare closing date after a cue ("Deadline:", "Date limite", "آخر موعد")."""
    window = parse_window(text)
    if window is None and text:
        found = find_deadline(text, languages=languages)
        if found is not None and found.value is not None:
            window = Window(None, found)
    return window


class CallPagesMixin:
    """Mix into a FursaSpider and set the attributes listed in the module docstring."""

    site: str = ""
    listing_link_selector: str = "main a"
    next_page_selector: str | None = None
    title_selector: str = "h1"
    window_selector: str | None = None
    body_selector: str = "main"
    published_selector: str | None = None
    funder: str = ""
    page_timezone: str | None = None
    default_countries: tuple[str, ...] = ()
    follow_offsite = False

    async def start(self):
        yield scrapy.Request(self.source_url, callback=self.parse, errback=self.on_error,
                             meta={"listing": True, "page": 1})

    # --- where pages are fetched and where they are said to be ---------------------------------------

    def real_url(self, url: str) -> str:
        """The URL a person opens: a page of the host we crawl, said on the site's real origin."""
        if self.site and urlsplit(url).netloc == urlsplit(self.source_url).netloc:
            return on_host_of(url, self.site)
        return url

    def fetch_url(self, url: str) -> str | None:
        """Where to fetch a link: site pages on the host we crawl; other sites only when allowed."""
        if self.site and urlsplit(url).netloc == urlsplit(self.site).netloc:
            return on_host_of(url, self.source_url)
        if urlsplit(url).netloc == urlsplit(self.source_url).netloc or self.follow_offsite:
            return url
        return None

    # --- listing ---------------------------------------------------------------------------------------

    def parse(self, response):
        """The listing page: every `listing_link_selector` <a href> is a call page; `next_page_selector`
        leads to the next listing page."""
        if not isinstance(response, HtmlResponse):
            self.listing_incomplete = True
            record_error(self, url=response.url, status=response.status, reason="listing is not an HTML page")
            return
        seen: set[str] = set()
        for link in response.css(self.listing_link_selector):
            href = (link.attrib.get("href") or "").strip()
            url = response.urljoin(href) if href else ""
            target = self.fetch_url(url) if re.match(r"^https?://", url) else None
            if target is None or target in seen:
                continue
            seen.add(target)
            yield scrapy.Request(target, callback=self.parse_call, errback=self.on_error)
        page = response.meta.get("page", 1)
        following = response.css(self.next_page_selector).attrib.get("href") if self.next_page_selector else None
        if following and page < MAX_LISTING_PAGES:
            target = self.fetch_url(response.urljoin(following))
            if target:
                yield scrapy.Request(target, callback=self.parse, errback=self.on_error,
                                     meta={"listing": True, "page": page + 1})
        elif following:
            self.listing_capped(response.url, MAX_LISTING_PAGES)

    # --- one call --------------------------------------------------------------------------------------

    def parse_call(self, response):
        if not isinstance(response, HtmlResponse):
            record_error(self, url=response.url, status=response.status, reason="call page is not HTML")
            return
        item = read_record(self, self.parse_page, response, url=response.url)
        if item is not None:
            yield item

    def parse_page(self, response) -> CallItem | None:
        url = self.real_url(response.url)
        title = self._parse_title(response)
        body = self._parse_body(response)
        language = self._parse_language(response)
        fields: dict[str, Any] = {
            "title": title,
            "funder": self.funder,
            "url": url,
            "description": self._cut(body),
            "published": self._parse_published(response),
            **self._parse_deadline(response, body, language),
        }
        if language:
            fields["language"] = language
        if countries := self._parse_countries(title):
            fields["eligible_countries"] = countries
        source_id = urlsplit(url).path.strip("/") or url
        # The window line goes to the normalizers too: "Applications are accepted on a rolling basis".
        text = "\n".join(p for p in (fields.get("window_raw"), body) if p)
        return CallItem(source=self.source, source_id=source_id, fields=fields, text=text,
                        raw={"url": url, "title": title, "window": fields.get("window_raw"), "language": language})

    def _parse_title(self, response) -> str:
        """<h1 class="entry-title">Lebanon: Call for Proposals 2026</h1>; og:title or <title> without one."""
        for query in (f"{self.title_selector} ::text", 'meta[property="og:title"]::attr(content)', "title::text"):
            text = " ".join(" ".join(response.css(query).getall()).split())
            if text:
                return html_to_text(text)
        return ""

    def _parse_body(self, response) -> str:
        """The call's text: <div class="entry-content"><p>...</p><ul>...</ul></div> as plain text."""
        return html_to_text("".join(response.css(self.body_selector).getall()))

    def _parse_language(self, response) -> str | None:
        """<html lang="ar" dir="rtl"> / lang="fr-FR": the primary subtag, when it is one we read."""
        lang = (response.css("html::attr(lang)").get() or "").split("-")[0].lower()
        return lang if lang in ("en", "fr", "ar") else None

    def _parse_published(self, response) -> str | None:
        """<meta property="article:published_time" content="2026-11-02T09:00:00+00:00"> or <time datetime>."""
        value = response.css(self.published_selector).get() if self.published_selector else None
        match = re.match(r"^\s*(\d{4}-\d{2}-\d{2})", value or "")
        return match.group(1) if match else None

    def _parse_deadline(self, response, body: str, language: str | None) -> dict[str, Any]:
        """The window element's text (see the module docstring); without one, a body line that reads like
        a window. Nothing found: no deadline field, so the normalize pipeline reads the text."""
        raw = " ".join(" ".join(response.css(f"{self.window_selector} ::text").getall()).split()) \
            if self.window_selector else ""
        languages = [language] if language else None
        window = read_window(raw, languages) if raw else None
        if window is None:
            for line in body.splitlines()[:15]:
                if _WINDOW_CUE.search(line) and (window := parse_window(line)):
                    raw = line.strip()
                    break
        if window is None:
            return {"window_raw": raw} if raw else {}
        closes = window.closes
        out: dict[str, Any] = {"deadline": closes.value.isoformat(), "deadline_raw": raw, "window_raw": raw}
        if window.opens is not None:
            out["opens"] = window.opens.value.isoformat()
        zone = closes.tz or (self.page_timezone if closes.time else None)
        if closes.time:
            out["deadline_time"] = closes.time.strftime("%H:%M")
        if zone:
            out["deadline_tz"] = zone
            if closes.time:
                out["deadline_at"] = dataclasses.replace(closes, tz=zone).as_datetime().isoformat()
        return out

    def _parse_countries(self, title: str) -> list[str]:
        """Countries named in the title ("Lebanon: ..."); the body is not read here because call pages
        name other countries too ("... like our calls in Colombia and Nigeria")."""
        return find_countries(title) or list(self.default_countries)

    @staticmethod
    def _cut(text: str) -> str:
        if len(text) <= MAX_DESCRIPTION:
            return text
        cut = text.rfind("\n", 0, MAX_DESCRIPTION)
        return text[:cut if cut > MAX_DESCRIPTION // 2 else MAX_DESCRIPTION].rstrip() + " …"
