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
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from matcher.bridge import Tagger, org_concepts
from matcher.eligibility import CallFacts, call_facts
from matcher.lexical import LexicalIndex
from matcher.texts import call_chunks, profile_text, text_hash
from matcher.tokens import fold

# A title names what a call is about more surely than any sentence of its body, as a declared theme does.
TITLE_WEIGHT = 2
THEME_WEIGHT = 2


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_LETTER = re.compile(r"[^\W\d_]")


def mostly_arabic_script(text: str) -> bool:
    sample = text[:2000]
    letters = len(_LETTER.findall(sample))
    return letters > 0 and len(_ARABIC_LETTER.findall(sample)) > letters / 2


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


def lexical_document(call: dict) -> str:
    """What the lexical index reads of a call (a title repeated or themes appended changed nothing on the
    dev set; matcher/reverse.py indexes the same text)."""
    return f"{call['title']} {call.get('description') or ''}"


def prepare_call(call: dict, tagger: Tagger) -> CallText:
    title, body = call["title"], call.get("description") or ""
    themes = ", ".join(call.get("themes") or [])
    bag = tagger.tag(body)
    for concept, n in tagger.tag(title).items():
        bag[concept] += TITLE_WEIGHT * n
    for concept, n in tagger.tag(themes).items():
        bag[concept] += THEME_WEIGHT * n
    gloss = tagger.gloss(bag) if call.get("language") != "en" else None
    return CallText(call_chunks(call), gloss or None, bag, mostly_arabic_script(f"{title} {body}"),
                    lexical_document(call))


def prepare_profile(profile: dict, tagger: Tagger) -> ProfileText:
    themes = ", ".join(profile.get("themes") or [])
    bag = tagger.tag(f"{profile.get('name') or ''}. {profile['mission']}")
    for concept, n in tagger.tag(themes).items():
        bag[concept] += THEME_WEIGHT * n
    bag.update(org_concepts(profile.get("org_type")))
    gloss = tagger.gloss(bag) if profile.get("language") != "en" else None
    return ProfileText(profile_text(profile), gloss or None, bag, mostly_arabic_script(profile["mission"]),
                       f"{profile['mission']} {themes}")


def texts_to_embed(call_texts: list[CallText], profile_texts: list[ProfileText], *,
                   cross_lingual: bool = True) -> list[str]:
    """Every text the ranking will read. For a model that is not cross-lingual, Arabic-script text that has
    a gloss is left out: the ranking reads its gloss instead, and the longest texts are the costliest."""
    out = [t for ct in call_texts if cross_lingual or not (ct.arabic_script and ct.gloss) for t in ct.chunks]
    out += [ct.gloss for ct in call_texts if ct.gloss]
    out += [pt.text for pt in profile_texts if cross_lingual or not (pt.arabic_script and pt.gloss)]
    out += [pt.gloss for pt in profile_texts if pt.gloss]
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
    # Glosses of the calls in gloss_rows: those whose own text is in the chunk matrix too.
    gloss_matrix: np.ndarray = field(default_factory=lambda: np.zeros((0, 1), dtype=np.float32))
    gloss_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    has_gloss: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    raw_usable: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    call_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1), dtype=np.float32))
    facts: CallFacts | None = None
    tagger: Tagger | None = None
    concept_ids: list[str] = field(default_factory=list)
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
        return concept_vector(self.tagger, bag, self.concept_ids)


