"""Eligibility reasons in Arabic: every code the matcher gives has a sentence, filled with its facts."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dashboard.i18n import STRINGS
from dashboard.reasons import reason_text
from matcher.eligibility import REASON_CODES, assess
from tests import factories

TODAY = dt.date.fromisoformat(factories.AS_OF)
ARABIC = re.compile(r"[\u0600-\u06ff]")


def test_every_reason_code_has_a_general_sentence_in_both_languages():
    assert sorted(c for c in REASON_CODES if f"reason_{c}" not in STRINGS) == []


@pytest.mark.parametrize("profile", factories.all_profiles(), ids=lambda p: p["id"])
def test_the_matchers_reasons_read_in_arabic_with_their_facts(profile):
    for call in factories.all_calls():
        for reason in assess(profile, call, TODAY).reasons:
            data = {"code": reason.code, "ok": reason.ok, "text": reason.text, "params": reason.params}
            arabic = reason_text(data, "ar")
            assert ARABIC.search(arabic), (reason.code, arabic)
            assert reason_text(data, "en") == reason.text
            for code in reason.params.get("countries") or []:
                assert code not in arabic.split(), "country codes are written as Arabic names"


def test_a_reason_with_facts_names_them_in_arabic():
    reason = {"code": "country_match", "text": "covers where you work: LB, SY", "params": {"countries": ["LB", "SY"]}}
    assert reason_text(reason, "ar") == "تشمل البلدان التي تعملون فيها: لبنان، سوريا"
    days = {"code": "deadline_open", "text": "19 day(s) left", "params": {"deadline": "2026-12-10", "days_left": 19}}
    assert reason_text(days, "ar") == "متبقٍ \u206619\u2069 يوماً، حتى \u20662026-12-10\u2069"


def test_without_facts_or_with_an_unknown_code_there_is_still_a_sentence():
    assert reason_text({"code": "country_match", "text": "covers where you work: LB"}, "ar") == \
        STRINGS["reason_country_match"]["ar"]
    assert reason_text({"code": "brand_new_rule", "message": "a new rule"}, "ar") == "a new rule"
    odd = {"code": "country_match", "text": "covers LB", "params": {"unexpected": {"shape": 1}}}
    assert ARABIC.search(reason_text(odd, "ar"))
