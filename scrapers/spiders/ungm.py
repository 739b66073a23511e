"""UN Global Marketplace (UNGM): the public notice search, kept to grant and implementing-partner calls.

UNGM has no API. Its notice page carries an anti-forgery token; the page's own script then POSTs a JSON
search and receives an HTML fragment of rows (about 15 a page, whatever PageSize says, and no total):

    GET  https://www.ungm.org/Public/Notice   -> <input name="__RequestVerificationToken" value="...">
    POST https://www.ungm.org/Public/Notice/Search   (X-Requested-With: XMLHttpRequest,
         RequestVerificationToken: <token>)  {"PageIndex": 0, "PageSize": 15, "Title": "", ...}
      -> <div role="row" class="tableRow dataRow notice-table" data-noticeid="281045">
           <div role="cell" class="tableCell resultTitle"><a href="/Public/Notice/281045">
             <span class="ungm-title ungm-title--small">Call for proposals: ...</span></a></div>
           <div role="cell" class="tableCell resultInfo1 deadline"><span>16-Feb-2027 12:00 (GMT 2.00)</span>
             <span class="remainingDays">...</span></div>
           <div role="cell" class="tableCell"><span>16-Jan-2027</span></div>                (published)
           <div role="cell" class="tableCell resultAgency"><span>UNDP</span></div>
           <div role="cell" class="tableCell"><span><label for='nt-281045'>Grant support-call for proposal</label></span></div>
           <div role="cell" class="tableCell resultInfo1" data-description="Reference"><span>UNDP-LBN-00412</span></div>
           <div role="cell" class="tableCell"><span>Lebanon</span></div>                   (beneficiary country)
         </div>

Most notices are procurement (quotations, bids, consultants). The filter ids for notice types and
countries are not public, so every active notice is paged and only grant-type rows are kept.
"""

from __future__ import annotations

import json
import re
from typing import Any

import scrapy
from scrapy.http import HtmlResponse

from fursa.normalize.countries import to_country_codes
from fursa.normalize.dates import parse_date
from fursa.normalize.text import html_to_text
from scrapers.extensions import record_error
from scrapers.items import CallItem
from scrapers.mixins.json_api import on_host_of
from scrapers.mixins.records import read_record
from scrapers.spiders.base import FursaSpider

SITE = "https://www.ungm.org"
PAGE_SIZE = 15  # what the server returns at most; larger sizes are refused or ignored
MAX_PAGES = 200  # ~3,000 active notices
# Notice types that are funding for organizations, not purchases from them.
GRANT_TYPES = re.compile(r"grant|call for (?:proposals?|implementing partners?)", re.I)
# "Multiple destinations": the country is in the title or nowhere.
_SEVERAL = re.compile(r"multiple|several|various|global", re.I)


