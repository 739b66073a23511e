"""`fursa eval`: metrics checked against hand computation, QRELS parsing, the files-to-report run."""

import json
import math

import pytest

from fursa.errors import InputError
from matcher.evaluate import (
    evaluate_files,
    evaluate_rankings,
    feedback_effect,
    ndcg_at,
    precision_at,
    read_qrels,
    recall_at,
    simulated_feedback,
)
from tests import factories
from tests.fakes import KeywordEncoder

JUDGED = {"a": 3, "b": 2, "c": 0, "d": 1, "e": 2}
RANKING = ["c", "a", "x", "e", "d", "b", "y"]


def test_ndcg_at_10_by_hand():
    # DCG: a (grade 3) at rank 2, e (2) at 4, d (1) at 5, b (2) at 6; ideal order 3, 2, 2, 1.
    dcg = 3 / math.log2(3) + 2 / math.log2(5) + 1 / math.log2(6) + 2 / math.log2(7)
    ideal = 3 + 2 / math.log2(3) + 2 / math.log2(4) + 1 / math.log2(5)
    assert ndcg_at(RANKING, JUDGED) == pytest.approx(dcg / ideal)
    assert ndcg_at(RANKING, JUDGED) == pytest.approx(0.6769, abs=1e-4)


def test_precision_at_5_counts_grade_two_and_above():
    assert precision_at(RANKING, JUDGED) == pytest.approx(2 / 5)  # a and e; d is grade 1


def test_recall_at_20_over_all_relevant_calls():
    assert recall_at(RANKING, JUDGED) == 1.0
    late = ["c"] + [f"filler{i}" for i in range(19)] + ["a", "b", "e"]
    assert recall_at(late, JUDGED) == 0.0
    assert recall_at(["b"] + late, JUDGED) == pytest.approx(1 / 3)


def test_a_profile_with_nothing_to_find_is_left_out_of_the_means():
    profiles = [{"id": "p", "language": "ar"}, {"id": "q", "language": "en"}]
    report = evaluate_rankings({"p": RANKING, "q": RANKING}, profiles, {"p": JUDGED, "q": {"a": 0}}, {"x"})
    assert report["overall"]["ndcg@10"] == pytest.approx(0.6769, abs=1e-4)
    assert report["per_language"]["en"]["ndcg@10"] is None
    assert report["overall"]["expired@10"] == 2  # x is expired and in both top-10s


def write_qrels(tmp_path, *lines):
    path = tmp_path / "qrels.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_qrels_are_read_with_blank_lines_and_a_byte_order_mark(tmp_path):
    path = write_qrels(tmp_path, "\ufeffprofile_id\tcall_id\tgrade", "p\ta\t3", "", "p\tb\t0")
    assert read_qrels(path) == {"p": {"a": 3, "b": 0}}


@pytest.mark.parametrize(("lines", "where", "message"), [
    (("profile\tcall\tgrade", "p\ta\t1"), ":1", "header"),
    (("profile_id\tcall_id\tgrade", "p\ta\t4"), ":2", "0-3"),
    (("profile_id\tcall_id\tgrade", "p\ta\t1", "p\tb\ttwo"), ":3", "0-3"),
    (("profile_id\tcall_id\tgrade", "p a 1"), ":2", "3 tab-separated"),
    (("profile_id\tcall_id\tgrade", "p\ta\t1", "p\ta\t2"), ":3", "twice"),
    (("profile_id\tcall_id\tgrade", "nobody\ta\t1"), ":2", "unknown profile"),
    (("profile_id\tcall_id\tgrade", "p\tnothing\t1"), ":2", "unknown call"),
])
def test_bad_qrels_name_file_and_line(tmp_path, lines, where, message):
    path = write_qrels(tmp_path, *lines)
    with pytest.raises(InputError, match=message) as err:
        read_qrels(path, profile_ids={"p"}, call_ids={"a", "b"})
    assert err.value.location == f"{path}{where}"


