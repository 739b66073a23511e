"""Explore: every call searched by meaning or keyword with the same filters, and one call's full detail."""

from __future__ import annotations

from dashboard.i18n import t
from fursa.errors import ModelUnavailable
from tests.dashboard.conftest import XSS_ID, plain, run_app, texts

WOMEN = "fundsforngos:urgent-action-fund-rapid-response"


def titles(at) -> list[str]:
    return [plain(v) for v in at.dataframe[0].value[t("col_title", "en")]]


def test_without_a_search_every_open_call_is_listed_soonest_deadline_first(seeded):
    at = run_app("en", "explore")
    assert titles(at) == ["منح للإعلام المستقل في لبنان", "Strengthening Syrian civil society in the north-east",
                          "<img src=x onerror=alert(1)> [click](javascript:alert(1))",
                          "Rapid Response Grants for women human rights defenders"]


def test_keyword_search_finds_the_words_in_any_script(seeded):
    at = run_app("en", "explore")
    at.radio(key="x_mode").set_value("keyword").run()
    at.text_input(key="q").set_value("الإعلامية المستقلة").run()
    assert titles(at) == ["منح للإعلام المستقل في لبنان"]
    assert at.query_params["q"] == "الإعلامية المستقلة"  # the search is in the link, to share


def test_search_by_meaning_ranks_with_the_model(seeded):
    at = run_app("en", "explore")
    at.text_input(key="q").set_value("women human rights defenders").run()
    assert not at.exception
    assert titles(at)[0] == "Rapid Response Grants for women human rights defenders"
    assert t("col_relevance", "en") in at.dataframe[0].value.columns


def test_without_the_model_search_falls_back_to_keywords_with_a_notice(seeded, monkeypatch):
    def unavailable(settings):
        raise ModelUnavailable("model 'x' is not on this machine")

    monkeypatch.setattr("dashboard.search.make_encoder", unavailable)
    at = run_app("en", "explore")
    at.text_input(key="q").set_value("livelihoods").run()
    assert not at.exception
    assert "is not on this machine" in at.warning[0].value.replace("\\", "")
    at.toggle(key="x_expired").set_value(True).run()
    assert titles(at) == ["Livelihoods for refugees and host communities in Jordan"]


def test_the_same_filters_apply_to_search_results(seeded):
    at = run_app("en", "explore")
    at.multiselect(key="x_countries").set_value(["LB"]).run()
    assert "Rapid Response Grants for women human rights defenders" in titles(at)  # open to anywhere
    assert "Strengthening Syrian civil society in the north-east" not in titles(at)
    at.multiselect(key="x_languages").set_value(["ar"]).run()
    assert titles(at) == ["منح للإعلام المستقل في لبنان"]


def test_choosing_an_organization_adds_its_fit_and_the_verdict_filter(seeded):
    at = run_app("en", "explore")
    assert not [w for w in at.multiselect if w.key == "x_verdicts"]
    at.selectbox(key="x_org").set_value("beirut-independent-media").run()
    columns = at.dataframe[0].value.columns
    assert t("col_score", "en") in columns and t("col_verdict", "en") in columns
    at.multiselect(key="x_verdicts").set_value(["not_eligible"]).run()
    assert titles(at) == ["Strengthening Syrian civil society in the north-east",
                                     "Rapid Response Grants for women human rights defenders"]


def test_opening_a_call_puts_it_in_the_link_and_shows_its_detail(seeded):
    at = run_app("en", "explore")
    at.selectbox(key="x_open").set_value(WOMEN).run()
    assert at.query_params["call"] == WOMEN
    assert at.header[0].value == "Rapid Response Grants for women human rights defenders"
    at.button(key="x_back").click().run()
    assert "call" not in at.query_params and at.dataframe


def test_a_deep_link_shows_the_call_and_which_organizations_fit_it(seeded):
    at = run_app("en", "explore", call="arabic_calls_feed:samir-kassir-2026-media")
    assert not at.exception
    assert at.header[0].value == "منح للإعلام المستقل في لبنان"
    shown = texts(at).replace("\\", "")
    assert "مؤسسة سمير قصير" in shown and "Lebanon" in shown
    (table,) = at.dataframe  # the only table of the detail: who fits
    fits = table.value
    assert plain(fits.iloc[0, 0]) == "Beirut Independent Media Collective"
    assert t("could_lead", "en") in shown


def test_a_deep_link_to_a_call_that_is_gone_says_so(seeded):
    at = run_app("ar", "explore", call="no-such-call")
    assert not at.exception
    assert at.warning[0].value == t("call_not_found", "ar")


def test_a_call_with_markup_in_its_title_and_a_javascript_link_renders_inert(seeded):
    at = run_app("en", "explore", call=XSS_ID)
    assert not at.exception
    assert at.header[0].value.startswith("\\<img src\\=x")
    assert not at.get("link_button"), "no button may open a javascript: link"
    assert t("unsafe_link", "en") in texts(at)


def test_saving_from_the_detail_adds_the_call_to_a_shortlist(seeded):
    from fursa import api

    at = run_app("en", "explore", call=WOMEN)
    at.button(key="save_detail").click().run()
    (shortlist,) = api.shortlists(seeded)
    assert shortlist["items"] == 1
