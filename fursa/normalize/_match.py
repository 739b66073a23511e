"""Whole-phrase matching over folded text (see text.fold), tolerant of Arabic clitics.

Arabic glues "and" (و/ف), prepositions (ب/ك/ل) and the article (ال, which becomes لل after ل) to the
next word: في سوريا، بسوريا، ولبنان، والعراق، للعراق. Phrases are written once in their plain form and every
text word is also tried without those prefixes.

Matching walks the text word by word and looks phrases up by their first word, so thousands of phrases
cost no more than a few: one regex alternation over all country names took minutes on a long page.

Example:
    >>> m = PhraseMatcher({"العراق": "IQ", "لبنان": "LB"}, article="as_written")
    >>> [v for _, _, v in m.finditer(fold("دعم ولبنان وللعراق"))]
    ['LB', 'IQ']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal

from fursa.normalize.text import fold

_WORD = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
# Between two words of one phrase: spaces, hyphens, apostrophes, "&", "/" and commas; never a sentence end.
_JOINER = re.compile(r"[\s\-'&/,]*")
_MIN_STEM = 2


def fold_pattern(source: str) -> str:
    """Folds the Arabic literals of a hand-written regex (آخر → اخر, على → علي) so it matches folded text."""
    return re.sub(r"[\u0600-\u06ff\u0750-\u077f]+", lambda m: fold(m[0]), source)


def _split_article(word: str) -> tuple[bool, str]:
    if _ARABIC.match(word) and word.startswith("ال") and len(word) > 3:
        return True, word[2:]
    return False, word


def _readings(token: str) -> list[tuple[str, str, bool]]:
    """Ways to read a text word as (prefix letters, stem, has article); Latin words have one reading."""
    if not _ARABIC.match(token):
        return [("", token, False)]
    out = [("", token, False)]
    for conj in ("", "و", "ف"):
        if not token.startswith(conj):
            continue
        rest = token[len(conj):]
        for prep in ("", "ب", "ك", "ل"):
            if not rest.startswith(prep):
                continue
            tail = rest[len(prep):]
            if prep == "ل" and tail.startswith("ل") and len(tail) > _MIN_STEM:
                out.append((conj + prep, tail[1:], True))  # لل = ل + ال
            if tail.startswith("ال") and len(tail) > _MIN_STEM + 1:
                out.append((conj + prep, tail[2:], True))
            if (conj or prep) and len(tail) >= _MIN_STEM:
                out.append((conj + prep, tail, False))
    return out


class PhraseMatcher:
    """Finds phrases as whole words; where several start at one word, the longest wins.

    article="as_written": an Arabic first word keeps or lacks its article as written (مالي, Mali, is not
    المالي, "the financial"); "optional": التعليم, تعليم and للتعليم are one keyword. Later Arabic words may
    always take or drop the article and a leading و, since adjectives agree with their noun.
    case_sensitive=True compares letters as written (for abbreviations such as "US" or "ET").
    """

    def __init__(self, phrases: Mapping[str, Any], article: Literal["optional", "as_written"] = "optional",
                 case_sensitive: bool = False):
        self._article = article
        self._case_sensitive = case_sensitive
        self._index: dict[str, list[tuple[bool, list[str], Any]]] = {}
        for phrase, value in phrases.items():
            words = _WORD.findall(fold(phrase, keep_case=case_sensitive))
            if not words:
                continue
            has_article, stem = _split_article(words[0])
            rest = [_split_article(w)[1] for w in words[1:]]
            self._index.setdefault(stem, []).append((has_article, rest, value))
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[1]))  # more words first

    def _first_word_ok(self, has_article: bool, reading: tuple[str, str, bool]) -> bool:
        prefix, _, text_article = reading
        if self._article == "optional":
            return True
        if has_article:
            return text_article
        return not text_article and (not prefix or len(reading[1]) > _MIN_STEM)

    def finditer(self, folded: str) -> Iterator[tuple[int, int, Any]]:
        """(start, end, value) for each non-overlapping match, left to right."""
        tokens = [(m.start(), m.end(), m[0]) for m in _WORD.finditer(folded)]
        i = 0
        while i < len(tokens):
            best: tuple[int, Any] | None = None  # (index of last token, value)
            for reading in _readings(tokens[i][2]):
                for has_article, rest, value in self._index.get(reading[1], ()):
                    if not self._first_word_ok(has_article, reading):
                        continue
                    last = self._match_rest(tokens, folded, i, rest)
                    if last is not None and (best is None or last > best[0]):
                        best = (last, value)
            end = tokens[best[0]][1] if best else 0
            if best is None or (self._case_sensitive and folded[end:end + 1] == "$"):  # "US$" is money
                i += 1
                continue
            yield tokens[i][0], end, best[1]
            i = best[0] + 1

    @staticmethod
    def _match_rest(tokens: list[tuple[int, int, str]], folded: str, i: int, rest: list[str]) -> int | None:
        for k, word in enumerate(rest, start=i + 1):
            if k >= len(tokens):
                return None
            between = folded[tokens[k - 1][1]:tokens[k][0]]
            # "U.S.": a dot may join single letters; otherwise a dot ends the phrase.
            if not _JOINER.fullmatch(between) and not (between == "." and tokens[k - 1][1] - tokens[k - 1][0] == 1):
                return None
            stems = {stem for prefix, stem, _ in _readings(tokens[k][2]) if prefix in ("", "و")}
            stems |= {_split_article(s)[1] for s in stems}
            if word not in stems:
                return None
        return i + len(rest)
