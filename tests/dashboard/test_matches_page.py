"""Matches: ranked calls for one organization, filters and sorting, save and dismiss, saved searches."""

from __future__ import annotations

from dashboard.i18n import t
from fursa import api
from fursa.store import open_store
from fursa.store.feedback import feedback_for
from tests.dashboard.conftest import XSS_ID, plain, run_app, texts

BEIRUT = "beirut-independent-media"
LEBANON_MEDIA = "arabic_calls_feed:samir-kassir-2026-media"
TITLE = 3  # column of the call title in the matches table


def titles(at) -> list[str]:
    return [plain(v) for v in at.dataframe[0].value.iloc[:, TITLE]]


def call_ids(at) -> list[str]:
    """The calls of the cards, in order (their Save buttons are keyed by position)."""
    return [label for label in (plain(e.label) for e in at.expander)][1:-1]


def test_empty_store_says_what_to_do(dash):
    at = run_app()
    assert not at.exception
    assert "No organizations yet: add one or import a file" in at.info[0].value
    assert at.get("page_link"), "the empty state links to the Organizations page"


def test_profile_without_matches_explains_next_step(dash):
    from tests.dashboard.conftest import seed_store

    seed_store(dash, matched=False)
    at = run_app()
    assert not at.exception
    assert "fursa match --all" in at.info[0].value


def test_the_first_organization_is_shown_with_its_open_eligible_calls(seeded):
    at = run_app()
    assert at.selectbox(key="org").value == BEIRUT
    assert sorted(titles(at)) == sorted(["منح للإعلام المستقل في لبنان",
                                         "<img src=x onerror=alert(1)> [click](javascript:alert(1))"])


def test_the_organization_can_come_from_the_link(seeded):
    at = run_app("en", org="cso-nes-coalition")
    assert at.selectbox(key="org").value == "cso-nes-coalition"
    assert "Strengthening Syrian civil society in the north-east" in titles(at)


def test_filters_change_the_results(seeded):
    at = run_app()
    at.toggle(key="m_expired").set_value(True).run()
    at.multiselect(key="m_verdicts").set_value(["eligible", "partner", "unclear", "not_eligible"]).run()
    assert len(titles(at)) == 5
    at.selectbox(key="m_window").set_value(30).run()
    assert titles(at) == ["منح للإعلام المستقل في لبنان", "Rapid Response Grants for women human rights defenders"]
    at.toggle(key="m_rolling").set_value(False).run()
    assert titles(at) == ["منح للإعلام المستقل في لبنان"]
    at.selectbox(key="m_window").set_value(0).run()
    at.toggle(key="m_rolling").set_value(True).run()
    at.multiselect(key="m_languages").set_value(["ar"]).run()
    assert titles(at) == ["منح للإعلام المستقل في لبنان"]
    at.multiselect(key="m_languages").set_value([]).run()
    at.text_input(key="m_funder").set_value("GIZ").run()
    assert titles(at) == ["Livelihoods for refugees and host communities in Jordan"]
    at.text_input(key="m_funder").set_value("").run()
    at.number_input(key="m_min").set_value(100000).run()
    assert "Strengthening Syrian civil society in the north-east" in titles(at)
    assert "منح للإعلام المستقل في لبنان" not in titles(at)


def test_sorting_by_deadline_puts_the_soonest_first(seeded):
    at = run_app()
    at.toggle(key="m_expired").set_value(True).run()
    at.multiselect(key="m_verdicts").set_value([]).run()  # none chosen: every verdict
    at.radio(key="m_sort").set_value("deadline").run()
    assert titles(at)[0] == "Livelihoods for refugees and host communities in Jordan"
    assert titles(at)[-1] == "Rapid Response Grants for women human rights defenders"
    at.radio(key="m_sort").set_value("amount").run()
    assert titles(at)[0] == "Strengthening Syrian civil society in the north-east"


def test_saving_a_call_puts_it_on_a_shortlist_and_tells_the_ranker(seeded):
    at = run_app()
    position = titles(at).index("منح للإعلام المستقل في لبنان")
    at.button(key=f"save_m{position}").click().run()
    assert not at.exception
    assert t("saved_to_shortlist", "en") in [toast.value for toast in at.toast]
    (shortlist,) = api.shortlists(seeded)
    with open_store(seeded.db) as con:
        items = con.execute("SELECT call_id, owner_profile_id, status FROM shortlist_items").fetchall()
        assert feedback_for(con, BEIRUT) == {LEBANON_MEDIA: "saved"}
    assert items == [(LEBANON_MEDIA, BEIRUT, "to_review")]
    assert shortlist["name"] == t("default_shortlist", "en")
    assert at.selectbox(key="active_shortlist").value == shortlist["id"]
    assert "★" in at.dataframe[0].value.iloc[position].tolist()


