"""Every spider stops paging at a cap; a listing cut there is incomplete, so an ok run never marks the
calls beyond the cap unavailable, and the run report says where it stopped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
import scrapy
from scrapy.http import HtmlResponse, Request

from scrapers.mixins import call_pages, pages, rss
from scrapers.spiders import eu_funding_tenders, grants_gov, un_partner_portal, ungm
from scrapers.spiders.eu_funding_tenders import EuFundingTendersSpider
from scrapers.spiders.feed import FeedSpider
from scrapers.spiders.fundsforngos import FundsforngosSpider
from scrapers.spiders.grants_gov import GrantsGovSpider
from scrapers.spiders.un_partner_portal import UnPartnerPortalSpider
from scrapers.spiders.ungm import UngmSpider
from scrapers.spiders.wphf import WphfSpider
from tests.scrapers.conftest import FIXTURES, fixture_response


def html(spider: str, name: str, url: str, meta: dict) -> HtmlResponse:
    return HtmlResponse(url=url, body=(FIXTURES / spider / name).read_bytes(), encoding="utf-8",
                        request=Request(url, meta=meta))


@dataclass(frozen=True)
class Case:
    """A first listing page that leads on to another one, and the cap that would stop paging there."""

    module: object
    cap: str  # the name of the cap in `module`; 1 lets the first page be read and no other
    first_page: int  # the page number the spider gives its first page (UNGM counts from 0)
    read: Callable  # page number -> (spider, everything its callback yielded for the first page)


def _read(cls, url: str, response: Callable, callback: str = "parse", **kwargs):
    def run(page: int):
        spider = cls(url=url, **kwargs)
        return spider, list(getattr(spider, callback)(*response(page)))
    return run


CASES = {
    "fundsforngos (RSS)": Case(rss, "MAX_FEED_PAGES", 1, _read(
        FundsforngosSpider, "https://www2.fundsforngos.org/feed/",
        lambda page: [fixture_response("fundsforngos", "feed.xml", "https://www2.fundsforngos.org/feed/",
                                       meta={"page": page, "listing": True})])),
    "feed (listing page)": Case(pages, "MAX_LISTING_PAGES", 1, _read(
        FeedSpider, "http://calls.test/feed/",
        lambda page: [html("feed", "listing-1.html", "http://calls.test/calls/", {"page": page, "listing": True})],
        link_pattern="/calls/[^/]+/$")),
    "wphf (call pages)": Case(call_pages, "MAX_LISTING_PAGES", 1, _read(
        WphfSpider, "https://wphfund.org/calls-for-proposals/",
        lambda page: [html("wphf", "calls-for-proposals.html", "https://wphfund.org/calls-for-proposals/",
                           {"page": page, "listing": True})])),
    "un_partner_portal": Case(un_partner_portal, "MAX_PAGES", 1, _read(
        UnPartnerPortalSpider, "https://www.unpartnerportal.org/api/public/projects/",
        lambda page: [fixture_response("un_partner_portal", "projects-1.json",
                                       "https://www.unpartnerportal.org/api/public/projects/?page_size=100",
                                       meta={"page": page, "listing": True})])),
    "ungm": Case(ungm, "MAX_PAGES", 0, _read(
        UngmSpider, "https://www.ungm.org/Public/Notice",
        lambda page: [html("ungm", "search-0.html", "https://www.ungm.org/Public/Notice/Search",
                           {"page": page, "listing": True})], callback="parse_search")),
    "eu_funding_tenders": Case(eu_funding_tenders, "MAX_PAGES", 1, _read(
        EuFundingTendersSpider, "https://api.tech.ec.europa.eu/search-api/prod/rest/search",
        lambda page: [fixture_response("eu_funding_tenders", "search-page-1.json",
                                       "https://api.tech.ec.europa.eu/search-api/prod/rest/search?pageNumber=1",
                                       meta={"page": page, "listing": True})])),
}


def listing_requests(out: list) -> list[scrapy.Request]:
    return [o for o in out if isinstance(o, scrapy.Request) and o.meta.get("listing") and "page" in o.meta]


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_a_listing_cut_at_the_page_cap_is_incomplete(case, monkeypatch):
    spider, out = case.read(case.first_page)
    assert listing_requests(out), "the fixture must lead on to a next page"
    assert not spider.listing_incomplete and not spider.run_errors

    monkeypatch.setattr(case.module, case.cap, 1)
    capped, capped_out = case.read(case.first_page)
    assert listing_requests(capped_out) == []
    assert len(capped_out) == len(out) - len(listing_requests(out))  # the page's own calls are still read
    assert capped.listing_incomplete
    assert [e["reason"].split(" (")[0] for e in capped.run_errors] == [
        "listing cut after 1 pages"]


def test_a_grants_gov_keyword_search_cut_at_the_page_cap_is_incomplete(monkeypatch):
    api = "https://api.grants.gov/v1/api/search2"

    def search(page: int):
        spider = GrantsGovSpider(url=api)
        response = fixture_response("grants_gov", "search2-syria-1.json", api, meta={"listing": True})
        return spider, list(spider.parse(response, keyword="Syria", start=0, page=page))

    spider, out = search(1)
    following = [r for r in out if r.cb_kwargs.get("page") == 2]
    assert following and not spider.listing_incomplete

    monkeypatch.setattr(grants_gov, "MAX_PAGES", 1)
    capped, capped_out = search(1)
    assert [r for r in capped_out if r.cb_kwargs.get("page") == 2] == []
    assert len(capped_out) == len(out) - 1  # every hit of the page is still fetched
    assert capped.listing_incomplete and capped.run_errors[0]["reason"].startswith("listing cut after 1 pages")