def test_simulated_feedback_saves_the_good_dismisses_the_bad_and_leaves_doubts():
    assert simulated_feedback(RANKING, JUDGED) == {"c": "dismissed", "a": "saved", "x": "dismissed", "e": "saved"}


def test_feedback_effect_measures_only_calls_not_yet_revealed():
    profiles = [{"id": "p", "language": "en"}]
    seen = []

    first = ["c", "a", "x", "e", "d", "y", "b"]

    def rank_fn(profile):
        seen.append(dict(profile["_feedback"]))
        return first if not profile["_feedback"] else ["b", "y", "c", "a", "x", "e", "d"]

    effect = feedback_effect(rank_fn, profiles, {"p": JUDGED}, set())
    assert seen == [{}, simulated_feedback(first, JUDGED)]
    # Residual collection: the first five (c, a, x, e, d) are gone from rankings and judgements alike, so
    # only b (grade 2) is left to find: second after feedback-free ranking, first with feedback.
    assert effect["before"]["overall"]["ndcg@10"] == pytest.approx(1 / math.log2(3), abs=1e-4)
    assert effect["after"]["overall"]["ndcg@10"] == 1.0


@pytest.fixture
def eval_files(tmp_path):
    calls = factories.write_jsonl(tmp_path / "calls.jsonl", factories.all_calls())
    profiles = factories.write_jsonl(tmp_path / "profiles.jsonl", factories.all_profiles())
    qrels = write_qrels(tmp_path, "profile_id\tcall_id\tgrade",
                        "beirut-independent-media\tarabic_calls_feed:samir-kassir-2026-media\t3",
                        "cso-nes-coalition\teu_funding_tenders:EuropeAid/187432/DD/ACT/SY\t3",
                        "idlib-womens-cbo\tfundsforngos:urgent-action-fund-rapid-response\t2")
    return calls, profiles, qrels


def test_evaluate_files_reports_overall_per_language_and_counts(settings, eval_files):
    report = evaluate_files(settings, KeywordEncoder(), *eval_files)
    assert report["counts"] == {"calls": 4, "profiles": 3, "judged_pairs": 3, "relevant_pairs": 3,
                                "expired_calls": 1, "profiles_per_language": {"ar": 2, "en": 1}}
    assert set(report["per_language"]) == {"ar", "en"}
    assert 0 < report["overall"]["ndcg@10"] <= 1
    assert report["overall"]["expired@10"] == 3  # four calls: the expired one is in every top 10, last
    assert not settings.db.exists()  # a temporary store, never the configured one


def test_eval_cli_refuses_a_bad_grade_with_its_location_and_no_traceback(fursa, eval_files):
    calls, profiles, qrels = eval_files
    qrels.write_text(qrels.read_text() + "cso-nes-coalition\tfundsforngos:jordan-refugee-livelihoods-2026\t5\n")
    run = fursa("eval", "--calls", calls, "--profiles", profiles, "--qrels", qrels)
    assert run.code == 65
    assert f"{qrels}:5: grade must be an integer 0-3" in run.stderr and "Traceback" not in run.stderr


def test_eval_cli_refuses_a_bad_calls_file_with_its_location(fursa, eval_files, tmp_path):
    _, profiles, qrels = eval_files
    bad = factories.write_jsonl(tmp_path / "bad.jsonl", [factories.lebanon_media_call(), "{not json"])
    run = fursa("eval", "--calls", bad, "--profiles", profiles, "--qrels", qrels)
    assert run.code == 65 and f"{bad}:2" in run.stderr


@pytest.mark.slow
def test_eval_cli_prints_one_json_document_with_the_real_model(fursa, eval_files):
    calls, profiles, qrels = eval_files
    run = fursa("eval", "--calls", calls, "--profiles", profiles, "--qrels", qrels, "--as-of", "2026-11-21", "--json")
    assert run.code == 0, run.stderr
    report = json.loads(run.stdout)
    assert {"overall", "per_language", "counts"} <= set(report)
    assert report["counts"]["expired_calls"] == 1 and report["model"] == "sentence-transformers/all-MiniLM-L6-v2"
