"""Grant amounts out of call text: min, max and ISO 4217 currency, in en/fr/ar/tr writing conventions.

Reads "€1.234.567,50", "CHF 30'000", "EUR 100 000" (with NBSP or U+202F), "٥٠٬٠٠٠ دولار", "$25K",
"GBP 10k-20k", "between X and Y", "up to X" (max only), "at least X" (min only); one plain amount gives
min = max. A number is an amount only with a currency or a magnitude word ("up to 1 million"), so years,
counts and percentages are never read as money.

Example:
    >>> parse_amount("grants of up to CHF 30'000")
    ParsedAmount(min=None, max=30000.0, currency='CHF', raw="up to CHF 30'000")
    >>> parse_amount("بين 10,000 و 25,000 يورو")
    ParsedAmount(min=10000.0, max=25000.0, currency='EUR', raw='بين 10,000 و 25,000 يورو')
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from fursa.normalize._match import PhraseMatcher, fold_pattern
from fursa.normalize._vocab import VOCAB_DIR, load_json
from fursa.normalize.countries import named_countries
from fursa.normalize.text import fold, fold_with_offsets

__all__ = ["ParsedAmount", "parse_amount", "find_amount", "find_amounts", "to_usd"]


@dataclass(frozen=True)
class ParsedAmount:
    min: float | None
    max: float | None
    currency: str | None
    raw: str


# A currency as first read: an ISO code, or the candidates of a word several currencies share ("دينار").
_Currency = str | tuple[str, ...] | None


@dataclass
class _Atom:
    start: int
    end: int
    value: float
    small: bool  # written below 1000 before any magnitude: "1-2 million" scales the 1
    factor: float  # the magnitude written after it (1e6 for "million"), 1.0 for none
    currency: _Currency


# --- vocabulary ---------------------------------------------------------------------------------------

@cache
def _currency_finders() -> tuple[re.Pattern[str], list[str], PhraseMatcher]:
    """Codes and symbols as one regex (group i is entry i of the returned ISO list), words as phrases."""
    vocab = load_json("currencies.json")
    entries: list[tuple[str, str]] = [(rf"(?<![a-z]){code.lower()}(?![a-z])", code) for code in vocab["codes"]]
    for symbol, iso in vocab["symbols"].items():
        left = r"(?<!\w)" if symbol[0].isalnum() else ""
        right = r"(?!\w)" if symbol[-1].isalnum() else ""
        entries.append((left + re.escape(fold(symbol)) + right, iso))
    entries.sort(key=lambda e: -len(e[0]))
    regex = re.compile("|".join(f"(?P<c{i}>{source})" for i, (source, _) in enumerate(entries)))
    words: dict[str, str | tuple[str, ...]] = {
        word: tuple(isos) for word, isos in vocab["ambiguous"]["words"].items()}
    words.update({word: iso for by_language in vocab["words"].values() for word, iso in by_language.items()})
    return regex, [iso for _, iso in entries], PhraseMatcher(words, article="optional")


_NUMBER = re.compile(
    r"(?<![\d.,'])(?:(?P<grouped>\d{1,3}(?P<sep>[,.' ])\d{3}(?:(?P=sep)\d{3})*)(?P<dec>[.,]\d{1,2})?"
    r"|(?P<plain>\d+(?:[.,]\d+)?))(?!\d|[.,]\d)")
_NEAR = 40  # characters around a number searched for its currency ("1 million d'euros", "دولار أمريكي")
_MAGNITUDES = {"k": 1e3, "thousand": 1e3, "thousands": 1e3, "mille": 1e3, "bin": 1e3, "الف": 1e3, "الاف": 1e3,
               "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6, "milyon": 1e6, "مليون": 1e6,
               "ملايين": 1e6, "bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9,
               "milyar": 1e9, "مليار": 1e9, "مليارات": 1e9}
_MAGNITUDE_WORDS = "|".join(sorted(_MAGNITUDES, key=len, reverse=True))
_MAGNITUDE = re.compile(rf"\s?(?P<mag>{_MAGNITUDE_WORDS})(?![^\W\d_])")
_CURRENCY_GAP = re.compile(r"\s*(?:d'\s?|de\s+|of\s+)?")
_PERCENT = re.compile(r"\s*(?:%|٪|per\s*cent|percent|pour\s*cent|بالمئه|بالمائه|في\s*المئه)")

_MAX_LOOSE = re.compile(fold_pattern(
    r"(?:up\s+to|maximum|max\.?|(?:not\s+to\s+|not\s+|shall\s+not\s+|must\s+not\s+)exceed\w*|no\s+more\s+than|"
    r"capped\s+at|ceiling|at\s+most|jusqu'?\s?a(?:u)?|au\s+maximum|au\s+plus|maximal\w*|plafon\w*|"
    r"dans\s+la\s+limite\s+de|ne\s+(?:peut|doit)\s+(?:pas\s+)?depasser|ne\s+depassant\s+pas|"
    # "تصل قيمة المنحة إلى": the verb and its preposition may stand a few words apart.
    r"[تي]صل(?:\s+[^\W\d]+){0,3}?\s+الى|بحد\s+اقصى|كحد\s+اقصى|حد\s+اقصى|"
    r"لا\s+[تي]تجاوز|لا\s+[تي]زيد(?:\s+[^\W\d]+)?\s+(?:عن|على)|en\s+fazla|azami|maksimum)[^\d\n;]{0,35}$"))
_MAX_TIGHT = re.compile(fold_pattern(r"(?:حتى|until)\s*$"))
_MAX_AFTER = re.compile(fold_pattern(
    r"^\s*(?:maximum|max\b|at\s+most|au\s+maximum|au\s+plus|كحد\s+اقصى|بحد\s+اقصى|'?[a-z]{0,2}\s*kadar)"))
_MIN_LOOSE = re.compile(fold_pattern(
    r"(?:at\s+least|minimum|min\.|no\s+less\s+than|not\s+less\s+than|starting\s+(?:at|from)|a\s+partir\s+de|"
    r"au\s+moins|لا\s+[تي]قل\s+عن|بحد\s+ادنى|كحد\s+ادنى|حد\s+ادنى|en\s+az|asgari)[^\d\n;]{0,35}$"))
_MIN_TIGHT = re.compile(r"(?:from|des)\s*$")
_MIN_AFTER = re.compile(fold_pattern(r"^\s*(?:minimum|au\s+moins|at\s+least|على\s+الاقل|كحد\s+ادنى)"))
_BETWEEN = re.compile(fold_pattern(
    r"(?:between|entre|بين|ranging\s+from|range\s+from|from|de|du|من)\s*$"))
_RANGE_DASH = re.compile(fold_pattern(
    r"^\s*(?:-|to|a|au|through|up\s+to|jusqu'\s?a|الى|حتى|ile)\s*$"))
_RANGE_AND = re.compile(fold_pattern(r"^\s*(?:and|et|و|ve)\s*$"))
# A bare number with a magnitude is money ("up to 1 million") unless a noun follows ("1 million people").
_NOT_MONEY_AFTER = re.compile(r"^\s*(?!(?:for|per|in|each|to|and|or|over|are|is|will|can|may|shall|available|pour|par|et|"
                              r"sont|est|seront|disponibles?)\b)[^\W\d_]{3,}")

_PER_GRANT = re.compile(fold_pattern(
    r"each\s+(?:grant|award|project|sub-?grant)|per\s+(?:grant|project|award|applicant|organi[sz]ation|"
    r"partner|action)|grant\s+(?:size|amount)s?|grants?\s+(?:of|will\s+range|ranging)|must\s+fall\s+between|"
    r"individual\s+grants?|sub-?grants?\s+of|requested\s+(?:grant|amount)|"
    r"chaque\s+(?:subvention|projet)|par\s+(?:projet|subvention|organisation|beneficiaire|demande)|"
    r"subventions?\s+(?:de|d'un|jusqu|allant|pouvant|comprise?s?)|"
    r"montant\s+de\s+(?:la|chaque)\s+subvention|لكل\s+(?:منحه|مشروع|منظمه)|(?:قيمه|حجم)\s+المنحه|"
    r"منح\s+(?:تصل|بقيمه|تتراوح)|(?:hibe|proje)\s+basina"))
_TOTAL = re.compile(fold_pattern(
    r"total|overall|envelope|enveloppe|indicative\s+amount|montant\s+indicatif|global|"
    r"allocated\s+to\s+th(?:is|e)\s+call|available\s+under|budget\s+of\s+the\s+call|"
    r"اجمالي|الاجماليه|المبلغ\s+المخصص|الميزانيه\s+المخصصه|toplam"))


# --- parsing ------------------------------------------------------------------------------------------

def _number_value(m: re.Match[str]) -> float:
    if m["grouped"]:
        digits = m["grouped"].replace(m["sep"], "")
        dec = m["dec"]
        if dec and dec[0] == m["sep"]:  # "1.234.56": no decimal mark distinct from the grouping
            return float(digits + dec[1:])
        return float(digits + ("." + dec[1:] if dec else ""))
    return float(m["plain"].replace(",", "."))


def _currencies(low: str, original: str, offsets: list[int],
                numbers: list[tuple[int, int]]) -> list[tuple[int, int, _Currency]]:
    """Currency mentions near the numbers only: scanning a whole page for every symbol and word is slow."""
    regex, codes, words = _currency_finders()
    found = []
    windows: list[list[int]] = []
    for start, end in numbers:
        if windows and start - _NEAR <= windows[-1][1]:
            windows[-1][1] = end + _NEAR
        else:
            windows.append([max(0, start - _NEAR), end + _NEAR])
    for lo, hi in windows:
        for m in regex.finditer(low, lo, min(hi, len(low))):
            if m.lastgroup is None:
                continue
            iso = codes[int(m.lastgroup[1:])]
            if iso.lower() == m[0] and not original[offsets[m.start()]:offsets[m.end() - 1] + 1].isupper():
                continue  # codes count only in capitals: "try 5 times" is not TRY 5
            found.append((m.start(), m.end(), iso))
        found.extend((lo + s, lo + e, iso) for s, e, iso in words.finditer(low[lo:hi]))
    return found


def _atoms(low: str, original: str, offsets: list[int]) -> list[_Atom]:
    numbers = list(_NUMBER.finditer(low))
    currencies = _currencies(low, original, offsets, [m.span() for m in numbers])
    ends = {e: (s, iso) for s, e, iso in currencies}
    starts = {s: (e, iso) for s, e, iso in currencies}
    atoms = []
    for m in numbers:
        start, end = m.span()
        # Slices stay short: a page has thousands of numbers, and copying the text up to each is quadratic.
        before = low[max(0, start - 3):start]
        pre = next((ends[k] for k in range(start, start - 3, -1) if k in ends and not low[k:start].strip()), None)
        if pre is None and start and low[start - 1].isalpha():
            if not (low[start - 1] == "و" and (start < 2 or not low[start - 2].isalnum())):
                continue  # part of a word or reference: COVID-19, ref2026
        if _PERCENT.match(low, end) or re.match(r"[:/]\d", low[end:end + 2]) or re.search(r"\d[:/]$", before):
            continue  # 10%, 12:00, 15/03
        value = _number_value(m)
        small, factor = value < 1000, 1.0
        mag = _MAGNITUDE.match(low, end)
        if mag:
            factor = _MAGNITUDES[mag["mag"]]
            value, end = value * factor, mag.end()
        currency = pre[1] if pre else None
        if pre:
            start = pre[0]
        gap = _CURRENCY_GAP.match(low, end)
        post = starts.get(gap.end())
        if post and currency is None:
            currency, end = post[1], post[0]
        atoms.append(_Atom(start, end, value, small, factor, currency))
    return atoms


def _groups(low: str, atoms: list[_Atom]) -> list[list[_Atom]]:
    groups: list[list[_Atom]] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b, gap = atoms[i + 1], low[a.end:atoms[i + 1].start]
            if _RANGE_DASH.match(gap) or (_RANGE_AND.match(gap) and _BETWEEN.search(low[max(0, a.start - 20):a.start])):
                groups.append([a, b])
                i += 2
                continue
        groups.append([a])
        i += 1
    return groups


def _amount(low: str, original: str, offsets: list[int], group: list[_Atom],
            prev_end: int) -> tuple[ParsedAmount, int, int] | None:
    first, last = group[0], group[-1]
    currency = next((a.currency for a in group if a.currency), None)
    if currency is None and all(a.factor == 1.0 for a in group):
        return None
    if currency is None and _NOT_MONEY_AFTER.match(low[last.end:last.end + 40]):
        return None
    low_value, high_value = first.value, last.value
    if len(group) == 2 and first.small and first.factor == 1.0:
        low_value *= last.factor  # "1-2 million", "10-20k"
    start = first.start
    before = low[max(prev_end, start - 40):start]
    after = low[last.end:last.end + 20]
    if len(group) == 2:
        m = _BETWEEN.search(before)
        lo, hi = (low_value, high_value)
    elif (m := _MAX_LOOSE.search(before) or _MAX_TIGHT.search(before)) or _MAX_AFTER.match(after):
        lo, hi = None, high_value
    elif (m := _MIN_LOOSE.search(before) or _MIN_TIGHT.search(before)) or _MIN_AFTER.match(after):
        lo, hi = low_value, None
    else:
        m, lo, hi = None, low_value, high_value
    if m:
        start = max(prev_end, start - 40) + m.start()
    raw = original[offsets[start]:offsets[last.end - 1] + 1].strip()
    return ParsedAmount(lo, hi, currency, raw), start, last.end


_Found = tuple[ParsedAmount, int, int]  # amount, start and end in the folded text


def _scan(text: str | None) -> tuple[str, list[_Found]]:
    if not text:
        return "", []
    low, offsets = fold_with_offsets(text)
    found: list[_Found] = []
    prev_end = 0
    for group in _groups(low, _atoms(low, text, offsets)):
        result = _amount(low, text, offsets, group, prev_end)
        if result:
            found.append(result)
        prev_end = group[-1].end
    joined = _join_min_max(text, offsets, low, found)
    if any(isinstance(a.currency, tuple) for a, _, _ in joined):
        named = named_countries(text)
        joined = [(_resolve(amount, named), start, end) for amount, start, end in joined]
    return low, joined


def _resolve(amount: ParsedAmount, named: list[str]) -> ParsedAmount:
    """A shared currency word takes the currency of the first country the text names that uses one of
    its candidates ("8,000 dinars" on a call for Jordan is JOD); none named, no currency."""
    if not isinstance(amount.currency, tuple):
        return amount
    by_country = load_json("currencies.json")["ambiguous"]["by_country"]
    for code in named:
        if by_country.get(code) in amount.currency:
            return dataclasses.replace(amount, currency=by_country[code])
    return dataclasses.replace(amount, currency=None)


def _join_min_max(text: str, offsets: list[int], low: str, found: list[_Found]) -> list[_Found]:
    """"minimum EUR 10 000 and maximum EUR 50 000" is one range, not two open-ended amounts."""
    out: list[_Found] = []
    for amount, start, end in found:
        if out:
            prev, prev_start, _ = out[-1]
            if (prev.max is None and prev.min is not None and amount.min is None and amount.max is not None
                    and (prev.currency == amount.currency or None in (prev.currency, amount.currency))
                    and start - prev_start < 80 and not re.search(r"[;\n]", low[prev_start:start])):
                raw = text[offsets[prev_start]:offsets[end - 1] + 1].strip()
                out[-1] = (ParsedAmount(prev.min, amount.max, prev.currency or amount.currency, raw), prev_start, end)
                continue
        out.append((amount, start, end))
    return out


def find_amounts(text: str | None) -> list[ParsedAmount]:
    """Every amount in `text`, in reading order.

    Example: [a.max for a in find_amounts("Total budget EUR 5 million; each grant up to EUR 200,000")]
    == [5000000.0, 200000.0]
    """
    return [amount for amount, _, _ in _scan(text)[1]]


def parse_amount(text: str | None) -> ParsedAmount | None:
    """The first amount in `text` (a field such as "USD 50,000–100,000"), or None.

    Example: parse_amount("€1.234.567,50") == ParsedAmount(1234567.5, 1234567.5, "EUR", "€1.234.567,50")
    """
    found = _scan(text)[1]
    return found[0][0] if found else None


def find_amount(text: str | None) -> ParsedAmount | None:
    """The amount an applicant asks for: a per-grant figure or range beats the call's total budget.

    Example: find_amount("The total envelope is EUR 3 million. Each grant must fall between EUR 100 000 and
    EUR 500 000.") gives min=100000.0, max=500000.0
    """
    low, found = _scan(text)
    if not found:
        return None

    def score(i: int) -> float:
        amount, start, end = found[i]
        sentence = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start), low.rfind(";", 0, start), 0)
        # "The total budget of EUR 2.5 million will fund grants of up to EUR 100,000": the words before an
        # amount are its own only back to the amount before it.
        sentence = max(sentence, found[i - 1][2] if i else 0)
        tail = re.split(r"\. |[;\n]", low[end:end + 40], maxsplit=1)[0]
        context = low[sentence:end] + tail
        value = 3.0 * bool(_PER_GRANT.search(context)) - 3.0 * bool(_TOTAL.search(context))
        value += 1.0 * (amount.min is not None and amount.max is not None and amount.min != amount.max)
        return value + 0.5 * (amount.currency is not None)

    best = found[max(range(len(found)), key=lambda i: (score(i), -i))][0]
    if best.currency is None:
        # "Total budget EUR 2 million ... grants of up to 1 million": the one currency the text uses.
        named = {amount.currency for amount, _, _ in found if amount.currency}
        if len(named) == 1:
            best = dataclasses.replace(best, currency=named.pop())
    return best


# --- currency conversion ------------------------------------------------------------------------------

@cache
def _rates() -> dict[str, tuple[list[dt.date], list[float]]]:
    table: dict[str, list[tuple[dt.date, float]]] = {}
    with open(VOCAB_DIR / "fx_rates.csv", encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for row in rows:
            table.setdefault(row["currency"], []).append(
                (dt.date.fromisoformat(row["date"]), float(row["usd_per_unit"])))
    return {cur: ([d for d, _ in sorted(rows)], [r for _, r in sorted(rows)]) for cur, rows in table.items()}


def to_usd(amount: float, currency: str, on: dt.date) -> float | None:
    """`amount` in US dollars at the latest reference rate on or before `on`; None if no rate is known.

    Rates are approximate monthly figures for ranking calls by size, not for accounting.
    Example: to_usd(100, "USD", date(2026, 1, 1)) == 100.0
    """
    if amount is None or not currency:
        return None
    currency = currency.upper()
    if currency == "USD":
        return float(amount)
    series = _rates().get(currency)
    if not series:
        return None
    i = bisect_right(series[0], on)
    return float(amount) * series[1][i - 1] if i else None
