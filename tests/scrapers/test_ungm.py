"""UNGM notice search (token page, JSON search, HTML rows) against our own fixtures in the site's format."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request, TextResponse

from fursa.crawl import crawl
from fursa.settings import load_settings
from fursa.store import open_store
from scrapers.items import CallItem
from scrapers.spiders.ungm import UngmSpider
from tests.scrapers.conftest import FIXTURES

NOTICE = "https://www.ungm.org/Public/Notice"
SEARCH = "https://www.ungm.org/Public/Notice/Search"


def html(name: str, url: str, meta: dict | None = None) -> HtmlResponse:
    return HtmlResponse(url=url, body=(FIXTURES / "ungm" / name).read_bytes(), encoding="utf-8",
                        request=Request(url, meta=meta or {}))


def search(spider: UngmSpider, page: int) -> list:
    return list(spider.parse_search(html(f"search-{page}.html", SEARCH, {"page": page, "listing": True})))


@pytest.fixture(scope="module")
def crawled():
    spider = UngmSpider(url=NOTICE)
    out = search(spider, 0) + search(spider, 1) + search(spider, 2)
    return spider, {o.source_id: o.fields for o in out if isinstance(o, CallItem)}, [
        o for o in out if not isinstance(o, CallItem)]


@pytest.fixture(scope="module")
def lebanon(crawled):
    return crawled[1]["281045"]


def test_token_from_the_notice_page_goes_with_the_search():
    spider = UngmSpider(url=NOTICE)
    (request,) = spider.parse(html("notice-page.html", NOTICE))
    assert request.url == SEARCH and request.method == "POST"
    assert request.headers["RequestVerificationToken"] == b"CfDJ8FursaFixtureToken_x7Q2mW9dLk3vN0pRbTzYcA"
    assert request.headers["X-Requested-With"] == b"XMLHttpRequest"
    body = json.loads(request.body)
    assert (body["PageIndex"], body["PageSize"], body["SortField"]) == (0, 15, "DatePublished")


def test_search_is_still_tried_without_a_token():
    spider = UngmSpider(url=NOTICE)
    page = HtmlResponse(url=NOTICE, body=b"<html><body>redesigned</body></html>", encoding="utf-8",
                        request=Request(NOTICE))
    (request,) = spider.parse(page)
    assert b"RequestVerificationToken" not in request.headers


def test_only_grant_and_partner_calls_are_kept(crawled):
    assert set(crawled[1]) == {"281045", "281030", "281017", "280998"}


def test_pages_follow_until_a_page_brings_nothing_new(crawled):
    assert [json.loads(r.body)["PageIndex"] for r in crawled[2]] == [1, 2]


def test_title_funder_url(lebanon):
    assert lebanon["title"] == "Call for Proposals: Local civil society initiatives for social cohesion in North Lebanon"
    assert (lebanon["funder"], lebanon["url"]) == ("UNDP", "https://www.ungm.org/Public/Notice/281045")


def test_deadline_keeps_time_and_the_gmt_offset(lebanon):
    assert (lebanon["deadline"], lebanon["deadline_time"], lebanon["deadline_tz"]) == ("2027-01-15", "23:59",
                                                                                      "+02:00")
    assert lebanon["deadline_at"] == "2027-01-15T23:59:00+02:00"


def test_published_type_reference_and_country(lebanon):
    assert (lebanon["published"], lebanon["notice_type"], lebanon["reference"]) == (
        "2026-11-18", "Grant support-call for proposal", "UNDP-LBN-00412")
    assert lebanon["eligible_countries"] == ["LB"]


def test_description_is_a_plain_summary_of_the_row(lebanon):
    assert lebanon["description"] == ("Grant support-call for proposal published by UNDP on UNGM.\n"
                                      "Reference: UNDP-LBN-00412.\nBeneficiary country: Lebanon.")


def test_half_hour_offset_and_official_country_names(crawled):
    balkh = crawled[1]["280998"]
    assert (balkh["deadline_tz"], balkh["eligible_countries"]) == ("+04:30", ["AF"])


def test_multiple_destinations_leaves_countries_to_the_text(crawled):
    assert "eligible_countries" not in crawled[1]["281017"]


def test_rows_go_through_the_pipelines_as_english_calls(run_pipelines):
    items = [o for o in search(UngmSpider(url=NOTICE), 0) if isinstance(o, CallItem)]
    assert {r.language for r in run_pipelines(items)} == {"en"}


def test_row_without_title_is_dropped_by_validation_and_one_without_id_skipped(run_pipelines):
    spider = UngmSpider(url=NOTICE)
    out = list(spider.parse_search(html("search-broken.html", SEARCH, {"page": 0})))
    (untitled,) = [o for o in out if isinstance(o, CallItem)]
    assert untitled.fields["eligible_countries"] == ["SY"]  # "Syrian Arab Republic"
    with pytest.raises(DropItem, match="title"):
        run_pipelines([untitled])


def test_an_answer_that_is_not_html_marks_the_listing_incomplete():
    spider = UngmSpider(url=NOTICE)
    request = Request(SEARCH, meta={"page": 0, "listing": True})
    response = TextResponse(SEARCH, body=b'{"error": "Bad Request"}', encoding="utf-8", request=request,
                            headers={"Content-Type": "application/json"})
    assert list(spider.parse_search(response)) == []
    assert spider.listing_incomplete and "did not answer HTML" in spider.run_errors[0]["reason"]


def test_half_hour_offset_gives_the_aware_deadline(crawled):
    assert crawled[1]["280998"]["deadline_at"] == "2027-01-10T23:59:00+04:30"  # "(GMT 4.50)"


def test_an_impossible_deadline_keeps_only_the_cell_text():
    page = (FIXTURES / "ungm" / "search-0.html").read_text(encoding="utf-8").replace(
        "15-Jan-2027 23:59 (GMT 2.00)", "31-Feb-2027 23:59 (GMT 2.00)")
    response = HtmlResponse(url=SEARCH, body=page.encode(), encoding="utf-8", request=Request(SEARCH, meta={"page": 0}))
    (item,) = [o for o in UngmSpider(url=NOTICE).parse_search(response)
               if isinstance(o, CallItem) and o.source_id == "281045"]
    assert item.fields["deadline"] is None and "deadline_time" not in item.fields
    assert item.fields["deadline_raw"].startswith("31-Feb-2027 23:59 (GMT 2.00)")


def test_loopback_crawl_takes_the_token_pages_the_search_and_stores_grants(tmp_path):
    settings = load_settings(db=tmp_path / "fursa.duckdb", as_of="2026-11-21")
    (summary,) = crawl(settings, ["ungm"], replay=FIXTURES)
    assert (summary["status"], summary["seen"], summary["new"]) == ("ok", 4, 4)
    with open_store(settings.db) as con:
        deadline = con.execute("SELECT deadline FROM calls WHERE source_id = '280998'").fetchone()[0]
    assert deadline == dt.date(2027, 1, 10)
