"""Grants.gov, through its public REST API (no key needed): search2 for the listing, fetchOpportunity per hit.

    POST .../v1/api/search2   {"startRecordNum": 0, "keyword": "Syria", "oppStatuses": "forecasted|posted",
                               "eligibilities": "12|13|25|99", "rows": 100}
      -> {"errorcode": 0, "data": {"hitCount": 57, "oppHits": [{"id": "359001", "number": "DOS-SYR-...",
          "title": "...", "agencyCode": "DOS-NEA", "openDate": "10/15/2026", "closeDate": "01/15/2027",
          "oppStatus": "posted", "docType": "synopsis", "alnist": ["19.345"]}, ...]}}
    POST .../v1/api/fetchOpportunity  {"opportunityId": 359001}
      -> {"errorcode": 0, "data": {"id": 359001, "opportunityTitle": ..., "agencyDetails": {...},
          "synopsis": {...}}}   (a forecast carries "forecast" instead of "synopsis")

Grants.gov lists US federal funding of every kind; the keyword searches below keep the ones our users can
use (their countries, the region, civil society), and the eligibility filter drops calls open only to US
state, county or tribal governments. Dates come as "MM/DD/YYYY" in search hits and as "Feb 22, 2027
12:00:00 AM EST" (plus "2027-02-22-00-00-00" twins) in details: month first, so they are parsed here and
never handed to a day-first date reader. The "12:00:00 AM" is no closing time: that is in the close-date
explanation ("Applications are due by 11:59 p.m. Eastern Time").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from typing import Any
from urllib.parse import urljoin

import scrapy

from fursa.formats import APPLICANT_TYPES
from fursa.normalize.applicants import find_applicant_types
from fursa.normalize.countries import find_countries
from fursa.normalize.dates import parse_date
from fursa.normalize.text import html_to_text
from scrapers.items import CallItem
from scrapers.mixins.json_api import JsonApiMixin
from scrapers.mixins.records import read_record
from scrapers.spiders.base import FursaSpider

KEYWORDS = ("Syria", "Lebanon", "Iraq", "Jordan", "Afghanistan", "Turkey", "Middle East", "civil society")
OPP_STATUSES = "forecasted|posted"
# Nonprofits with or without 501(c)(3) status, "others" (foreign organizations land here) and unrestricted.
ELIGIBILITIES = "12|13|25|99"
ROWS = 100
MAX_PAGES = 20  # per keyword: 2,000 hits, far more than any of these searches returns
VIEW_URL = "https://www.grants.gov/search-results-detail/{id}"

# Grants.gov "EligibleApplicants" codes (labels in the comments) -> Fursa applicant types. US public bodies
# are all "government". 11 (tribal organizations that are not governments) has no counterpart here, and 25
# ("Others, see the text field") says nothing by itself: the eligibility text is read for both.
APPLICANT_CODES: dict[str, tuple[str, ...]] = {
    "00": ("government",),  # State governments
    "01": ("government",),  # County governments
    "02": ("government",),  # City or township governments
    "04": ("government",),  # Special district governments
    "05": ("government",),  # Independent school districts
    "06": ("university",),  # Public and State controlled institutions of higher education
    "07": ("government",),  # Native American tribal governments (Federally recognized)
    "08": ("government",),  # Public housing authorities/Indian housing authorities
    "12": ("local_ngo", "international_ngo"),  # Nonprofits having a 501(c)(3) status with the IRS
    "13": ("local_ngo", "international_ngo"),  # Nonprofits that do not have a 501(c)(3) status
    "20": ("university",),  # Private institutions of higher education
    "21": ("individual",),  # Individuals
    "22": ("private_sector",),  # For profit organizations other than small businesses
    "23": ("private_sector",),  # Small businesses
    "99": APPLICANT_TYPES,  # Unrestricted
}
# Zone abbreviations Grants.gov prints after its dates.
US_ZONES = {"EST": "America/New_York", "EDT": "America/New_York", "CST": "America/Chicago",
            "CDT": "America/Chicago", "MST": "America/Denver", "MDT": "America/Denver",
            "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "AKST": "America/Anchorage",
            "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu"}
_LONG_DATE = re.compile(r"^([A-Z][a-z]{2}) (\d{1,2}), (\d{4})(?: \d{1,2}:\d{2}:\d{2} [AP]M)?(?: ([A-Z]{2,4}))?$")


def parse_grants_date(value: Any) -> tuple[dt.date | None, str | None]:
    """A Grants.gov date and the zone it names: "01/15/2027" (search hits), "Jan 15, 2027 12:00:00 AM EST"
    (details), "2027-01-15-00-00-00" (the *Str twins), "01152027" (the XML extract). (None, None) else.
    Example: parse_grants_date("Feb 22, 2027 12:00:00 AM EST") == (date(2027, 2, 22), "America/New_York")
    """
    text = str(value or "").strip()
    formats = [("%m/%d/%Y", text), ("%Y-%m-%d", text[:10])]
    if len(text) == 8 and text.isdigit():
        formats.append(("%m%d%Y", text))
    if m := _LONG_DATE.match(text):
        formats = [("%b %d %Y", f"{m[1]} {m[2]} {m[3]}")]
    for fmt, candidate in formats:
        try:
            day = dt.datetime.strptime(candidate, fmt).date()
        except ValueError:
            continue
        return day, US_ZONES.get(m[4]) if m and m[4] else None
    return None, None


def _amount(value: Any) -> float | None:
    """"900000", "900,000" or 900000 -> 900000.0; "0", "", "none" -> None (not stated, not a grant of 0)."""
    try:
        number = float(str(value).replace(",", "").strip())
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


class GrantsGovSpider(JsonApiMixin, FursaSpider):
    name = "grants_gov"

    def __init__(self, url: str | None = None, keywords: str | None = None, *args, **kwargs):
        super().__init__(url, *args, **kwargs)
        self.keywords = tuple(k.strip() for k in keywords.split(",") if k.strip()) if keywords else KEYWORDS
        # fetchOpportunity sits next to search2, on whichever host we were pointed at.
        self.detail_url = urljoin(self.source_url, "fetchOpportunity")
        self.requested: set[str] = set()

    async def start(self):
        for keyword in self.keywords:
            yield self._search_request(keyword, 0, 1)

    def _search_request(self, keyword: str, start: int, page: int) -> scrapy.Request:
        # startRecordNum first: the replay manifest tells pages apart by '"startRecordNum": N, "keyword": K'.
        body = {"startRecordNum": start, "keyword": keyword, "oppStatuses": OPP_STATUSES,
                "eligibilities": ELIGIBILITIES, "rows": ROWS}
        return scrapy.Request(self.source_url, method="POST", body=json.dumps(body),
                              headers={"Content-Type": "application/json", "Accept": "application/json"},
                              callback=self.parse, errback=self.on_error, dont_filter=True,
                              meta={"listing": True}, cb_kwargs={"keyword": keyword, "start": start, "page": page})

    def parse(self, response, keyword: str = "", start: int = 0, page: int = 1):
        """{"errorcode": 0, "data": {"hitCount": 57, "startRecord": 0, "oppHits": [{"id": "359001", ...}]}}"""
        data = self.load_json(response, "Grants.gov search2")
        if data is None:
            return
        inner = data.get("data")
        hits = inner.get("oppHits") if isinstance(inner, dict) else None
        if data.get("errorcode") not in (0, "0", None) or not isinstance(hits, list):
            self._bad_response(response, f"search2 error {data.get('errorcode')}: {str(data.get('msg'))[:120]}")
            return
        for hit in hits:
            if not isinstance(hit, dict) or not hit.get("id"):
                continue
            opp_id = str(hit["id"])
            if opp_id in self.requested:  # found by an earlier keyword
                continue
            self.requested.add(opp_id)
            yield self._detail_request(opp_id, hit)
        total = int(_amount(inner.get("hitCount")) or 0)
        following = start + len(hits)
        if hits and following < total and page < MAX_PAGES:
            yield self._search_request(keyword, following, page + 1)
        elif hits and following < total:
            self.listing_capped(response.url, MAX_PAGES)

    def _detail_request(self, opp_id: str, hit: dict) -> scrapy.Request:
        body = json.dumps({"opportunityId": int(opp_id) if opp_id.isdigit() else opp_id})
        return scrapy.Request(self.detail_url, method="POST", body=body,
                              headers={"Content-Type": "application/json", "Accept": "application/json"},
                              callback=self.parse_opportunity, errback=self._detail_failed,
                              dont_filter=True, cb_kwargs={"hit": hit})

    def _detail_failed(self, failure):
        """The search hit still names the call, its agency and its dates: keep those."""
        self.on_error(failure)
        item = read_record(self, self.parse_hit, failure.request.cb_kwargs["hit"], url=failure.request.url)
        if item is not None:
            yield item

    def parse_opportunity(self, response, hit: dict):
        data = self.load_json(response, "Grants.gov fetchOpportunity")
        detail = data.get("data") if data else None
        if data is not None and (data.get("errorcode") not in (0, "0", None) or not isinstance(detail, dict)):
            self._bad_response(response, f"fetchOpportunity error {data.get('errorcode')}: "
                                         f"{str(data.get('msg'))[:120]}")
        if isinstance(detail, dict):
            item = read_record(self, self.parse_detail, hit, detail, url=response.url)
        else:
            item = read_record(self, self.parse_hit, hit, url=response.url)
        if item is not None:
            yield item

    # --- items ---------------------------------------------------------------------------------------

    def parse_hit(self, hit: dict) -> CallItem | None:
        """An item from the search hit alone, when the detail could not be had."""
        return self._item(hit, {}, {})

    def parse_detail(self, hit: dict, detail: dict) -> CallItem | None:
        section = detail.get("synopsis") or detail.get("forecast") or {}
        return self._item(hit, detail, section if isinstance(section, dict) else {})

    def _item(self, hit: dict, detail: dict, section: dict) -> CallItem | None:
        opp_id = str(detail.get("id") or hit.get("id") or "")
        source_id = detail.get("opportunityNumber") or hit.get("number") or opp_id
        if not opp_id or not source_id:
            return None
        eligibility = html_to_text(section.get("applicantEligibilityDesc") or "")
        fields: dict[str, Any] = {
            "title": detail.get("opportunityTitle") or hit.get("title") or "",
            "funder": self._parse_funder(hit, detail),
            "url": VIEW_URL.format(id=opp_id),
            "language": "en",
            "description": self._parse_description(section),
            "published": self._parse_published(hit, section),
            **self._parse_deadline(hit, section),
            **self._parse_amounts(section),
            "eligible_applicants": self._parse_applicants(section, eligibility),
            "source_status": self._parse_status(hit, detail),
            **self._parse_programme(hit, detail),
        }
        if countries := self._parse_countries(fields["title"], fields["description"]):
            fields["eligible_countries"] = countries
        if eligibility:
            fields["conditions"] = eligibility
        if section.get("costSharing") is not None:
            fields["cost_sharing"] = bool(section["costSharing"])
        if awards := _amount(section.get("numberOfAwards")):
            fields["expected_awards"] = int(awards)
        archive, _ = parse_grants_date(section.get("archiveDate"))
        if archive:
            fields["archive_date"] = archive.isoformat()
        if not fields["eligible_applicants"]:
            del fields["eligible_applicants"]  # let the normalize pipeline read the description
        raw = {"hit": hit, "detail": {k: v for k, v in detail.items() if k not in ("synopsisAttachmentFolders",
                                                                                  "opportunityHistoryDetails")}}
        return CallItem(source=self.source, source_id=str(source_id), fields=fields, text=eligibility, raw=raw)

    def _parse_funder(self, hit: dict, detail: dict) -> str:
        """detail.agencyDetails {"agencyName": "Bureau of Near Eastern Affairs"} under topAgencyDetails
        {"agencyName": "Department of State"}; the hit's agencyName/agency when there is no detail.
        synopsis.agencyName is the grants officer's name, never the funder."""
        agency = (detail.get("agencyDetails") or {}).get("agencyName") or hit.get("agencyName") or hit.get("agency")
        top = (detail.get("topAgencyDetails") or {}).get("agencyName")
        if agency and top and top.lower() not in agency.lower():
            return f"{top} – {agency}"
        return agency or top or hit.get("agencyCode") or ""

    def _parse_countries(self, title: str, description: str) -> list[str]:
        """Where the work happens, from the title ("MEPI Local Grants Program - Lebanon"), else the synopsis.
        Not from the eligibility text: there "U.S.-based and foreign-based non-profit organizations" says
        who may apply, from anywhere. "U.S. Mission Iraq ..." names the funder, not a place of work: the
        country reader leaves such funder phrases out (fursa/normalize/countries.py)."""
        return find_countries(title) or find_countries(description)

    def _parse_description(self, section: dict) -> str:
        """synopsis.synopsisDesc (forecast.forecastDesc): HTML with inline styles and &nbsp;."""
        return html_to_text(section.get("synopsisDesc") or section.get("forecastDesc") or "")

    def _parse_published(self, hit: dict, section: dict) -> str | None:
        """synopsis.postingDate "Oct 15, 2026 12:00:00 AM EDT" (postingDateStr twin); hit.openDate "10/15/2026"."""
        for value in (section.get("postingDate"), section.get("postingDateStr"), hit.get("openDate")):
            day, _ = parse_grants_date(value)
            if day:
                return day.isoformat()
        return None

    def _parse_deadline(self, hit: dict, section: dict) -> dict[str, Any]:
        """synopsis.responseDate "Jan 15, 2027 12:00:00 AM EST" (forecast: estApplicationResponseDate), else
        hit.closeDate "01/15/2027"; the time and zone of day are in responseDateDesc ("... by 11:59 p.m.
        Eastern Time"). A forecast or synopsis without a close date says nothing: left to the text."""
        raw = None
        for value in (section.get("responseDate"), section.get("responseDateStr"),
                      section.get("estApplicationResponseDate"), hit.get("closeDate")):
            day, zone = parse_grants_date(value)
            raw = raw or value or None
            if day:
                break
        else:
            return {"deadline_raw": raw} if raw else {}
        out: dict[str, Any] = {"deadline": day.isoformat(), "deadline_raw": str(raw)}
        explanation = html_to_text(section.get("responseDateDesc") or section.get("estApplicationResponseDateDesc")
                                   or "")
        said = parse_date(explanation) if explanation else None
        zone = (said.tz if said and said.tz else None) or zone
        if explanation:
            out["deadline_note"] = explanation
        if zone:
            out["deadline_tz"] = zone
        if said and said.time:
            out["deadline_time"] = said.time.strftime("%H:%M")
            if zone:
                out["deadline_at"] = dataclasses.replace(said, value=day, tz=zone).as_datetime().isoformat()
        return out

    def _parse_amounts(self, section: dict) -> dict[str, Any]:
        """awardFloor "250000", awardCeiling "750000", estimatedFunding "1500000" (strings; "0" = not stated)."""
        low, high = _amount(section.get("awardFloor")), _amount(section.get("awardCeiling"))
        total = _amount(section.get("estimatedFunding"))
        out: dict[str, Any] = {}
        if low is not None and high is not None and low > high:  # a typo at the source: keep the ceiling
            low = None
        if low is not None or high is not None:
            out.update(amount_min=low, amount_max=high)
        if total is not None:
            out["total_budget"] = total
        if out:
            out["currency"] = "USD"
        return out

    def _parse_applicants(self, section: dict, eligibility: str) -> list[str]:
        """applicantTypes [{"id": "12", "description": "Nonprofits having a 501(c)(3) ..."}, {"id": "25", ...}]
        mapped through APPLICANT_CODES, plus what applicantEligibilityDesc names ("Foreign-based
        non-profit organizations ... are eligible")."""
        found: set[str] = set()
        for entry in section.get("applicantTypes") or []:
            code = str(entry.get("id", "")).zfill(2) if isinstance(entry, dict) else str(entry).zfill(2)
            found.update(APPLICANT_CODES.get(code, ()))
        found.update(find_applicant_types(eligibility))
        return [kind for kind in APPLICANT_TYPES if kind in found]

    def _parse_status(self, hit: dict, detail: dict) -> str:
        """hit.oppStatus "posted" / "forecasted"; detail.docType "synopsis" / "forecast" when alone."""
        status = hit.get("oppStatus") or {"forecast": "forecasted", "synopsis": "posted"}.get(detail.get("docType"))
        return str(status or "unknown").lower()

    def _parse_programme(self, hit: dict, detail: dict) -> dict[str, Any]:
        """cfdas [{"cfdaNumber": "19.345", "programTitle": "International Programs to Support Democracy..."}];
        the hit's alnist ["19.345"] (cfdaList in older answers)."""
        cfdas = [c for c in detail.get("cfdas") or [] if isinstance(c, dict)]
        numbers = [c.get("cfdaNumber") for c in cfdas if c.get("cfdaNumber")] or list(
            hit.get("alnist") or hit.get("cfdaList") or [])
        out: dict[str, Any] = {"agency_code": detail.get("owningAgencyCode") or hit.get("agencyCode")}
        if numbers:
            out["cfda"] = numbers
        if cfdas and cfdas[0].get("programTitle"):
            out["programme"] = cfdas[0]["programTitle"]
        return out
