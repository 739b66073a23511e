"""Organizations: a validated profile form that ranks at once, and JSON Lines import and export."""

from __future__ import annotations

import json

from dashboard.i18n import t
from fursa import api
from fursa.store import open_store
from tests.dashboard.conftest import run_app, texts
from tests.factories import beirut_media_profile, nes_coalition_profile


def stored_profile(settings, profile_id: str) -> dict | None:
    with open_store(settings.db) as con:
        row = con.execute("SELECT id, name, mission, countries, org_type, registered_in, extra FROM profiles "
                          "WHERE id = ?", [profile_id]).fetchone()
        matches = con.execute("SELECT count(*) FROM matches WHERE profile_id = ?", [profile_id]).fetchone()[0]
    if row is None:
        return None
    return {**dict(zip(("id", "name", "mission", "countries", "org_type", "registered_in"), row[:6],
                       strict=True)), "extra": json.loads(row[6]), "matches": matches}


def test_a_new_organization_is_saved_and_ranked_at_once(seeded):
    at = run_app("en", "organizations")
    at.text_input(key="pf_name_new").set_value("Raqqa Women's Media Network")
    at.text_area(key="pf_mission_new").set_value("شبكة إعلامية نسائية تدرب الصحفيات في الرقة على التحقيق.")
    at.selectbox(key="pf_language_new").set_value("ar")
    at.selectbox(key="pf_org_type_new").set_value("women_led_org")
    at.multiselect(key="pf_countries_new").set_value(["SY"])
    at.selectbox(key="pf_registered_new").set_value("TR")
    at.multiselect(key="pf_themes_new").set_value(["media freedom"])
    at.form_submit_button[0].click().run()
    assert not at.exception and not at.error
    saved = stored_profile(seeded, "raqqa-women-s-media-network")
    assert saved["countries"] == ["SY"] and saved["registered_in"] == "TR"
    assert saved["matches"] > 0, "a saved profile is ranked without restarting anything"
    assert at.selectbox(key="org_edit").value == "raqqa-women-s-media-network"
    assert any("Raqqa" in toast.value for toast in at.toast)


def test_an_incomplete_form_names_the_fields_in_the_users_language(seeded):
    at = run_app("ar", "organizations")
    at.text_input(key="pf_name_new").set_value("مجموعة جديدة")
    at.form_submit_button[0].click().run()
    assert not at.exception
    assert at.error[0].value == t("profile_invalid", "ar")
    shown = texts(at)
    for field in ("field_mission", "field_countries", "field_org_type", "field_language"):
        assert t(field, "ar") in shown
    assert t("val_required", "ar") in shown
    with open_store(seeded.db) as con:
        assert con.execute("SELECT count(*) FROM profiles").fetchone()[0] == 3


def test_editing_keeps_the_fields_the_form_does_not_show(seeded):
    at = run_app("en", "organizations")
    at.selectbox(key="org_edit").set_value("cso-nes-coalition").run()
    assert at.text_input(key="pf_name_cso-nes-coalition").value == nes_coalition_profile()["name"]
    at.text_area(key="pf_mission_cso-nes-coalition").set_value("Civic space and social cohesion in NE Syria.")
    at.form_submit_button[0].click().run()
    assert not at.exception
    saved = stored_profile(seeded, "cso-nes-coalition")
    assert saved["mission"] == "Civic space and social cohesion in NE Syria."
    assert saved["extra"]["contact_email"] == "grants@nes-coalition.example.org"


def test_a_new_organization_cannot_take_an_existing_id(seeded):
    at = run_app("en", "organizations")
    at.text_input(key="pf_name_new").set_value("Impostor")
    at.text_input(key="pf_id_new").set_value("beirut-independent-media")
    at.text_area(key="pf_mission_new").set_value("Anything")
    at.selectbox(key="pf_language_new").set_value("en")
    at.selectbox(key="pf_org_type_new").set_value("local_ngo")
    at.multiselect(key="pf_countries_new").set_value(["LB"])
    at.form_submit_button[0].click().run()
    assert "beirut-independent-media" in at.error[0].value.replace("\\", "")
    assert stored_profile(seeded, "beirut-independent-media")["name"] == beirut_media_profile()["name"]


def test_importing_a_file_adds_and_ranks_its_profiles(seeded):
    line = json.dumps(beirut_media_profile(id="tripoli-media", name="Tripoli Media Lab"), ensure_ascii=False)
    at = run_app("en", "organizations")
    at.file_uploader(key="pf_upload").upload("orgs.jsonl", (line + "\n").encode(), "application/jsonl").run()
    at.button(key="pf_import").click().run()
    assert not at.exception and not at.error
    assert stored_profile(seeded, "tripoli-media")["matches"] > 0


def test_a_bad_file_is_refused_whole_with_its_line_and_field(seeded):
    good = json.dumps(beirut_media_profile(id="good-one"))
    bad = json.dumps(beirut_media_profile(id="bad-one", countries=["Lebanon"]))
    at = run_app("en", "organizations")
    at.file_uploader(key="pf_upload").upload("orgs.jsonl", f"{good}\n{bad}\n".encode(), "application/jsonl").run()
    at.button(key="pf_import").click().run()
    assert not at.exception
    message = at.error[0].value.replace("\\", "")
    assert message.startswith(t("import_failed", "en")) and "orgs.jsonl:2" in message and "countries" in message
    assert stored_profile(seeded, "good-one") is None


def test_profiles_can_be_exported_as_json_lines(seeded):
    at = run_app("en", "organizations")
    assert at.download_button(key="pf_export").label == t("export_profiles", "en")
    rows = [json.loads(line) for line in api_export(seeded).splitlines()]
    assert {r["id"] for r in rows} == {"beirut-independent-media", "cso-nes-coalition", "idlib-womens-cbo"}


def api_export(settings) -> str:
    from dashboard import queries

    return queries.profiles_jsonl().decode()


def test_an_empty_store_offers_the_form_and_the_import(dash):
    at = run_app("en", "organizations")
    assert at.info[0].value == t("no_profiles_here", "en")
    assert at.form_submit_button and at.get("file_uploader")
    assert api.shortlists(dash) == []
