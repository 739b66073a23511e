"""Deadlines: a timeline of the upcoming deadlines of an organization's matches or of a shortlist."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.charts import deadline_timeline
from dashboard.components import VERDICT_COLORS, VERDICT_MARKS, keep_choice, lang, pick_profile, verdict_label
from dashboard.filters import DEFAULT_VERDICTS
from dashboard.fmt import auto, date_text, days_left
from dashboard.i18n import t
from fursa.store.shortlists import ITEM_STATUSES

HORIZONS = (30, 60, 90, 180, 365)
SOURCES = ("organization", "shortlist")
# Items already decided are not deadlines anyone works towards.
OPEN_ITEM_STATUSES = ("to_review", "preparing", "submitted")
STATUS_COLORS = {"to_review": "#9e9e9e", "preparing": "#f9a825", "submitted": "#1e88e5"}

lg = lang()
st.title(t("page_deadlines", lg))
today = queries.today()

c1, c2 = st.columns([2, 1])
keep_choice("dl_source", list(SOURCES))
source = c1.radio(t("timeline_of", lg), SOURCES, key="dl_source", horizontal=True,
                  format_func=lambda s: t(f"timeline_{s}", lg))
keep_choice("dl_horizon", list(HORIZONS), 90)
horizon = c2.selectbox(t("next_days", lg), HORIZONS, key="dl_horizon", format_func=lambda d: t("n_days", lg, n=d))
end = today + dt.timedelta(days=horizon)

if source == "organization":
    profile_id = pick_profile()
    title = queries.profiles(queries.db()).set_index("id").loc[profile_id, "name"]
    frame = queries.matches(queries.db(), profile_id)
    frame = frame[frame["verdict"].isin(DEFAULT_VERDICTS) & frame["status"].eq("open")]
    color, labels = "verdict", {v: verdict_label(v, lg) for v in VERDICT_MARKS}
    colors = VERDICT_COLORS
    color_title = t("col_verdict", lg)
else:
    shortlists = queries.shortlists(queries.db())
    if shortlists.empty:
        st.info(t("no_shortlists", lg))
        st.stop()
    names = dict(zip(shortlists["id"], shortlists["name"], strict=True))
    keep_choice("shortlist", list(names))
    sid = st.selectbox(t("shortlist", lg), list(names), key="shortlist", format_func=names.get)
    title = names[sid]
    frame = queries.shortlist_items(queries.db(), sid).rename(columns={"call_id": "id"})
    frame = frame[frame["status"].isin(OPEN_ITEM_STATUSES)]
    color, labels = "status", {s: t(f"item_{s}", lg) for s in ITEM_STATUSES}
    colors = STATUS_COLORS
    color_title = t("item_status", lg)

deadline = pd.to_datetime(frame["deadline"])
frame = frame[deadline.notna() & (deadline >= pd.Timestamp(today)) & (deadline <= pd.Timestamp(end))]
if frame.empty:
    st.info(t("no_deadlines", lg, n=horizon))
    st.stop()

frame = frame.assign(days_left=frame["deadline"].map(lambda d: days_left(d, today))).sort_values("deadline")
st.caption(t("deadlines_count", lg, n=len(frame), n_days=horizon))
chart = deadline_timeline(frame, today, color=color, color_title=color_title, labels=labels, colors=colors,
                          title_label=t("col_title", lg), date_label=t("col_deadline", lg),
                          days_label=t("col_days_left", lg), right_to_left=lg == "ar")
st.altair_chart(chart, width="stretch", key="timeline")

st.dataframe(pd.DataFrame({
    t("col_deadline", lg): frame["deadline"].map(lambda d: date_text(d, lg)),
    t("col_days_left", lg): frame["days_left"],
    t("col_title", lg): frame["title"].map(auto),
    t("col_funder", lg): frame["funder"].map(auto),
    color_title: frame[color].map(lambda v: labels.get(v, v)),
}), hide_index=True, width="stretch", key="deadlines_table")

ids = frame["id"].tolist()
st.download_button(t("calendar_download", lg), data=lambda: queries.calls_export(ids, "ics", lg, title),
                   file_name="deadlines.ics", mime=queries.export_media_type("ics"), key="deadlines_ics",
                   icon=":material/event:", on_click="ignore")
