"""Panels over the coalition API: saved searches and "which organizations fit this call"."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.components import action, flash, lang, profile_names, set_filters, verdict_label
from dashboard.filters import Filters
from dashboard.fmt import auto, join
from dashboard.i18n import t
from dashboard.reasons import reason_text
from fursa.errors import ModelUnavailable
from fursa.safe import md_escape

CADENCES = ("daily", "weekly")


def _filters_of(row: dict) -> dict:
    filters = row.get("filters") or {}
    return json.loads(filters) if isinstance(filters, str) else filters


def _save_search(profile_id: str, filters: Filters) -> None:
    state = st.session_state
    name = (state.get("ss_name") or "").strip()
    if not name:
        flash(t("search_needs_name", lang()), ":material/warning:")
        return
    recipients = [r.strip() for r in (state.get("ss_recipients") or "").replace(";", ",").split(",") if r.strip()]
    queries.save_search(profile_id, name, filters.to_saved(), state.get("ss_cadence", "weekly"), recipients)
    state["ss_name"] = ""
    flash(t("search_saved", lang(), name=md_escape(name)))


def _apply_search(row: dict) -> None:
    set_filters("m", Filters.from_saved(_filters_of(row)))


def _delete_search(search_id: str) -> None:
    queries.delete_search(search_id)
    flash(t("search_deleted", lang()), ":material/delete:")


def saved_searches_panel(profile_id: str, filters: Filters) -> None:
    """Save the current filters (with a cadence and recipients for digests); list, apply or delete them."""
    lg = lang()
    with st.expander(t("saved_searches", lg), icon=":material/notifications:"):
        rows = queries.saved_searches(queries.db(), profile_id)
        if not rows:
            st.caption(t("no_saved_searches", lg))
        for row in rows:
            c1, c2, c3 = st.columns([3, 1, 1])
            who = ", ".join(row.get("recipients") or []) or t("no_recipients", lg)
            cadence = row.get("cadence") or ""
            c1.markdown(f"**{md_escape(row['name'])}** · {t('cadence_' + cadence, lg)} · {md_escape(who)}")
            c2.button(t("apply", lg), key=f"ss_apply_{row['id']}", on_click=action, args=(_apply_search, row))
            c3.button(t("delete", lg), key=f"ss_del_{row['id']}", on_click=action, args=(_delete_search, row["id"]))
        st.divider()
        c1, c2, c3 = st.columns([2, 1, 2])
        c1.text_input(t("search_name", lg), key="ss_name", placeholder=t("search_name_hint", lg))
        c2.selectbox(t("cadence", lg), CADENCES, index=1, key="ss_cadence", format_func=lambda c: t(f"cadence_{c}", lg))
        c3.text_input(t("recipients", lg), key="ss_recipients", placeholder="grants@example.org")
        st.button(t("save_search", lg), key="ss_save", icon=":material/save:", on_click=action,
                  args=(_save_search, profile_id, filters))


def problems(member: dict, lg: str) -> str:
    """A member's doubts and obstacles for a call, as one line."""
    return ("؛ " if lg == "ar" else "; ").join(reason_text(r, lg) for r in member.get("reasons") or []
                                               if not r.get("ok"))


def reverse_match_panel(call_id: str) -> None:
    """Which member organizations fit this call, with their verdict, and who could lead an application."""
    lg = lang()
    st.subheader(t("who_fits", lg))
    try:
        with st.spinner(t("scoring_members", lg)):
            result = queries.reverse_match(queries.db(), call_id)
    except ModelUnavailable as exc:
        st.info(t("model_needed", lg, reason=md_escape(str(exc))))
        return
    members = result.get("members") or []
    if not members:
        st.info(t("no_members_fit", lg))
        return
    names = profile_names()
    leads = [names.get(pid, pid) for pid in result.get("leads") or []]
    if leads:
        st.markdown(f"**{t('could_lead', lg)}:** {md_escape(join(leads, lg))}")
    table = pd.DataFrame({
        t("organization", lg): [auto(m.get("name") or names.get(m["profile_id"], m["profile_id"])) for m in members],
        t("col_score", lg): [m.get("score") for m in members],
        t("col_verdict", lg): [verdict_label(m.get("verdict"), lg) for m in members],
        t("can_lead", lg): ["✔" if m.get("can_lead") else "" for m in members],
        t("reasons", lg): [auto(problems(m, lg)) for m in members],
    })
    st.dataframe(table, hide_index=True, width="stretch", key="reverse_match",
                 column_config={t("col_score", lg): st.column_config.ProgressColumn(
                     min_value=0, max_value=100, format="%.0f")})
