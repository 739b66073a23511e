"""Country and region names in en/fr/ar/tr to ISO 3166-1 alpha-2 codes ("*" for any country).

pycountry supplies every English name and its fr/ar/tr translations; data/vocab/countries.json adds the
names pages actually write (سوريا, Syrie, Suriye, Türkiye/Turkey, West Bank and Gaza, Kurdistan Region of
Iraq...) and data/vocab/regions.json the regions (MENA, Western Balkans, EU Member States, worldwide...).

Example:
    >>> find_countries("Local NGOs in Niger and Nigeria, وفي سوريا والعراق")
    ['NE', 'NG', 'SY', 'IQ']
    >>> to_country_codes(["Syrie", "Kurdistan Region of Iraq", "Atlantis"])
    (['SY', 'IQ'], ['Atlantis'])
"""

from __future__ import annotations

import gettext
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pycountry

from fursa.normalize._clauses import fold_lines, sentence_of, sentences
from fursa.normalize._match import PhraseMatcher, fold_pattern
from fursa.normalize._vocab import load_json
from fursa.normalize.text import fold

__all__ = ["to_country_codes", "find_countries", "find_country_scope", "named_countries", "CountryScope"]

ANYWHERE = "*"

log = logging.getLogger(__name__)

# Codes that official lists spell differently from ISO: the EU writes EL for Greece and UK for the United
# Kingdom; XK (Kosovo) is user-assigned and absent from pycountry.
_CODE_ALIASES = {"UK": "GB", "EL": "GR", "XK": "XK"}


def _pycountry_names() -> Iterable[tuple[str, str]]:
    """(name, code) for English names, "X, Y of" shortened to "X" when unambiguous, and fr/ar/tr names."""
    short: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(c, attr, None)
            if not name:
                continue
            if "," in name:
                short.setdefault(name.split(",")[0].strip(), set()).add(c.alpha_2)
            else:
                yield name, c.alpha_2
    plain = {fold(c.name) for c in pycountry.countries}
    for name, codes in short.items():
        if len(codes) == 1 and fold(name) not in plain:  # "Iran" yes; "Korea" (KP or KR) and "Congo" no
            yield name, next(iter(codes))
    for lang in ("fr", "ar", "tr"):
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:  # a pycountry build without locales: English names still work
            continue
        for c in pycountry.countries:
            for attr in ("name", "official_name"):
                name = getattr(c, attr, None)
                translated = tr.gettext(name) if name else None
                if translated and translated != name and not re.search("[,،]", translated):
                    yield translated, c.alpha_2


@cache
def _vocab() -> dict:
    data = load_json("countries.json")
    case_sensitive = set(data["case_sensitive"])
    banned = {fold(n) for n in data["not_in_free_text"]}
    names: dict[str, tuple[str, ...]] = {}  # folded phrase -> codes, for free text
    exact: dict[str, tuple[str, ...]] = {}  # as written (cased), for free text
    lookup: dict[str, tuple[str, ...]] = {}  # folded -> codes, for list fields: adds demonyms and banned names
    demonyms: dict[str, tuple[str, ...]] = {}

    def add(name: str, codes: tuple[str, ...], *, abbreviation: bool = False) -> None:
        key = fold(name)
        lookup.setdefault(key, codes)
        if abbreviation:
            exact.setdefault(name, codes)
        elif name in case_sensitive:  # "Mali" and "MALI" (headings), never "mali" (Turkish: financial)
            exact.setdefault(name, codes)
            exact.setdefault(name.upper(), codes)
        elif key not in banned:
            names.setdefault(key, codes)

    # The hand-kept file goes first so it wins where a pycountry translation reads differently.
    for code, entry in data["countries"].items():
        for field, values in entry.items():
            for value in values:
                if field == "demonyms":
                    demonyms.setdefault(fold(value), (code,))
                    lookup.setdefault(fold(value), (code,))
                else:
                    add(value, (code,), abbreviation=field == "abbr")
    for region in load_json("regions.json").values():
        for name in region["names"]:
            add(name, tuple(region["codes"]))
    for name, code in _pycountry_names():
        add(name, (code,))
    # Matched but worth nothing, so the names inside them are not read either ("جامعة الدول العربية").
    names.update(dict.fromkeys(banned, ()))
    return {
        "lookup": lookup,
        "names": PhraseMatcher(names, article="as_written"),
        "exact": PhraseMatcher(exact, case_sensitive=True),
        "demonyms": PhraseMatcher(demonyms, article="as_written"),
    }


