"""WPHF call pages (listing -> one page per call) and the call-pages mixin it is configured from."""

from __future__ import annotations

import datetime as dt

import pytest
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request, TextResponse

from fursa.crawl import crawl
from fursa.settings import load_settings
from fursa.store import open_store
from scrapers.items import CallItem
from scrapers.mixins.call_pages import CallPagesMixin, parse_window, read_window
from scrapers.spiders.base import FursaSpider
from scrapers.spiders.wphf import WphfSpider
from tests.scrapers.conftest import FIXTURES

LISTING = "https://wphfund.org/calls-for-proposals/"
PAGES = {
    "lebanon": ("call-lebanon-2026.html", "https://wphfund.org/calls/lebanon-call-for-proposals-2026/"),
    "iraq": ("call-iraq-2026-ar.html", "https://wphfund.org/calls/iraq-call-for-proposals-2026-ar/"),
    "global": ("call-global-whrd-fr.html", "https://wphfund.org/calls/fenetre-mondiale-defenseuses-2026/"),
    "afghanistan": ("call-afghanistan-2026.html", "https://wphfund.org/calls/afghanistan-institutional-funding-2026/"),
}


def html(name: str, url: str, meta: dict | None = None) -> HtmlResponse:
    body = (FIXTURES / "wphf" / name).read_bytes()
    return HtmlResponse(url=url, body=body, encoding="utf-8", request=Request(url, meta=meta or {}))


def call(key: str, spider=None) -> CallItem:
    name, url = PAGES[key]
    (item,) = (spider or WphfSpider(url=LISTING)).parse_call(html(name, url))
    return item


@pytest.fixture(scope="module")
def lebanon():
    return call("lebanon").fields


@pytest.fixture(scope="module")
def iraq():
    return call("iraq").fields


def test_listing_yields_each_call_page_once_and_the_next_listing_page():
    requests = list(WphfSpider(url=LISTING).parse(html("calls-for-proposals.html", LISTING, {"page": 1})))
    assert [r.url for r in requests] == [PAGES["lebanon"][1], PAGES["iraq"][1], PAGES["global"][1],
                                         "https://wphfund.org/calls-for-proposals/page/2/"]
    assert requests[-1].meta == {"listing": True, "page": 2}


def test_listing_on_the_replay_host_fetches_there_but_says_the_real_url():
    local = "http://127.0.0.1:8765/calls-for-proposals/"
    spider = WphfSpider(url=local)
    requests = list(spider.parse(html("calls-for-proposals.html", local, {"page": 1})))
    assert requests[0].url == "http://127.0.0.1:8765/calls/lebanon-call-for-proposals-2026/"
    name, _ = PAGES["lebanon"]
    (item,) = spider.parse_call(html(name, requests[0].url))
    assert item.fields["url"] == PAGES["lebanon"][1]


def test_last_listing_page_stops_paging():
    url = "https://wphfund.org/calls-for-proposals/page/2/"
    requests = list(WphfSpider(url=LISTING).parse(html("calls-for-proposals-2.html", url, {"page": 2})))
    assert [r.url for r in requests] == [PAGES["afghanistan"][1]]


def test_title_funder_url_and_source_id(lebanon):
    item = call("lebanon")
    assert item.source_id == "calls/lebanon-call-for-proposals-2026"
    assert (lebanon["title"], lebanon["funder"]) == ("Lebanon: Call for Proposals 2026",
                                                     "Women's Peace and Humanitarian Fund (WPHF)")
    assert lebanon["url"] == PAGES["lebanon"][1]


def test_window_gives_opening_and_deadline_across_the_new_year(lebanon):
    assert (lebanon["opens"], lebanon["deadline"]) == ("2026-11-02", "2027-01-15")


def test_language_published_and_country_from_the_title(lebanon):
    assert (lebanon["language"], lebanon["published"], lebanon["eligible_countries"]) == ("en", "2026-11-02", ["LB"])


def test_description_is_plain_text_from_the_call_body(lebanon):
    assert lebanon["description"].startswith("WPHF opens its fourth round of funding in Lebanon")
    assert "<" not in lebanon["description"] and "&#8217;" not in lebanon["description"]


def test_arabic_window_with_arabic_digits_and_bidi_marks(iraq):
    assert (iraq["language"], iraq["opens"], iraq["deadline"]) == ("ar", "2026-11-10", "2026-12-20")
    assert iraq["eligible_countries"] == ["IQ"]


def test_deadline_only_header_gives_the_deadline_without_opening():
    fields = call("afghanistan").fields
    assert (fields["deadline"], "opens" in fields, fields["eligible_countries"]) == ("2026-12-20", False, ["AF"])


def test_page_without_window_leaves_the_deadline_to_the_pipeline(run_pipelines):
    item = call("global")
    assert "deadline" not in item.fields and item.fields["language"] == "fr"
    (record,) = run_pipelines([item])
    assert record.deadline == dt.date(2027, 1, 31)
    assert record.model_extra["deadline_time"] == "23:59" and record.model_extra["deadline_tz"] == "America/New_York"
    assert "women_led_org" in record.eligible_applicants and "individual" not in record.eligible_applicants


