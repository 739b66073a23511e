"""Deadlines out of call text: a calendar date, an optional time of day and the time zone it is in.

Never guesses: a date without a day ("March 2027"), a 10-digit reference that a parser would read as a
Unix timestamp, relative phrases ("in two weeks") and "TBD" all give value=None with the raw text kept.

Example:
    >>> deadline = parse_date("15 décembre 2026, 12:00 Brussels time")
    >>> (deadline.value, deadline.time, deadline.tz)
    (datetime.date(2026, 12, 15), datetime.time(12, 0), 'Europe/Brussels')
    >>> deadline.at
    '2026-12-15T12:00:00+01:00'
    >>> find_deadline("Deadline: Ongoing").rolling
    True
    >>> parse_date("٣١ كانون الأول ٢٠٢٦").value
    datetime.date(2026, 12, 31)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from fursa.normalize._match import PhraseMatcher, fold_pattern
from fursa.normalize._vocab import load_json
from fursa.normalize.text import fold

__all__ = ["ParsedDate", "parse_date", "find_deadline", "find_date_window", "is_rolling"]


@dataclass(frozen=True)
class ParsedDate:
    """A date as read; `tz` is an IANA name ("Europe/Brussels"), "UTC", or a fixed offset ("+01:00").

    `rolling` is True when the text after a deadline cue says there is no fixed date ("Deadline: Ongoing").
    """

    value: dt.date | None
    time: dt.time | None
    tz: str | None
    raw: str
    rolling: bool = False

    @property
    def at(self) -> str | None:
        """ISO 8601 date-time when a time of day was written: with its UTC offset when the zone is known
        ("2026-12-15T12:00:00+01:00"), local wall time otherwise ("2026-12-15T12:00:00"). None without one.
        """
        if self.value is None or self.time is None:
            return None
        if self.tz is None:
            return dt.datetime.combine(self.value, self.time).isoformat()
        return self.as_datetime().isoformat()

    def as_fields(self, prefix: str = "deadline") -> dict[str, Any]:
        """The call fields this date fills, named as the spiders name them (docs/formats.md):
        deadline, deadline_raw, and when written deadline_time, deadline_tz, deadline_at and
        deadline_utc_offset; `rolling` when the text says so.

        Example: parse_date("15 March 2027 17:00 CET").as_fields()["deadline_at"] == "2027-03-15T17:00:00+01:00"
        """
        fields: dict[str, Any] = {prefix: self.value.isoformat() if self.value else None,
                                  f"{prefix}_raw": self.raw}
        if self.time is not None:
            fields[f"{prefix}_time"] = self.time.strftime("%H:%M")
        if self.tz is not None:
            fields[f"{prefix}_tz"] = self.tz
        if self.at is not None:
            fields[f"{prefix}_at"] = self.at
            if self.tz is not None:
                fields[f"{prefix}_utc_offset"] = self.as_datetime().strftime("%z")
        if self.rolling:
            fields["rolling"] = True
        return fields

    def as_datetime(self, default_time: dt.time = dt.time(23, 59),
                    default_tz: str = "UTC") -> dt.datetime | None:
        """Aware datetime, local wall time in `tz` (so DST is the zone's), defaults filling what is missing.

        Example: parse_date("31 March 2027 17:00 CET").as_datetime().isoformat()
        == "2027-03-31T17:00:00+02:00"   (Brussels is on summer time by then)
        """
        if self.value is None:
            return None
        return dt.datetime.combine(self.value, self.time or default_time, tzinfo=_tzinfo(self.tz or default_tz))


def _tzinfo(name: str) -> dt.tzinfo:
    m = re.fullmatch(r"([+-])(\d{2}):(\d{2})", name)
    if m:
        delta = dt.timedelta(hours=int(m[2]), minutes=int(m[3]))
        return dt.timezone(-delta if m[1] == "-" else delta)
    return ZoneInfo(name)


# --- vocabulary-built patterns ------------------------------------------------------------------------

@cache
def _months() -> dict[str, int]:
    return {fold(name): month for names in load_json("months.json").values() for name, month in names.items()}


@cache
def _date_patterns() -> list[tuple[str, re.Pattern[str]]]:
    month = "|".join(re.escape(n) for n in sorted(_months(), key=len, reverse=True))
    mon = rf"(?<!\w)(?:{month})(?!\w)\.?"
    day = r"(?<!\d)(?P<d>[0-3]?\d)(?!\d)(?:st|nd|rd|th|er|eme|e)?\.?"
    # A two-digit year only straight after "-", "/" or "'" (31-Jan-27); "on 3 May 12 people" is no date.
    year = r"(?P<y>\d{4}|(?<=[-/'])\d{2})(?!\d)"
    arabic_filler = r"(?:(?:من\s+)?(?:شهر\s+)?)"
    return [
        ("ymd", re.compile(r"(?<![\d/.-])(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/])")),
        ("dmy", re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})([-/.])(?P<b>\d{1,2})\2(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)")),
        ("d_mon_y", re.compile(
            rf"{day}[\s,/-]*(?:of\s+|de\s+)?{arabic_filler}(?P<mon>{mon})"
            rf"(?:\s*[/(]\s*(?:{mon})\s*\)?)?[\s,/'-]*(?:de\s+|عام\s+|سنه\s+|لعام\s+)?{year}")),
        ("mon_d_y", re.compile(rf"(?P<mon>{mon})\s*(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)")),
        # Month words we do not list (März, marzo, ...) are left to dateparser.
        ("other", re.compile(r"(?<!\d)[0-3]?\d\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?\d{4}(?!\d)")),
    ]


@cache
def _tz_vocab() -> tuple[dict[str, str], re.Pattern[str], PhraseMatcher, re.Pattern[str], dict[str, str]]:
    vocab = load_json("timezones.json")
    places = {fold(k): v for k, v in vocab["places"].items()}
    alt = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    cue = re.compile(
        rf"(?<!\w)(?P<p1>{alt})\s+(?:local\s+)?time(?!\w)"
        rf"|heure\s+(?:locale\s+)?(?:de\s+|d'\s*)(?:la\s+|l')?(?P<p2>{alt})(?!\w)"
        rf"|(?:ب?توقيت|حسب\s+توقيت)\s+(?:مدينه\s+)?(?P<p3>{alt})(?!\w)"
        rf"|(?<!\w)(?P<p4>{alt})\s+saati"
        rf"|local\s+time\s+in\s+(?P<p5>{alt})(?!\w)")
    abbreviations = vocab["abbreviations"]
    # Case-sensitive on the original letters: "ET" is Eastern Time, "et" is French for "and".
    abbreviation = re.compile(rf"(?<!\w)({'|'.join(sorted(abbreviations, key=len, reverse=True))})(?!\w)")
    return abbreviations, abbreviation, PhraseMatcher(vocab["names"]), cue, places


# --- pieces -------------------------------------------------------------------------------------------

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?")
# "GMT+3", "UTC+04:30", "UTC+0530"; UNGM writes hours as decimals, with or without a sign: "(GMT 2.00)",
# "(GMT 4.50)" (4:30), "(GMT -5.00)". Without a sign only the decimal form counts: "GMT 12:00" is a clock time.
_OFFSET = re.compile(r"(?<!\w)(?:utc|gmt)\s*(?:(?P<sign>[+-])\s*(?P<h>\d{1,2})(?:(?P<sep>[:.]?)(?P<m>\d{2}))?"
                     r"|(?P<h2>\d{1,2})(?P<sep2>\.)(?P<m2>\d{1,2}))(?![\d:])", re.I)
_MAX_OFFSET_MINUTES = 14 * 60
_AMPM = r"(?P<ampm>a\.?m\.?|p\.?m\.?|صباحا|مساء|مساءا|ظهرا|ص|م)"
_TIME = re.compile(
    rf"(?<![\d:.,/])(?P<h>[01]?\d|2[0-4])\s*(?::|h)\s*(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])"
    rf"(?:\s*{_AMPM}(?!\w))?"
    rf"|(?<![\d:.,/])(?P<h2>[01]?\d|2[0-4])\s*(?:h(?!\w)|heures?(?!\w)|{_AMPM.replace('ampm', 'ampm2')}(?!\w))")
_NOON = re.compile(r"(?<!\w)(?:noon|midday|midi|الظهر|ظهرا|ogle)(?!\w)")
# "Midnight on 15 March" means the end of that day in calls, so it is read as 23:59, not 00:00.
_MIDNIGHT = re.compile(r"(?<!\w)(?:midnight|minuit|منتصف الليل|gece yarisi)(?!\w)")


def _offset_name(sign: str, minutes: int) -> str:
    return "UTC" if minutes == 0 else f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _offset_minutes(hours: str, sep: str | None, fraction: str | None) -> int:
    """Minutes east of UTC as written: "4.50" is four and a half hours, "5:30" and "5.30" are 5 h 30 min
    (offsets fall on quarter hours, so a decimal ".30" cannot be meant)."""
    if not fraction:
        return int(hours) * 60
    if sep == "." and int(fraction.ljust(2, "0")) in (0, 25, 50, 75):
        return int(hours) * 60 + int(fraction.ljust(2, "0")) * 60 // 100
    return int(hours) * 60 + int(fraction)


def _find_offset(cased: str) -> str | None:
    for m in _OFFSET.finditer(cased):
        if m["h"] is not None:
            sign, minutes = m["sign"], _offset_minutes(m["h"], m["sep"], m["m"])
        else:
            sign, minutes = "+", _offset_minutes(m["h2"], m["sep2"], m["m2"])
        if minutes <= _MAX_OFFSET_MINUTES:
            return _offset_name(sign, minutes)
    return None


def _make_date(y: int, m: int, d: int) -> dt.date | None:
    if y < 100:
        y += 2000
    if not 1900 <= y <= 2199:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:  # 31 شباط, 30/02/2027: a typo in the call, not a date to invent
        return None


def _dateparser_date(text: str, languages: Sequence[str] | None) -> dt.date | None:
    import dateparser  # imported late: it loads language data on first use

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False,
        # No "timestamp" (10-digit references) and no "relative-time" (depends on today: not pure).
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    try:
        parsed = dateparser.parse(text, languages=list(languages) if languages else None, settings=settings)
    except (ValueError, TypeError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _find_date(low: str, languages: Sequence[str] | None) -> tuple[dt.date | None, tuple[int, int] | None]:
    """First date expression in folded lowercase text: (date, or None when impossible like 31/02; span)."""
    found = sorted(((m.start(), -len(m[0]), order, kind, m)
                    for order, (kind, pattern) in enumerate(_date_patterns()) for m in pattern.finditer(low)),
                   key=lambda f: f[:3])
    for _, _, _, kind, m in found:
        if kind == "ymd":
            value = _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
        elif kind == "dmy":
            a, b = int(m["a"]), int(m["b"])
            day, month = (b, a) if a <= 12 < b else (a, b)  # day first unless only month-first is possible
            value = _make_date(int(m["y"]), month, day)
        elif kind == "other":
            value = _dateparser_date(m[0], languages)
            if value is None:  # "5 projects 2027" is no date: keep looking
                continue
        else:
            value = _make_date(int(m["y"]), _months()[m["mon"].rstrip(".")], int(m["d"]))
        return value, m.span()
    return None, None


def _find_time(low: str) -> dt.time | None:
    m = _TIME.search(low)
    if m:
        hour = int(m["h"] if m["h"] is not None else m["h2"])
        minute, second = int(m["mi"] or 0), int(m["s"] or 0)
        ampm = (m["ampm"] or m["ampm2"] or "").replace(".", "")
        if ampm in ("pm", "مساء", "مساءا", "م") and hour < 12:
            hour += 12
        elif ampm in ("am", "صباحا", "ص") and hour == 12:
            hour = 0
        if hour == 24:
            return dt.time(23, 59)
        return dt.time(hour, minute, second) if hour < 24 else None
    if _NOON.search(low):
        return dt.time(12, 0)
    if _MIDNIGHT.search(low):
        return dt.time(23, 59)
    return None


def _find_tz(cased: str) -> str | None:
    low = cased.lower()
    offset = _find_offset(cased)
    if offset:
        return offset
    abbreviations, abbreviation, names, place_cue, places = _tz_vocab()
    m = place_cue.search(low)
    if m:
        return places[next(g for g in (m["p1"], m["p2"], m["p3"], m["p4"], m["p5"]) if g)]
    for _, _, zone in names.finditer(low):
        return zone
    m = abbreviation.search(cased)
    return abbreviations[m[1]] if m else None


# --- public -------------------------------------------------------------------------------------------

def parse_date(text: str | None, languages: Sequence[str] | None = None) -> ParsedDate:
    """First full date (day, month, year) in `text`, with the time of day and time zone written near it.

    Day-first for numeric dates (15/03/2027) unless only month-first is valid (03/15/2027). `languages`
    (ISO 639-1) is passed to dateparser for month words outside the built-in en/fr/ar/tr/ku lists.
    Example: parse_date("March 2027") == ParsedDate(None, None, None, "March 2027")
    """
    raw = text or ""
    cased = fold(raw, keep_case=True)
    low = cased.lower()
    if not low:
        return ParsedDate(None, None, None, raw)
    m = _ISO.search(cased)
    if m:
        y, mo, d, h, mi, s, off = m.groups()
        tz = None
        if off == "Z":
            tz = "UTC"
        elif off:
            tz = _offset_name(off[0], int(off[1:3]) * 60 + int(off[-2:]))
        rest = cased[:m.start()] + cased[m.end():]
        time = dt.time(int(h), int(mi), int(s or 0)) if int(h) < 24 else None
        return ParsedDate(_make_date(int(y), int(mo), int(d)), time, tz or _find_tz(rest), raw)
    value, span = _find_date(low, languages)
    if span:  # blank the date out so "15.03.2027" is not read as the time 15:03
        cased = cased[:span[0]] + " " * (span[1] - span[0]) + cased[span[1]:]
    # The offset is no clock time either: "GMT-03:00".
    clock = _OFFSET.sub(lambda m: " " * len(m[0]), cased)
    return ParsedDate(value, _find_time(clock.lower()), _find_tz(cased), raw)


_DEADLINE_CUE = re.compile(fold_pattern(r"""(?<!\w)(?:
    (?:application|submission|proposal|final)\s+deadline|deadline(?:\s+for\s+(?:submission|applications?|
    proposals?|receipt\s+of\s+\w+))?|closing\s+date|due\s+date|last\s+date|call\s+closes(?:\s+on)?|
    clos(?:es|ing)\s+on|
    (?:must|should|shall)\s+be\s+(?:submitted|received|sent|uploaded)(?:\s+\w+){0,4}?\s+
        (?:by|before|no\s+later\s+than|not\s+later\s+than|until|on\s+or\s+before)|
    apply\s+(?:by|before|no\s+later\s+than)|no\s+later\s+than|
    date\s+limite(?:\s+de\s+(?:soumission|depot|reception|candidature)\w*)?|date\s+de\s+cloture|
    au\s+plus\s+tard\s+le|echeance|
    اخر\s+موعد(?:\s+لل?تقديم|\s+لاستلام\s+الطلبات)?|الموعد\s+النهائي(?:\s+لل?تقديم)?|موعد\s+اقصاه|
    تاريخ\s+الاغلاق|اخر\s+اجل|تاريخ\s+انتهاء\s+التقديم|في\s+موعد\s+لا\s+يتجاوز|
    son\s+basvuru\s+tarihi|son\s+basvuru|son\s+tarih|
    (?P<weak>
        open\s+(?:for\s+(?:applications|submissions|proposals)\s+)?until|
        (?:applications?|proposals?|submissions?|concept\s+notes?)\s+(?:are\s+|will\s+be\s+)?
            (?:accepted|received|welcomed?)\s+(?:until|till|through|up\s+to)|
        ouverte?s?\s+jusqu'(?:au|a)|
        (?:candidatures?|propositions?|demandes?)\s+(?:sont\s+|seront\s+)?(?:acceptees?|recues?)\s+jusqu'(?:au|a)|
        مفتوح\w*\s+(?:حتى|لغايه)|(?:تقبل|تستقبل|يستمر\s+استقبال)\s+(?:ال)?طلبات\s+(?:حتى|لغايه)
    ))(?!\w)"""), re.X)
# A deadline for questions or an info session is not the deadline to apply.
_NOT_APPLICATION = re.compile(fold_pattern(
    r"^\W*(?:for|of|to)\s+(?:\w+\s+){0,2}?(?:questions?|clarifications?|queries|enquiries|info\w*)"
    r"|^\W*(?:pour|des)\s+(?:les\s+)?(?:questions|demandes\s+d'eclaircissement)"
    r"|^\W*(?:لطرح|لل?استفسار|للاسئله|لارسال\s+الاسئله)"))


def find_deadline(text: str | None, languages: Sequence[str] | None = None) -> ParsedDate | None:
    """The application deadline after a cue ("Deadline:", "Date limite", "آخر موعد للتقديم", ...).

    Returns None without a cue; with a cue but no full date, value is None and `raw` holds the line, so a
    caller can flag it, and `rolling` says whether the line reads as open-ended ("Deadline: Ongoing"). A date
    on the line after the cue (table and list layouts) is found too. Weaker cues ("open until", "ouvert
    jusqu'au", "مفتوحة حتى", "applications accepted until") count only with a date or when open-ended: "open
    until 5 pm" is no deadline.
    Example: find_deadline("Info day: 2 Feb 2027\\nDeadline: 15/03/2027 17:00 CET").value == date(2027, 3, 15)
    """
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    first_empty: ParsedDate | None = None
    for i, line in enumerate(lines):
        cased = fold(line, keep_case=True)
        low = cased.lower()
        cues = list(_DEADLINE_CUE.finditer(low))
        for j, cue in enumerate(cues):
            if _NOT_APPLICATION.search(low[cue.end():]):
                continue
            # A weak cue inside a deadline's text does not cut it: "Deadline: open until 15 March 2027".
            end = next((c.start() for c in cues[j + 1:] if not c["weak"]), len(low))
            window, raw = cased[cue.end():end], line
            if len(re.sub(r"\W", "", window)) < 4 and i + 1 < len(lines):
                window, raw = f"{window} {lines[i + 1]}", f"{line}\n{lines[i + 1]}"
            parsed = dataclasses.replace(parse_date(window, languages), raw=raw)
            if parsed.value is not None:
                return parsed
            if is_rolling(raw):
                parsed = dataclasses.replace(parsed, rolling=True)
            elif cue["weak"]:  # "open until 5 pm" without a date is no deadline to flag
                continue
            if first_empty is None or (parsed.rolling and not first_empty.rolling):
                first_empty = parsed
    return first_empty


# Words between the two dates of a window, in en/fr/ar. Dashes need spaces around them: "2026-04-15" is one date.
_RANGE = re.compile(r"\s+(?:-|–|—|to|until|till|through|au|jusqu[’']au|à|حتى|إلى|الى|لغاية|ولغاية)\s+", re.I)
_UNTIL = {"until", "till", "jusqu'au", "jusqu’au", "حتى", "لغاية", "ولغاية"}


def find_date_window(text: str | None, languages: Sequence[str] | None = None
                     ) -> tuple[ParsedDate | None, ParsedDate] | None:
    """(opens, closes) of a line saying when a call is open; `opens` is None for "open until <date>".

    Reads "open from 1 March to 15 April 2026", "ouvert du 1er mars au 15 avril 2026", "مفتوح من 1 آذار/مارس
    حتى 15 نيسان/أبريل 2026" and "7 March 2023 | 10:00 PM - 24 April 2023 | 8:59 PM". An opening date without
    a year takes the closing date's, or the year before when that would open after the close ("2 November
    to 15 January 2027"). None when the line holds no such window.
    Example: find_date_window("ouvert du 1er mars au 15 avril 2026")[0].value == date(2026, 3, 1)
    """
    text = " ".join((text or "").split())
    for sep in _RANGE.finditer(text):
        left, right = text[:sep.start()], text[sep.end():]
        closes = parse_date(right, languages)
        if closes.value is None:
            continue
        opens = parse_date(left, languages)
        if opens.value is None:
            opens = parse_date(f"{left} {closes.value.year}", languages)
            if opens.value is not None and opens.value > closes.value:
                opens = parse_date(f"{left} {closes.value.year - 1}", languages)
        if opens.value is not None and opens.value <= closes.value:
            return opens, closes
        if sep[0].strip().lower() in _UNTIL and not re.search(r"\d", left):  # "open until 15 April 2026"
            return None, closes
    return None


_ROLLING = re.compile(fold_pattern(r"""(?<!\w)(?:
    ^\W*rolling\W*$|(?:deadline|closing\s+date|date\s+limite)\W+(?:is\s+)?(?:on\s+a\s+)?rolling|
    rolling\s+(?:basis|deadline|call|intake|applications?)|no\s+(?:fixed\s+|set\s+)?(?:deadline|closing\s+date)|
    open\s+until\s+(?:the\s+)?funds\s+(?:are|have\s+been)\s+(?:exhausted|depleted|used|committed)|
    until\s+funds\s+(?:are\s+exhausted|run\s+out)|open[-\s]ended\s+call|until\s+further\s+notice|
    (?:accepted|reviewed|received)\s+(?:at\s+any\s+time|year[-\s]round|throughout\s+the\s+year|on\s+an\s+ongoing\s+basis)|
    ongoing\s+basis|continuous\s+(?:call|intake|basis|submission)|
    en\s+continu|au\s+fil\s+de\s+l'eau|(?:sans|pas\s+de)\s+date\s+limite|jusqu'a\s+epuisement\s+des\s+fonds|
    jusqu'a\s+nouvel\s+ordre|en\s+permanence|appel\s+(?:a\s+(?:propositions|projets)\s+)?permanent|
    على\s+اساس\s+(?:متجدد|مستمر)|بشكل\s+(?:متجدد|مستمر|دائم)|على\s+مدار\s+العام|(?:دون|بدون|لا\s+يوجد)\s+موعد\s+نهائي|
    حتى\s+(?:نفاد|استنفاد)\s+(?:التمويل|الاموال|الميزانيه)|حتى\s+اشعار\s+اخر|
    surekli\s+basvuru|basvurular\s+surekli
    )"""), re.X)
# Open-ended only when no date follows on the same line: "Deadline: open until 15 March 2027" is a date,
# "مفتوح حتى" alone (open until [further notice]) is not.
_OPEN_ENDED = re.compile(fold_pattern(r"""(?<!\w)(?:
    (?:deadline|closing\s+date|due\s+date|date\s+limite|date\s+de\s+cloture|echeance|
        الموعد\s+النهائي|اخر\s+موعد(?:\s+لل?تقديم)?|تاريخ\s+الاغلاق)\s*[:\-]?\s*(?:is\s+)?
        (?:ongoing|open|continuous|none|permanent|n/?a|not\s+applicable|ouverte?|permanente?|aucune|
        مفتوح[هة]?|مستمر[هة]?|متجدد[هة]?|لا\s+يوجد)(?!\w)|
    (?:open\s+)?until\s+(?:the\s+\w+\s+(?:is|are|has\s+been)\s+)?filled|
    ongoing\s+(?:call|intake|applications?|recruitment)|
    مفتوح[هة]?\s+حتى|ouverte?s?\s+jusqu'a
    )(?!\w)"""), re.X)


def _date_follows(folded: str, end: int) -> bool:
    """A full date after `end` on the same line, or on the next line when this one ends there."""
    rest = folded[end:].split("\n", 2)
    window = rest[0] if len(re.sub(r"\W", "", rest[0])) >= 4 or len(rest) < 2 else f"{rest[0]} {rest[1]}"
    return _find_date(window.lower(), None)[1] is not None


def is_rolling(text: str | None) -> bool:
    """True when the call says it has no fixed deadline (rolling, open until filled, ongoing...).

    Example: is_rolling("Applications are reviewed on a rolling basis") is True
    """
    if not text:
        return False
    folded = "\n".join(fold(line) for line in text.splitlines())
    if _ROLLING.search(folded):
        return True
    return any(not _date_follows(folded, m.end()) for m in _OPEN_ENDED.finditer(folded))
