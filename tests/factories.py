"""Small, named, realistic records for tests: calls and profiles as they appear in JSON Lines files.

Each factory returns a fresh dict in the contract's shape (docs/formats.md); pass keyword overrides to
change a field, or `drop=("title",)` to leave one out. The dates fit the suite's as-of day, 2026-11-21.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

AS_OF = "2026-11-21"


def _build(base: dict[str, Any], overrides: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    record = {**base, **overrides}
    for name in drop:
        record.pop(name, None)
    return record


# --- calls -------------------------------------------------------------------------------------------

def eu_syria_civil_society_call(drop: tuple[str, ...] = (), **overrides: Any) -> dict[str, Any]:
    """An EU call for Syrian CSOs, with an extra field (`programme`) the contract does not know."""
    return _build({
        "id": "eu_funding_tenders:EuropeAid/187432/DD/ACT/SY",
        "title": "Strengthening Syrian civil society in the north-east",
        "funder": "European Union (NDICI-Global Europe)",
        "url": "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/"
               "topic-details/EuropeAid-187432",
        "language": "en",
        "description": "Support to local civil society organisations and coalitions working on social "
                       "cohesion, civic space and protection in north-east Syria.",
        "published": "2026-10-02",
        "deadline": "2027-01-15",
        "amount_min": 250000,
        "amount_max": 1000000,
        "currency": "EUR",
        "eligible_countries": ["SY", "TR", "IQ"],
        "eligible_applicants": ["local_ngo", "coalition", "international_ngo"],
        "themes": ["civic_space", "social_cohesion", "protection"],
        "programme": "NDICI-Global Europe",
    }, overrides, drop)


def lebanon_media_call(drop: tuple[str, ...] = (), **overrides: Any) -> dict[str, Any]:
    """An Arabic-language call for independent media in Lebanon, with a nested extra field (`documents`)."""
    return _build({
        "id": "arabic_calls_feed:samir-kassir-2026-media",
        "title": "منح للإعلام المستقل في لبنان",
        "funder": "مؤسسة سمير قصير",
        "url": "https://minah.example.org/calls/independent-media-lebanon-2026",
        "language": "ar",
        "description": "منح صغيرة للمؤسسات الإعلامية المستقلة والصحفيين في لبنان لإنتاج تحقيقات حول المساءلة.",
        "published": "2026-11-01",
        "deadline": "2026-12-10",
        "amount_min": 5000,
        "amount_max": 20000,
        "currency": "USD",
        "eligible_countries": ["LB"],
        "eligible_applicants": ["media_org", "individual"],
        "themes": ["media", "accountability"],
        "documents": [{"name": "دليل المتقدمين", "url": "https://minah.example.org/files/guide.pdf",
                       "pages": 12, "signed": None}],
    }, overrides, drop)


def rolling_women_led_call(drop: tuple[str, ...] = (), **overrides: Any) -> dict[str, Any]:
    """A rolling (no deadline), worldwide rapid-response fund for women-led organisations."""
    return _build({
        "id": "fundsforngos:urgent-action-fund-rapid-response",
        "title": "Rapid Response Grants for women human rights defenders",
        "funder": "Urgent Action Fund",
        "url": "https://www2.fundsforngos.org/women/rapid-response-grants-for-women-human-rights-defenders/",
        "language": "en",
        "description": "Rapid response grants, decided within days, for women-led groups facing threats.",
        "published": None,
        "deadline": None,
        "amount_min": None,
        "amount_max": 10000,
        "currency": "USD",
        "eligible_countries": ["*"],
        "eligible_applicants": ["women_led_org", "cbo"],
        "themes": ["gender", "protection"],
    }, overrides, drop)


def expired_jordan_call(drop: tuple[str, ...] = (), **overrides: Any) -> dict[str, Any]:
    """A call whose deadline (2026-10-31) is before the suite's as-of day: it lands as 'closed'."""
    return _build({
        "id": "fundsforngos:jordan-refugee-livelihoods-2026",
        "title": "Livelihoods for refugees and host communities in Jordan",
        "funder": "GIZ",
        "url": "https://www2.fundsforngos.org/livelihood/jordan-refugee-livelihoods-2026/",
        "language": "en",
        "description": "Grants for CBOs running livelihood programmes in Mafraq and Irbid.",
        "published": "2026-08-15",
        "deadline": "2026-10-31",
        "amount_min": 20000,
        "amount_max": 80000,
        "currency": "EUR",
        "eligible_countries": ["JO"],
        "eligible_applicants": ["cbo", "local_ngo"],
        "themes": ["livelihoods", "refugees"],
    }, overrides, drop)


def all_calls() -> list[dict[str, Any]]:
    return [eu_syria_civil_society_call(), lebanon_media_call(), rolling_women_led_call(), expired_jordan_call()]


# --- profiles ----------------------------------------------------------------------------------------

def nes_coalition_profile(drop: tuple[str, ...] = (), **overrides: Any) -> dict[str, Any]:
    """A coalition of Syrian CSOs in the north-east, registered in Türkiye, with an extra field."""
    return _build({
        "id": "cso-nes-coalition",
        "name": "North-East Syria Civil Society Coalition",
        "language": "ar",
        "mission": "تعزيز الفضاء المدني والتماسك الاجتماعي في شمال شرق سوريا عبر شبكة من المنظمات المحلية.",
        "countries": ["SY"],
        "registered_in": "TR",
        "org_type": "coalition",
        "annual_budget_usd": 850000,
        "themes": ["civic_space", "social_cohesion"],
        "contact_email": "grants@nes-coalition.example.org",
    }, overrides, drop)


def beirut_media_profile(drop: tuple[str, ...] = (), **overrides: Any) -> dict[str, Any]:
    """An independent media organisation registered in Lebanon."""
    return _build({
        "id": "beirut-independent-media",
        "name": "Beirut Independent Media Collective",
        "language": "en",
        "mission": "Investigative journalism on accountability and public services in Lebanon.",
        "countries": ["LB"],
        "registered_in": "LB",
        "org_type": "media_org",
        "annual_budget_usd": 120000,
        "themes": ["media", "accountability"],
    }, overrides, drop)


def unregistered_idlib_cbo_profile(drop: tuple[str, ...] = (), **overrides: Any) -> dict[str, Any]:
    """A community-based organisation in Idlib that is not registered anywhere."""
    return _build({
        "id": "idlib-womens-cbo",
        "name": "Idlib Women's Community Group",
        "language": "ar",
        "mission": "دعم النساء النازحات في إدلب عبر التعليم والحماية.",
        "countries": ["SY"],
        "registered_in": None,
        "org_type": "cbo",
        "annual_budget_usd": None,
        "themes": ["gender", "education", "protection"],
    }, overrides, drop)


def all_profiles() -> list[dict[str, Any]]:
    return [nes_coalition_profile(), beirut_media_profile(), unregistered_idlib_cbo_profile()]


# --- files -------------------------------------------------------------------------------------------

def write_jsonl(path: Path, records: list[dict[str, Any] | str]) -> Path:
    """Write records as JSON Lines; a str is written as the raw line (for malformed input)."""
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(text: str) -> list[dict[str, Any]]:
    """Parse JSON Lines text strictly: every non-empty line must be one JSON object."""
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert all(isinstance(r, dict) for r in rows), rows
    return rows