def test_pipelines_read_amounts_and_applicants_from_the_call_text(run_pipelines):
    lebanon, iraq = run_pipelines([call("lebanon"), call("iraq")])
    assert (lebanon.amount_min, lebanon.amount_max, lebanon.currency) == (30000, 200000, "USD")
    assert {"women_led_org", "local_ngo"} <= set(lebanon.eligible_applicants)
    assert "international_ngo" not in lebanon.eligible_applicants  # "International NGOs ... are not eligible"
    assert (iraq.amount_min, iraq.amount_max, iraq.currency) == (25000, 150000, "USD")


def test_a_page_without_title_is_dropped_by_validation(run_pipelines):
    url = "https://wphfund.org/calls/empty/"
    response = HtmlResponse(url=url, body=b"<html><body><main><p>Deadline: 1 May 2027</p></main></body></html>",
                            encoding="utf-8", request=Request(url))
    (item,) = WphfSpider(url=LISTING).parse_call(response)
    assert item.fields["title"] == ""
    with pytest.raises(DropItem, match="title"):
        run_pipelines([item])


def test_a_listing_that_is_not_html_is_recorded_not_raised():
    spider = WphfSpider(url=LISTING)
    request = Request(LISTING, meta={"listing": True, "page": 1})
    response = TextResponse(LISTING, body=b"\x89PNG\r\n", request=request)
    assert list(spider.parse(response)) == []
    assert spider.listing_incomplete and spider.run_errors


@pytest.mark.parametrize(("text", "opens", "closes"), [
    ("Call for proposals open from 1 March to 15 April 2026", "2026-03-01", "2026-04-15"),
    ("Appel à propositions ouvert du 1er mars au 15 avril 2026", "2026-03-01", "2026-04-15"),
    ("باب التقديم مفتوح من 1 آذار/مارس حتى 15 نيسان/أبريل 2026", "2026-03-01", "2026-04-15"),
    ("7 March 2023 | 10:00 PM - 24 April 2023 | 8:59 PM", "2023-03-07", "2023-04-24"),
    ("Open from 2 November to 15 January 2027", "2026-11-02", "2027-01-15"),
    ("Applications are open until 15 April 2026", None, "2026-04-15"),
    ("مفتوحة حتى 20 كانون الأول/ديسمبر 2026", None, "2026-12-20"),
    ("Deadline: 15 April 2026", None, "2026-04-15"),
    ("Date limite : 15 avril 2026", None, "2026-04-15"),
    ("آخر موعد للتقديم: 15 نيسان 2026", None, "2026-04-15"),
])
def test_read_window(text, opens, closes):
    window = read_window(text)
    assert (window.opens.value.isoformat() if window.opens else None, window.closes.value.isoformat()) == (
        opens, closes)


@pytest.mark.parametrize("text", ["", "Open for applications", "March 2026 to April 2026", "2026-04-15"])
def test_parse_window_refuses_what_is_not_a_window(text):
    assert parse_window(text) is None


class UnLebanonCalls(CallPagesMixin, FursaSpider):
    """Another UN site is configuration only: a UN country-team (Drupal) page, as a test-only spider."""

    name = "un_lebanon_calls_example"
    site = "https://lebanon.un.org"
    listing_link_selector = ".view-initiatives h3 a"
    title_selector = "h1.page-title"
    window_selector = ".initiative-dates"
    body_selector = ".field--name-body"
    funder = "United Nations in Lebanon"
    # The site prints times in UTC: a call closing at 23:59 in Beirut (UTC+2 in winter) shows "9:59 PM".
    page_timezone = "UTC"
    default_countries = ("LB",)


def test_another_un_site_is_configuration_only():
    url = "https://lebanon.un.org/en/999001-call-proposals-wphf"
    response = html("un-lebanon-initiative.html", url)
    (item,) = UnLebanonCalls(url="https://lebanon.un.org/en/take-action").parse_call(response)
    f = item.fields
    assert f["title"] == "Call for Proposals: Women's Peace and Humanitarian Fund (WPHF)"
    assert (f["opens"], f["deadline"], f["deadline_time"], f["deadline_tz"]) == ("2026-11-06", "2026-12-18",
                                                                                 "21:59", "UTC")
    assert f["deadline_at"] == "2026-12-18T21:59:00+00:00"
    assert f["eligible_countries"] == ["LB"] and f["description"].startswith("About the initiative")


def test_loopback_crawl_follows_listing_pages_and_stores_every_call(tmp_path):
    settings = load_settings(db=tmp_path / "fursa.duckdb", as_of="2026-11-21")
    (summary,) = crawl(settings, ["wphf"], replay=FIXTURES)
    assert (summary["status"], summary["seen"], summary["new"]) == ("ok", 4, 4)
    with open_store(settings.db) as con:
        rows = dict(con.execute("SELECT url, deadline FROM calls WHERE source = 'wphf'").fetchall())
    assert rows[PAGES["iraq"][1]] == dt.date(2026, 12, 20)
    assert all(url.startswith("https://wphfund.org/") for url in rows)


def test_a_rolling_window_line_reaches_the_pipeline(run_pipelines):
    url = "https://wphfund.org/calls/whrd-window/"
    page = ('<html lang="en"><body><article><h1 class="entry-title">Global Window for Defenders</h1>'
            '<p class="call-window">Applications are accepted on a rolling basis</p>'
            '<div class="entry-content"><p>Rapid protection grants.</p></div></article></body></html>')
    (item,) = WphfSpider(url=LISTING).parse_call(HtmlResponse(url=url, body=page.encode(), encoding="utf-8",
                                                              request=Request(url)))
    (record,) = run_pipelines([item])
    assert record.deadline is None and record.model_extra["rolling"] is True
