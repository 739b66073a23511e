"""The corpus: every candidate call as arrays, built once per run and scored for many profiles.

Building has two halves so that no database lock is held while encoding (matcher/service.py):
`prepare_call` / `prepare_profile` decide what each text is (chunks, English gloss, concept bag) and
`texts_to_embed` lists what the model must read; `assemble` and `attach_profile` turn cached vectors into
the arrays `matcher.scorer` works on.

The English gloss (matcher/bridge.py) is embedded for every text not written in English. When the model
is not cross-lingual (the bundled English model), Arabic-script text is not embedded as it is in the
ranking: to such a model every Arabic text resembles every other one, so its gloss stands in for it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from matcher.bridge import Tagger, org_concepts
from matcher.eligibility import CallFacts, call_facts
from matcher.lexical import LexicalIndex
from matcher.texts import call_chunks, profile_text, text_hash
from matcher.tokens import fold, is_arabic

# A title names what a call is about more surely than any sentence of its body, as a declared theme does.
TITLE_WEIGHT = 2
THEME_WEIGHT = 2


def mostly_arabic_script(text: str) -> bool:
    letters = [ch for ch in text[:2000] if ch.isalpha()]
    return bool(letters) and sum(is_arabic(ch) for ch in letters) > len(letters) / 2


def theme_key(label: str) -> str:
    return " ".join(fold(label).split())


@dataclass
class CallText:
    chunks: list[str]
    gloss: str | None
    bag: Counter
    arabic_script: bool
    lexical: str


@dataclass
class ProfileText:
    text: str
    gloss: str | None
    bag: Counter
    arabic_script: bool
    lexical: str


def prepare_call(call: dict, tagger: Tagger) -> CallText:
    title, body = call["title"], call.get("description") or ""
    themes = ", ".join(call.get("themes") or [])
    bag = tagger.tag(body)
    for _ in range(TITLE_WEIGHT):
        bag.update(tagger.tag(title))
    for _ in range(THEME_WEIGHT):
        bag.update(tagger.tag(themes))
    gloss = tagger.gloss(bag) if call.get("language") != "en" else None
    return CallText(call_chunks(call), gloss or None, bag, mostly_arabic_script(f"{title} {body}"),
                    f"{title} {title} {body} {themes}")


def prepare_profile(profile: dict, tagger: Tagger) -> ProfileText:
    themes = ", ".join(profile.get("themes") or [])
    bag = tagger.tag(f"{profile.get('name') or ''}. {profile['mission']}")
    for _ in range(THEME_WEIGHT):
        bag.update(tagger.tag(themes))
    bag.update(org_concepts(profile.get("org_type")))
    gloss = tagger.gloss(bag) if profile.get("language") != "en" else None
    return ProfileText(profile_text(profile), gloss or None, bag, mostly_arabic_script(profile["mission"]),
                       f"{profile['mission']} {themes}")


def texts_to_embed(call_texts: list[CallText], profile_texts: list[ProfileText]) -> list[str]:
    out = [t for ct in call_texts for t in ct.chunks]
    out += [ct.gloss for ct in call_texts if ct.gloss]
    out += [pt.text for pt in profile_texts] + [pt.gloss for pt in profile_texts if pt.gloss]
    return out


@dataclass
class Corpus:
    """Every candidate call with its vectors, words, concepts and eligibility facts."""

    calls: list[dict]
    chunk_texts: list[str]
    chunk_groups: np.ndarray      # call index of each chunk row (ascending)
    chunk_matrix: np.ndarray      # one unit vector per chunk
    lexical: LexicalIndex
    embedded_now: int = 0
    chunk_starts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    gloss_matrix: np.ndarray = field(default_factory=lambda: np.zeros((0, 1), dtype=np.float32))
    has_gloss: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    raw_usable: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    call_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1), dtype=np.float32))
    facts: CallFacts | None = None
    tagger: Tagger | None = None
    concept_ids: list[str] = field(default_factory=list)
    idf: np.ndarray = field(default_factory=lambda: np.zeros(0))
    concepts: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    bags: list[Counter] = field(default_factory=list)
    theme_columns: dict[str, int] = field(default_factory=dict)
    themes: sp.csc_matrix | None = None
    theme_counts: np.ndarray = field(default_factory=lambda: np.zeros(0))
    cross_lingual: bool = False
    index: dict[str, int] = field(default_factory=dict)

    def chunk_rows(self, i: int) -> range:
        end = self.chunk_starts[i + 1] if i + 1 < len(self.chunk_starts) else len(self.chunk_texts)
        return range(int(self.chunk_starts[i]), int(end))

    def concept_vector(self, bag: Counter) -> np.ndarray:
        """A bag as an IDF-weighted unit vector over this corpus's concepts."""
        weights = self.tagger.weights(bag) if self.tagger else {}
        column = {c: j for j, c in enumerate(self.concept_ids)}
        vector = np.zeros(len(self.concept_ids), dtype=np.float32)
        for concept, weight in weights.items():
            if concept in column:
                vector[column[concept]] = weight * self.idf[column[concept]]
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32, copy=False)