def concept_vector(tagger: Tagger | None, bag: Counter, concept_ids: list[str]) -> np.ndarray:
    """A concept bag as a unit vector over `concept_ids`. No corpus-wide IDF on purpose: it changed nothing
    on the dev set, and without it a call's vector depends on that call alone (reverse matching scores one
    call and must get the number the full ranking gives)."""
    weights = tagger.weights(bag) if tagger else {}
    vector = np.array([weights.get(c, 0.0) for c in concept_ids], dtype=np.float32)
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
    # Each call's rows of the chunk matrix: its chunks, or, when they were not embedded (text the model
    # cannot read, see texts_to_embed), its gloss alone. The gloss matrix then holds only the glosses of
    # calls whose own text was embedded too, so no vector is compared twice.
    def embedded(ct: CallText) -> bool:
        return all(text_hash(t) in vectors for t in ct.chunks) or not ct.gloss

    rows_of = [ct.chunks if embedded(ct) else [ct.gloss] for ct in call_texts]
    texts = [t for rows in rows_of for t in rows]
    groups = np.array([i for i, rows in enumerate(rows_of) for _ in rows], dtype=np.int64)
    starts = np.cumsum([0] + [len(rows) for rows in rows_of[:-1]], dtype=np.int64) if calls else \
        np.zeros(0, dtype=np.int64)
    zero = np.zeros(dim, dtype=np.float32)
    chunks = np.vstack([vectors.get(text_hash(t), zero) for t in texts]).astype(np.float32) if texts else \
        np.zeros((0, dim), np.float32)
    has_gloss = np.array([ct.gloss is not None for ct in call_texts], dtype=bool)
    gloss_rows = np.array([i for i, ct in enumerate(call_texts) if ct.gloss and embedded(ct)], dtype=np.int64)
    gloss = np.vstack([vectors[text_hash(call_texts[i].gloss)] for i in gloss_rows]).astype(np.float32) \
        if len(gloss_rows) else np.zeros((0, dim), dtype=np.float32)
    raw_usable = np.array([cross_lingual or not ct.arabic_script for ct in call_texts], dtype=bool)
    call_vectors = _unit_rows(np.add.reduceat(chunks, starts, axis=0)) if len(calls) else \
        np.zeros((0, dim), dtype=np.float32)
    # For the model, a call it cannot read is its gloss.
    gloss_only = ~raw_usable[gloss_rows]
    call_vectors[gloss_rows[gloss_only]] = gloss[gloss_only]

    concept_ids = list(tagger.concepts)
    concept_rows = np.vstack([concept_vector(tagger, ct.bag, concept_ids) for ct in call_texts]) if calls else \
        np.zeros((0, len(concept_ids)), dtype=np.float32)

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
        chunk_starts=starts, gloss_matrix=gloss, gloss_rows=gloss_rows, has_gloss=has_gloss, raw_usable=raw_usable,
        call_vectors=call_vectors, facts=call_facts(calls, today), tagger=tagger,
        concept_ids=concept_ids, concepts=concept_rows, bags=[ct.bag for ct in call_texts],
        theme_columns=theme_columns, themes=themes, theme_counts=np.array([len(ls) for ls in theme_lists]),
        cross_lingual=cross_lingual, index={c["id"]: i for i, c in enumerate(calls)},
    )


def attach_profile(profile: dict, ptext: ProfileText, vectors: dict[str, np.ndarray], corpus: Corpus,
                   gloss: bool = True) -> dict:
    """The profile dict with what scoring needs, under keys starting with "_" (never stored)."""
    profile["_gloss_vector"] = vectors[text_hash(ptext.gloss)] if gloss and ptext.gloss else None
    profile["_vector"] = vectors.get(text_hash(ptext.text), profile["_gloss_vector"])
    profile["_raw_usable"] = corpus.cross_lingual or not ptext.arabic_script
    profile["_bag"] = ptext.bag
    profile["_concepts"] = corpus.concept_vector(ptext.bag)
    profile["_lexical"] = ptext.lexical
    profile.setdefault("_feedback", {})
    return profile



def complete(corpus: Corpus, today: dt.date) -> Corpus:
    """Fill in the arrays of a corpus built with the first version's five fields (calls, chunk texts, chunk
    groups, chunk matrix, lexical index), as matcher/reverse.py builds a one-call corpus. No gloss vectors
    exist then, so a non-English call is compared on its own text."""
    if corpus.facts is not None:
        return corpus
    tagger = corpus.tagger or _default_tagger()
    call_texts = [prepare_call(c, tagger) for c in corpus.calls]
    for ct in call_texts:
        ct.gloss = None
    vectors = {text_hash(t): v for t, v in zip(corpus.chunk_texts, corpus.chunk_matrix, strict=True)}
    vectors.update({text_hash(t): vectors[text_hash(t)] for ct in call_texts for t in ct.chunks
                    if text_hash(t) not in vectors and t in corpus.chunk_texts})
    lexical = corpus.lexical
    built = assemble(corpus.calls, call_texts, vectors, tagger, today, cross_lingual=corpus.cross_lingual,
                     embedded_now=corpus.embedded_now)
    built.lexical = lexical
    return built


def complete_profile(profile: dict, corpus: Corpus) -> dict:
    """A profile dict carrying only "_vector" (first-version callers) gets the rest of what scoring needs."""
    if "_concepts" in profile:
        return profile
    ptext = prepare_profile(profile, corpus.tagger or _default_tagger())
    return attach_profile({**profile, "_gloss_vector": None}, ptext, {text_hash(ptext.text): profile["_vector"]},
                          corpus, gloss=False)


def _default_tagger() -> Tagger:
    from matcher.bridge import default_tagger

    return default_tagger()
