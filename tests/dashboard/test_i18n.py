"""Both interface languages are complete, and every string the pages ask for exists."""

from __future__ import annotations

import re
from pathlib import Path

from dashboard.i18n import LANGUAGES, STRINGS, t, validation_message

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "dashboard"
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([a-z_0-9]+)["']""")
# Keys built at run time from a prefix and a value: the values each prefix takes.
DYNAMIC = {
    "verdict_": ("eligible", "partner", "unclear", "not_eligible", "None"),
    "item_": ("to_review", "preparing", "submitted", "won", "lost", "dropped"),
    "run_": ("ok", "partial", "broken", "failed", "running", "None"),
    "status_": ("open", "closed", "unavailable"),
    "cadence_": ("daily", "weekly"),
    "mode_": ("meaning", "keyword"),
    "sort_": ("fit", "deadline", "amount"),
    "step_": ("starting", "crawl", "match", "done"),
    "timeline_": ("organization", "shortlist"),
    "format_": ("jsonl", "csv", "xlsx", "ics", "commongrants", "html"),
    "prereq_": ("sam_uei", "eu_login_pic", "un_partner_portal"),
}


def test_every_string_has_english_and_arabic():
    incomplete = [key for key, entry in STRINGS.items()
                  if set(entry) != set(LANGUAGES) or not all(text.strip() for text in entry.values())]
    assert incomplete == []


def test_arabic_strings_are_written_in_arabic():
    latin_only = [k for k, v in STRINGS.items()
                  if not re.search(r"[\u0600-\u06ff]", v["ar"]) and re.search(r"[a-z]{4,}", v["en"])
                  and v["ar"] == v["en"]]
    # Format names (CSV, JSON Lines...) are the same in both languages; nothing else may be left untranslated.
    assert [k for k in latin_only if not k.startswith("format_")] == []


def test_placeholders_are_the_same_in_both_languages():
    for key, entry in STRINGS.items():
        found = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in entry.items()}
        assert found["en"] == found["ar"], key


def test_every_key_the_code_asks_for_exists():
    used = set()
    for path in DASHBOARD.rglob("*.py"):
        used |= set(LITERAL_KEY.findall(path.read_text(encoding="utf-8")))
    for prefix, values in DYNAMIC.items():
        used |= {prefix + v for v in values}
    from fursa.formats import APPLICANT_TYPES, PROFILE_FIELDS

    used |= {f"org_{a}" for a in APPLICANT_TYPES} | {f"field_{f}" for f in PROFILE_FIELDS}
    prefixes = {k for k in used if k.endswith("_")}  # t("cadence_" + value): declared in DYNAMIC
    assert sorted(prefixes - set(DYNAMIC) - {"org_", "field_"}) == []
    assert sorted(used - prefixes - set(STRINGS)) == []


def test_missing_key_shows_the_key_instead_of_failing():
    assert t("no_such_key", "ar") == "no_such_key"
    assert t("n_days", "ar", n=7) == "7 يوماً"


def test_form_errors_are_in_the_interface_language():
    assert validation_message({"type": "missing", "msg": "Field required"}, "ar") == t("val_required", "ar")
    assert validation_message({"type": "too_short", "input": [], "msg": "List should have at least 1 item"},
                              "ar") == t("val_choose_one", "ar")
    unknown = validation_message({"type": "value_error", "input": "XX",
                                  "msg": "Value error, unknown ISO code 'XX'"}, "ar")
    assert unknown.startswith("قيمة غير صالحة") and "unknown ISO code" in unknown
