import numpy as np

from matcher.lexical import LexicalIndex


def test_arabic_query_meets_a_document_with_clitics_attached():
    index = LexicalIndex(["برنامج للتعليم والمدارس", "مشاريع المياه"])
    scores = index.scores("دعم التعليم")
    assert scores[0] > 0 and scores[1] == 0


def test_scores_are_cosines_in_zero_to_one():
    index = LexicalIndex(["independent media grants", "water networks", "media media media"])
    scores = index.scores("independent media grants")
    assert np.isclose(scores[0], 1.0, atol=1e-5) and (scores >= 0).all() and (scores <= 1 + 1e-6).all()


def test_an_empty_corpus_and_a_stop_word_query_score_zero():
    assert LexicalIndex([]).scores("media").shape == (0,)
    assert LexicalIndex(["media grants"]).scores("the and of").tolist() == [0.0]
