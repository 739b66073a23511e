"""Words for matching, fast enough for 100k calls: folding, tokens, Arabic clitic readings, a light stem.

`fold` gives the same result as fursa.normalize.text.fold on letters (it is built from that function's
per-character table), but with one `str.translate` call instead of a Python loop per character: the
matcher folds every call on every refresh.

Example:
    >>> words("Les Réfugiés SYRIENS et والتعليم")
    ['les', 'refugies', 'syriens', 'et', 'والتعليم']
    >>> readings("والتعليم")
    ('والتعليم', 'تعليم', 'التعليم')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from fursa.normalize.text import fold_char

# Latin with diacritics, Arabic and Arabic Supplement, Arabic Presentation Forms; the rest folds to itself
# under lower() (or is not a letter we match on).
_RANGES = ((0x00C0, 0x0250), (0x0300, 0x0370), (0x0600, 0x0700), (0x0750, 0x0780), (0x2000, 0x2070),
           (0xFB50, 0xFE00), (0xFE70, 0xFF00))
_WORD = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_MIN_STEM = 3


@cache
def _table() -> dict[int, str]:
    table = {}
    for low, high in _RANGES:
        for code in range(low, high):
            ch = chr(code)
            folded = "".join(fold_char(c) for c in ch.lower())
            if folded != ch:
                table[code] = folded
    for ch in ("’", "‘", "ʼ", "`", "´"):
        table[ord(ch)] = "'"
    return table


def fold(text: str | None) -> str:
    """Lowercase, no accents or Arabic diacritics, one alef, ة→ه, ى→ي, ASCII digits (see normalize.text.fold)."""
    return text.lower().translate(_table()) if text else ""


def fold_keep_case(text: str | None) -> str:
    """`fold` without lowercasing ASCII letters: for readers that hand text on to case-aware ones (country
    names such as "Jordan" are matched as written). Accented capitals still fold to lowercase letters."""
    return text.translate(_table()) if text else ""


def words(text: str | None) -> list[str]:
    """Folded words (letters and digits); apostrophes and hyphens split words."""
    return _WORD.findall(fold(text))


def is_arabic(word: str) -> bool:
    return bool(_ARABIC.match(word))


@lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[str, ...]:
    """The word and its forms without Arabic clitics: و/ف (and), ب/ك/ل (prepositions), ال (the), لل.

    Latin words have one reading. Forms shorter than three letters are not produced, so لبنان keeps its
    ل and ولبنان reads as لبنان as well.
    """
    if not is_arabic(word):
        return (word,)
    out = [word]
    for conj in ("", "و", "ف"):
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        for prep in ("", "ب", "ك", "ل"):
            if prep and not rest.startswith(prep):
                continue
            tail = rest[len(prep):]
            if prep == "ل" and tail.startswith("ل") and len(tail) - 1 >= _MIN_STEM:
                out.append(tail[1:])  # لل = ل + ال
            if tail.startswith("ال") and len(tail) - 2 >= _MIN_STEM:
                out.append(tail[2:])
            if (conj or prep) and len(tail) >= _MIN_STEM:
                out.append(tail)
    return tuple(dict.fromkeys(out))


# Suffixes dropped by the lexical stem, longest first: plurals and adjective endings in ar/en/fr/tr.
_AR_SUFFIXES = ("يين", "ات", "ين", "ون", "يه", "ه", "ي")
_LATIN_SUFFIXES = ("ies", "es", "s")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, language-blind stem for lexical matching: the shortest clitic-free Arabic reading without a
    plural or nisba ending; Latin words lose a plural ending. Crude on purpose: it only has to make two
    spellings of one word meet."""
    if is_arabic(word):
        base = min(readings(word), key=len)
        for suffix in _AR_SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= _MIN_STEM:
                return base[: -len(suffix)]
        return base
    for suffix in _LATIN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word