def assemble(calls: list[dict], call_texts: list[CallText], vectors: dict[str, np.ndarray], tagger: Tagger,
             today: dt.date, *, cross_lingual: bool = False, embedded_now: int = 0) -> Corpus:
    """The corpus arrays from prepared calls and a vector for every embedded text (by text hash)."""
    dim = next(iter(vectors.values())).shape[0] if vectors else 1
    texts = [t for ct in call_texts for t in ct.chunks]
    groups = np.array([i for i, ct in enumerate(call_texts) for _ in ct.chunks], dtype=np.int64)
    starts = np.cumsum([0] + [len(ct.chunks) for ct in call_texts[:-1]], dtype=np.int64) if calls else \
        np.zeros(0, dtype=np.int64)
    chunks = np.vstack([vectors[text_hash(t)] for t in texts]).astype(np.float32) if texts else \
        np.zeros((0, dim), np.float32)
    gloss = np.zeros((len(calls), dim), dtype=np.float32)
    has_gloss = np.array([ct.gloss is not None for ct in call_texts], dtype=bool)
    for i, ct in enumerate(call_texts):
        if ct.gloss:
            gloss[i] = vectors[text_hash(ct.gloss)]
    raw_usable = np.array([cross_lingual or not ct.arabic_script for ct in call_texts], dtype=bool)
    mean_raw = _unit_rows(np.add.reduceat(chunks, starts, axis=0)) if len(calls) else gloss
    call_vectors = np.where((~raw_usable & has_gloss)[:, None], gloss, mean_raw) if len(calls) else gloss

    concept_ids = list(tagger.concepts)
    column = {c: j for j, c in enumerate(concept_ids)}
    df = np.zeros(len(concept_ids))
    for ct in call_texts:
        for concept in ct.bag:
            df[column[concept]] += 1
    idf = np.log((1 + len(calls)) / (1 + df)) + 1.0
    concept_rows = np.zeros((len(calls), len(concept_ids)), dtype=np.float32)
    for i, ct in enumerate(call_texts):
        for concept, weight in tagger.weights(ct.bag).items():
            concept_rows[i, column[concept]] = weight * idf[column[concept]]

    theme_columns: dict[str, int] = {}
    theme_lists = [sorted({theme_key(t) for t in (c.get("themes") or []) if theme_key(t)}) for c in calls]
    for labels in theme_lists:
        for label in labels:
            theme_columns.setdefault(label, len(theme_columns))
    indptr = np.cumsum([0] + [len(ls) for ls in theme_lists])
    indices = [theme_columns[label] for ls in theme_lists for label in ls]
    themes = sp.csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr),
                           shape=(len(calls), max(len(theme_columns), 1))).tocsc()

    return Corpus(
        calls=calls, chunk_texts=texts, chunk_groups=groups, chunk_matrix=chunks,
        lexical=LexicalIndex([ct.lexical for ct in call_texts]), embedded_now=embedded_now,
        chunk_starts=starts, gloss_matrix=gloss, has_gloss=has_gloss, raw_usable=raw_usable,
        call_vectors=call_vectors.astype(np.float32), facts=call_facts(calls, today), tagger=tagger,
        concept_ids=concept_ids, idf=idf, concepts=_unit_rows(concept_rows), bags=[ct.bag for ct in call_texts],
        theme_columns=theme_columns, themes=themes, theme_counts=np.array([len(ls) for ls in theme_lists]),
        cross_lingual=cross_lingual, index={c["id"]: i for i, c in enumerate(calls)},
    )


def attach_profile(profile: dict, ptext: ProfileText, vectors: dict[str, np.ndarray], corpus: Corpus) -> dict:
    """The profile dict with what scoring needs, under keys starting with "_" (never stored)."""
    profile["_vector"] = vectors[text_hash(ptext.text)]
    profile["_gloss_vector"] = vectors[text_hash(ptext.gloss)] if ptext.gloss else None
    profile["_raw_usable"] = corpus.cross_lingual or not ptext.arabic_script
    profile["_bag"] = ptext.bag
    profile["_concepts"] = corpus.concept_vector(ptext.bag)
    profile["_lexical"] = ptext.lexical
    profile.setdefault("_feedback", {})
    return profile

