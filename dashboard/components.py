"""Widgets shared by several pages: organization picker, filters, call cards and the save/dismiss actions.

Scraped text (titles, funders, descriptions, passages) only reaches the page through md_escape (as
Markdown text), st.text or a dataframe cell, never as HTML; links only through safe_url.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.filters import DEFAULT_VERDICTS, SORTS, VERDICTS, Filters, options
from dashboard.fmt import (
    amount_text,
    auto,
    country_name,
    date_text,
    days_left,
    join,
    language_name,
    ltr,
    theme_name,
    truncate,
)
from dashboard.i18n import t
from dashboard.reasons import reason_text
from fursa.errors import FursaError, StoreBusy
from fursa.safe import md_escape, safe_url

VERDICT_BADGES = {"eligible": "green", "partner": "blue", "unclear": "orange", "not_eligible": "red"}
VERDICT_COLORS = {"eligible": "#2e7d32", "partner": "#1e88e5", "unclear": "#f9a825", "not_eligible": "#c62828"}
# Icons for Markdown (Material Symbols ship with Streamlit) and plain marks for table cells, which show
# text only: both render without an emoji font.
VERDICT_ICONS = {"eligible": ":material/check_circle:", "partner": ":material/handshake:", "unclear": ":material/help:",
                 "not_eligible": ":material/block:"}
VERDICT_MARKS = {"eligible": "✔", "partner": "⇄", "unclear": "?", "not_eligible": "✖"}
FEEDBACK_MARKS = {"saved": "★", "dismissed": "✖"}
DEADLINE_WINDOWS = (7, 14, 30, 60, 90, 180, 365)
EXPLORE_PAGE = "views/explore.py"
ORGANIZATIONS_PAGE = "views/organizations.py"


def lang() -> str:
    return st.session_state.get("lang", "en")


# --- messages --------------------------------------------------------------------------------------------

def flash(message: str, icon: str = ":material/check_circle:") -> None:
    """A message shown as a toast on the next run (actions run in callbacks, before the page draws)."""
    st.session_state.setdefault("_flash", []).append((message, icon))


def show_flash() -> None:
    for message, icon in st.session_state.pop("_flash", []):
        st.toast(message, icon=icon)


def action(fn: Callable, *args, **kwargs) -> bool:
    """Run a write (often from a callback); a busy store or a refused input becomes a message, not a
    traceback. True when it went through."""
    try:
        fn(*args, **kwargs)
    except StoreBusy:
        flash(t("busy", lang()), ":material/hourglass_top:")
        return False
    except FursaError as exc:
        flash(f"{t('error', lang())}: {md_escape(str(exc))}", ":material/warning:")
        return False
    return True


def empty_state(key: str, page: str | None = None, link_key: str | None = None) -> None:
    """An empty page says what to do next, with a link to the page where it is done."""
    st.info(t(key, lang()))
    if page and link_key:
        st.page_link(page, label=t(link_key, lang()), icon=":material/arrow_forward:")


# --- organizations ---------------------------------------------------------------------------------------

def keep_choice(key: str, choices: list, default=None) -> None:
    """Preselect a widget through Session State only (never also through index=), dropping stale values."""
    if st.session_state.get(key) not in choices:
        st.session_state[key] = default if default in choices else (choices[0] if choices else None)


def pick_profile(key: str = "org", *, optional: bool = False, label_key: str = "organization") -> str | None:
    """The organization selector; stops the page with what to do next when there is none."""
    lg = lang()
    frame = queries.profiles(queries.db())
    if frame.empty and not optional:
        empty_state("no_profiles", ORGANIZATIONS_PAGE, "go_organizations")
        st.stop()
    names = dict(zip(frame["id"], frame["name"], strict=True))
    choices = ([""] if optional else []) + list(names)
    wanted = st.query_params.get("org")
    keep_choice(key, choices, wanted)
    return st.selectbox(t(label_key, lg), choices, key=key,
                        format_func=lambda pid: names.get(pid) or t("any_organization", lg)) or None


def profile_names() -> dict[str, str]:
    frame = queries.profiles(queries.db())
    return dict(zip(frame["id"], frame["name"], strict=True))


# --- filters ---------------------------------------------------------------------------------------------

def filter_panel(frame: pd.DataFrame, key: str, *, with_verdict: bool, default_sort: str = "fit") -> tuple[Filters, str]:
    """Deadline window, amount range, funder, language, verdict, theme, country and sort, as Filters."""
    lg = lang()
    opts = options(frame)
    state = st.session_state
    for name, default in (("rolling", True), ("expired", False), ("dismissed", False), ("funder", ""),
                          ("verdicts", list(DEFAULT_VERDICTS))):
        state.setdefault(f"{key}_{name}", default)
    with st.expander(t("filters", lg), expanded=True, icon=":material/tune:"):
        c1, c2, c3 = st.columns(3)
        # 0 stands for "any time": a selectbox cannot tell a None option from no choice at all.
        windows = [0, *DEADLINE_WINDOWS]
        keep_choice(f"{key}_window", windows)
        window = c1.selectbox(t("deadline_within", lg), windows, key=f"{key}_window",
                              format_func=lambda d: t("n_days", lg, n=d) if d else t("any_deadline", lg)) or None
        min_usd = c2.number_input(t("min_usd", lg), min_value=0, value=None, step=10000, key=f"{key}_min")
        max_usd = c3.number_input(t("max_usd", lg), min_value=0, value=None, step=10000, key=f"{key}_max")
        c1, c2, c3 = st.columns(3)
        funder = c1.text_input(t("funder_contains", lg), key=f"{key}_funder", placeholder=t("funder_hint", lg))
        languages = c2.multiselect(t("col_language", lg), opts["languages"], key=f"{key}_languages",
                                   format_func=lambda c: language_name(c, lg), placeholder=t("all", lg))
        verdicts = []
        if with_verdict:
            verdicts = c3.multiselect(t("col_verdict", lg), list(VERDICTS), key=f"{key}_verdicts",
                                      format_func=lambda v: t(f"verdict_{v}", lg), placeholder=t("all", lg))
        c1, c2, c3 = st.columns(3)
        themes = c1.multiselect(t("theme", lg), opts["themes"], key=f"{key}_themes",
                                format_func=lambda v: theme_name(v, lg), placeholder=t("all", lg))
        countries = c2.multiselect(t("country", lg), opts["countries"], key=f"{key}_countries",
                                   format_func=lambda c: country_name(c, lg), placeholder=t("all", lg))
        sorts = list(SORTS)
        keep_choice(f"{key}_sort", sorts, default_sort)
        sort = c3.radio(t("sort_by", lg), sorts, key=f"{key}_sort", horizontal=True,
                        format_func=lambda s: t(f"sort_{s}", lg))
        c1, c2, c3 = st.columns(3)
        rolling = c1.toggle(t("include_rolling", lg), key=f"{key}_rolling")
        expired = c2.toggle(t("include_expired", lg), key=f"{key}_expired")
        dismissed = c3.toggle(t("include_dismissed", lg), key=f"{key}_dismissed") if with_verdict else False
    return Filters(deadline_within_days=window, include_rolling=rolling, amount_min_usd=min_usd,
                   amount_max_usd=max_usd, funder=funder, languages=languages, verdicts=verdicts, themes=themes,
                   countries=countries, include_expired=expired, include_dismissed=dismissed), sort


def set_filters(key: str, filters: Filters) -> None:
    """Load saved filters into the panel's widgets (called from a button's callback, before they draw)."""
    state = st.session_state
    state[f"{key}_window"] = filters.deadline_within_days or 0
    state[f"{key}_min"], state[f"{key}_max"] = filters.amount_min_usd, filters.amount_max_usd
    state[f"{key}_funder"] = filters.funder
    for name in ("languages", "verdicts", "themes", "countries"):
        state[f"{key}_{name}"] = list(getattr(filters, name))
    state[f"{key}_rolling"], state[f"{key}_expired"] = filters.include_rolling, filters.include_expired


# --- tables ----------------------------------------------------------------------------------------------

def calls_table(frame: pd.DataFrame, today: dt.date, *, key: str, with_match: bool,
                relevance: pd.Series | None = None) -> None:
    """Ranked calls as a table: every cell is plain text (scraped markup stays inert), links http(s) only."""
    lg = lang()
    columns: dict[str, pd.Series] = {}
    if with_match:
        columns[t("col_rank", lg)] = frame["rank"]
        columns[t("col_score", lg)] = frame["score"]
        columns[t("col_verdict", lg)] = frame["verdict"].map(
            lambda v: verdict_label(v, lg) if isinstance(v, str) else "")
    if relevance is not None:
        columns[t("col_relevance", lg)] = frame["id"].map(relevance).fillna(0.0) * 100
    columns[t("col_title", lg)] = frame["title"].map(auto)
    columns[t("col_funder", lg)] = frame["funder"].map(auto)
    columns[t("col_deadline", lg)] = frame["deadline"].map(lambda d: date_text(d, lg))
    columns[t("col_days_left", lg)] = frame["deadline"].map(lambda d: days_left(d, today)).astype("Int64")
    columns[t("col_amount", lg)] = [amount_text(lo, hi, cur) for lo, hi, cur in
                                    zip(frame["amount_min"], frame["amount_max"], frame["currency"], strict=True)]
    columns[t("col_usd", lg)] = frame["amount_max_usd"].fillna(frame["amount_min_usd"]).round(0)
    columns[t("col_language", lg)] = frame["language"]
    if "feedback" in frame:
        columns[t("col_feedback", lg)] = frame["feedback"].map(FEEDBACK_MARKS).fillna("")
    columns[t("col_link", lg)] = frame["url"].map(safe_url)
    table = pd.DataFrame(columns)
    config = {
        t("col_link", lg): st.column_config.LinkColumn(display_text=t("open_link", lg), width="small"),
        t("col_usd", lg): st.column_config.NumberColumn(format="%,.0f"),
        t("col_title", lg): st.column_config.TextColumn(width="large"),
    }
    if with_match:
        config[t("col_score", lg)] = st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f")
    if relevance is not None:
        config[t("col_relevance", lg)] = st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f")
    st.dataframe(table, hide_index=True, width="stretch", key=key, column_config=config)


# --- one call --------------------------------------------------------------------------------------------

def verdict_label(verdict: str | None, lg: str) -> str:
    """A verdict as plain text for a table cell: mark and name."""
    return f"{VERDICT_MARKS.get(verdict, '')} {t(f'verdict_{verdict}', lg)}".strip()


def verdict_badge(verdict: str | None) -> str:
    """Markdown for a coloured verdict badge (the label is ours, never scraped)."""
    if not verdict:
        return ""
    return f":{VERDICT_BADGES.get(verdict, 'gray')}-badge[{VERDICT_ICONS.get(verdict, '')} {t('verdict_' + verdict, lang())}]"


def reasons_block(reasons: list[dict] | None) -> None:
    lg = lang()
    for reason in reasons or []:
        mark = ":green[✔]" if reason.get("ok") else ":orange[⚠]"
        st.markdown(f"{mark} {md_escape(reason_text(reason, lg))}")


def why_block(explanation: dict | None) -> None:
    lg = lang()
    explanation = explanation or {}
    if themes := explanation.get("shared_themes"):
        names = join((theme_name(th, lg) for th in themes), lg)
        st.markdown(f"**{t('shared_themes', lg)}:** {md_escape(names)}")
    if passage := explanation.get("passage"):
        st.markdown(f"**{t('closest_passage', lg)}:**")
        st.markdown(f"> {md_escape(passage)}")


def facts_line(row, today: dt.date) -> str:
    """Deadline, days left and amount (in its currency and in USD) as one Markdown line."""
    lg = lang()
    parts = [f"**{t('col_deadline', lg)}:** {date_text(row['deadline'], lg)}"]
    left = days_left(row["deadline"], today)
    if left is not None:
        parts.append(t("days_left_n", lg, n=ltr(left)) if left >= 0 else t("expired", lg))
    amount = amount_text(row.get("amount_min"), row.get("amount_max"), row.get("currency"))
    if amount:
        usd = row.get("amount_max_usd")
        usd = row.get("amount_min_usd") if usd is None or pd.isna(usd) else usd
        extra = f" (≈ {ltr(f'USD {usd:,.0f}')})" if usd is not None and not pd.isna(usd) \
            and row.get("currency") != "USD" else ""
        parts.append(f"**{t('col_amount', lg)}:** {ltr(md_escape(amount))}{extra}")
    return " · ".join(parts)


def save_call(profile_id: str | None, call_id: str, shortlist_id: str | None) -> None:
    """Save = keep it on the active shortlist (created on first use) and tell the ranker it was wanted."""
    lg = lang()
    if shortlist_id is None:
        shortlist_id = queries.new_shortlist(t("default_shortlist", lg))
        st.session_state["active_shortlist"] = shortlist_id
    added = queries.add_to_shortlist(shortlist_id, call_id, profile_id)
    if profile_id:
        queries.give_feedback(profile_id, call_id, "saved")
    flash(t("saved_to_shortlist" if added else "already_on_shortlist", lg))


def dismiss_call(profile_id: str, call_id: str) -> None:
    queries.give_feedback(profile_id, call_id, "dismissed")
    flash(t("dismissed", lang()), ":material/block:")


def clear_feedback(profile_id: str, call_id: str) -> None:
    queries.give_feedback(profile_id, call_id, None)
    flash(t("feedback_cleared", lang()), ":material/undo:")


def call_actions(call_id: str, url: str | None, key: str, *, profile_id: str | None = None,
                 feedback: str | None = None, detail_link: bool = True) -> None:
    """Open the funder's page, save to the active shortlist, dismiss or undo, and open the full detail."""
    lg = lang()
    shortlist_id = st.session_state.get("active_shortlist")
    row = st.container(horizontal=True, gap="small")
    if link := safe_url(url):
        row.link_button(t("open_source", lg), link, icon=":material/open_in_new:")
    row.button(t("save", lg), key=f"save_{key}", icon=":material/star:", on_click=action,
               args=(save_call, profile_id, call_id, shortlist_id))
    if profile_id:
        if feedback:
            row.button(t("undo_feedback", lg), key=f"clear_{key}", icon=":material/undo:", on_click=action,
                       args=(clear_feedback, profile_id, call_id))
        else:
            row.button(t("dismiss", lg), key=f"dismiss_{key}", icon=":material/block:", on_click=action,
                       args=(dismiss_call, profile_id, call_id))
    if detail_link:
        row.page_link(EXPLORE_PAGE, label=t("full_detail", lg), icon=":material/search:", query_params={"call": call_id})


