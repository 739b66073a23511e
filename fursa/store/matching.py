"""When two sources publish the same call: the keys that find it, and the checks that confirm it.

A call reaches us from several places (the EU portal, fundsforNGOs, an Arabic grants site), each with
its own id, language and wording. Two items from different sources are one call when:

1. `ref:` they cite the same official reference: an EU topic identifier ("HORIZON-CL2-2027-01-DEMOCRACY-03"),
   a EuropeAid reference ("EuropeAid/187547/DD/ACT/LB"), a grants.gov funding opportunity number, or a
   `reference` field set by the spider. An item citing several references (a round-up post) gets none.
2. `facts:` they state the same deadline and the same amount range in the same currency, their eligible
   countries overlap, and their funders share a distinctive word when both are named in the same
   script. Titles are not compared: the same call is often published in English on one site and in
   Arabic on another, where the funder's name cannot be compared either.
3. `amount:` (calls with no deadline) the same checks as `facts:` without the deadline, and the words of
   their links' slugs mostly agree ("urgent-action-fund-rapid-response-grants").

Keys are exact strings, stored per link in call_sources.match_keys, so a lookup is a join; the checks
(`confirms`) run on the few candidates a key finds. Within one source, items are never merged here:
a source's own ids are the truth about its own listings.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from fursa.formats import CallRecord

# EU programme prefixes of F&T portal topic identifiers; a year segment is required as well, so that
# ordinary hyphenated capitals ("COVID-19", "MENA-WIDE") never become references.
_EU_PROGRAMMES = (
    "HORIZON", "CERV", "ERASMUS", "AMIF", "JUST", "CREA", "EU4H", "LIFE", "DIGITAL", "CEF", "EDF", "ISF",
    "BMVI", "SMP", "EMFAF", "RFCS", "EUAF", "UCPM", "ERC", "MSCA", "EIC", "INNOVFUND", "NDICI", "PPPA",
    "SOCPL", "ESF", "EIE", "IMREG", "I3", "EUBA", "EURATOM", "RENEWFM", "PERICLES", "HERCULE", "ECHO",
    "SEP", "LC", "IHI", "CBHE", "JTM", "INTERREG", "DEP", "TSI",
)
_EU_TOPIC = re.compile(
    r"\b(?:" + "|".join(_EU_PROGRAMMES) + r")(?:-[A-Z0-9]{1,20}){2,}\b"
)
_YEAR = re.compile(r"-20\d\d(?:-|$)")
_EUROPEAID = re.compile(r"\bEuropeAid/\d{5,7}/[A-Z]{1,3}/[A-Z]{2,4}/[A-Za-z]{2,5}\b", re.IGNORECASE)
# grants.gov numbers have no distinctive shape of their own ("DOS-SYR-FY26-01"): only a labelled one counts.
_OPPORTUNITY_NUMBER = re.compile(
    r"(?:funding\s+)?opportunity\s+(?:number|no\.?)\s*[:#]?\s*([A-Z0-9][A-Z0-9._-]{4,40}[A-Z0-9])",
    re.IGNORECASE,
)
_SLUG_WORD = re.compile(r"[a-z]{3,}")
_SLUG_STOPWORDS = frozenset(
    "and for the with from into call calls proposals proposal grant grants programme program fund "
    "funding open new www html php".split()
)
SLUG_MIN_WORDS = 3
SLUG_MIN_SHARE = 0.6


def find_references(text: str) -> set[str]:
    """Official references cited in free text, normalized (upper case, no trailing punctuation)."""
    lowered = text.lower()  # plain substring tests first: most texts cite nothing, and merges are timed
    refs = {m.group(0).upper() for m in _EUROPEAID.finditer(text)} if "europeaid/" in lowered else set()
    if "-20" in text:
        refs |= {m.group(0) for m in _EU_TOPIC.finditer(text) if _YEAR.search(m.group(0))}
    if "opportunity" in lowered:
        refs |= {m.group(1).upper().rstrip(".") for m in _OPPORTUNITY_NUMBER.finditer(text)
                 if any(c.isdigit() for c in m.group(1))}
    return refs


def references(call: CallRecord, source_id: str) -> set[str]:
    """The references that identify this call: its own id when that is one, else exactly one cited."""
    extra = call.model_extra or {}
    declared = extra.get("reference")
    declared = [declared] if isinstance(declared, str) else list(declared or [])
    own = find_references(source_id)
    if own or declared:
        return own | {str(r).strip().upper() for r in declared if str(r).strip()}
    cited = find_references(" ".join(p for p in (call.title, unquote(call.url), call.description) if p))
    return cited if len(cited) == 1 else set()


def _amount(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def match_keys(call: CallRecord, source_id: str) -> list[str]:
    """Every key this call can be found by; see the module docstring for what each kind means."""
    keys = [f"ref:{r}" for r in sorted(references(call, source_id))]
    if call.currency and (call.amount_min or call.amount_max):
        money = f"{call.currency.upper()}|{_amount(call.amount_min)}|{_amount(call.amount_max)}"
        keys.append(f"facts:{call.deadline.isoformat()}|{money}" if call.deadline else f"amount:{money}")
    return keys


def countries_overlap(a: list[str] | None, b: list[str] | None) -> bool:
    """Unknown (empty) or worldwide ("*") eligibility overlaps with anything."""
    a, b = set(a or []), set(b or [])
    return not a or not b or "*" in a or "*" in b or bool(a & b)


def slug_words(url: str) -> set[str]:
    """Distinctive words of a link's last path segment: "/calls/cfli-jordan-call-2027/" -> {cfli, jordan}."""
    path = unquote(urlsplit(url).path).rstrip("/").lower()
    last = path.rsplit("/", 1)[-1]
    return {w for w in _SLUG_WORD.findall(last) if w not in _SLUG_STOPWORDS}


