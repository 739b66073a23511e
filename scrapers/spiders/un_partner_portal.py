"""UN Partner Portal (UNPP): UN agencies' open calls for expressions of interest (CFEIs) to civil society.

The portal's unauthenticated list of open CFEIs (Django REST framework, page-number paging, at most
100 a page; only published, open-selection, not completed calls whose deadline is today or later):

    GET https://www.unpartnerportal.org/api/public/projects/?page_size=100
      -> {"count": 23, "next": "https://www.unpartnerportal.org/api/public/projects/?page=2&page_size=100",
          "previous": null,
          "results": [{"displayID": "HCR/LBN/2026/014", "title": "...", "countries": ["Lebanon"],
                       "agency_name": "UNHCR",
                       "specializations": [{"name": "Protection - general", "category": "Protection"}],
                       "date_created": "2026-01-20", "deadline_date": "2026-02-19",
                       "pdf_export_url": "/api/public/export/projects/4711/"}, ...]}

The partner-facing CFEI serializer of the same code adds `id`, `agency` {"name"}, `locations`
[{"admin_level_1": {"country_code": "LB", "name": "Akkar"}, ...}], `clarification_request_deadline_date`,
`start_date`, `end_date`, `description` and `goal`; they are read when an answer carries them.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode, urljoin

import pycountry
import scrapy

from fursa.normalize.countries import to_country_codes
from fursa.normalize.text import detect_language, html_to_text
from scrapers.items import CallItem
from scrapers.mixins.json_api import JsonApiMixin, on_host_of
from scrapers.mixins.records import read_record
from scrapers.spiders.base import FursaSpider

SITE = "https://www.unpartnerportal.org"
PAGE_SIZE = 100  # the API's maximum (?page_size=)
MAX_PAGES = 50
# Only these kinds of organization can hold a UNPP profile (PARTNER_TYPES in the portal's code: CBO,
# national NGO, INGO, academic institution, Red Cross/Red Crescent), so every CFEI is open to them and
# to nobody else; a profile on the portal is the prerequisite.
PARTNER_TYPES = ("local_ngo", "international_ngo", "cbo", "university")
# The portal's 13 sectors -> our theme ids (data/vocab/themes.json); specializations are also in the text.
SECTOR_THEMES = {
    "camp coordination & camp management": ("humanitarian", "refugees"),
    "education": ("education",),
    "food security": ("food security",),
    "health": ("health",),
    "livelihoods": ("livelihoods",),
    "logistics": ("humanitarian",),
    "nutrition": ("health", "food security"),
    "protection": ("humanitarian",),
    "shelter": ("humanitarian",),
    "wash and environment": ("water", "environment"),
    "social policy and advocacy": ("advocacy", "governance"),
    "durable solutions": ("refugees",),
}
_EXPORT_ID = re.compile(r"/projects/(\d+)/?$")


class UnPartnerPortalSpider(JsonApiMixin, FursaSpider):
    name = "un_partner_portal"

    async def start(self):
        separator = "&" if "?" in self.source_url else "?"
        yield self._page_request(f"{self.source_url}{separator}{urlencode({'page_size': PAGE_SIZE})}", 1)

    def _page_request(self, url: str, page: int) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta={"listing": True, "page": page},
                              headers={"Accept": "application/json"})

    def parse(self, response):
        """{"count": 23, "next": "...?page=2&page_size=100", "previous": null, "results": [{...}, ...]}"""
        data = self.load_json(response, "UN Partner Portal projects")
        if data is None:
            return
        results = data.get("results")
        if not isinstance(results, list):
            self._bad_response(response, "UN Partner Portal projects response without a results list")
            return
        for result in results:
            item = read_record(self, self.parse_result, result, url=response.url) if isinstance(result, dict) else None
            if item is not None:
                yield item
        page = response.meta.get("page", 1)
        if data.get("next") and results and page < MAX_PAGES:
            yield self._page_request(on_host_of(data["next"], self.source_url), page + 1)
        elif data.get("next") and results:
            self.listing_capped(response.url, MAX_PAGES)

    def parse_result(self, result: dict) -> CallItem | None:
        source_id = self._parse_source_id(result)
        if not source_id:
            return None
        specializations = [s for s in result.get("specializations") or [] if isinstance(s, dict)]
        source_text = self._parse_source_text(result)
        title = html_to_text(result.get("title") or "")
        fields: dict[str, Any] = {
            "title": title,
            "funder": self._parse_funder(result),
            "url": self._parse_url(result),
            "language": detect_language(f"{title}\n{source_text}") or "en",
            "description": source_text or self._summary(result, specializations),
            "published": self._parse_published(result),
            "deadline": self._parse_date(result.get("deadline_date")),
            "eligible_countries": self._parse_countries(result),
            "eligible_applicants": list(PARTNER_TYPES),
            "themes": self._parse_themes(specializations),
            "sectors": sorted({s.get("category") for s in specializations if s.get("category")}),
            "specializations": [s["name"] for s in specializations if s.get("name")],
            "registration_required": "UN Partner Portal profile",
        }
        optional = {
            "clarification_deadline": self._parse_date(result.get("clarification_request_deadline_date")),
            "project_start": self._parse_date(result.get("start_date")),
            "project_end": self._parse_date(result.get("end_date")),
            "document_url": urljoin(SITE, result["pdf_export_url"]) if result.get("pdf_export_url") else None,
        }
        fields.update({k: v for k, v in optional.items() if v})
        if not fields["deadline"] and result.get("deadline_date"):
            fields["deadline_raw"] = str(result["deadline_date"])
        text = "\n".join(fields["specializations"])
        return CallItem(source=self.source, source_id=source_id, fields=fields, text=text, raw=result)

    def _parse_source_id(self, result: dict) -> str | None:
        """displayID "HCR/LBN/2026/014" ({agency}/{ISO3}/{year}/{n}); the numeric id when it is missing."""
        value = result.get("displayID") or result.get("id")
        return str(value).strip() if value not in (None, "") else None

    def _parse_funder(self, result: dict) -> str:
        """agency_name "UNHCR" (public list) or agency {"id": 3, "name": "UNHCR"} (CFEI detail)."""
        agency = result.get("agency")
        return result.get("agency_name") or (agency.get("name") if isinstance(agency, dict) else agency) or ""

    def _parse_url(self, result: dict) -> str:
        """The CFEI's page, /cfei/open/<id>/overview (partners sign in to apply); the id is `id` or the number
        in pdf_export_url "/api/public/export/projects/4711/". Without either, the public PDF."""
        cfei = result.get("id") or (m[1] if (m := _EXPORT_ID.search(str(result.get("pdf_export_url") or ""))) else None)
        if cfei:
            return f"{SITE}/cfei/open/{cfei}/overview"
        return urljoin(SITE, str(result.get("pdf_export_url") or "/"))

    def _parse_source_text(self, result: dict) -> str:
        """description and goal (HTML-ish free text), only in the partner-facing serializer."""
        parts = [html_to_text(result.get(key) or "") for key in ("description", "goal", "other_information")]
        return "\n\n".join(p for p in parts if p)

    def _summary(self, result: dict, specializations: list[dict]) -> str:
        """The public list has no description: state what it does say, so a reader (and the matcher) has the
        sectors and places, e.g. "UNHCR call for expressions of interest. Protection: Protection - general."""
        by_sector: dict[str, list[str]] = {}
        for s in specializations:
            by_sector.setdefault(s.get("category") or "Other", []).append(s.get("name") or "")
        # Plain facts only: words like "civil society" here would tag every call with that theme.
        lines = [f"{self._parse_funder(result) or 'UN'} call for expressions of interest on the UN Partner Portal."]
        lines += [f"{sector}: {'; '.join(n for n in names if n)}." for sector, names in by_sector.items()]
        places = [str(c) for c in result.get("countries") or []]
        places += [loc["admin_level_1"].get("name", "") for loc in result.get("locations") or []
                   if isinstance(loc, dict) and isinstance(loc.get("admin_level_1"), dict)]
        if places := [p for p in dict.fromkeys(places) if p]:
            lines.append(f"Location: {', '.join(places)}.")
        return "\n".join(lines)

    def _parse_published(self, result: dict) -> str | None:
        """date_created "2026-01-20" (public list); published_timestamp "2026-01-20T08:15:02Z" or created."""
        for key in ("date_created", "published_timestamp", "created"):
            if value := self._parse_date(result.get(key)):
                return value
        return None

    @staticmethod
    def _parse_date(value: Any) -> str | None:
        """DRF dates "2026-02-19" (or datetimes "2026-02-19T10:00:00Z"): the day, or None."""
        text = str(value or "")
        return text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", text) else None

    def _parse_countries(self, result: dict) -> list[str]:
        """locations[].admin_level_1.country_code "LB"; else countries ["Lebanon"]; else the ISO3 in the
        displayID ("HCR/LBN/2026/014" -> LB)."""
        codes = [loc["admin_level_1"].get("country_code") for loc in result.get("locations") or []
                 if isinstance(loc, dict) and isinstance(loc.get("admin_level_1"), dict)]
        found, _ = to_country_codes([c for c in codes if c] or [str(c) for c in result.get("countries") or []])
        if found:
            return found
        parts = str(result.get("displayID") or "").split("/")
        country = pycountry.countries.get(alpha_3=parts[1].upper()) if len(parts) == 4 else None
        return [country.alpha_2] if country else []

    def _parse_themes(self, specializations: list[dict]) -> list[str]:
        """specializations[].category "WASH and Environment" -> ["water", "environment"]."""
        themes: list[str] = []
        for s in specializations:
            sector = " ".join(str(s.get("category") or "").lower().split())
            themes += [t for t in SECTOR_THEMES.get(sector, ()) if t not in themes]
        return themes