def shortlist_picker() -> str | None:
    """The shortlist that "Save" adds to, chosen once in the sidebar for every page."""
    lg = lang()
    frame = queries.shortlists(queries.db())
    names = dict(zip(frame["id"], frame["name"], strict=True))
    with st.sidebar:
        if not names:
            st.caption(t("no_shortlist_yet_save", lg))
            return None
        keep_choice("active_shortlist", list(names))
        return st.selectbox(t("save_to", lg), list(names), key="active_shortlist", format_func=names.get)


def call_card(row, today: dt.date, key: str, *, profile_id: str | None = None) -> None:
    """A ranked call, expanded: verdict with its reasons, why it matches, facts and actions."""
    lg = lang()
    with st.expander(f"{row.get('rank', '')}. {md_escape(truncate(row['title'], 140))}".lstrip(". ")):
        st.markdown(f"{verdict_badge(row.get('verdict'))} **{md_escape(row['funder'])}**")
        st.markdown(facts_line(row, today))
        left, right = st.columns(2)
        with left:
            st.markdown(f"**{t('eligibility', lg)}**")
            reasons_block(row.get("reasons"))
        with right:
            st.markdown(f"**{t('why_match', lg)}**")
            why_block(row.get("explanation"))
        feedback = row.get("feedback")
        call_actions(row["id"], row["url"], key, profile_id=profile_id,
                     feedback=feedback if isinstance(feedback, str) else None)
