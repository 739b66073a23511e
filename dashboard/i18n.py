"""Interface strings in English and Arabic. Keys are stable; a missing Arabic string falls back to English."""

from __future__ import annotations

LANGUAGES = {"en": "English", "ar": "العربية"}

STRINGS: dict[str, dict[str, str]] = {
    "app_title": {"en": "Fursa — funding opportunities", "ar": "فرصة — فرص التمويل"},
    "language": {"en": "Language", "ar": "اللغة"},
    "page_matches": {"en": "Matches", "ar": "المطابقات"},
    "organization": {"en": "Organization", "ar": "المنظمة"},
    "no_profiles": {"en": "No organizations yet: import a file with `fursa import profiles FILE` "
                          "or run `make demo`.",
                    "ar": "لا توجد منظمات بعد: استورد ملفاً عبر `fursa import profiles FILE` أو شغّل `make demo`."},
    "no_matches": {"en": "No ranked calls for this organization yet: run `fursa match --all` after a crawl.",
                   "ar": "لا توجد دعوات مرتبة لهذه المنظمة بعد: شغّل `fursa match --all` بعد الزحف."},
    "busy": {"en": "The database is being refreshed by a crawl. Try again in a moment.",
             "ar": "يجري تحديث قاعدة البيانات الآن. أعد المحاولة بعد لحظات."},
    "error": {"en": "Something went wrong", "ar": "حدث خطأ"},
    "ranked_as_of": {"en": "{n} calls ranked as of {date}", "ar": "{n} دعوة مرتبة بتاريخ {date}"},
    "show_closed": {"en": "Include expired and ineligible calls", "ar": "إظهار الدعوات المنتهية وغير المؤهلة"},
    "col_rank": {"en": "#", "ar": "#"},
    "col_score": {"en": "Fit", "ar": "الملاءمة"},
    "col_verdict": {"en": "Eligibility", "ar": "الأهلية"},
    "col_title": {"en": "Call", "ar": "الدعوة"},
    "col_funder": {"en": "Funder", "ar": "الجهة المانحة"},
    "col_deadline": {"en": "Deadline", "ar": "الموعد النهائي"},
    "col_days_left": {"en": "Days left", "ar": "الأيام المتبقية"},
    "col_amount": {"en": "Amount", "ar": "المبلغ"},
    "col_link": {"en": "Link", "ar": "الرابط"},
    "open_link": {"en": "open", "ar": "فتح"},
    "details": {"en": "Why this call", "ar": "لماذا هذه الدعوة"},
    "shared_themes": {"en": "Shared themes", "ar": "مواضيع مشتركة"},
    "closest_passage": {"en": "Closest passage", "ar": "أقرب مقطع"},
    "reasons": {"en": "Eligibility", "ar": "الأهلية"},
    "rolling": {"en": "rolling", "ar": "مفتوح"},
    "verdict_eligible": {"en": "Eligible", "ar": "مؤهل"},
    "verdict_partner": {"en": "Via a partner", "ar": "عبر شريك"},
    "verdict_unclear": {"en": "Unclear", "ar": "غير واضح"},
    "verdict_not_eligible": {"en": "Not eligible", "ar": "غير مؤهل"},
    "expired": {"en": "Expired", "ar": "منتهية"},
}


def t(key: str, lang: str, **values) -> str:
    entry = STRINGS.get(key, {})
    text = entry.get(lang) or entry.get("en") or key
    return text.format(**values) if values else text