def _hits(cased: str, with_demonyms: bool) -> list[tuple[int, int, tuple[str, ...]]]:
    """Non-overlapping name matches (start, end, codes) in folded text that keeps its letter case."""
    vocab = _vocab()
    hits = [*vocab["names"].finditer(cased.lower()), *vocab["exact"].finditer(cased)]
    if with_demonyms:
        hits.extend(vocab["demonyms"].finditer(cased.lower()))
    out = []
    taken_until = -1
    # Longest first where matches overlap: "Niger Delta" (NG) beats the "Niger" inside it.
    for start, end, found in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if start < taken_until:
            continue
        taken_until = end
        out.append((start, end, found))
    return out


def _scan(text: str, with_demonyms: bool) -> list[str]:
    codes: list[str] = []
    for _, _, found in _hits(fold(text, keep_case=True), with_demonyms):
        codes.extend(c for c in found if c not in codes)
    return codes


def named_countries(text: str | None) -> list[str]:
    """Countries named one by one (regions left out, demonyms counted), in order of first mention: the
    context that decides what a bare "dinar" is. Example: named_countries("MENA, mainly Jordanian NGOs") == ["JO"]
    """
    codes: list[str] = []
    for _, _, found in _hits(fold(text, keep_case=True), with_demonyms=True) if text else ():
        if len(found) == 1 and found[0] != "*" and found[0] not in codes:
            codes.append(found[0])
    return codes


@dataclass(frozen=True)
class CountryScope:
    """Where a call is open, read clause by clause: `included` as named (regions expanded, "*" for any
    country), `excluded` ("all countries except Syria"), `donors` (named only as the funder: "the Netherlands
    embassy in Beirut funds..."), and whether an eligibility sentence or section decided `included`."""

    included: tuple[str, ...]
    excluded: tuple[str, ...] = ()
    donors: tuple[str, ...] = ()
    from_eligibility: bool = False

    @property
    def codes(self) -> list[str]:
        """The eligible countries as a list field holds them; "any country but X" becomes every code but X,
        so a ranker never reads an excluded country as eligible."""
        if ANYWHERE in self.included and self.excluded:
            return sorted(_all_codes() - set(self.excluded))
        return [c for c in self.included if c not in self.excluded]


def find_country_scope(text: str | None) -> CountryScope:
    """Countries of the call's eligibility, not every country its text names.

    Sentences that say who may apply ("eligible", "open to", "registered in", "Pays éligibles", "الأهلية",
    "المنظمات العاملة في"...) and the lines under an eligibility heading decide when they name a country;
    otherwise the whole text does. Everywhere, a country after "except / excluding / à l'exception de /
    sauf / باستثناء / ما عدا" or in a clause saying "not eligible" is excluded, and one named as the funder
    ("Embassy of X", "the X government", "U.S. Mission Iraq", "funded by X", "بتمويل من") is left out. A
    country named beside "anywhere else" ("U.S.-based and foreign-based", "X and non-X", "in X or abroad",
    "داخل وخارج X") restricts nothing, and "non-X" excludes X: when no other country is named, any country.
    Example: find_country_scope("Open to all countries except Syria").excluded == ("SY",)
    """
    if not text:
        return CountryScope(())
    folded = fold_lines(text)
    low = folded.lower()
    _log_unmapped_lists(text)
    included: dict[bool, list[str]] = {True: [], False: []}  # by "said in an eligibility sentence"
    any_origin: dict[bool, bool] = {True: False, False: False}  # "U.S.-based and foreign-based", by the same
    excluded: list[str] = []
    donors: list[str] = []
    spans = sentences(low)
    starts = [s for s, _, _ in spans]
    for hit_start, hit_end, codes in _hits(folded, with_demonyms=False):
        span = sentence_of(spans, starts, hit_start) if codes else None
        if span is None:
            continue
        start, end, eligibility = span
        before, after = low[max(start, hit_start - 60):hit_start], low[hit_end:min(end, hit_end + 40)]
        if _is_any_origin(low, hit_start, hit_end, before, after):
            any_origin[eligibility] = True
        elif _DONOR_BEFORE.search(before) or _is_donor_after(before, after):
            donors.extend(c for c in codes if c not in donors)
        elif _NON_PREFIX.search(before):  # "non-EU organisations": from any country but those
            any_origin[eligibility] = True
            excluded.extend(c for c in codes if c not in excluded)
        elif _is_excluded(low[start:end], hit_start - start):
            excluded.extend(c for c in codes if c not in excluded)
        else:
            bucket = included[eligibility]
            bucket.extend(c for c in codes if c not in bucket)
    from_eligibility = bool(included[True])
    chosen = included[True] if from_eligibility else included[False]
    if not chosen and (any_origin[True] or any_origin[False]):
        # Applicants from anywhere (but what is excluded), and no country named where the work must be.
        chosen, from_eligibility = [ANYWHERE], any_origin[True]
    return CountryScope(tuple(chosen), tuple(excluded), tuple(c for c in donors if c not in chosen),
                        from_eligibility)


