"""UN Partner Portal (public CFEI list) spider against our own fixture pages in the API's real format."""

from __future__ import annotations

import datetime as dt

import pytest
import scrapy
from scrapy.http import TextResponse

from fursa.crawl import crawl
from fursa.settings import load_settings
from fursa.store import open_store
from scrapers.items import CallItem
from scrapers.spiders.un_partner_portal import UnPartnerPortalSpider
from tests.scrapers.conftest import FIXTURES, fixture_response

API = "https://www.unpartnerportal.org/api/public/projects/"


def _page(name, url=API + "?page_size=100", page=1):
    spider = UnPartnerPortalSpider(url=API)
    out = list(spider.parse(fixture_response("un_partner_portal", name, url, meta={"listing": True, "page": page})))
    return spider, {o.source_id: o.fields for o in out if isinstance(o, CallItem)}, [
        o for o in out if isinstance(o, scrapy.Request)]


@pytest.fixture(scope="module")
def first():
    return _page("projects-1.json")


@pytest.fixture(scope="module")
def akkar(first):
    return first[1]["HCR/LBN/2026/031"]


@pytest.fixture(scope="module")
def mafraq(first):
    return first[1]["FPA/JOR/2026/006"]


def test_records_without_any_identifier_are_skipped(first):
    assert list(first[1]) == ["HCR/LBN/2026/031", "CEF/IRQ/2026/017", "FPA/JOR/2026/006", "HCR/LBN/2026/033"]


def test_next_page_is_followed_on_the_host_we_crawl():
    _, _, (following,) = _page("projects-1.json")
    assert following.url == "https://www.unpartnerportal.org/api/public/projects/?page=2&page_size=100"
    local = UnPartnerPortalSpider(url="http://127.0.0.1:8123/api/public/projects/")
    response = fixture_response("un_partner_portal", "projects-1.json", local.source_url, meta={"page": 1})
    (request,) = [o for o in local.parse(response) if isinstance(o, scrapy.Request)]
    assert request.url == "http://127.0.0.1:8123/api/public/projects/?page=2&page_size=100"


def test_last_page_asks_for_nothing_more():
    _, items, requests = _page("projects-2.json", page=2)
    assert requests == [] and set(items) == {"NDP/AFG/2026/012", "HCR/TUR/2026/008"}


def test_title_funder_and_language(akkar):
    assert akkar["title"] == "Community-based protection and GBV case management for refugee women in Akkar"
    assert (akkar["funder"], akkar["language"]) == ("UNHCR", "en")


def test_url_is_the_cfei_page_built_from_the_export_id(akkar):
    assert akkar["url"] == "https://www.unpartnerportal.org/cfei/open/5121/overview"
    assert akkar["document_url"] == "https://www.unpartnerportal.org/api/public/export/projects/5121/"


def test_dates_are_the_deadline_and_the_creation_day(akkar):
    assert (akkar["published"], akkar["deadline"]) == ("2026-11-02", "2026-12-04")


def test_countries_come_from_names_codes_or_the_display_id(first, mafraq):
    assert first[1]["HCR/LBN/2026/031"]["eligible_countries"] == ["LB"]
    assert mafraq["eligible_countries"] == ["JO"]  # locations[].admin_level_1.country_code
    fields = UnPartnerPortalSpider(url=API).parse_result({"displayID": "WFP/SYR/2026/002", "title": "t"}).fields
    assert fields["eligible_countries"] == ["SY"]


def test_turkiye_as_written_maps_to_tr():
    _, items, _ = _page("projects-2.json", page=2)
    assert items["HCR/TUR/2026/008"]["eligible_countries"] == ["TR"]


def test_applicants_are_the_partner_types_the_portal_registers(akkar):
    assert akkar["eligible_applicants"] == ["local_ngo", "international_ngo", "cbo", "university"]
    assert akkar["registration_required"] == "UN Partner Portal profile"


def test_sectors_become_themes_and_specializations_are_kept(akkar):
    assert akkar["themes"] == ["humanitarian", "livelihoods"]
    assert akkar["sectors"] == ["Livelihoods", "Protection"]
    assert "Prevention of and response to violence, including SGBV" in akkar["specializations"]


def test_public_record_gets_a_plain_summary_of_what_it_states(akkar):
    assert akkar["description"].startswith("UNHCR call for expressions of interest")
    assert "Location: Lebanon." in akkar["description"] and "<" not in akkar["description"]


def test_detail_shape_reads_description_clarification_and_project_dates(mafraq):
    assert mafraq["funder"] == "UNFPA"
    assert mafraq["url"] == "https://www.unpartnerportal.org/cfei/open/5140/overview"
    assert mafraq["description"].startswith("UNFPA seeks a national partner to run women and girls safe spaces")
    assert "<" not in mafraq["description"]
    assert (mafraq["clarification_deadline"], mafraq["project_start"], mafraq["project_end"]) == (
        "2026-11-30", "2027-02-01", "2027-12-31")
    assert mafraq["published"] == "2026-11-13"


def test_french_title_is_detected_and_empty_deadline_stays_null(first):
    beirut = first[1]["HCR/LBN/2026/033"]
    assert (beirut["language"], beirut["deadline"]) == ("fr", None)


def test_an_answer_that_is_not_json_is_recorded_not_raised():
    spider = UnPartnerPortalSpider(url=API)
    request = scrapy.Request(API, meta={"listing": True, "page": 1})
    response = TextResponse(API, status=200, body=b"<!doctype html><h1>Maintenance</h1>", encoding="utf-8",
                            request=request)
    assert list(spider.parse(response)) == []
    assert spider.listing_incomplete and "not a UN Partner Portal" in spider.run_errors[0]["reason"]


def test_results_that_are_not_objects_are_ignored():
    spider = UnPartnerPortalSpider(url=API)
    request = scrapy.Request(API, meta={"listing": True, "page": 1})
    body = b'{"count": 2, "next": null, "results": ["oops", {"displayID": "CEF/LBN/2026/001", "title": "T"}]}'
    response = TextResponse(API, body=body, encoding="utf-8", request=request)
    assert [i.source_id for i in spider.parse(response)] == ["CEF/LBN/2026/001"]


def test_pipelines_validate_every_record_and_read_themes_from_specializations(first, run_pipelines):
    spider = UnPartnerPortalSpider(url=API)
    response = fixture_response("un_partner_portal", "projects-1.json", API, meta={"page": 1})
    records = {r.id: r for r in run_pipelines([o for o in spider.parse(response) if isinstance(o, CallItem)])}
    assert len(records) == 4
    mafraq = records["un_partner_portal:FPA/JOR/2026/006"]
    assert mafraq.deadline == dt.date(2026, 12, 10) and "gbv" in mafraq.themes


def test_loopback_crawl_follows_next_and_stores_every_cfei(tmp_path):
    settings = load_settings(db=tmp_path / "fursa.duckdb", as_of="2026-11-21")
    (summary,) = crawl(settings, ["un_partner_portal"], replay=FIXTURES)
    assert (summary["status"], summary["seen"], summary["new"]) == ("ok", 6, 6)
    with open_store(settings.db) as con:
        stored = dict(con.execute("SELECT source_id, status FROM calls").fetchall())
    assert stored["NDP/AFG/2026/012"] == "open" and len(stored) == 6
