"""Grants.gov (search2 + fetchOpportunity) spider against our own fixtures in the API's real format."""

from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest
import scrapy
from scrapy.exceptions import DropItem
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from fursa.crawl import crawl
from fursa.settings import load_settings
from fursa.store import open_store
from scrapers.pipelines.clean import CleanPipeline
from scrapers.pipelines.validate import ValidatePipeline
from scrapers.spiders.grants_gov import GrantsGovSpider, parse_grants_date
from tests.scrapers.conftest import FIXTURES, fixture_response

API = "https://api.grants.gov/v1/api/search2"
DETAIL = "https://api.grants.gov/v1/api/fetchOpportunity"


def _search(spider, name, keyword="Syria", start=0):
    response = fixture_response("grants_gov", name, API, meta={"listing": True})
    return list(spider.parse(response, keyword=keyword, start=start, page=1))


def _detail(spider, name, hit):
    (item,) = spider.parse_opportunity(fixture_response("grants_gov", name, DETAIL), hit=hit)
    return item


@pytest.fixture(scope="module")
def search():
    spider = GrantsGovSpider(url=API)
    return spider, _search(spider, "search2-syria-1.json")


@pytest.fixture(scope="module")
def hits(search):
    return {r.cb_kwargs["hit"]["id"]: r.cb_kwargs["hit"] for r in search[1] if "hit" in r.cb_kwargs}


@pytest.fixture(scope="module")
def drl(hits):
    return _detail(GrantsGovSpider(url=API), "fetch-359114.json", hits["359114"])


@pytest.fixture(scope="module")
def forecast(hits):
    return _detail(GrantsGovSpider(url=API), "fetch-358770.json", hits["358770"])


def test_first_request_searches_open_and_forecast_calls_for_each_keyword():
    spider = GrantsGovSpider(url=API, keywords="Syria,Iraq")

    async def collect():
        return [r async for r in spider.start()]

    requests = asyncio.run(collect())
    bodies = [json.loads(r.body) for r in requests]
    assert [b["keyword"] for b in bodies] == ["Syria", "Iraq"]
    assert {(b["oppStatuses"], b["startRecordNum"], b["rows"]) for b in bodies} == {("forecasted|posted", 0, 100)}
    assert all(r.method == "POST" and r.url == API for r in requests)


def test_each_hit_with_an_id_gets_one_fetch_opportunity_request(search):
    details = [r for r in search[1] if r.url == DETAIL]
    assert [json.loads(r.body) for r in details] == [{"opportunityId": 359114}, {"opportunityId": 358770}]


def test_next_page_starts_after_the_hits_received(search):
    (following,) = [r for r in search[1] if r.url == API]
    assert json.loads(following.body)["startRecordNum"] == 3
    assert following.cb_kwargs == {"keyword": "Syria", "start": 3, "page": 2}


def test_a_call_found_by_two_keywords_is_fetched_once():
    spider = GrantsGovSpider(url=API)
    _search(spider, "search2-syria-1.json")
    again = [r for r in _search(spider, "search2-lebanon-1.json", keyword="Lebanon") if r.url == DETAIL]
    assert [json.loads(r.body) for r in again] == [{"opportunityId": 359305}]


def test_title_and_source_id_are_the_opportunity_title_and_number(drl):
    assert drl.source_id == "DRL-NOFO-27-SYR-CS"
    assert drl.fields["title"] == "Supporting Syrian Civil Society and Local Governance"


def test_funder_is_the_agency_under_its_department_not_the_contact_person(drl):
    assert drl.fields["funder"] == "Department of State – Bureau of Democracy, Human Rights and Labor"


def test_url_is_the_grants_gov_page_a_person_reads(drl):
    assert drl.fields["url"] == "https://www.grants.gov/search-results-detail/359114"


def test_deadline_takes_the_time_and_zone_from_the_close_date_explanation(drl):
    f = drl.fields
    assert (f["deadline"], f["deadline_time"], f["deadline_tz"]) == ("2027-01-12", "23:59", "America/New_York")
    assert f["deadline_at"] == "2027-01-12T23:59:00-05:00"