class UngmSpider(FursaSpider):
    name = "ungm"

    def __init__(self, url: str | None = None, *args, **kwargs):
        super().__init__(url, *args, **kwargs)
        self.search_url = self.source_url.rstrip("/") + "/Search"
        self.token: str | None = None
        self.seen_ids: set[str] = set()

    async def start(self):
        yield scrapy.Request(self.source_url, callback=self.parse, errback=self.on_error,
                             meta={"listing": True})

    def parse(self, response):
        """The notice page: <input name="__RequestVerificationToken" type="hidden" value="CfDJ8...">. Public
        scrapers also search without it, so a page without a token is noted and the search still tried."""
        if isinstance(response, HtmlResponse):
            self.token = response.css('input[name="__RequestVerificationToken"]::attr(value)').get()
        if not self.token:
            self.logger.warning("UNGM notice page without an anti-forgery token; searching without one")
        yield self._search_request(0)

    def _search_request(self, page: int) -> scrapy.Request:
        # PageIndex first: the replay manifest tells pages apart by '"PageIndex": N,'.
        body = {"PageIndex": page, "PageSize": PAGE_SIZE, "Title": "", "Description": "", "Reference": "",
                "PublishedFrom": "", "PublishedTo": "", "DeadlineFrom": "", "DeadlineTo": "", "Countries": [],
                "Agencies": [], "UNSPSCs": [], "NoticeTypes": [], "SortField": "DatePublished",
                "SortAscending": False, "isPicker": False, "IsSustainable": False, "NoticeDisplayType": "",
                "NoticeSearchTotalLabelId": "noticeSearchTotal", "TypeOfCompetitions": []}
        headers = {"Content-Type": "application/json; charset=UTF-8", "Accept": "text/html, */*; q=0.01",
                   "X-Requested-With": "XMLHttpRequest", "Referer": self.source_url}
        if self.token:
            headers["RequestVerificationToken"] = self.token
        return scrapy.Request(self.search_url, method="POST", body=json.dumps(body), headers=headers,
                              callback=self.parse_search, errback=self.on_error, dont_filter=True,
                              meta={"listing": True, "page": page})

    def parse_search(self, response):
        """One page of rows (see the module docstring); an empty page or a page of notices already seen
        ends the search."""
        if not isinstance(response, HtmlResponse):
            self.listing_incomplete = True
            record_error(self, url=response.url, status=response.status, reason="UNGM search did not answer HTML")
            return
        selector = scrapy.Selector(text=response.text)
        rows = selector.css('.tableRow[data-noticeid], [role="row"][data-noticeid]')
        new = 0
        for row in rows:
            notice_id = (row.attrib.get("data-noticeid") or "").strip()
            if not notice_id or notice_id in self.seen_ids:
                continue
            self.seen_ids.add(notice_id)
            new += 1
            item = read_record(self, self.parse_row, row, notice_id, url=response.url)
            if item is not None:
                yield item
        page = response.meta.get("page", 0)
        if new and page + 1 < MAX_PAGES:
            yield self._search_request(page + 1)
        elif new:
            self.listing_capped(response.url, MAX_PAGES)

    def parse_row(self, row: scrapy.Selector, notice_id: str) -> CallItem | None:
        notice_type = self._parse_notice_type(row)
        if not GRANT_TYPES.search(notice_type):
            return None
        # "16-Feb-2027 12:00 (GMT 2.00)": the offset in decimal hours, which parse_date reads.
        deadline = parse_date(self._cell_text(row, ".deadline span:not(.remainingDays)"))
        published = parse_date(self._parse_published(row)).value
        country = self._parse_country(row)
        countries, _ = to_country_codes([country]) if country and not _SEVERAL.search(country) else ([], [])
        reference = self._cell_text(row, '[data-description="Reference"]')
        funder = self._cell_text(row, ".resultAgency")
        fields: dict[str, Any] = {
            "title": self._parse_title(row),
            "funder": funder,
            "url": self._parse_url(row, notice_id),
            "description": self._summary(notice_type, reference, funder, country),
            "published": published.isoformat() if published else None,
            "deadline": None,
            "notice_type": notice_type,
            "reference": reference,
        }
        if deadline.value:
            fields.update(deadline.as_fields())
        else:
            fields["deadline_raw"] = self._cell_text(row, ".deadline") or None
        if countries:
            fields["eligible_countries"] = countries
        raw = {"notice_id": notice_id, "title": fields["title"], "notice_type": notice_type,
               "deadline": self._cell_text(row, ".deadline span:not(.remainingDays)"), "country": country,
               "reference": reference, "agency": funder}
        return CallItem(source=self.source, source_id=notice_id, fields=fields, text=fields["title"], raw=raw)

    @staticmethod
    def _cell_text(row: scrapy.Selector, css: str) -> str:
        node = row.css(css)
        return " ".join(html_to_text(node[0].get()).split()) if node else ""

    def _parse_title(self, row: scrapy.Selector) -> str:
        """<span class="ungm-title ungm-title--small">Call for proposals: ...</span>"""
        return self._cell_text(row, ".ungm-title")

    def _parse_url(self, row: scrapy.Selector, notice_id: str) -> str:
        """<a href="/Public/Notice/281045">: the notice page on ungm.org, whichever host served the search."""
        href = row.css('a[href*="/Public/Notice/"]::attr(href)').get() or f"/Public/Notice/{notice_id}"
        return on_host_of(href if href.startswith("http") else SITE + href, SITE)

    def _parse_notice_type(self, row: scrapy.Selector) -> str:
        """<label for='nt-281045'>Grant support-call for proposal</label> (its tooltip text is not part of it)."""
        return " ".join(" ".join(row.css("label::text").getall()).split())

    def _plain_cells(self, row: scrapy.Selector) -> list[scrapy.Selector]:
        return row.xpath('./div[normalize-space(@class)="tableCell"]')

    def _parse_published(self, row: scrapy.Selector) -> str:
        """The plain cell right after the deadline: <div role="cell" class="tableCell"><span>16-Jan-2027</span>."""
        cell = row.xpath('./div[contains(@class, "deadline")]/following-sibling::div[1]'
                         '[normalize-space(@class)="tableCell"]')
        return " ".join(html_to_text(cell[0].get()).split()) if cell else ""

    def _parse_country(self, row: scrapy.Selector) -> str:
        """The last plain cell: <span>Lebanon</span> (or "Multiple destinations")."""
        cells = self._plain_cells(row)
        return " ".join(html_to_text(cells[-1].get()).split()) if cells else ""

    @staticmethod
    def _summary(notice_type: str, reference: str, funder: str, country: str) -> str:
        """Rows carry no description: what they do state, in one line each."""
        lines = [f"{notice_type} published by {funder or 'a UN organization'} on UNGM."]
        if reference:
            lines.append(f"Reference: {reference}.")
        if country:
            lines.append(f"Beneficiary country: {country}.")
        return "\n".join(lines)
