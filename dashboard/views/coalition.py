"""Coalition: for a set of member organizations, the calls at least one of them fits, grouped by call, with
each member's verdict and who could lead."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.components import (
    ORGANIZATIONS_PAGE,
    VERDICT_ICONS,
    call_actions,
    empty_state,
    facts_line,
    lang,
    shortlist_picker,
)
from dashboard.fmt import auto, join, truncate
from dashboard.i18n import t
from dashboard.panels import problems
from fursa.errors import ModelUnavailable
from fursa.safe import md_escape

CARDS = 30

lg = lang()
st.title(t("page_coalition", lg))
st.caption(t("coalition_intro", lg))
shortlist_picker()

frame = queries.profiles(queries.db())
if frame.empty:
    empty_state("no_profiles", ORGANIZATIONS_PAGE, "go_organizations")
    st.stop()
names = dict(zip(frame["id"], frame["name"], strict=True))
st.session_state.setdefault("coalition_members", list(names))
st.session_state["coalition_members"] = [p for p in st.session_state["coalition_members"] if p in names]
members = st.multiselect(t("members", lg), list(names), key="coalition_members", format_func=names.get,
                         placeholder=t("choose", lg))
if not members:
    st.info(t("choose_members", lg))
    st.stop()

try:
    with st.spinner(t("scoring_members", lg)):
        calls = queries.coalition(queries.db(), tuple(sorted(members)))
except ModelUnavailable as exc:
    st.info(t("model_needed", lg, reason=md_escape(str(exc))))
    st.stop()
if not calls:
    st.info(t("no_coalition_calls", lg))
    st.stop()

today = queries.today()
st.caption(t("coalition_count", lg, n=len(calls), m=len(members)))


def member_line(member: dict) -> str:
    verdict = member.get("verdict")
    lead = f" · **{t('can_lead', lg)}**" if member.get("can_lead") else ""
    name = member.get("name") or names.get(member["profile_id"], member["profile_id"])
    score = member.get("score")
    score_text = f" · {score:.0f}" if isinstance(score, int | float) else ""
    doubts = problems(member, lg)
    return (f"{VERDICT_ICONS.get(verdict, '')} **{md_escape(name)}** · {t('verdict_' + str(verdict), lg)}"
            f"{score_text}{lead}" + (f"  \n  {md_escape(doubts)}" if doubts else ""))


summary = pd.DataFrame({
    t("col_title", lg): [auto(c["title"]) for c in calls],
    t("col_funder", lg): [auto(c.get("funder")) for c in calls],
    t("col_deadline", lg): [str(c.get("deadline") or t("rolling", lg))[:10] for c in calls],
    t("members_fitting", lg): [auto(join((m.get("name") or names.get(m["profile_id"], "") for m in c["members"]), lg))
                               for c in calls],
})
st.dataframe(summary, hide_index=True, width="stretch", key="coalition_table")

for i, call in enumerate(calls[:CARDS]):
    with st.expander(f"{md_escape(truncate(call['title'], 120))} · {t('n_members', lg, n=len(call['members']))}"):
        st.markdown(f"**{md_escape(call.get('funder'))}** · {facts_line(call, today)}")
        for member in call["members"]:
            st.markdown(member_line(member))
        call_actions(call["id"], call.get("url"), f"co{i}")