def find_countries(text: str | None) -> list[str]:
    """Codes of the countries a call is open to, in order of first mention (see find_country_scope);
    regions expand to their members and "worldwide"/"جميع الدول" to "*". Demonyms are ignored here
    ("Syrian refugees in Türkiye" is about Türkiye).

    Example: find_countries("Western Balkans and Türkiye") == ["AL", "BA", "XK", "ME", "MK", "RS", "TR"]
    """
    return find_country_scope(text).codes if text else []


# --- clauses ------------------------------------------------------------------------------------------

_EXCLUSION = re.compile(fold_pattern(r"""(?<!\w)(?:
    except(?:\s+for)?|excluding|with\s+the\s+exception\s+of|other\s+than|not\s+including|
    excluded\s+countries|countries\s+excluded|
    a\s+l'exception\s+d[eu]s?|a\s+l'exclusion\s+d[eu]s?|sauf|hormis|excepte|pays\s+exclus|
    باستثناء|ما\s*عدا|عدا|يستثنى|الدول\s+المستثناه|haric
    )(?!\w)"""), re.X)
_CLAUSE_END = re.compile(fold_pattern(r"[)\]]|,?\s+(?:but|however|while|whereas|mais|cependant|alors\s+que|لكن|ولكن|بينما)\s"))
_NOT_ELIGIBLE = re.compile(fold_pattern(r"""(?<!\w)(?:
    not\s+eligible|ineligible|(?:is|are|will\s+be)\s+excluded|cannot\s+apply|can\s+not\s+apply|may\s+not\s+apply|
    (?:are|is|will)\s+not\s+be\s+(?:accepted|considered|funded)|
    ne\s+sont\s+pas\s+(?:eligibles|acceptee?s)|non\s+eligibles?|ne\s+peuvent\s+pas\s+(?:postuler|candidater)|
    sont\s+exclu\w*|غير\s+مؤهل\w*|لا\s+يحق|لا\s+يمكن\w*\s+(?:ل\w+\s+)?التقدم|لا\s+[تي]قبل|لن\s+[تي]قبل|مستثنا\w*|مستثني\w*
    )(?!\w)"""), re.X)
# "Organisations based outside Lebanon are not eligible": the country is required, not excluded.
_DOUBLE_NEGATIVE = re.compile(fold_pattern(
    r"(?<!\w)(?:outside|not\s+(?:registered|based|located|established)|non[-\s]?registered|unregistered|"
    r"hors\s+d[eu]|en\s+dehors|non\s+(?:enregistree?s?|etablie?s?)|خارج|غير\s+مسجل\w*)(?!\w)"))
