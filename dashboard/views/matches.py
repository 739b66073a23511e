"""Matches (fundraisers): the ranked calls for one organization, filtered, with eligibility and the why."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.components import call_card, calls_table, filter_panel, lang, pick_profile, shortlist_picker
from dashboard.filters import apply_filters, sort_calls
from dashboard.fmt import ltr
from dashboard.i18n import t
from dashboard.panels import saved_searches_panel

CARDS_STEP = 20

lg = lang()
st.title(t("page_matches", lg))
profile_id = pick_profile()
shortlist_picker()

frame = queries.matches(queries.db(), profile_id)
if frame.empty:
    st.info(t("no_matches", lg))
    st.stop()

today = queries.today()
filters, sort = filter_panel(frame, "m", with_verdict=True)
shown = sort_calls(apply_filters(frame, filters, today), sort)
as_of = frame["as_of"].iloc[0]
st.caption(t("ranked_as_of", lg, n=len(shown), total=len(frame),
             date=ltr(as_of.date() if hasattr(as_of, "date") else as_of)))

if shown.empty:
    st.info(t("no_results_filters", lg))
else:
    calls_table(shown, today, key="matches_table", with_match=True)
    st.subheader(t("details", lg))
    limit = st.session_state.setdefault("m_cards", CARDS_STEP)
    for i, (_, row) in enumerate(shown.head(limit).iterrows()):
        call_card(row, today, key=f"m{i}", profile_id=profile_id)
    if len(shown) > limit:
        st.button(t("show_more", lg), key="m_more",
                  on_click=lambda: st.session_state.update(m_cards=limit + CARDS_STEP))

saved_searches_panel(profile_id, filters)
