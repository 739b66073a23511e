r"""Sentences of call text, and which of them say who may apply: the clauses the country and applicant
extractors trust most.

A sentence ends at a line break, ";" or ". " (not after "U.S." or "e.g."). It is an eligibility sentence
when it says who or where may apply ("eligible", "open to", "registered in", "peuvent postuler", "يحق
للمنظمات العاملة في") or stands under an eligibility heading ("Eligibility", "2. Eligible countries",
"Pays éligibles", "الأهلية"), until the heading of another section.

Example:
    >>> low = fold_lines("About\nWe fund media in Syria.\nEligibility\nNGOs registered in Jordan.").lower()
    >>> [low[s:e] for s, e, eligible in sentences(low) if eligible]
    ['eligibility', 'ngos registered in jordan.']
"""

from __future__ import annotations

import re
from bisect import bisect_right

from fursa.normalize._match import fold_pattern
from fursa.normalize.text import fold

__all__ = ["fold_lines", "sentences", "sentence_of"]

# A sentence ends at a line break, ";" or ". " - but not after one letter ("U.S.") or an abbreviation.
_BOUNDARY = re.compile(r"\n|;|(?<=[.!?؟])\s+")
_ABBREVIATION = re.compile(r"(?:^|[\s(.])(?:[a-z]|e\.g|i\.e|etc|no|art|ref|st|dr|mr|mrs|ms|vs|approx|incl)\.$")

_ELIGIBILITY = re.compile(fold_pattern(r"""(?<!\w)(?:
    eligib\w*|who\s+(?:can|may)\s+apply|(?:may|can|are\s+invited\s+to)\s+apply|open\s+to|
    (?:lead\s+|co-?)?applicants?\s+(?:must|should|shall|may|can)|
    (?:registered|based|located|established|headquartered|operating|working|active)\s+in|
    target\s+countr\w*|countr(?:y|ies)\s+(?:of\s+implementation|covered|concerned)|
    geographic(?:al)?\s+(?:scope|focus|coverage|area)|implemented\s+in|take\s+place\s+in|
    (?:countries|country|location|region)\s*:|
    peu(?:ven)?t\s+(?:postuler|candidater|soumettre|presenter\s+une\s+(?:demande|candidature|proposition))|ouverte?s?\s+aux|
    (?:basee?s?|etablie?s?|enregistree?s?|immatriculee?s?|active?s?|operant|intervenant|travaillant)\s+(?:en|au|aux|dans)|
    pays\s+(?:cibles?|concernes?|d'intervention)|zone\s+geographique|couverture\s+geographique|pays\s*:|
    الاهليه|مؤهل\w*|يحق\s+ل|يمكن\s+ل\w*\s+(?:\w+\s+){0,3}?التقدم|مفتوح\w*\s+(?:امام|ل)|
    (?:العامل|المسجل|الناشط|المقيم|الموجود)\w*\s+(?:في|ب)|(?:الدول|البلدان)\s+(?:المستهدفه|المشموله)|
    النطاق\s+الجغرافي|المنطقه\s+الجغرافيه|التغطيه\s+الجغرافيه|شروط\s+التقديم|من\s+يحق
    )"""), re.X)
# Headings may be numbered as in EU call conditions: "2. Eligible countries", "5a. Evaluation and award".
_NUMBERING = r"^\W*(?:\d{1,2}[a-z]?[.)]\s*)?"
_ELIGIBILITY_HEADING = re.compile(_NUMBERING + fold_pattern(r"""(?:
    eligibility(?:\s+criteria)?|eligible\s+(?:countries|applicants|organi[sz]ations)|who\s+(?:can|may)\s+apply|
    geographic(?:al)?\s+(?:scope|focus|coverage)|target\s+countries|countries|location|
    criteres\s+d'eligibilite|eligibilite|pays\s+eligibles|qui\s+peut\s+(?:postuler|candidater)|zone\s+geographique|
    (?:شروط|معايير)?\s*الاهليه|من\s+يحق\s+له\s+التقدم|(?:الدول|البلدان)\s+المؤهله|النطاق\s+الجغرافي
    )\W*$"""), re.X)
_OTHER_HEADING = re.compile(r"^\W*\d{1,2}[a-z]?[.)]\s|" + _NUMBERING + fold_pattern(r"""(?:
    deadline|how\s+to\s+apply|application\s+process|budget|funding|amount|grant\s+size|contact|documents|
    timeline|about|background|objectives?|priorities|selection|themes?|
    date\s+limite|comment\s+(?:postuler|candidater)|montant|calendrier|contexte|objectifs?|
    كيفيه\s+التقديم|اخر\s+موعد|الموعد\s+النهائي|الميزانيه|قيمه\s+المنحه|التمويل|للتواصل|الاهداف|خلفيه
    )\b"""), re.X)
_SECTION_LINES = 10


def fold_lines(text: str) -> str:
    """fold() line by line, keeping letter case and line breaks (headings and lists are lines)."""
    return "\n".join(line for line in (fold(raw, keep_case=True) for raw in text.splitlines()) if line)


def sentences(low: str) -> list[tuple[int, int, bool]]:
    """(start, end, is an eligibility sentence) for each sentence of folded lowercase text."""
    section = _eligibility_section_lines(low)
    spans, start = [], 0
    for m in _BOUNDARY.finditer(low):
        if m[0].isspace() and m[0] != "\n" and _ABBREVIATION.search(low[max(0, m.start() - 8):m.start()]):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(low)))
    line_starts = [0, *(m.end() for m in re.finditer("\n", low))]
    return [(s, e, bisect_right(line_starts, s) - 1 in section or bool(_ELIGIBILITY.search(low, s, e)))
            for s, e in spans if e > s]


def sentence_of(spans: list[tuple[int, int, bool]], starts: list[int], at: int) -> tuple[int, int, bool] | None:
    """The sentence holding offset `at`; `starts` is [s for s, _, _ in spans], for bisection."""
    i = bisect_right(starts, at) - 1
    return spans[i] if i >= 0 and at < spans[i][1] else None


def _eligibility_section_lines(low: str) -> set[int]:
    """Numbers of the lines under an eligibility heading, up to the next heading of another section."""
    lines = low.split("\n")
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not _ELIGIBILITY_HEADING.match(line):
            continue
        out.add(i)
        for j in range(i + 1, min(len(lines), i + 1 + _SECTION_LINES)):
            if _ELIGIBILITY_HEADING.match(lines[j]) or (
                    _OTHER_HEADING.match(lines[j]) and len(lines[j].split()) <= 8):
                break
            out.add(j)
    return out
