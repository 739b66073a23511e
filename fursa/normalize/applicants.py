"""Who may apply and what a call is about, from eligibility and description text in en/fr/ar/tr.

Applicant types use exactly this vocabulary: local_ngo, international_ngo, cbo, coalition, women_led_org,
media_org, university, government, private_sector, individual, social_enterprise. Themes are the ids of
data/vocab/themes.json.

Example:
    >>> find_applicant_types("Local CSOs and women-led groups may apply; individuals are not eligible.")
    ['local_ngo', 'women_led_org']
    >>> find_themes("Support to civil society and survivors of gender-based violence")
    ['civil society', 'gbv']
"""

from __future__ import annotations

import re
from functools import cache

from fursa.normalize._clauses import fold_lines, sentence_of, sentences
from fursa.normalize._match import PhraseMatcher, fold_pattern
from fursa.normalize._vocab import load_json
from fursa.normalize.text import fold

__all__ = ["APPLICANT_TYPES", "find_applicant_types", "find_themes"]

APPLICANT_TYPES = ("local_ngo", "international_ngo", "cbo", "coalition", "women_led_org", "media_org", "university",
                   "government", "private_sector", "individual", "social_enterprise")

# Clauses end at sentence punctuation and at "but"/"however": "NGOs may apply, but individuals may not" has
# one eligible clause and one excluded one.
# An Arabic comma ends a clause when a new "may apply" verb follows: "لا يحق للأفراد التقدم، ويحق للمنظمات".
_CLAUSE_END = re.compile(fold_pattern(
    r"([.;!?\n:]|,?\s+(?:but|however|whereas|while|mais|cependant|alors\s+que|لكن|ولكن|بينما|اما|ancak|fakat)\s"
    r"|،\s*(?=[وف]?(?:يحق|يمكن|تقبل|يقبل|يجوز|يسمح)))"))
_NEGATION = re.compile(fold_pattern(
    r"(?<!\w)(?:not(?![-\s]for[-\s]profit)|cannot|can't|ineligible|excluded|excluding|except|are\s+excluded|"
    r"will\s+not|may\s+not|must\s+not|no\s+(?=\w+\s+(?:are|is|will|may|can)\b)|"
    r"ne\s+(?:sont|peuvent|seront|pourront)\s+pas|non\s+eligibles?|ineligibles?|exclus|a\s+l'exclusion|sauf|"
    r"لا\s+يحق|لا\s+يمكن|غير\s+مؤهل\w*|غير\s+مؤهله|لا\s+[تي]قبل|لن\s+[تي]قبل|لن\s+يتم|باستثناء|يستثنى|مستثنا\w*|"
    r"لا\s+يجوز|ليس\w*|basvuramaz|uygun\s+degil\w*|haric)(?!\w)"))


_OFTEN_BENEFICIARIES = frozenset({"government", "individual", "university", "private_sector"})


@cache
def _applicant_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for kind, patterns in load_json("applicant_types.json").items():
        if kind not in APPLICANT_TYPES:
            raise ValueError(f"applicant_types.json: unknown type {kind!r}")
        source = "|".join(f"(?:{fold_pattern(p)})" for p in patterns)
        # Latin phrases start at a word start; Arabic ones may follow attached و/ب/ل, so no boundary there.
        out.append((kind, re.compile(rf"(?<![a-z0-9])(?:{source})")))
    return out


def _eligible_clauses(folded: str) -> list[tuple[int, str]]:
    """(offset, clause) of clauses without an exclusion; "Not eligible: individuals" also excludes what
    follows the colon."""
    out, excluded_heading, start = [], False, 0
    for m in [*_CLAUSE_END.finditer(folded), None]:
        end = m.start() if m else len(folded)
        clause = folded[start:end]
        negated = bool(_NEGATION.search(clause))
        if not negated and not excluded_heading:
            out.append((start + len(clause) - len(clause.lstrip()), clause))
        if m is None:
            break
        # A heading's colon may stand at the end of its line: "Not eligible:\nIndividuals".
        excluded_heading = (negated and m[0] == ":") or (excluded_heading and not clause.strip())
        start = m.end()
    return out


def find_applicant_types(text: str | None) -> list[str]:
    """Applicant types a call names as eligible, in vocabulary order; types only named in an excluding
    clause ("individuals are not eligible", "لا يحق للأفراد التقدم") are left out. When sentences that say
    who may apply name types, the types calls often name as the people they help (governments,
    individuals, universities, companies) count only there: "support municipalities" elsewhere does not
    open a call to governments. Other types count anywhere: a missed type hides a call from an applicant.

    Example: find_applicant_types("International NGOs may apply as co-applicants only") == ["international_ngo"]
    """
    low = fold_lines(text).lower() if text else ""
    spans = sentences(low)
    starts = [s for s, _, _ in spans]
    found: dict[bool, set[str]] = {True: set(), False: set()}
    for offset, clause in _eligible_clauses(low):
        span = sentence_of(spans, starts, offset)
        in_eligibility = span is not None and span[2]
        for kind, pattern in _applicant_patterns():
            if pattern.search(clause):
                found[in_eligibility].add(kind)
                # Blank what matched so "international NGOs" is not also read as "NGOs" by local_ngo.
                clause = pattern.sub(lambda m: " " * len(m[0]), clause)
    chosen = found[True] | (found[False] - _OFTEN_BENEFICIARIES) if found[True] else found[False]
    return [kind for kind in APPLICANT_TYPES if kind in chosen]


@cache
def _theme_matcher() -> PhraseMatcher:
    phrases: dict[str, tuple[str, ...]] = {}
    for theme, by_language in load_json("themes.json").items():
        for keywords in by_language.values():
            for keyword in keywords:
                key = fold(keyword)
                phrases[key] = tuple(dict.fromkeys((*phrases.get(key, ()), theme)))
    return PhraseMatcher(phrases, article="optional")


def find_themes(text: str | None) -> list[str]:
    """Theme ids whose keywords occur in `text`, in order of first mention.

    Example: find_themes("برنامج لدعم التعليم وحماية الطفل") == ["education", "child protection"]
    """
    themes: list[str] = []
    for _, _, ids in _theme_matcher().finditer(fold(text)):
        themes.extend(t for t in ids if t not in themes)
    return themes