# "Embassy of X", "ambassade de X", "سفارة X": the funder. In English and French the preposition is required,
# so the country after "U.S. Embassy" ("U.S. Embassy Lebanon Small Grants") is where the work is.
_DONOR_BEFORE = re.compile(fold_pattern(r"""(?<!\w)(?:
    (?:embass(?:y|ies)|consulate|government|ministry(?:\s+of\s+foreign\s+affairs)?|foreign\s+office)\s+of\s+
    |(?:ambassade|consulat|gouvernement|ministere(?:\s+des\s+affaires\s+etrangeres)?)\s+(?:de\s+|du\s+|des\s+|d')
    |(?:سفاره|قنصليه|حكومه|وزاره\s+(?:ال)?خارجيه)\s+
    |(?:funded|financed|sponsored|made\s+possible|supported|provided)\s+by\s+
    |with\s+(?:the\s+)?(?:generous\s+)?(?:support|funding|financing|contribution)\s+(?:of|from)\s+
    |on\s+behalf\s+of\s+|au\s+nom\s+d[eu]\s+
    |(?:finance|financee?s?|soutenue?s?|appuyee?s?)\s+par\s+
    |avec\s+(?:le\s+)?(?:soutien|l'appui|financement|le\s+financement)\s+d[eu]s?\s+
    |(?:بتمويل|بدعم|بمنحه|ممول\w*|مقدم\w*)\s+من\s+(?:قبل\s+)?
    )(?:the\s+|la\s+|le\s+|l'|les\s+)?(?:(?:government|people|kingdom|republic|federal\s+republic|
        gouvernement|royaume|republique|حكومه|مملكه|جمهوريه)\s+(?:of\s+|de\s+|du\s+|des\s+|d')?(?:the\s+|la\s+|l')?)?$
    """), re.X)
# "X Embassy", "U.S. Mission Iraq", "U.S. Department of State": X is the funder ("U.S" ends before its dot).
_DONOR_AFTER = re.compile(fold_pattern(r"""^\.?(?:'s)?\s*(?:federal\s+|royal\s+)?(?:
    embassy|consulate|government|ministry|foreign\s+(?:office|ministry)|mfa|development\s+(?:agency|cooperation)|
    mission|department\s+of|state\s+department|agency\s+for|international\s+(?:development|cooperation)
    |(?P<verb>funds|finances|is\s+funding|supports|has\s+(?:allocated|committed|pledged))
    )(?!\w)"""), re.X)
# "... the Netherlands in Lebanon funds NGOs": a place, not the subject of "funds".
_PLACE_BEFORE = re.compile(fold_pattern(r"(?<!\w)(?:in|au|aux|en|a|في)\s+(?:the\s+|le\s+|la\s+|l')?$"))
# Applicants from the country and from anywhere else: no restriction ("U.S.-based and foreign-based non-profit
# organizations", "U.S. and non-U.S. organizations", "registered in Lebanon or abroad", "داخل وخارج سوريا").
_ANY_ORIGIN_AFTER = re.compile(fold_pattern(r"""^\.?(?:
    [-\s]?based\s+(?:and|or|&|as\s+well\s+as)\s+(?:foreign|overseas|international|non[-\s]?[\w.]+)[-\s]?based
    |\s+(?:and|or)\s+(?:abroad|overseas)(?!\w)|\s+(?:ou|et)\s+a\s+l'etranger
    |\s+(?:او\s+|و\s*)(?:في\s+)?(?:الخارج|خارجها)(?!\w)
    )"""), re.X)
# "U.S. and non-U.S.": the same name again after "and non-".
_AND_NON = re.compile(r"^\.?(?:[-\s]?based)?\s+(?:and|or|&)\s+non[-\s]?")
_ANY_ORIGIN_BEFORE = re.compile(fold_pattern(r"""(?<!\w)(?:
    (?:and|or|&)\s+non[-\s]?|(?:inside|within)\s+(?:and|or)\s+outside(?:\s+of)?\s+(?:the\s+)?
    |a\s+l'interieur\s+et\s+a\s+l'exterieur\s+d[eu]\s+(?:la\s+|l')?|داخل\s+و\s*خارج\s+
    )$"""), re.X)