def test_award_floor_ceiling_and_estimated_funding_are_usd(drl):
    f = drl.fields
    assert (f["amount_min"], f["amount_max"], f["currency"], f["total_budget"]) == (250000, 750000, "USD", 2_000_000)


def test_applicant_codes_and_eligibility_text_become_our_types(drl):
    assert drl.fields["eligible_applicants"] == ["local_ngo", "international_ngo", "women_led_org"]
    assert drl.fields["conditions"].startswith("DRL welcomes applications")


def test_description_is_plain_text(drl):
    description = drl.fields["description"]
    assert "<" not in description and "&nbsp;" not in description and "&uuml;" not in description
    assert "cross-border work, in Türkiye." in description


def test_published_language_and_programme(drl):
    f = drl.fields
    assert (f["published"], f["language"], f["cfda"], f["archive_date"]) == ("2026-11-03", "en", ["19.345"],
                                                                            "2027-02-11")
    assert f["programme"].startswith("International Programs to Support Democracy")


def test_forecast_reads_the_estimated_close_date_month_first(forecast):
    f = forecast.fields
    assert f["deadline"] == "2027-03-04"  # "Mar 4, 2027": a day-first reader would say 3 April
    assert f["source_status"] == "forecasted"
    assert f["description"].startswith("NEA expects to fund community-led projects")


def test_others_code_leaves_eligibility_to_the_text_and_honours_exclusions(forecast):
    assert forecast.fields["eligible_applicants"] == ["local_ngo", "cbo", "university"]


def test_detail_error_is_recorded_and_the_hit_still_gives_a_call():
    spider = GrantsGovSpider(url=API)
    (hit,) = [r.cb_kwargs["hit"] for r in _search(spider, "search2-syria-2.json", start=3) if r.url == DETAIL]
    item = _detail(spider, "fetch-359201.json", hit)
    assert (item.source_id, item.fields["deadline"], item.fields["published"]) == ("PRM-NOFO-27-IRQ-PROT",
                                                                                   "2027-01-08", "2026-10-28")
    assert item.fields["funder"] == "Bureau of Population, Refugees and Migration"
    assert "fetchOpportunity error 1" in spider.run_errors[0]["reason"]


def test_a_failed_detail_request_keeps_the_call_from_its_hit():
    spider = GrantsGovSpider(url=API)
    hit = {"id": "359305", "number": "PAS-BEIRUT-FY27-01", "title": "Independent Media in Lebanon",
           "agencyName": "U.S. Mission to Lebanon", "openDate": "12/01/2026", "closeDate": "02/05/2027"}
    request = scrapy.Request(DETAIL, method="POST", cb_kwargs={"hit": hit})
    response = TextResponse(DETAIL, status=503, body=b"busy", request=request)
    failure = Failure(HttpError(response))
    failure.request = request
    (item,) = spider._detail_failed(failure)
    assert item.fields["deadline"] == "2027-02-05"  # 02/05 is month first: 5 February
    assert spider.run_errors[0]["status"] == 503


def test_search_answer_that_is_not_json_marks_the_listing_incomplete():
    spider = GrantsGovSpider(url=API)
    request = scrapy.Request(API, meta={"listing": True})
    response = TextResponse(API, body=b"<html>Service Unavailable</html>", encoding="utf-8", request=request)
    assert list(spider.parse(response, keyword="Syria", start=0, page=1)) == []
    assert spider.listing_incomplete
    assert "not a Grants.gov search2 response" in spider.run_errors[0]["reason"]


def test_floor_above_ceiling_keeps_only_the_ceiling():
    spider = GrantsGovSpider(url=API)
    detail = {"id": 1, "opportunityNumber": "X-1", "opportunityTitle": "T",
              "synopsis": {"awardFloor": "900000", "awardCeiling": "90000", "estimatedFunding": "0"}}
    fields = spider.parse_detail({"id": "1"}, detail).fields
    assert (fields["amount_min"], fields["amount_max"], "total_budget" in fields) == (None, 90000, False)


