"""Matches: the ranked calls for one organization, with eligibility and the reasons for each."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.i18n import t
from dashboard.safe import md_escape, safe_url
from fursa.errors import FursaError, StoreBusy

lang = st.session_state.get("lang", "en")
st.title(t("app_title", lang))

try:
    profiles = queries.load_profiles()
except StoreBusy:
    st.info(t("busy", lang))
    st.stop()
except FursaError as exc:
    st.error(f"{t('error', lang)}: {exc}")
    st.stop()

if profiles.empty:
    st.info(t("no_profiles", lang))
    st.stop()

names = dict(zip(profiles["id"], profiles["name"], strict=True))
profile_id = st.selectbox(t("organization", lang), list(names), format_func=names.get, key="profile")
show_all = st.toggle(t("show_closed", lang), value=False, key="show_all")

try:
    frame = queries.load_matches(profile_id)
except StoreBusy:
    st.info(t("busy", lang))
    st.stop()

if frame.empty:
    st.info(t("no_matches", lang))
    st.stop()

as_of = frame["as_of"].iloc[0]
as_of = as_of.date() if hasattr(as_of, "date") else as_of
expired = frame["deadline"].notna() & (pd.to_datetime(frame["deadline"]).dt.date < as_of)
if not show_all:
    frame = frame[(frame["verdict"] != "not_eligible") & ~expired]
# U+2066/U+2069 isolate the ISO date left-to-right, or an Arabic line shows it as 21-11-2026.
st.caption(t("ranked_as_of", lang, n=len(frame), date=f"\u2066{as_of}\u2069"))


def _days_left(deadline) -> int | None:
    if deadline is None or pd.isna(deadline):
        return None
    day = deadline.date() if hasattr(deadline, "date") else deadline
    return (day - as_of).days if isinstance(day, dt.date) else None


def _amount(row) -> str:
    low, high, cur = row["amount_min"], row["amount_max"], row["currency"] or ""
    low = None if pd.isna(low) else low
    high = None if pd.isna(high) else high
    if low and high and low != high:
        return f"{cur} {low:,.0f}–{high:,.0f}"
    if low or high:
        return f"{cur} {(high or low):,.0f}"
    return ""


table = pd.DataFrame({
    t("col_rank", lang): frame["rank"],
    t("col_score", lang): frame["score"],
    t("col_verdict", lang): frame["verdict"].map(lambda v: t(f"verdict_{v}", lang)),
    t("col_title", lang): frame["title"],
    t("col_funder", lang): frame["funder"],
    t("col_deadline", lang): frame["deadline"].map(lambda d: d.date().isoformat() if pd.notna(d) else t("rolling", lang)),
    t("col_days_left", lang): frame["deadline"].map(_days_left),
    t("col_amount", lang): frame.apply(_amount, axis=1),
    t("col_link", lang): frame["url"].map(safe_url),
})
st.dataframe(
    table, hide_index=True, width="stretch", key="matches_table",
    column_config={
        t("col_score", lang): st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f"),
        t("col_link", lang): st.column_config.LinkColumn(display_text=t("open_link", lang)),
    },
)

st.subheader(t("details", lang))
for _, row in frame.head(10).iterrows():
    with st.expander(f"{row['rank']}. {md_escape(row['title'])}"):
        explanation = row["explanation"] or {}
        st.markdown(f"**{t('reasons', lang)}:** {t('verdict_' + row['verdict'], lang)}")
        for reason in row["reasons"] or []:
            st.markdown(f"{'✅' if reason['ok'] else '⚠️'} {md_escape(reason['text'])}")
        if explanation.get("shared_themes"):
            st.markdown(f"**{t('shared_themes', lang)}:** {md_escape(', '.join(explanation['shared_themes']))}")
        if explanation.get("passage"):
            st.markdown(f"**{t('closest_passage', lang)}:**")
            st.text(explanation["passage"])
        if url := safe_url(row["url"]):
            st.link_button(t("open_link", lang), url)
