"""The matching service over a real (temporary) store, with the deterministic keyword encoder."""

from __future__ import annotations

import datetime as dt

import pytest

from fursa.formats import CallRecord, ProfileRecord
from fursa.settings import load_settings
from fursa.store import open_store, with_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.profiles import upsert_profiles
from matcher.service import build_corpus, match_profiles, score_profile
from tests.fakes import KeywordEncoder

TODAY = dt.date(2026, 11, 21)


def make_call(cid, title, description="", **kw):
    base = dict(id=cid, title=title, funder="EU Delegation to Lebanon", url=f"https://example.org/{cid}",
                language="en", description=description, deadline="2027-02-01", eligible_countries=["LB"],
                eligible_applicants=["local_ngo"], themes=[])
    return CallRecord(**{**base, **kw})


MEDIA_NGO = ProfileRecord(id="media", name="Beirut media centre", language="en",
                          mission="We train journalists and defend media freedom; media literacy for women.",
                          countries=["LB"], registered_in="LB", org_type="media_org",
                          annual_budget_usd=120_000, themes=["media freedom"])


@pytest.fixture
def settings(tmp_path):
    return load_settings(db=tmp_path / "fursa.duckdb", as_of=TODAY.isoformat())


def seed(settings, calls, profiles=(MEDIA_NGO,)):
    now = dt.datetime(2026, 11, 21, 9)

    def write(con):
        merge_calls(con, [SourcedCall(c, "test", c.id) for c in calls], seen_at=now, today=TODAY)
        upsert_profiles(con, list(profiles), now)

    with_store(settings.db, write)


CALLS = [
    make_call("media-open", "Support to independent media", "Grants for media outlets and journalist training.",
              themes=["media freedom"]),
    make_call("media-expired", "Media and journalists programme", "Media media journalist journalist.",
              deadline="2026-10-01"),
    make_call("water-open", "Water networks in rural areas", "Rehabilitation of water systems."),
    make_call("media-ukraine", "Media resilience in Ukraine", "Media journalist support.", eligible_countries=["UA"]),
]


def test_expired_and_ineligible_calls_rank_below_eligible_ones(settings):
    seed(settings, CALLS)
    ranked = [m.call_id for m in match_profiles(settings, KeywordEncoder())["media"]]
    assert ranked[0] == "media-open"
    assert ranked.index("water-open") < ranked.index("media-ukraine") < ranked.index("media-expired")


def test_match_carries_verdict_reasons_and_explanation(settings):
    seed(settings, CALLS)
    top = match_profiles(settings, KeywordEncoder(), ["media"], top=1)["media"][0]
    assert top.verdict == "eligible"
    assert 0 < top.score <= 100
    assert top.explanation["shared_themes"][0] == "media freedom"  # declared labels first, then concepts
    assert "journalist" in top.explanation["passage"]
    assert any(r["code"] == "country_match" for r in top.reasons)


def test_second_run_reuses_every_cached_vector(settings):
    seed(settings, CALLS)
    match_profiles(settings, KeywordEncoder())
    again = KeywordEncoder()
    match_profiles(settings, again)
    assert again.encoded == []


def test_adding_one_call_embeds_only_that_call(settings):
    seed(settings, CALLS)
    match_profiles(settings, KeywordEncoder())
    seed(settings, [make_call("new-one", "School rehabilitation", "Education in emergencies.")])
    encoder = KeywordEncoder()
    match_profiles(settings, encoder)
    assert encoder.encoded == ["School rehabilitation. Education in emergencies."]


def test_call_with_empty_description_is_scored_on_its_title(settings):
    seed(settings, [make_call("bare", "Independent media grants")])
    (match,) = match_profiles(settings, KeywordEncoder())["media"]
    assert match.score > 0
    assert match.explanation["passage"] == "Independent media grants"


def test_matches_are_stored_and_replaced_on_rerun(settings):
    seed(settings, CALLS)
    match_profiles(settings, KeywordEncoder())
    match_profiles(settings, KeywordEncoder())
    with open_store(settings.db) as con:
        rows = con.execute("SELECT call_id, rank FROM matches WHERE profile_id = 'media' ORDER BY rank").fetchall()
    assert [r[1] for r in rows] == [1, 2, 3, 4]


def test_unknown_profile_is_reported_by_id(settings):
    seed(settings, CALLS)
    from fursa.errors import NotFound

    with pytest.raises(NotFound, match="nobody"):
        match_profiles(settings, KeywordEncoder(), ["nobody"])


def test_ranking_is_deterministic(settings):
    seed(settings, CALLS)
    first = [(m.call_id, m.score) for m in match_profiles(settings, KeywordEncoder(), save=False)["media"]]
    second = [(m.call_id, m.score) for m in match_profiles(settings, KeywordEncoder(), save=False)["media"]]
    assert first == second


# --- cache, bridge, feedback, stored shape ---------------------------------------------------------------

def test_a_changed_call_is_embedded_again_and_nothing_else(settings):
    seed(settings, CALLS)
    match_profiles(settings, KeywordEncoder())
    seed(settings, [make_call("water-open", "Water networks in rural areas", "Rehabilitation of water and "
                              "sanitation systems in Akkar.")])
    encoder = KeywordEncoder()
    match_profiles(settings, encoder)
    assert encoder.encoded == ["Water networks in rural areas. Rehabilitation of water and sanitation systems in Akkar."]


def test_an_english_only_model_embeds_the_gloss_not_the_arabic_text(settings):
    arabic = make_call("ar-media", "منح للصحفيين المستقلين", "دعم الإعلام المستقل في لبنان.", language="ar")
    seed(settings, [arabic])
    encoder = KeywordEncoder()
    match_profiles(settings, encoder)
    assert not any("المستقلين" in text for text in encoder.encoded)


