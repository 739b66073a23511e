"""NormalizePipeline: fills the facts a spider could not read directly from its free text.

Spiders set what their format states explicitly; this pipeline infers the rest (language, deadline,
amounts, countries, applicant types, themes) with the shared normalizers, and adds a USD equivalent.
A fact that cannot be read stays null with its raw text kept: never today's date, never a guess.
"""

from __future__ import annotations

import datetime as dt

from fursa.normalize.amounts import find_amount, to_usd
from fursa.normalize.applicants import find_applicant_types, find_themes
from fursa.normalize.countries import find_countries
from fursa.normalize.dates import find_deadline, is_rolling
from fursa.normalize.text import detect_language
from scrapers.items import CallItem


class NormalizePipeline:
    def __init__(self, today: dt.date):
        self.today = today

    @classmethod
    def from_crawler(cls, crawler):
        from scrapers.pipelines.store import crawl_today

        return cls(crawl_today(crawler.settings))

    def process_item(self, item: CallItem, spider=None) -> CallItem:
        f = item.fields
        corpus = "\n".join(p for p in (f.get("title"), f.get("description"), item.text) if p)
        if not f.get("language"):
            f["language"] = detect_language(corpus) or "en"
        languages = [f["language"]] if f["language"] in ("en", "fr", "ar") else None
        if "deadline" not in f:
            found = find_deadline(corpus, languages=languages)
            if found is not None:
                f["deadline"] = found.value.isoformat() if found.value else None
                f.setdefault("deadline_raw", found.raw)
                if found.time:
                    f.setdefault("deadline_time", found.time.strftime("%H:%M"))
                if found.tz:
                    f.setdefault("deadline_tz", found.tz)
            else:
                f["deadline"] = None
            f.setdefault("rolling", f["deadline"] is None and is_rolling(corpus))
        if "amount_min" not in f and "amount_max" not in f:
            amount = find_amount(corpus)
            if amount is not None:
                f["amount_min"], f["amount_max"] = amount.min, amount.max
                f.setdefault("currency", amount.currency)
                f.setdefault("amount_raw", amount.raw)
        if f.get("currency") and (f.get("amount_max") or f.get("amount_min")):
            on = self.today
            for key in ("amount_min", "amount_max"):
                if f.get(key) is not None:
                    f[f"{key}_usd"] = to_usd(f[key], f["currency"], on)
        if not f.get("eligible_countries"):
            f["eligible_countries"] = find_countries(corpus)
        if not f.get("eligible_applicants"):
            f["eligible_applicants"] = find_applicant_types(corpus)
        themes = list(f.get("themes") or [])
        for theme in find_themes(corpus):
            if theme not in themes:
                themes.append(theme)
        f["themes"] = themes
        return item
