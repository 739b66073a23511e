"""Explore: every call, searched by meaning or by keyword with the Matches filters; one call's full detail
(deep link `?call=<id>`, which digests use)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.components import calls_table, filter_panel, keep_choice, lang, pick_profile, shortlist_picker
from dashboard.detail import call_detail
from dashboard.filters import apply_filters, sort_calls
from dashboard.fmt import truncate
from dashboard.i18n import t
from fursa.errors import ModelUnavailable
from fursa.safe import md_escape

RESULTS_SHOWN = 500
MODES = ("meaning", "keyword")

lg = lang()
st.title(t("page_explore", lg))
shortlist_picker()



def close_detail() -> None:
    st.query_params.pop("call", None)
    st.session_state["x_open"] = ""


def sort_for_query() -> None:
    """A new search lists the closest calls first; clearing it goes back to the soonest deadlines."""
    st.session_state["x_sort"] = "fit" if st.session_state.get("q", "").strip() else "deadline"


def open_detail() -> None:
    if st.session_state.get("x_open"):
        st.query_params["call"] = st.session_state["x_open"]


wanted = st.query_params.get("call")
if wanted:
    call = queries.call(queries.db(), wanted)
    st.button(t("back_to_search", lg), icon=":material/arrow_back:", key="x_back", on_click=close_detail)
    if call is None:
        st.warning(t("call_not_found", lg))
    else:
        call_detail(call, queries.today())
    st.stop()

c1, c2 = st.columns([3, 1])
if "q" not in st.session_state:  # a shared search link (?q=...) fills the box once
    st.session_state["q"] = st.query_params.get("q", "")
query = c1.text_input(t("search", lg), key="q", placeholder=t("search_hint", lg), on_change=sort_for_query)
if query.strip():
    st.query_params["q"] = query.strip()
else:
    st.query_params.pop("q", None)
keep_choice("x_mode", list(MODES))
mode = c2.radio(t("search_mode", lg), MODES, key="x_mode", horizontal=True,
                format_func=lambda m: t(f"mode_{m}", lg))
profile_id = pick_profile("x_org", optional=True, label_key="verdicts_for")

frame = queries.calls(queries.db(), profile_id)
if frame.empty:
    st.info(t("no_calls", lg))
    st.stop()

relevance = None
if query.strip():
    if mode == "meaning":
        try:
            with st.spinner(t("loading_model", lg)):
                relevance, unembedded = queries.meaning_search(queries.db(), query)
            if unembedded:
                # Calls the matcher has not embedded yet are still found by their words.
                extra = queries.keyword_search(queries.db(), query)
                relevance = pd.concat([relevance, extra[extra.index.isin(unembedded)] * 0])
                st.caption(t("not_embedded", lg, n=len(unembedded)))
        except ModelUnavailable as exc:
            st.warning(t("model_unavailable", lg, reason=md_escape(str(exc))))
            mode = "keyword"
    if mode == "keyword":
        scores = queries.keyword_search(queries.db(), query)
        relevance = scores / scores.max() if len(scores) else scores
    frame = frame[frame["id"].isin(relevance.index)]

today = queries.today()
filters, sort = filter_panel(frame, "x", with_verdict=profile_id is not None,
                             default_sort="fit" if query.strip() else "deadline")
shown = apply_filters(frame, filters, today)
if relevance is not None:
    shown = shown.assign(relevance=shown["id"].map(relevance))
shown = sort_calls(shown, sort)
st.caption(t("n_results", lg, n=len(shown)))
if shown.empty:
    st.info(t("no_results_search" if query.strip() else "no_results_filters", lg))
    st.stop()

top = shown.head(RESULTS_SHOWN)
calls_table(top, today, key="explore_table", with_match=profile_id is not None, relevance=relevance)
titles = dict(zip(top["id"], top["title"], strict=True))
st.selectbox(t("open_call", lg), [""] + list(titles), key="x_open",
             format_func=lambda cid: truncate(titles.get(cid, ""), 120) or t("choose_call", lg),
             on_change=open_detail)