def test_gloss_vectors_are_cached_like_any_text(settings):
    arabic = make_call("ar-media", "منح للصحفيين المستقلين", "دعم الإعلام المستقل في لبنان.", language="ar")
    seed(settings, [*CALLS, arabic])
    first = KeywordEncoder()
    match_profiles(settings, first)
    assert any(text.startswith("media and journalism") for text in first.encoded)  # the English gloss
    again = KeywordEncoder()
    match_profiles(settings, again)
    assert again.encoded == []


ARABIC_WATER_NGO = ProfileRecord(id="daraa-water", name="ينابيع حوران", language="ar",
                                 mission="إعادة تأهيل شبكات مياه الشرب والصرف الصحي في القرى.",
                                 countries=["LB"], registered_in="LB", org_type="local_ngo",
                                 annual_budget_usd=300_000, themes=["المياه"])


def test_an_arabic_profile_finds_an_english_call_through_the_bridge(settings):
    """The fake encoder reads English keywords only, like the bundled model: the Arabic mission meets the
    English water call through its concepts and its English gloss, and without the bridge it does not."""
    from matcher.scorer import Options

    seed(settings, CALLS, profiles=(ARABIC_WATER_NGO,))
    corpus, profiles = build_corpus(settings, KeywordEncoder(), embed_all=True)  # the raw Arabic text too
    profile = profiles[0]
    with_bridge = score_profile(profile, corpus, TODAY)
    without = score_profile(profile, corpus, TODAY, options=Options(bridge=False))
    assert with_bridge[0].call_id == "water-open"
    assert "water and sanitation" in with_bridge[0].explanation["shared_themes"]
    water = {m.call_id: m for m in without}["water-open"]
    assert water.components["dense"] == 0 and water.components["lexical"] == 0 and water.components["concepts"] == 0


def test_an_english_profile_finds_an_arabic_call_through_the_bridge(settings):
    arabic = make_call("ar-media", "منح للصحفيين المستقلين", "دعم الإعلام المستقل والصحافة في لبنان.",
                       language="ar", eligible_applicants=["media_org"])
    seed(settings, [make_call("water-open", "Water networks in rural areas", "Rehabilitation of water systems."),
                    arabic])
    ranked = match_profiles(settings, KeywordEncoder(), save=False)["media"]
    assert ranked[0].call_id == "ar-media" and ranked[0].components["concepts"] > 0


def test_expired_calls_never_rank_above_eligible_relevant_ones_however_close(settings):
    twin = dict(title="Support to independent media and journalists",
                description="Grants for media outlets, journalist training and media freedom.", themes=["media freedom"])
    seed(settings, [make_call("expired-twin", **twin, deadline="2026-11-20"),
                    make_call("weaker-open", "Civil society grants", "Some media training among other things.")])
    ranked = [m.call_id for m in match_profiles(settings, KeywordEncoder(), save=False)["media"]]
    assert ranked == ["weaker-open", "expired-twin"]


def test_saving_a_call_lifts_calls_like_it_and_dismissing_drops_it(settings):
    from fursa.api import give_feedback

    calls = [make_call("media-a", "Independent media grants", "Media outlets and journalist training."),
             make_call("water-a", "Water networks", "Rehabilitation of water stations."),
             make_call("water-b", "Drinking water for villages", "Water supply and water quality."),
             make_call("health-a", "Health clinics", "Primary health care.")]
    seed(settings, calls)

    def order():
        return [m.call_id for m in match_profiles(settings, KeywordEncoder())["media"]]

    before = order()
    give_feedback(settings, "media", "water-a", "saved")
    after_save = order()
    assert after_save.index("water-b") < before.index("water-b")
    give_feedback(settings, "media", "media-a", "dismissed")
    after_dismiss = match_profiles(settings, KeywordEncoder())["media"]
    assert after_dismiss[-1].call_id == "media-a"
    assert after_dismiss[-1].components["feedback_action"] == "dismissed"
    liked = next(m for m in after_dismiss if m.call_id == "water-b")
    assert liked.explanation["similar_saved"]["call_id"] == "water-a"


def test_stored_matches_keep_the_columns_and_reason_shape_the_dashboard_reads(settings):
    seed(settings, CALLS)
    match_profiles(settings, KeywordEncoder())
    with open_store(settings.db) as con:
        reasons, explanation, components = con.execute(
            "SELECT reasons, explanation, components FROM matches WHERE profile_id = 'media' AND rank = 1").fetchone()
    import json

    for r in json.loads(reasons):
        assert {"code", "ok", "text", "kind", "params"} <= set(r)
    assert {"shared_themes", "shared_concepts", "passage", "passages"} <= set(json.loads(explanation))
    assert {"dense", "lexical", "themes", "concepts"} <= set(json.loads(components))


@pytest.mark.slow
def test_the_bundled_english_model_finds_english_calls_for_an_arabic_profile(settings):
    from fursa.settings import BUNDLED_MODEL
    from matcher.encoder import load_encoder

    calls = [make_call("water-open", "Rehabilitation of drinking water networks in rural Lebanon",
                       "Grants to repair water stations, pipes and sanitation systems in villages."),
             make_call("media-en", "Support to independent media", "Grants for newsrooms and journalist training."),
             make_call("ar-health", "منح للعيادات الصحية", "دعم المراكز الصحية والعيادات المتنقلة في لبنان.",
                       language="ar")]
    seed(settings, calls, profiles=(ARABIC_WATER_NGO, MEDIA_NGO))
    ranked = match_profiles(settings, load_encoder(BUNDLED_MODEL), save=False)
    assert ranked["daraa-water"][0].call_id == "water-open"
    assert ranked["daraa-water"][0].components["dense"] > ranked["daraa-water"][1].components["dense"]
