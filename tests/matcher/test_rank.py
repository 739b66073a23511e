import numpy as np

from matcher.rank import cosine_scores, max_by_group, rank


def test_cosine_scores_of_identical_direction_is_one():
    matrix = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0]])
    scores = cosine_scores(np.array([0.0, 5.0]), matrix)
    assert np.allclose(scores, [0.0, 1.0, np.sqrt(0.5)])


def test_cosine_scores_of_zero_row_is_zero_not_nan():
    scores = cosine_scores(np.array([1.0, 0.0]), np.array([[0.0, 0.0]]))
    assert scores.tolist() == [0.0]


def test_max_by_group_returns_best_chunk_per_call():
    scores = np.array([0.1, 0.9, 0.4, 0.3])
    best, arg = max_by_group(scores, np.array([0, 0, 1, 1]), 2)
    assert best.tolist() == [0.9, 0.4]
    assert arg.tolist() == [1, 2]


def test_rank_puts_lower_tier_first_whatever_the_score():
    order = rank(np.array([90.0, 10.0, 50.0]), np.array([2, 0, 1]))
    assert order.tolist() == [1, 2, 0]


def test_rank_breaks_ties_by_index_so_order_is_deterministic():
    order = rank(np.array([5.0, 5.0, 5.0, 7.0]))
    assert order.tolist() == [3, 0, 1, 2]


def test_rank_treats_nan_as_zero():
    order = rank(np.array([np.nan, 1.0]))
    assert order.tolist() == [1, 0]


def test_rank_top_k_truncates():
    assert rank(np.array([1.0, 3.0, 2.0]), top_k=2).tolist() == [1, 2]


def test_rank_top_k_by_partition_equals_a_full_sort_even_with_ties():
    rng = np.random.default_rng(7)
    scores = rng.integers(0, 20, size=5_000).astype(float)  # many ties at every cut
    tiers = rng.integers(0, 3, size=5_000)
    assert rank(scores, tiers, top_k=50).tolist() == rank(scores, tiers)[:50].tolist()