# "non-EU countries", "non-U.S. organizations": every country but this one.
_NON_PREFIX = re.compile(r"(?<!\w)non[-\s]?$")


def _is_any_origin(low: str, hit_start: int, hit_end: int, before: str, after: str) -> bool:
    if _ANY_ORIGIN_AFTER.match(after) or _ANY_ORIGIN_BEFORE.search(before):
        return True
    m = _AND_NON.match(after)
    return bool(m) and low.startswith(low[hit_start:hit_end], hit_end + m.end())


def _is_donor_after(before: str, after: str) -> bool:
    m = _DONOR_AFTER.match(after)
    return bool(m) and not (m["verb"] and _PLACE_BEFORE.search(before))


def _is_excluded(sentence: str, at: int) -> bool:
    """Whether the name at offset `at` of the sentence is in an exclusion: after "except"/"باستثناء" in the
    same clause, or in a clause that says "not eligible" (unless it says "outside X")."""
    clause_start = max([0, *(m.end() for m in _CLAUSE_END.finditer(sentence, 0, at))])
    end_match = _CLAUSE_END.search(sentence, at)
    clause = sentence[clause_start:end_match.start() if end_match else len(sentence)]
    if _EXCLUSION.search(sentence, clause_start, at):
        return True
    return bool(_NOT_ELIGIBLE.search(clause)) and not _DOUBLE_NEGATIVE.search(clause)


_COUNTRY_LIST = re.compile(
    r"^\W*(?:eligible\s+|target\s+)?(?:countr(?:y|ies)|locations?|pays(?:\s+[ée]ligibles)?|"
    r"الدول(?:\s+المؤهلة|\s+المستهدفة)?|البلدان(?:\s+المؤهلة|\s+المستهدفة)?)\s*[:：]\s*(?P<names>.+)$", re.I)
_LIST_SPLIT = re.compile(r"\s*(?:[,;/،؛]|\s(?:and|or|et|ou)\s|\sو)\s*")


def _log_unmapped_lists(text: str) -> None:
    """A "Countries: A, B, C" line names only countries: any item mapping to none is logged with its line."""
    for line in text.splitlines():
        m = _COUNTRY_LIST.match(line.strip())
        if m:
            items = [i.strip(" .()") for i in _LIST_SPLIT.split(m["names"])]
            to_country_codes([i for i in items if i and not i.isdigit()], context=line.strip())


@cache
def _all_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}


def _code(name: str) -> str | None:
    if re.fullmatch(r"[A-Za-z]{2}", name):
        upper = name.upper()
        if upper in _CODE_ALIASES:
            return _CODE_ALIASES[upper]
        country = pycountry.countries.get(alpha_2=upper)
        return country.alpha_2 if country else None
    if re.fullmatch(r"[A-Z]{3}", name):
        country = pycountry.countries.get(alpha_3=name)
        return country.alpha_2 if country else None
    return None


def to_country_codes(names: Iterable[str | None], context: str | None = None) -> tuple[list[str], list[str]]:
    """Map a list field (eligible countries) to codes; returns (codes, names that map to nothing).

    Accepts ISO codes (SY, SYR; UK and EL as the EU writes them), names, demonyms and regions in
    en/fr/ar/tr; a longer entry ("Syria and Lebanon") is scanned. Unmapped names are logged, with
    `context` (the text they came from) when given.
    Example: to_country_codes(["Lebanese", "MENA", "XX-land"])[1] == ["XX-land"]
    """
    codes: list[str] = []
    unmapped: list[str] = []
    lookup = _vocab()["lookup"]
    for name in names:
        name = (name or "").strip()
        if not name:
            continue
        if name == "*":
            found: Iterable[str] = ["*"]
        elif code := _code(name):
            found = [code]
        else:
            found = lookup.get(fold(name)) or _scan(name, with_demonyms=True)
        if not found:
            if context:
                log.warning("country name not mapped to a code: %r (in %r)", name, context[:200])
            else:
                log.warning("country name not mapped to a code: %r", name)
            unmapped.append(name)
        codes.extend(c for c in found if c not in codes)
    return codes, unmapped
