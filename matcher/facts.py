"""Eligibility facts a call states only in its text, read once per call when the corpus is built.

The structured fields (eligible_countries, eligible_applicants, amounts) come first; the text adds what
they cannot hold: whether lead applicants take local partners ("national NGOs can join as partners"),
where applicants must be registered ("يشترط أن تكون الجمعية مسجلة في الأردن"), whether unregistered
groups are welcome ("informal groups may apply through a fiscal host"), an annual-budget band for
applicants, co-financing, and registrations to prepare (SAM/UEI, EU Login/PIC, UN Partner Portal).

Every reader works on one sentence at a time and skips sentences that negate ("other organisations cannot
be applicants or partners"). They are deliberately narrow: a fact not found stays unknown, and the
verdict then says so, rather than guessing.

Example:
    >>> read_facts({"title": "t", "description": "Only organisations registered in Jordan may apply. "
    ...             "Local NGOs can join as partners."}, dt.date(2026, 11, 21)).registered_in
    ('JO',)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from fursa.normalize.amounts import find_amount, to_usd
from fursa.normalize.applicants import find_applicant_types
from fursa.normalize.countries import find_countries
from matcher.tokens import fold_keep_case

_SENTENCE = re.compile(r"(?<=[.;!?؛])\s+|\n+", re.I)
_NEGATED = re.compile(
    r"\b(?:not|cannot|can't|no|never|ineligible|excluded|ne\s+\w+\s+pas|ne\s+sont|non\s+eligibles?|exclu\w*|"
    r"degil\w*|basvuramaz|kabul\s+edilmez)\b|لا\s|لن\s|غير\s+مؤهل|ليس|ليست|يستثنى|باستثناء", re.I)
_PARTNERS = re.compile(
    r"\b(?:co-?applicants?|partners?|partnership|consorti(?:um|a)|sub-?grant\w*|affiliated\s+entit\w*|"
    r"co-?demand(?:eur|eresse)\w*|partenaires?|partenariat|sous-?subventions?|entites\s+affiliees|"
    r"ortak\w*|konsorsiyum\w*|alt\s+hibe\w*)\b|شريك|شركاء|شراكه|ائتلاف|منح\s+فرعيه|منظمه\s+شريكه|جهه\s+شريكه", re.I)
_REGISTERED = re.compile(
    r"\b(?:registered|enregistre\w*|immatricule\w*|kayitli\w*|tescilli\w*)\b\s+(?:and\s+operating\s+)?"
    r"(?:in|with|au|aux|en|dans)?|(?:ال)?مسجل\w*\s+(?:رسميا\s+)?(?:في|ب)", re.I)
_LEGAL_ENTITY = re.compile(
    r"\blegal(?:ly)?\s+(?:registered|constituted|entit\w+|persons?)\b|\blegalement\s+(?:constitue\w*|enregistre\w*)|"
    r"\bpersonnes?\s+morales?\b|\b(?:must|should|shall)\s+be\s+(?:legally\s+|officially\s+|formally\s+)?registered\b|"
    r"يشترط\s+ان\s+تكون\s+\S+\s+مسجل|ترخيص\s+رسمي|\byasal\s+olarak\s+kayitli", re.I)
_REQUIREMENT = re.compile(
    r"\b(?:must|should|shall|only|eligible|required|require[sd]?|may\s+apply|can\s+apply|applicants?|"
    r"doivent|doit|seul\w*|eligibles?|peuvent|uniquement|zorunlu|olmali\w*|basvurabilir)\b|يشترط|يجب|فقط|يحق|مؤهل", re.I)
_UNREGISTERED_OK = re.compile(
    r"\b(?:unregistered|informal\s+(?:groups?|collectives?|initiatives?)|not\s+(?:yet\s+)?(?:legally\s+)?registered|"
    r"no\s+legal\s+registration|fiscal\s+(?:host|sponsor)\w*|through\s+a\s+registered\s+partner|"
    r"sponsoring\s+organi[sz]ation|non\s+(?:encore\s+)?enregistre\w*|collectifs?\s+informels?|structure\s+partenaire|"
    r"kayitsiz|gayri\s+resmi)\b|غير\s+(?:ال)?مسجله|غير\s+(?:ال)?رسميه|عبر\s+منظمه\s+شريكه\s+مسجله|بالشراكه\s+مع\s+جمعيه\s+مسجله", re.I)
_COFINANCING = re.compile(
    r"\b(?:co-?financ\w*|co-?funding|match(?:ed|ing)?\s+funding|cost[-\s]shar\w*|own\s+contribution|"
    r"cofinancement|co-financement|contribution\s+propre|es\s+finansman)\b|تمويل\s+مشترك|مساهمه\s+ذاتيه|المساهمه\s+الذاتيه", re.I)
_PREREQUISITES = {
    "sam_uei": re.compile(r"\bsam(?:\.gov)?\b|\buei\b|unique\s+entity\s+identifier", re.I),
    "eu_login_pic": re.compile(r"\beu\s+login\b|\bpic\s+(?:number|code)\b|participant\s+identification\s+code|\bpador\b", re.I),
    "un_partner_portal": re.compile(r"un\s+partner\s+portal|\bunpp\b|portail\s+des\s+partenaires\s+des\s+nations\s+unies", re.I),
}
_BUDGET = re.compile(r"\b(?:annual\s+(?:budget|turnover|income)|budget\s+annuel|chiffre\s+d'affaires|yillik\s+butce\w*)\b|"
                     r"(?:ال)?ميزانيه\s+(?:ال)?سنويه", re.I)
_BETWEEN = re.compile(r"\b(?:between|from|entre|de)\b|بين|arasinda", re.I)
_AT_LEAST = re.compile(r"\b(?:above|over|more\s+than|at\s+least|exceed\w*|minimum|superieur\w*|au\s+moins|plus\s+de)\b|"
                       r"اكثر\s+من|لا\s+تقل|uzeri|fazla", re.I)
_AT_MOST = re.compile(r"\b(?:below|under|less\s+than|not\s+exceed\w*|up\s+to|maximum|inferieur\w*|moins\s+de|jusqu\w*)\b|"
                      r"اقل\s+من|لا\s+تتجاوز|altinda", re.I)
_VAGUE_PLACE = re.compile(r"\b(?:neighbou?ring|elsewhere|abroad|any\s+country|voisin\w*|etranger|"
                          r"eligible\s+countr\w*|pays\s+eligibles?)\b|الجوار|الخارج|الدول\s+المؤهله", re.I)
_EU = re.compile(r"\b(?:eu|european\s+union|union\s+europeenne|member\s+states?|etats?\s+membres?|avrupa\s+birligi)\b|"
                 r"الاتحاد\s+الاوروبي", re.I)
_CLAUSE_CHARS = 120


@dataclass(frozen=True)
class TextFacts:
    """What the text says beyond the structured fields (each reader's result, or its empty value)."""

    applicants: tuple[str, ...] = ()          # the field, or the types read from the text when it is empty
    applicants_from_text: bool = False
    partners: bool = False                    # leads may or must take partners, sub-grantees, co-applicants
    registered_in: tuple[str, ...] = ()       # countries applicants must be registered in ("*": any)
    unregistered_ok: bool = False
    cofinancing: bool = False
    prerequisites: tuple[str, ...] = ()
    budget_band_usd: tuple[float | None, float | None] = (None, None)  # applicant's annual budget band
    min_usd: float | None = None              # smallest grant in US dollars


def _sentences(folded: str) -> list[str]:
    return [s for s in _SENTENCE.split(folded) if s.strip()]


@cache
def _eu_codes() -> tuple[str, ...]:
    return tuple(find_countries("EU Member State"))


def _registration(sentences: list[str], call_countries: list[str]) -> tuple[str, ...]:
    """Countries applicants must be registered in, from sentences that state a requirement."""
    found: list[str] = []
    for sentence in sentences:
        if _NEGATED.search(sentence) or not _REQUIREMENT.search(sentence):
            continue
        for m in _REGISTERED.finditer(sentence):
            tail = sentence[m.end():m.end() + _CLAUSE_CHARS]
            if _VAGUE_PLACE.search(tail):
                # "registered and operating in one of the eligible countries": the call's own list.
                if re.search(r"eligible\s+countr|pays\s+eligibles|الدول\s+المؤهله", tail) and call_countries:
                    found.extend(c for c in call_countries if c != "*")
                    continue
                return ()
            codes = find_countries(tail) + (list(_eu_codes()) if _EU.search(tail) else [])
            found.extend(c for c in codes if c != "*")
        if not found and _LEGAL_ENTITY.search(sentence):
            found.append("*")
    return tuple(dict.fromkeys(found))


def _budget_band(sentences: list[str], on: dt.date) -> tuple[float | None, float | None]:
    for sentence in sentences:
        m = _BUDGET.search(sentence)
        if not m:
            continue
        clause = sentence[m.end():m.end() + _CLAUSE_CHARS]
        amount = find_amount(clause)
        if amount is None or not amount.currency:
            continue
        low = to_usd(amount.min, amount.currency, on) if amount.min is not None else None
        high = to_usd(amount.max, amount.currency, on) if amount.max is not None else None
        if _BETWEEN.search(clause) and low is not None and high is not None and low < high:
            return low, high
        if _AT_LEAST.search(clause):
            return low, None
        if _AT_MOST.search(clause):
            return None, high
    return None, None


def _stated(pattern: re.Pattern[str], sentences: list[str], whole: str) -> bool:
    """The pattern occurs in a sentence that does not negate it (`whole` first: most calls say nothing)."""
    if not pattern.search(whole):
        return False
    return any(pattern.search(s) and not _NEGATED.search(pattern.sub(" ", s)) for s in sentences)


def read_facts(call: dict, on: dt.date) -> TextFacts:
    """Facts of one call (contract dict). `on` dates the currency conversion of the minimum grant."""
    text = f"{call.get('title') or ''}. {call.get('description') or ''}"
    folded = fold_keep_case(text)
    sentences = _sentences(folded)
    applicants = tuple(call.get("eligible_applicants") or ())
    from_text = False
    if not applicants:
        applicants = tuple(find_applicant_types(text))
        from_text = bool(applicants)
    min_usd = call.get("amount_min_usd")
    if min_usd is None and call.get("amount_min") is not None and call.get("currency"):
        min_usd = to_usd(call["amount_min"], call["currency"], on)
    return TextFacts(
        applicants=applicants,
        applicants_from_text=from_text,
        partners=_stated(_PARTNERS, sentences, folded),
        registered_in=_registration(sentences, list(call.get("eligible_countries") or []))
        if _REGISTERED.search(folded) or _LEGAL_ENTITY.search(folded) else (),
        unregistered_ok=_stated(_UNREGISTERED_OK, sentences, folded),
        cofinancing=_stated(_COFINANCING, sentences, folded),
        prerequisites=tuple(k for k, p in _PREREQUISITES.items() if p.search(folded)),
        budget_band_usd=_budget_band(sentences, on) if _BUDGET.search(folded) else (None, None),
        min_usd=float(min_usd) if min_usd is not None else None,
    )
