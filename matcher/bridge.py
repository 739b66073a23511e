"""The cross-language bridge: concepts from a curated en/fr/ar/tr/ku vocabulary, tagged in calls and profiles.

The bundled embedding model reads English only: to it, every Arabic text looks like every other Arabic text
(cosine ≈ 0.75 whatever the topic). The bridge gives the ranking two language-free signals instead:

- a concept bag per text (data/vocab/bridge.json and bridge_places.json), compared between profile and
  call as IDF-weighted cosine: an Arabic mission about التعليم and an English call about schools share
  "education";
- an English gloss (the labels of a text's concepts) that is embedded alongside the text, so the dense
  model can compare an Arabic profile with English calls and back (see matcher/corpus.py).

Both keep working when a multilingual model is configured: the concept bag does not depend on the model.

Example:
    >>> tagger = default_tagger()
    >>> sorted(tagger.tag("دعم تعليم الأطفال النازحين في إدلب"))
    ['children', 'displacement', 'education', 'place:SY']
    >>> tagger.gloss(tagger.tag("Radyoya civakî ji bo jinan û zarokan"))
    'media and journalism, children, women, media outlets'
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from matcher.tokens import fold, readings, words

VOCAB_DIR = Path(__file__).resolve().parent.parent / "data" / "vocab"
VOCAB_FILES = ("bridge.json", "bridge_places.json")
# How much a concept of each kind counts in a bag: what a text is about weighs more than who it is for,
# and much more than where (eligibility reads the countries; here places only nudge).
KIND_WEIGHTS = {"theme": 1.0, "group": 0.6, "applicant": 0.5, "place": 0.4}
# A profile's organization type as a concept, so "women-led organisations are encouraged" meets a
# women-led profile whatever language either is written in.
ORG_CONCEPTS = {"women_led_org": "org_women_led", "media_org": "org_media", "cbo": "org_community"}
GLOSS_CONCEPTS = 10
_TERM_WORD = re.compile(r"[^\W_]+\*?")


@dataclass(frozen=True)
class Concept:
    id: str
    kind: str
    labels: dict[str, str]

    @property
    def weight(self) -> float:
        return KIND_WEIGHTS.get(self.kind, 1.0)


@dataclass(frozen=True)
class _Entry:
    rest: tuple[tuple[str, bool], ...]  # the term's later words: (folded word or prefix, is prefix)
    concepts: tuple[str, ...]


def _term_words(term: str) -> list[tuple[str, bool]]:
    out = []
    for raw in _TERM_WORD.findall(fold(term)):
        prefix = raw.endswith("*")
        word = raw.rstrip("*")
        # Arabic terms are stored without the article: the text side tries every clitic-free reading.
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        out.append((word, prefix))
    return out


def _word_matches(spec: tuple[str, bool], token: str) -> bool:
    word, prefix = spec
    if prefix:
        return any(r.startswith(word) for r in readings(token))
    return word in readings(token)


@dataclass
class Tagger:
    """Finds vocabulary terms in a text, longest first, and counts the concepts they name."""

    concepts: dict[str, Concept]
    _exact: dict[str, list[_Entry]] = field(default_factory=dict, repr=False)
    _prefix: dict[str, list[_Entry]] = field(default_factory=dict, repr=False)
    _prefix_lengths: tuple[int, ...] = ()

    @classmethod
    def from_vocab(cls, vocab: dict[str, dict]) -> Tagger:
        """`vocab`: concept id -> {"kind", "label": {lang: text}, "terms": {lang: [term, ...]}}."""
        tagger = cls({cid: Concept(cid, v.get("kind", "theme"), dict(v.get("label", {})))
                      for cid, v in vocab.items()})
        by_term: dict[tuple, list[str]] = {}
        for cid, v in vocab.items():
            for terms in v.get("terms", {}).values():
                for term in terms:
                    spec = tuple(_term_words(term))
                    if spec:
                        by_term.setdefault(spec, [])
                        if cid not in by_term[spec]:
                            by_term[spec].append(cid)
        for spec, cids in by_term.items():
            (first, prefix), rest = spec[0], spec[1:]
            index = tagger._prefix if prefix else tagger._exact
            index.setdefault(first, []).append(_Entry(rest, tuple(cids)))
        for index in (tagger._exact, tagger._prefix):
            for entries in index.values():
                entries.sort(key=lambda e: -len(e.rest))
        tagger._prefix_lengths = tuple(sorted({len(p) for p in tagger._prefix}))
        tagger._starts = cache(tagger._starts_uncached)
        return tagger

    def _starts_uncached(self, token: str) -> tuple[_Entry, ...]:
        found: list[_Entry] = []
        for r in readings(token):
            found.extend(self._exact.get(r, ()))
            for length in self._prefix_lengths:
                if len(r) < length:
                    break
                found.extend(self._prefix.get(r[:length], ()))
        return tuple(dict.fromkeys(found))

    def _starts(self, token: str) -> tuple[_Entry, ...]:  # replaced by a per-instance cache
        return self._starts_uncached(token)

    def matches(self, text: str | None) -> list[tuple[int, int, tuple[str, ...]]]:
        """(first word, last word + 1, concept ids) of each term found, left to right, longest first."""
        tokens = words(text)
        out = []
        i = 0
        while i < len(tokens):
            best_end, best = 0, []
            for entry in self._starts(tokens[i]):
                end = i + 1 + len(entry.rest)
                if end < best_end or end > len(tokens):
                    continue
                if all(_word_matches(spec, tokens[i + 1 + k]) for k, spec in enumerate(entry.rest)):
                    if end > best_end:
                        best_end, best = end, list(entry.concepts)
                    else:
                        best.extend(c for c in entry.concepts if c not in best)
            if best_end:
                out.append((i, best_end, tuple(best)))
                i = best_end
            else:
                i += 1
        return out

    def tag(self, text: str | None) -> Counter[str]:
        """How often each concept is named in `text`."""
        counts: Counter[str] = Counter()
        for _, _, cids in self.matches(text):
            counts.update(cids)
        return counts

    def weights(self, counts: Counter[str]) -> dict[str, float]:
        """Concept -> weight before IDF: the kind's weight times a dampened count."""
        return {c: self.concepts[c].weight * (1.0 + math.log(n)) for c, n in counts.items() if n > 0}

    def gloss(self, counts: Counter[str], language: str = "en") -> str:
        """The labels of the strongest concepts, in `language` (English by default): what the dense model
        reads for a text in a script it does not know. Depends on the text alone, so its vector caches."""
        ranked = sorted(self.weights(counts).items(), key=lambda kv: (-kv[1], kv[0]))
        labels = [self.label(c, language) for c, _ in ranked[:GLOSS_CONCEPTS]]
        return ", ".join(dict.fromkeys(labels))

    def label(self, concept_id: str, language: str = "en") -> str:
        concept = self.concepts.get(concept_id)
        if concept is None:
            return concept_id
        return concept.labels.get(language) or concept.labels.get("en") or concept_id


def load_vocab(paths: Iterable[Path]) -> dict[str, dict]:
    """Concepts from the bridge files; places get ids "place:<ISO code>". Keys starting with "_" are notes."""
    vocab: dict[str, dict] = {}
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for section, prefix in (("concepts", ""), ("places", "place:")):
            for cid, entry in data.get(section, {}).items():
                if not cid.startswith("_"):
                    vocab[prefix + cid] = entry
    return vocab


@cache
def default_tagger() -> Tagger:
    return Tagger.from_vocab(load_vocab(VOCAB_DIR / name for name in VOCAB_FILES))


def org_concepts(org_type: str | None) -> list[str]:
    concept = ORG_CONCEPTS.get(org_type or "")
    return [concept] if concept else []
