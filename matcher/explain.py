"""Why a call fits: the concepts and themes it shares with the profile, and its closest passages.

Passages are the call's sentences that name the most shared concepts (in any language, through the
bridge) and share the most words with the profile; they are picked for the calls shown only.
"""

from __future__ import annotations

import re

import numpy as np

from matcher.corpus import Corpus, theme_key
from matcher.lexical import analyze

PASSAGE_CHARS = 320
PASSAGES = 2
_SENTENCE = re.compile(r"(?<=[.!?؛;])\s+|\n+")


def shared_concepts(profile: dict, corpus: Corpus, i: int) -> list[str]:
    """Concept ids both sides name, strongest contribution to the similarity first."""
    contribution = profile["_concepts"] * corpus.concepts[i]
    order = np.argsort(-contribution, kind="stable")
    return [corpus.concept_ids[j] for j in order if contribution[j] > 0]


def shared_theme_labels(profile: dict, call: dict, concepts: list[str], corpus: Corpus) -> list[str]:
    """Declared theme labels both carry, then the English labels of the other shared subject concepts."""
    mine = {theme_key(t) for t in profile.get("themes") or []}
    labels = [t for t in call.get("themes") or [] if theme_key(t) in mine]
    tagger = corpus.tagger
    if tagger is None:
        return labels
    named = {c for label in labels for c in tagger.tag(label)}
    for concept in concepts:
        if concept not in named and tagger.concepts[concept].kind in ("theme", "group"):
            labels.append(tagger.label(concept))
    return list(dict.fromkeys(labels))


def _trim(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PASSAGE_CHARS else text[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"


def closest_passages(profile: dict, corpus: Corpus, i: int, concepts: list[str]) -> list[str]:
    """Up to PASSAGES sentences of the call, in reading order, that best match the profile."""
    call = corpus.calls[i]
    body = call.get("description") or ""
    sentences = [s for s in _SENTENCE.split(body) if s.strip()]
    if not sentences:
        return [call["title"]]
    wanted = set(concepts)
    profile_words = {w for w in analyze(profile.get("_lexical") or "") if " " not in w}
    scored = []
    for k, sentence in enumerate(sentences):
        hits = sum(1 for _, _, cids in corpus.tagger.matches(sentence) if wanted.intersection(cids)) \
            if corpus.tagger else 0
        words = {w for w in analyze(sentence) if " " not in w}
        score = hits + 0.5 * len(words & profile_words)
        if score > 0:
            scored.append((-score, k))
    if not scored:
        return [_trim(sentences[0])]
    best = sorted(k for _, k in sorted(scored)[:PASSAGES])
    return [_trim(sentences[k]) for k in best]


def opening(corpus: Corpus, i: int) -> str:
    """The call's first sentence: the cheap passage for matches far down a ranking."""
    body = corpus.calls[i].get("description") or ""
    first = next((s for s in _SENTENCE.split(body) if s.strip()), "")
    return _trim(first) if first else corpus.calls[i]["title"]


def explanation(profile: dict, corpus: Corpus, i: int, nearest_saved: int = -1, detailed: bool = True) -> dict:
    """`detailed`: pick the closest passages (for the calls people read); otherwise the call's opening."""
    concepts = shared_concepts(profile, corpus, i)
    passages = closest_passages(profile, corpus, i, concepts) if detailed else [opening(corpus, i)]
    out = {
        "shared_themes": shared_theme_labels(profile, corpus.calls[i], concepts, corpus),
        "shared_concepts": concepts,
        "passage": passages[0],
        "passages": passages,
    }
    if nearest_saved >= 0 and nearest_saved != i:
        saved = corpus.calls[nearest_saved]
        out["similar_saved"] = {"call_id": saved["id"], "title": saved["title"]}
    return out
