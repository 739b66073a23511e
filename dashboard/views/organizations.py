"""Organizations: create and edit profiles in a validated form, import and export JSON Lines. A saved profile
is ranked at once (no restart): the matcher runs in this process with the cached model."""

from __future__ import annotations

import re
import secrets
import tempfile
from pathlib import Path

import pandas as pd
import pycountry
import streamlit as st
from pydantic import ValidationError

from dashboard import queries
from dashboard.components import flash, keep_choice, lang
from dashboard.fmt import auto, country_name, join, language_name, theme_name
from dashboard.i18n import t, validation_message
from fursa.errors import FursaError, ModelUnavailable
from fursa.formats import ORG_TYPES, PROFILE_FIELDS, ProfileRecord
from fursa.jsonl import read_jsonl
from fursa.normalize._vocab import load_json
from fursa.safe import md_escape

# The countries our users work in first, then every other ISO code.
FIRST_COUNTRIES = ["SY", "LB", "IQ", "JO", "AF", "TR", "PS", "YE", "EG"]
COUNTRIES = FIRST_COUNTRIES + sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in FIRST_COUNTRIES)
LANGUAGES = ["ar", "en", "fr", "ku", "tr", "fa", "ps", "ur", "es", "de"]
NEW = ""

lg = lang()
st.title(t("page_organizations", lg))

if pending := st.session_state.pop("_org_edit_next", None):
    st.session_state["org_edit"] = pending

frame = queries.profiles(queries.db())
if frame.empty:
    st.info(t("no_profiles_here", lg))
else:
    st.dataframe(pd.DataFrame({
        t("col_name", lg): frame["name"].map(auto),
        t("col_id", lg): frame["id"],
        t("col_language", lg): frame["language"].map(lambda c: language_name(c, lg)),
        t("org_type", lg): frame["org_type"].map(lambda v: t(f"org_{v}", lg)),
        t("countries", lg): frame["countries"].map(lambda cs: join((country_name(c, lg) for c in cs), lg)),
    }), hide_index=True, width="stretch", key="profiles_table")


