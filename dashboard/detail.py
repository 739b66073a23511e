"""One call in full: what Explore shows for `?call=<id>` (the link digests send)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard.components import call_actions, facts_line, lang
from dashboard.fmt import country_name, date_text, join, language_name, theme_name
from dashboard.i18n import t
from dashboard.panels import reverse_match_panel
from fursa.safe import md_escape, safe_url

LONG_DESCRIPTION = 1500  # characters


def call_detail(call: dict, today: dt.date) -> None:
    lg = lang()
    st.header(md_escape(call["title"]), anchor=False)
    st.markdown(f"**{t('col_funder', lg)}:** {md_escape(call['funder'])}")
    st.markdown(facts_line(call, today))
    status = t(f"status_{call['status']}", lg)
    published = f" · **{t('published', lg)}:** {date_text(call['published'], lg)}" if call.get("published") else ""
    st.markdown(f"**{t('call_status', lg)}:** {status} · **{t('col_language', lg)}:** "
                f"{language_name(call['language'], lg)}{published}")
    countries = join((country_name(c, lg) for c in call.get("eligible_countries") or []), lg)
    applicants = join((t(f"org_{a}", lg) for a in call.get("eligible_applicants") or []), lg)
    themes = join((theme_name(th, lg) for th in call.get("themes") or []), lg)
    st.markdown(f"**{t('eligible_countries', lg)}:** {md_escape(countries) or t('not_stated', lg)}")
    st.markdown(f"**{t('eligible_applicants', lg)}:** {md_escape(applicants) or t('not_stated', lg)}")
    if themes:
        st.markdown(f"**{t('theme', lg)}:** {md_escape(themes)}")
    call_actions(call["id"], call["url"], "detail", detail_link=False)
    if not safe_url(call["url"]):
        st.caption(t("unsafe_link", lg))

    st.subheader(t("description", lg))
    description = call.get("description") or ""
    if not description:
        st.caption(t("no_description", lg))
    # A long description scrolls in its own box, so who fits the call stays in reach.
    with st.container(height=360) if len(description) > LONG_DESCRIPTION else st.container():
        st.markdown(md_escape(description))

    with st.expander(t("sources_history", lg)):
        for source in call.get("sources") or []:
            link = safe_url(source["url"])
            seen = f"{date_text(source['first_seen'], lg)} → {date_text(source['last_seen'], lg)}"
            line = f"**{md_escape(source['source'])}** · {seen}"
            st.markdown(f"{line} · [{t('open_link', lg)}]({link})" if link else line)
        for change in call.get("changes") or []:
            st.markdown(f"{date_text(change['changed_at'], lg)} · `{change['field']}`: "
                        f"{md_escape(str(change['old']))} → {md_escape(str(change['new']))}")
        st.caption(f"id: {md_escape(call['id'])}")

    reverse_match_panel(call["id"])
