"""Templates for what leaves Fursa as a document (printable shortlists, digests) and their words in
English and Arabic.

Scraped text is untrusted: HTML templates autoescape everything, links pass `safe_url` (http(s) only),
and Markdown templates escape text with `md`. Text and Markdown templates are not HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import jinja2

from fursa.safe import md_escape, safe_url

RTL_LANGUAGES = frozenset({"ar", "fa", "ku", "ur", "he"})

LABELS: dict[str, dict[str, str]] = {
    "id": {"en": "ID", "ar": "المعرّف"},
    "title": {"en": "Title", "ar": "العنوان"},
    "funder": {"en": "Funder", "ar": "الجهة المانحة"},
    "url": {"en": "Link", "ar": "الرابط"},
    "language": {"en": "Language", "ar": "اللغة"},
    "deadline": {"en": "Deadline", "ar": "الموعد النهائي"},
    "days_left": {"en": "Days left", "ar": "الأيام المتبقية"},
    "amount": {"en": "Amount", "ar": "المبلغ"},
    "amount_min": {"en": "Minimum amount", "ar": "الحد الأدنى للمبلغ"},
    "amount_max": {"en": "Maximum amount", "ar": "الحد الأقصى للمبلغ"},
    "currency": {"en": "Currency", "ar": "العملة"},
    "amount_min_usd": {"en": "Minimum (USD)", "ar": "الحد الأدنى (دولار)"},
    "amount_max_usd": {"en": "Maximum (USD)", "ar": "الحد الأقصى (دولار)"},
    "eligible_countries": {"en": "Eligible countries", "ar": "البلدان المؤهلة"},
    "eligible_applicants": {"en": "Who may apply", "ar": "الجهات المؤهلة للتقديم"},
    "themes": {"en": "Themes", "ar": "المواضيع"},
    "published": {"en": "Published", "ar": "تاريخ النشر"},
    "description": {"en": "Description", "ar": "الوصف"},
    "status": {"en": "Shortlist status", "ar": "الحالة في القائمة"},
    "owner_profile_id": {"en": "Owner", "ar": "المسؤول"},
    "notes": {"en": "Notes", "ar": "ملاحظات"},
    "call_status": {"en": "Call status", "ar": "حالة الدعوة"},
    "calls_sheet": {"en": "Calls", "ar": "الدعوات"},
    "deadlines_sheet": {"en": "Deadlines", "ar": "المواعيد النهائية"},
    "rolling": {"en": "rolling", "ar": "مفتوح باستمرار"},
    "generated": {"en": "Prepared on {date}", "ar": "أُعدّ بتاريخ {date}"},
    "n_calls": {"en": "{n} call(s)", "ar": "عدد الدعوات: {n}"},
    "days_left_n": {"en": "{days} left", "ar": "بقي {days}"},
    "today": {"en": "today", "ar": "اليوم"},
    "passed": {"en": "passed", "ar": "انقضى"},
    "deadline_of": {"en": "Deadline: {title}", "ar": "الموعد النهائي: {title}"},
    "reminder": {"en": "{days} to the deadline of {title}", "ar": "بقي {days} على الموعد النهائي لـ {title}"},
    "status_to_review": {"en": "To review", "ar": "للمراجعة"},
    "status_preparing": {"en": "Preparing", "ar": "قيد التحضير"},
    "status_submitted": {"en": "Submitted", "ar": "قُدِّم"},
    "status_won": {"en": "Won", "ar": "فاز"},
    "status_lost": {"en": "Not won", "ar": "لم يفز"},
    "status_dropped": {"en": "Dropped", "ar": "متروك"},
    "verdict_eligible": {"en": "Eligible", "ar": "مؤهل"},
    "verdict_partner": {"en": "Via a partner", "ar": "عبر شريك"},
    "verdict_unclear": {"en": "Unclear", "ar": "غير واضح"},
    "verdict_not_eligible": {"en": "Not eligible", "ar": "غير مؤهل"},
    # digests
    "digest_subject": {"en": "Fursa: {n} update(s) for {name}", "ar": "فرصة: {n} تحديث لـ {name}"},
    "digest_heading": {"en": "What is new for {name}", "ar": "الجديد لـ {name}"},
    "digest_period": {"en": "Since {since}, as of {today}", "ar": "منذ {since} حتى {today}"},
    "section_new": {"en": "New calls ({n})", "ar": "دعوات جديدة ({n})"},
    "section_changed": {"en": "Changed deadlines and amounts ({n})", "ar": "تغييرات في المواعيد والمبالغ ({n})"},
    "section_closing": {"en": "Deadlines within {days} days ({n})", "ar": "مواعيد نهائية خلال {days} يوماً ({n})"},
    "open_in_fursa": {"en": "Open in Fursa", "ar": "افتح في فرصة"},
    "funder_page": {"en": "Funder's page", "ar": "صفحة الجهة المانحة"},
    "fit": {"en": "fit {score}", "ar": "الملاءمة {score}"},
    "empty_value": {"en": "none", "ar": "لا شيء"},
    "footer_search": {"en": "Saved search “{name}” ({cadence}) of {org}. To stop it: fursa search delete {id}",
                      "ar": "بحث محفوظ «{name}» ({cadence}) لـ {org}. لإيقافه: fursa search delete {id}"},
    "footer_profile": {"en": "Calls {org} may apply to, alone or with a partner.",
                       "ar": "دعوات يمكن لـ {org} التقدم إليها، منفردةً أو مع شريك."},
    "cadence_daily": {"en": "daily", "ar": "يومي"},
    "cadence_weekly": {"en": "weekly", "ar": "أسبوعي"},
}


def label(key: str, lang: str = "en", **values) -> str:
    """The word for `key` in `lang` (Arabic or English; any other language reads English)."""
    entry = LABELS.get(key, {})
    text = entry.get(lang) or entry.get("en") or key
    return text.format(**values) if values else text


def days_phrase(n: int, lang: str = "en") -> str:
    """'3 days' / '3 أيام': Arabic counts take a different noun form by number."""
    if lang != "ar":
        return f"{n} day" if n == 1 else f"{n} days"
    if n == 1:
        return "يوم واحد"
    if n == 2:
        return "يومان"
    return f"{n} أيام" if 3 <= n % 100 <= 10 else f"{n} يوماً"


def ui_language(language: str | None) -> str:
    """The interface language for an organization: Arabic for Arabic profiles, English otherwise."""
    return "ar" if language == "ar" else "en"


def text_direction(lang: str) -> str:
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


def isolate_ltr(text: str, lang: str) -> str:
    """In right-to-left text, keep a left-to-right run ("2026-11-14 12:20") in its own order with the
    Unicode isolates LRI…PDI, which work in plain text, Markdown and HTML alike."""
    return f"\u2066{text}\u2069" if text_direction(lang) == "rtl" else text


def format_amount(row: dict) -> str:
    """'EUR 250,000–1,000,000', 'USD 10,000', or '' when the call states no amount."""
    low, high, currency = row.get("amount_min"), row.get("amount_max"), row.get("currency") or ""
    if low and high and low != high:
        return f"{currency} {low:,.0f}–{high:,.0f}".strip()
    if low or high:
        return f"{currency} {(high or low):,.0f}".strip()
    return ""


def days_left(deadline: str | dt.date | None, today: dt.date) -> int | None:
    if deadline is None:
        return None
    if isinstance(deadline, str):
        deadline = dt.date.fromisoformat(deadline)
    return (deadline - today).days


def plain(text: str | None) -> str:
    """One line of untrusted text for a plain-text message: control characters and line breaks removed."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in (text or "")).split())


def excerpt(text: str | None, limit: int = 400) -> str:
    text = plain(text)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("fursa", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters.update(safe_url=safe_url, md=md_escape, amount=format_amount, plain=plain, excerpt=excerpt)
    env.globals.update(label=label, days_left=days_left, days_phrase=days_phrase, text_direction=text_direction)
    return env
