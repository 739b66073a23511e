"""How values read on screen in either language: dates, amounts, days left, country, language and theme names.

Pure functions over plain values: no Streamlit, no store, so they are tested without an app.
"""

from __future__ import annotations

import datetime as dt
import gettext
import math
from functools import cache

import pandas as pd
import pycountry

from dashboard.i18n import t
from fursa.normalize._vocab import load_json

# First-strong isolates: an ISO date or an amount inside an Arabic sentence keeps its left-to-right order
# (without them "2026-11-21" reads as 21-11-2026 in a right-to-left line).
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
# pycountry's Arabic catalogue uses long official names (الجمهوريّة العربيّة السّوريّة) or none at all.
_SHORT_AR = {"SY": "سوريا", "TR": "تركيا", "IR": "إيران", "PS": "فلسطين", "GB": "المملكة المتحدة",
             "US": "الولايات المتحدة", "KR": "كوريا الجنوبية", "RU": "روسيا"}


def ltr(text: object) -> str:
    return f"{LRI}{text}{PDI}"


def auto(text: object) -> str:
    """Scraped text for a table cell: a first-strong isolate gives the cell the direction of its own first
    letter (dir="auto" for the canvas grid, which has no per-cell direction), so an Arabic title reads
    right to left in a left-to-right table."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return f"{FSI}{text}{PDI}"


def as_date(value) -> dt.date | None:
    """A date from a date, datetime, pandas Timestamp or ISO string; None for missing values."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value.date() if isinstance(value, dt.datetime) else value


def date_text(value, lang: str) -> str:
    day = as_date(value)
    return ltr(day.isoformat()) if day else t("rolling", lang)


def days_left(value, today: dt.date) -> int | None:
    day = as_date(value)
    return (day - today).days if day else None


def _number(value) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def amount_text(low, high, currency: str | None) -> str:
    """'EUR 100,000–500,000', 'USD 50,000' or '' when the call states no amount."""
    low, high = _number(low), _number(high)
    cur = f"{currency} " if currency else ""
    if low and high and low != high:
        return f"{cur}{low:,.0f}–{high:,.0f}"
    if low or high:
        return f"{cur}{(high or low):,.0f}"
    return ""


@cache
def _catalogue(domain: str, lang: str):
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def country_name(code: str, lang: str) -> str:
    if code == "*":
        return t("anywhere", lang)
    if lang == "ar" and code in _SHORT_AR:
        return _SHORT_AR[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _catalogue("iso3166-1", lang).gettext(country.name) if lang != "en" else name


def language_name(code: str, lang: str) -> str:
    language = pycountry.languages.get(alpha_2=code) if code else None
    if language is None:
        return code or ""
    return _catalogue("iso639-3", lang).gettext(language.name) if lang != "en" else language.name


def theme_name(theme: str, lang: str) -> str:
    """The vocabulary's first keyword in the interface language (themes.json), else the theme id."""
    entry = load_json("themes.json").get(theme) or {}
    return (entry.get(lang) or [theme])[0] if lang != "en" else theme


LIST_SEPARATORS = {"ar": "، ", "en": ", "}


def join(items, lang: str) -> str:
    """A list as one phrase, with the interface language's comma."""
    return LIST_SEPARATORS.get(lang, ", ").join(str(i) for i in items)


def truncate(text: str, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
