"""The data contracts: what a valid call or profile is, field by field."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from fursa.formats import CALL_FIELDS, PROFILE_FIELDS, CallRecord, ProfileRecord
from tests import factories


def error_fields(exc: ValidationError) -> set[str]:
    return {".".join(str(p) for p in err["loc"]) for err in exc.errors()}


def test_contract_field_lists_match_the_documented_order():
    assert CALL_FIELDS == ("id", "title", "funder", "url", "language", "description", "published", "deadline",
                           "amount_min", "amount_max", "currency", "eligible_countries",
                           "eligible_applicants", "themes")
    assert PROFILE_FIELDS == ("id", "name", "language", "mission", "countries", "registered_in", "org_type",
                              "annual_budget_usd", "themes")


def test_valid_call_keeps_extra_fields_and_round_trips_to_json():
    record = factories.eu_syria_civil_society_call()
    call = CallRecord.model_validate(record)
    assert call.deadline == dt.date(2027, 1, 15)
    assert call.model_extra == {"programme": "NDICI-Global Europe"}
    assert call.contract_dict() == record


def test_codes_are_normalized_and_lists_deduplicated():
    call = CallRecord.model_validate(factories.lebanon_media_call(
        language="AR", currency="usd", eligible_countries=["lb", " LB", "sy"],
        themes=["media", "media", " accountability "]))
    assert (call.language, call.currency) == ("ar", "USD")
    assert call.eligible_countries == ["LB", "SY"]
    assert call.themes == ["media", "accountability"]


def test_rolling_worldwide_call_is_valid():
    call = CallRecord.model_validate(factories.rolling_women_led_call())
    assert call.deadline is None and call.eligible_countries == ["*"]


@pytest.mark.parametrize(("field", "value"), [
    ("eligible_countries", ["XX"]),
    ("eligible_countries", ["Syria"]),
    ("language", "arabic"),
    ("currency", "EURO"),
    ("deadline", "2027-02-30"),
    ("deadline", "15/03/2027"),
    ("published", "2026-13-01"),
    ("url", "javascript:alert(1)"),
    ("url", "ftp://example.org/call.pdf"),
    ("eligible_applicants", ["ngo"]),
    ("amount_min", -5),
    ("amount_max", float("nan")),
    ("amount_max", True),             # JSON true is not 1.0 euro
    ("title", "   "),
])
def test_bad_call_value_is_refused_naming_its_field(field, value):
    with pytest.raises(ValidationError) as info:
        CallRecord.model_validate(factories.eu_syria_civil_society_call(**{field: value}))
    assert {f.split(".")[0] for f in error_fields(info.value)} == {field}


@pytest.mark.parametrize("field", ["id", "title", "funder", "url", "language"])
def test_missing_required_call_field_is_refused(field):
    with pytest.raises(ValidationError) as info:
        CallRecord.model_validate(factories.eu_syria_civil_society_call(drop=(field,)))
    assert error_fields(info.value) == {field}


def test_amount_max_below_amount_min_is_refused():
    with pytest.raises(ValidationError, match="amount_max 1000.0 is below amount_min 5000.0"):
        CallRecord.model_validate(factories.lebanon_media_call(amount_min=5000, amount_max=1000))


def test_unregistered_profile_is_valid_and_keeps_extra_fields():
    profile = ProfileRecord.model_validate(factories.nes_coalition_profile(registered_in=None))
    assert profile.registered_in is None
    assert profile.contract_dict()["contact_email"] == "grants@nes-coalition.example.org"


@pytest.mark.parametrize(("field", "value"), [
    ("org_type", "government"),       # an applicant type, but not an organization profile type
    ("org_type", "ngo"),
    ("countries", []),
    ("countries", ["*"]),
    ("registered_in", "XX"),
    ("language", "xx"),
    ("annual_budget_usd", -1),
    ("annual_budget_usd", False),
    ("mission", ""),
])
def test_bad_profile_value_is_refused_naming_its_field(field, value):
    with pytest.raises(ValidationError) as info:
        ProfileRecord.model_validate(factories.beirut_media_profile(**{field: value}))
    assert {f.split(".")[0] for f in error_fields(info.value)} == {field}