def slug(name: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return text[:48] or f"org-{secrets.token_hex(3)}"


def rank_now(profile_ids: list[str]) -> None:
    """Match the profiles at once; a missing model leaves them saved but unranked, and says so."""
    try:
        with st.spinner(t("ranking_now", lg)):
            queries.rank_profiles(profile_ids)
        flash(t("ranked_now", lg, n=len(profile_ids)))
    except ModelUnavailable as exc:
        flash(t("saved_not_ranked", lg, reason=md_escape(str(exc))), ":material/warning:")


# --- create / edit ----------------------------------------------------------------------------------------

names = dict(zip(frame["id"], frame["name"], strict=True))
choices = [NEW, *names]
keep_choice("org_edit", choices)
editing = st.selectbox(t("edit_which", lg), choices, key="org_edit",
                       format_func=lambda pid: names.get(pid) or t("new_organization", lg))
current = queries.profile(queries.db(), editing) if editing else {}
themes = sorted(set(load_json("themes.json")) | set(current.get("themes") or []))

suffix = editing or "new"
languages = sorted(set(LANGUAGES) | ({current["language"]} if current else set()))
with st.form(f"profile_form_{suffix}"):
    st.subheader(t("edit_organization", lg) if editing else t("new_organization", lg))
    c1, c2 = st.columns(2)
    name = c1.text_input(t("col_name", lg), value=current.get("name", ""), key=f"pf_name_{suffix}")
    pid = c2.text_input(t("col_id", lg), value=editing, disabled=bool(editing), key=f"pf_id_{suffix}",
                        help=t("id_help", lg))
    mission = st.text_area(t("mission", lg), value=current.get("mission", ""), height=140,
                           key=f"pf_mission_{suffix}", help=t("mission_help", lg))
    c1, c2, c3 = st.columns(3)
    language = c1.selectbox(t("profile_language", lg), languages, key=f"pf_language_{suffix}",
                            index=languages.index(current["language"]) if current else None,
                            format_func=lambda c: language_name(c, lg), placeholder=t("choose", lg))
    org_type = c2.selectbox(t("org_type", lg), ORG_TYPES, key=f"pf_org_type_{suffix}",
                            index=ORG_TYPES.index(current["org_type"]) if current else None,
                            format_func=lambda v: t(f"org_{v}", lg), placeholder=t("choose", lg))
    budget = c3.number_input(t("budget_usd", lg), min_value=0.0, step=10000.0, format="%.0f",
                             key=f"pf_budget_{suffix}", value=current.get("annual_budget_usd"))
    c1, c2 = st.columns(2)
    countries = c1.multiselect(t("countries", lg), COUNTRIES, default=current.get("countries") or [],
                               key=f"pf_countries_{suffix}", format_func=lambda c: country_name(c, lg),
                               placeholder=t("choose", lg))
    # "" stands for "not registered": a selectbox cannot tell a None option from no choice at all.
    registered = c2.selectbox(t("registered_in", lg), ["", *COUNTRIES], key=f"pf_registered_{suffix}",
                              index=(["", *COUNTRIES].index(current.get("registered_in"))
                                     if current.get("registered_in") in COUNTRIES else 0),
                              format_func=lambda c: country_name(c, lg) if c else t("not_registered", lg)) or None
    chosen_themes = st.multiselect(t("theme", lg), themes, default=current.get("themes") or [],
                                   key=f"pf_themes_{suffix}", format_func=lambda v: theme_name(v, lg),
                                   accept_new_options=True, placeholder=t("choose", lg))
    submitted = st.form_submit_button(t("save_profile", lg), icon=":material/save:", type="primary")

if submitted:
    extra = {k: v for k, v in current.items() if k not in PROFILE_FIELDS}
    data = {**extra, "id": editing or (pid.strip() or slug(name)), "name": name, "language": language,
            "mission": mission, "countries": countries, "registered_in": registered, "org_type": org_type,
            "annual_budget_usd": budget, "themes": chosen_themes}
    try:
        record = ProfileRecord.model_validate(data)
    except ValidationError as exc:
        st.error(t("profile_invalid", lg))
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else ""
            st.markdown(f"- **{t('field_' + field, lg)}**: {md_escape(validation_message(err, lg))}")
    else:
        if not editing and record.id in names:
            st.error(t("id_taken", lg, id=md_escape(record.id)))
        else:
            queries.save_profile(record)
            flash(t("profile_saved", lg, name=md_escape(record.name)))
            rank_now([record.id])
            st.session_state["_org_edit_next"] = record.id
            for key in [k for k in st.session_state if str(k).startswith("pf_") and str(k).endswith("_new")]:
                del st.session_state[key]
            st.rerun()

# --- import / export -------------------------------------------------------------------------------------

st.subheader(t("import_export", lg))
c1, c2 = st.columns(2)
with c1:
    upload = st.file_uploader(t("import_profiles", lg), type=["jsonl", "json"], key="pf_upload",
                              help=t("import_help", lg))
    if upload is not None and st.button(t("import", lg), key="pf_import", icon=":material/upload_file:"):
        with tempfile.TemporaryDirectory(prefix="fursa-upload-") as tmp:
            path = Path(tmp) / "profiles.jsonl"
            path.write_bytes(upload.getvalue())
            try:
                ids = [r.id for r in read_jsonl(path, ProfileRecord)]
                counts = queries.import_profiles(path)
            except FursaError as exc:
                st.error(f"{t('import_failed', lg)}: {md_escape(str(exc).replace(str(path), upload.name))}")
            else:
                flash(t("imported", lg, **counts))
                rank_now(ids)
                st.rerun()
with c2:
    st.download_button(t("export_profiles", lg), data=queries.profiles_jsonl, file_name="profiles.jsonl",
                       mime="application/jsonl", key="pf_export", icon=":material/download:", on_click="ignore",
                       disabled=frame.empty)
