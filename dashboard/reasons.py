"""Eligibility reasons in the interface language.

The matcher gives each reason a stable `code`, an English `message` (`text` in older stores) and the facts
it names (`params`: dates, country and applicant codes, amounts). English shows the message as it is.
Arabic fills the code's sentence (`reason_<code>_detail` in i18n) with those facts in Arabic (country and
organization-type names, isolated dates and amounts); without facts it shows the code's general sentence,
and for a code it does not know, the English message.
"""

from __future__ import annotations

from dashboard.fmt import LIST_SEPARATORS, country_name, ltr
from dashboard.i18n import STRINGS, t


def _usd(value) -> str:
    return ltr(f"USD {float(value):,.0f}")


def _band(band, lang: str) -> str:
    low, high = (list(band) + [None, None])[:2]
    if low is not None and high is not None:
        return ltr(f"USD {low:,.0f}–{high:,.0f}")
    if low is not None:
        return t("at_least", lang, amount=_usd(low))
    return t("at_most", lang, amount=_usd(high)) if high is not None else ""


def _values(params: dict, lang: str) -> dict[str, str]:
    """The reason's facts as words of `lang`."""
    sep = LIST_SEPARATORS.get(lang, ", ")
    out: dict[str, str] = {}
    for key, value in params.items():
        if key in ("countries", "yours"):
            out[key] = sep.join(country_name(c, lang) for c in value or [])
        elif key == "registered_in":
            out[key] = country_name(value, lang) if value else t("not_registered", lang)
        elif key == "applicants":
            out[key] = sep.join(t(f"org_{a}", lang) for a in value or [])
        elif key == "org_type":
            out[key] = t(f"org_{value}", lang)
        elif key == "deadline":
            out[key] = ltr(value)
        elif key in ("min_grant_usd", "budget_usd"):
            out[key] = _usd(value) if value is not None else ""
        elif key == "ratio":
            out[key] = ltr(f"{float(value):.0f}")
        elif key == "band_usd":
            out[key] = _band(value or [], lang)
        elif key == "system":
            out[key] = t(f"prereq_{value}", lang)
        else:
            out[key] = ltr(value)
    return out


def reason_text(reason: dict, lang: str) -> str:
    message = reason.get("message") or reason.get("text") or ""
    if lang == "en" and message:
        return message
    code = reason.get("code")
    params = reason.get("params") or {}
    if params and f"reason_{code}_detail" in STRINGS:
        try:
            return t(f"reason_{code}_detail", lang, **_values(params, lang))
        except (KeyError, TypeError, ValueError):  # facts of another shape than this version knows
            pass
    if f"reason_{code}" in STRINGS:
        return t(f"reason_{code}", lang)
    return message