def test_a_call_without_title_is_dropped_and_counted_by_validation():
    item = GrantsGovSpider(url=API).parse_detail({"id": "7", "agencyName": "Department of State"},
                                                 {"id": 7, "opportunityNumber": "NO-TITLE"})

    class Spider:
        pass

    spider, validate = Spider(), ValidatePipeline()
    validate.open_spider()
    with pytest.raises(DropItem, match="title"):
        validate.process_item(CleanPipeline().process_item(item), spider)
    assert (spider.items_seen, spider.items_valid) == (1, 0)


@pytest.mark.parametrize(("value", "expected"), [
    ("01/15/2027", (dt.date(2027, 1, 15), None)),
    ("03/04/2027", (dt.date(2027, 3, 4), None)),
    ("Feb 22, 2027 12:00:00 AM EST", (dt.date(2027, 2, 22), "America/New_York")),
    ("Jun 16, 2027 12:00:00 AM EDT", (dt.date(2027, 6, 16), "America/New_York")),
    ("2027-02-22-00-00-00", (dt.date(2027, 2, 22), None)),
    ("02222027", (dt.date(2027, 2, 22), None)),
    ("", (None, None)),
    ("TBD", (None, None)),
])
def test_parse_grants_date(value, expected):
    assert parse_grants_date(value) == expected


def test_pipelines_find_the_countries_in_the_text_and_keep_usd(drl, forecast, run_pipelines):
    records = {r.id: r for r in run_pipelines([drl, forecast])}
    syria = records["grants_gov:DRL-NOFO-27-SYR-CS"]
    assert set(syria.eligible_countries) == {"SY", "TR"}
    assert syria.model_extra["amount_max_usd"] == 750000
    assert set(records["grants_gov:NEA-FC-27-LBJO"].eligible_countries) == {"LB", "JO"}


def test_loopback_crawl_stores_every_call_once_and_reports_the_failed_detail(tmp_path):
    settings = load_settings(db=tmp_path / "fursa.duckdb", as_of="2026-11-21")
    (first,) = crawl(settings, ["grants_gov"], replay=FIXTURES)
    assert (first["status"], first["seen"], first["new"]) == ("partial", 4, 4)
    (second,) = crawl(settings, ["grants_gov"], replay=FIXTURES)
    assert (second["new"], second["unchanged"]) == (0, 4)
    with open_store(settings.db) as con:
        rows = dict(con.execute("SELECT source_id, deadline FROM calls WHERE source = 'grants_gov'").fetchall())
        errors = con.execute("SELECT errors FROM crawl_runs ORDER BY id LIMIT 1").fetchone()[0]
    assert rows == {"DRL-NOFO-27-SYR-CS": dt.date(2027, 1, 12), "NEA-FC-27-LBJO": dt.date(2027, 3, 4),
                    "PRM-NOFO-27-IRQ-PROT": dt.date(2027, 1, 8), "PAS-BEIRUT-FY27-01": dt.date(2027, 2, 5)}
    assert "fetchOpportunity error 1" in errors


def test_countries_are_where_the_work_happens_not_who_may_apply(drl):
    # the eligibility text says "U.S.-based and foreign-based non-profit organizations"
    assert drl.fields["eligible_countries"] == ["SY", "TR"]


@pytest.mark.parametrize(("title", "countries"), [
    ("U.S. Mission Iraq Public Diplomacy Small Grants Program", ["IQ"]),  # the US is the funder here
    ("AmeriCorps grants in the United States", ["US"]),
    ("MEPI Local Grants Program - Lebanon", ["LB"]),
])
def test_us_is_dropped_when_it_names_the_funder_next_to_another_country(title, countries):
    detail = {"id": 5, "opportunityNumber": "N-5", "opportunityTitle": title,
              "synopsis": {"synopsisDesc": "The Middle East Partnership Initiative supports Lebanese groups."}}
    assert GrantsGovSpider(url=API).parse_detail({"id": "5"}, detail).fields["eligible_countries"] == countries