def test_saving_goes_to_the_shortlist_chosen_in_the_sidebar(seeded):
    api.new_shortlist(seeded, "Other list")
    chosen = api.new_shortlist(seeded, "Coalition Q1 2027")
    at = run_app()
    at.selectbox(key="active_shortlist").set_value(chosen).run()
    at.button(key="save_m0").click().run()
    with open_store(seeded.db) as con:
        rows = con.execute("SELECT shortlist_id FROM shortlist_items").fetchall()
    assert rows == [(chosen,)]


def test_dismissing_hides_the_call_until_asked_and_can_be_undone(seeded):
    at = run_app()
    position = titles(at).index("منح للإعلام المستقل في لبنان")
    at.button(key=f"dismiss_m{position}").click().run()
    assert "منح للإعلام المستقل في لبنان" not in titles(at)
    with open_store(seeded.db) as con:
        assert feedback_for(con, BEIRUT) == {LEBANON_MEDIA: "dismissed"}
    at.toggle(key="m_dismissed").set_value(True).run()
    position = titles(at).index("منح للإعلام المستقل في لبنان")
    at.button(key=f"clear_m{position}").click().run()
    with open_store(seeded.db) as con:
        assert feedback_for(con, BEIRUT) == {}


def test_scraped_markup_stays_text_and_javascript_links_are_dropped(seeded):
    at = run_app()
    labels = [e.label for e in at.expander]
    xss = next(label for label in labels if "img" in label)
    assert "\\<img" in xss and "\\[click\\]\\(javascript" in xss
    links = at.dataframe[0].value[t("col_link", "en")]
    assert links.isna().sum() == 1  # the javascript: link is gone, the http(s) one stays
    assert links.dropna().str.startswith("https://").all()
    assert "Unknown \\<b\\>funder\\</b\\>" in texts(at)
    assert not any("javascript" in (b.proto.url or "") for b in at.get("link_button"))


def test_cards_explain_eligibility_and_why_the_call_matches(seeded):
    at = run_app()
    shown = texts(at).replace("\\", "")  # as read: without Markdown's escapes
    assert "covers where you work: LB" in shown
    assert t("shared_themes", "en") in shown or t("closest_passage", "en") in shown


def test_a_saved_search_keeps_the_filters_and_can_be_applied_and_deleted(seeded):
    at = run_app()
    at.selectbox(key="m_window").set_value(60).run()
    at.multiselect(key="m_countries").set_value(["LB"]).run()
    at.text_input(key="ss_name").set_value("Media grants in Lebanon").run()
    at.text_input(key="ss_recipients").set_value("grants@example.org, team@example.org").run()
    at.button(key="ss_save").click().run()
    assert not at.exception
    (saved,) = api.searches(seeded, BEIRUT)
    assert saved["name"] == "Media grants in Lebanon"
    assert saved["recipients"] == ["grants@example.org", "team@example.org"]
    assert saved["filters"]["deadline_within_days"] == 60 and saved["filters"]["countries"] == ["LB"]

    at.selectbox(key="m_window").set_value(0).run()
    at.button(key=f"ss_apply_{saved['id']}").click().run()
    assert at.selectbox(key="m_window").value == 60
    assert at.multiselect(key="m_countries").value == ["LB"]

    at.button(key=f"ss_del_{saved['id']}").click().run()
    assert api.searches(seeded, BEIRUT) == []


def test_a_bad_recipient_is_refused_with_a_message_not_a_traceback(seeded):
    at = run_app()
    at.text_input(key="ss_name").set_value("Weekly").run()
    at.text_input(key="ss_recipients").set_value("not-an-address").run()
    at.button(key="ss_save").click().run()
    assert not at.exception
    assert any("not-an-address" in toast.value.replace("\\", "") for toast in at.toast)
    assert api.searches(seeded, BEIRUT) == []


def test_no_call_passing_the_filters_says_how_to_widen_them(seeded):
    at = run_app()
    at.text_input(key="m_funder").set_value("nobody funds this").run()
    assert t("no_results_filters", "en") in texts(at)
    assert XSS_ID not in texts(at)
