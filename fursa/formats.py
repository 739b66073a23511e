"""The data contracts: calls and profiles as JSON Lines (docs/formats.md), validated field by field.

These models are the one definition of a valid call or profile; the importer, the crawl pipelines and the
dashboard's profile form all validate through them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache
from typing import Annotated, Any, Literal

import pycountry
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

APPLICANT_TYPES = (
    "local_ngo", "international_ngo", "cbo", "coalition", "women_led_org", "media_org", "university",
    "government", "private_sector", "individual", "social_enterprise",
)
ORG_TYPES = (
    "local_ngo", "international_ngo", "cbo", "coalition", "women_led_org", "media_org", "university",
    "social_enterprise",
)
ANYWHERE = "*"


@cache
def _country_codes() -> frozenset[str]:
    # XK (Kosovo) is user-assigned in ISO 3166 but used by every funder that lists the Western Balkans.
    return frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@cache
def _language_codes() -> frozenset[str]:
    return frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def _country(value: str) -> str:
    code = value.strip().upper()
    if code not in _country_codes():
        raise ValueError(f"unknown ISO 3166-1 alpha-2 country code {value!r}")
    return code


def _country_or_anywhere(value: str) -> str:
    return ANYWHERE if value.strip() == ANYWHERE else _country(value)


def _language(value: str) -> str:
    code = value.strip().lower()
    if code not in _language_codes():
        raise ValueError(f"unknown ISO 639-1 language code {value!r}")
    return code


def _currency(value: str) -> str:
    code = value.strip().upper()
    if code not in _currency_codes():
        raise ValueError(f"unknown ISO 4217 currency code {value!r}")
    return code


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _strict_date(value: Any) -> Any:
    """Only YYYY-MM-DD (or a date): '2027-02-30' and '15/03/2027' are refused, not guessed."""
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"impossible date {value!r}") from exc


def _not_bool(value: Any) -> Any:
    # JSON true/false would otherwise be read as 1.0/0.0: a wrong amount stored without a word.
    if isinstance(value, bool):
        raise ValueError(f"expected a number or null, got {str(value).lower()}")
    return value


def _finite(value: float | None) -> float | None:
    if value is not None and (math.isnan(value) or math.isinf(value) or value < 0):
        raise ValueError("expected a finite, non-negative number")
    return value


def _http_url(value: str) -> str:
    # Scraped links end up as hrefs in the dashboard: anything but http(s) is refused at the door.
    if not re.match(r"^https?://[^\s/]+", value.strip(), re.IGNORECASE):
        raise ValueError(f"expected an http(s) URL, got {value[:60]!r}")
    return value.strip()


def _non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


Country = Annotated[str, AfterValidator(_country)]
CountryOrAnywhere = Annotated[str, AfterValidator(_country_or_anywhere)]
Language = Annotated[str, AfterValidator(_language)]
Currency = Annotated[str, AfterValidator(_currency)]
IsoDate = Annotated[dt.date | None, BeforeValidator(_strict_date)]
Amount = Annotated[float | None, BeforeValidator(_not_bool), AfterValidator(_finite)]
HttpUrl = Annotated[str, AfterValidator(_http_url)]
Text = Annotated[str, AfterValidator(_non_blank)]
Applicant = Literal[APPLICANT_TYPES]  # type: ignore[valid-type]
OrgType = Literal[ORG_TYPES]  # type: ignore[valid-type]


def _dedupe(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


class CallRecord(BaseModel):
    """One call for proposals. Unknown extra fields are kept (model_extra) and round-trip on export."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    id: Text
    title: Text
    funder: Text
    url: HttpUrl
    language: Language
    description: str = ""
    published: IsoDate = None
    deadline: IsoDate = Field(None, description="null when rolling")
    amount_min: Amount = None
    amount_max: Amount = None
    currency: Currency | None = None
    eligible_countries: list[CountryOrAnywhere] = Field(default_factory=lambda: [ANYWHERE])
    eligible_applicants: list[Applicant] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)

    @field_validator("eligible_countries", "themes", "eligible_applicants", mode="after")
    @classmethod
    def _unique(cls, values: list[str]) -> list[str]:
        return _dedupe(values)

    @field_validator("amount_max", mode="after")
    @classmethod
    def _range(cls, value: float | None, info) -> float | None:
        low = info.data.get("amount_min")
        if value is not None and low is not None and low > value:
            raise ValueError(f"amount_max {value} is below amount_min {low}")
        return value

    def contract_dict(self) -> dict[str, Any]:
        """The JSON-ready object of docs/formats.md, extra fields included."""
        return self.model_dump(mode="json")


class ProfileRecord(BaseModel):
    """One organization's profile. The mission may be in any language."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    id: Text
    name: Text
    language: Language
    mission: Text
    countries: list[Country] = Field(min_length=1)
    registered_in: Country | None = None
    org_type: OrgType
    annual_budget_usd: Amount = None
    themes: list[str] = Field(default_factory=list)

    @field_validator("countries", "themes", mode="after")
    @classmethod
    def _unique(cls, values: list[str]) -> list[str]:
        return _dedupe(values)

    def contract_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


CALL_FIELDS = tuple(CallRecord.model_fields)
PROFILE_FIELDS = tuple(ProfileRecord.model_fields)