def slugs_agree(url_a: str, url_b: str) -> bool:
    a, b = slug_words(url_a), slug_words(url_b)
    if min(len(a), len(b)) < SLUG_MIN_WORDS:
        return False
    return len(a & b) / min(len(a), len(b)) >= SLUG_MIN_SHARE


_WORD = re.compile(r"\w{2,}")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Words that name a kind of funder, not which one: "Funder 5" and "Funder 23" share none of the rest.
_GENERIC_FUNDER_WORDS = frozenset(
    "the of in to for and an de la le les des du et al fund funds funder foundation fondation embassy "
    "ambassade delegation office programme program grant grants trust international organization "
    "organisation agency government ministry department council national inc ltd "
    "في من إلى صندوق مؤسسة سفارة منظمة برنامج".split()
)


# Abbreviations that stand for a word of the full name ("EU Delegation" / "European Union").
_FUNDER_ABBREVIATIONS = {"eu": "european", "ue": "european", "un": "nations", "onu": "nations"}


def funder_words(funder: str) -> set[str]:
    words = {w for w in _WORD.findall(funder.lower()) if w not in _GENERIC_FUNDER_WORDS and not w.isdigit()}
    return {_FUNDER_ABBREVIATIONS.get(w, w) for w in words}


def funders_agree(a: str, b: str) -> bool:
    """Funders named in one script must share a distinctive word ("Embassy of Switzerland in Amman" /
    "Swiss Embassy Amman"); names in two scripts (English and Arabic) cannot be compared, and pass."""
    if bool(_ARABIC.search(a)) != bool(_ARABIC.search(b)):
        return True
    return bool(funder_words(a) & funder_words(b))


def confirms(key: str, item: CallRecord, other_countries: list[str], other_url: str, other_funder: str) -> bool:
    """Whether a candidate found by `key` really is the same call (references need no confirmation)."""
    if key.startswith("ref:"):
        return True
    if not countries_overlap(item.eligible_countries, other_countries):
        return False
    if not funders_agree(item.funder, other_funder):
        return False
    return key.startswith("facts:") or slugs_agree(item.url, other_url)


KEY_ORDER = ("ref:", "facts:", "amount:")
