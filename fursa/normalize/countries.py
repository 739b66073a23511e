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
from functools import cache

import pycountry

from fursa.normalize._match import PhraseMatcher
from fursa.normalize._vocab import load_json
from fursa.normalize.text import fold

__all__ = ["to_country_codes", "find_countries"]

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


def _scan(text: str, with_demonyms: bool) -> list[str]:
    vocab = _vocab()
    low, cased = fold(text), fold(text, keep_case=True)
    hits = [*vocab["names"].finditer(low), *vocab["exact"].finditer(cased)]
    if with_demonyms:
        hits.extend(vocab["demonyms"].finditer(low))
    codes: list[str] = []
    taken_until = -1
    # Longest first where matches overlap: "Niger Delta" (NG) beats the "Niger" inside it.
    for start, end, found in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if start < taken_until:
            continue
        taken_until = end
        codes.extend(c for c in found if c not in codes)
    return codes


def find_countries(text: str | None) -> list[str]:
    """Codes of the countries and regions named in free text, in order of first mention; regions expand
    to their members and "worldwide"/"جميع الدول" to "*". Demonyms are ignored here ("Syrian refugees in
    Türkiye" is about Türkiye).

    Example: find_countries("Western Balkans and Türkiye") == ["AL", "BA", "XK", "ME", "MK", "RS", "TR"]
    """
    return _scan(text, with_demonyms=False) if text else []


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


def to_country_codes(names: Iterable[str | None]) -> tuple[list[str], list[str]]:
    """Map a list field (eligible countries) to codes; returns (codes, names that map to nothing).

    Accepts ISO codes (SY, SYR; UK and EL as the EU writes them), names, demonyms and regions in
    en/fr/ar/tr; a longer entry ("Syria and Lebanon") is scanned. Unmapped names are logged.
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
            log.warning("country name not mapped to a code: %r", name)
            unmapped.append(name)
        codes.extend(c for c in found if c not in codes)
    return codes, unmapped
