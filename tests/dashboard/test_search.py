"""Searching calls by keyword (folded, every word required) and by meaning (stored vectors, query encoded)."""

from __future__ import annotations

import numpy as np

from dashboard.search import keyword_scores, load_texts, load_vectors, meaning_scores
from fursa.store import open_store
from tests.dashboard.conftest import seed_store
from tests.fakes import KeywordEncoder


def test_keyword_search_needs_every_word_and_weighs_titles(dash):
    seed_store(dash, matched=False)
    with open_store(dash.db) as con:
        texts = load_texts(con)
    scores = dict(zip(texts.ids, keyword_scores(texts, "Rapid response"), strict=True))
    assert scores["fundsforngos:urgent-action-fund-rapid-response"] > 0
    assert sum(1 for s in scores.values() if s > 0) == 1
    title_hit = dict(zip(texts.ids, keyword_scores(texts, "livelihoods"), strict=True))
    body_hit = dict(zip(texts.ids, keyword_scores(texts, "Mafraq"), strict=True))
    assert title_hit["fundsforngos:jordan-refugee-livelihoods-2026"] > body_hit["fundsforngos:jordan-refugee-livelihoods-2026"]


def test_keyword_search_folds_arabic_spelling_variants(dash):
    seed_store(dash, matched=False)
    with open_store(dash.db) as con:
        texts = load_texts(con)
    # "المستقلة" is written with ta marbuta in the call; typed with ha it still matches.
    scores = dict(zip(texts.ids, keyword_scores(texts, "المستقله"), strict=True))
    assert scores["arabic_calls_feed:samir-kassir-2026-media"] > 0


def test_meaning_search_uses_the_stored_vectors_and_reports_calls_without_them(dash):
    seed_store(dash)  # the matcher stores every call's vectors (fake encoder)
    encoder = KeywordEncoder()
    with open_store(dash.db) as con:
        texts = load_texts(con)
        index = load_vectors(con, encoder.name, texts)
        assert not load_vectors(con, "another/model", texts).embedded.any()
    assert index.embedded.all()
    scores = meaning_scores(index, encoder.encode(["women human rights defenders"])[0], len(texts.ids))
    best = texts.ids[int(np.argmax(scores))]
    assert best == "fundsforngos:urgent-action-fund-rapid-response"
