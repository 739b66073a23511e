"""Crawls (analysts): each source's health from the recorded runs, and a refresh (crawl + rank) started in
the background with its progress and live log. Pages keep working meanwhile: the refresh is a detached
process and this page reads only its state and log files."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import queries, refresh
from dashboard.components import lang
from dashboard.fmt import ltr
from dashboard.i18n import t
from fursa.safe import md_escape, safe_url

STATUS_MARKS = {"ok": "✔", "partial": "◐", "broken": "✖", "failed": "✖", "running": "…", None: "○"}
# A daily source with no success for this long is stale even if its last run did not fail.
STALE_AFTER = dt.timedelta(days=3)

lg = lang()
st.title(t("page_crawls", lg))


def when(value) -> str:
    return ltr(pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")) if value is not None and not pd.isna(value) \
        else t("never", lg)


# --- refresh ---------------------------------------------------------------------------------------------

settings = queries.settings()
profile_ids = set(queries.profiles(queries.db())["id"])
replay = refresh.replay_dir(settings, profile_ids)


def start_refresh() -> None:
    refresh.start(settings, replay)


st.subheader(t("refresh", lg))
shown = replay.relative_to(refresh.PROJECT_ROOT) if replay and replay.is_relative_to(refresh.PROJECT_ROOT) else replay
st.caption(t("refresh_replay", lg, path=ltr(md_escape(str(shown)))) if replay else t("refresh_live", lg))


@st.fragment(run_every=2 if refresh.running(settings) else None)
def refresh_status() -> None:
    state = refresh.read_state(settings)
    busy = state is not None and state.finished_at is None
    st.button(t("start_refresh", lg), key="start_refresh", icon=":material/refresh:", type="primary", disabled=busy,
              on_click=start_refresh)
    if state is None:
        st.caption(t("no_refresh_yet", lg))
        return
    if busy:
        st.progress(state.progress(), text=t(f"step_{state.step}", lg))
    elif state.ok:
        st.success(t("refresh_done", lg, at=ltr(state.finished_at)))
    else:
        st.error(t("refresh_failed", lg, codes=ltr(md_escape(str(state.exit_codes)))))
    with st.expander(t("refresh_log", lg), expanded=busy):
        st.code(refresh.tail(state.log) or "…", language=None)
    watching = st.session_state.get("_refresh_watch", False)
    if busy != watching:
        st.session_state["_refresh_watch"] = busy
        if not busy:
            queries.clear()  # new calls and matches: every page reads the store again
        # The whole page: the fragment's timer is set (or dropped) only when the page draws it.
        st.rerun()


refresh_status()

# --- sources ---------------------------------------------------------------------------------------------

st.subheader(t("sources_health", lg))
rows = queries.source_health(queries.db())
if not rows:
    st.info(t("no_sources", lg))
    st.stop()

now = dt.datetime.now()
alarms = [r for r in rows if r["enabled"] and r["last_status"] in ("broken", "failed")]
stale = [r for r in rows if r["enabled"] and r["last_status"] not in ("broken", "failed") and r["last_run"] is not None
         and (r["last_success"] is None or now - pd.Timestamp(r["last_success"]).to_pydatetime() > STALE_AFTER)]
for r in alarms:
    st.error(t("source_broken", lg, name=md_escape(r["name"]), status=t(f"run_{r['last_status']}", lg)), icon=":material/error:")
for r in stale:
    st.warning(t("source_stale", lg, name=md_escape(r["name"]), since=when(r["last_success"])))

table = pd.DataFrame({
    t("source", lg): [r["name"] for r in rows],
    t("last_status", lg): [f"{STATUS_MARKS.get(r['last_status'], '○')} {t('run_' + str(r['last_status']), lg)}"
                           for r in rows],
    t("last_run", lg): [when(r["last_run"]) for r in rows],
    t("last_success", lg): [when(r["last_success"]) for r in rows],
    t("seen", lg): pd.array([r["seen"] for r in rows], dtype="Int64"),
    t("new", lg): pd.array([r["new"] for r in rows], dtype="Int64"),
    t("updated", lg): pd.array([r["updated"] for r in rows], dtype="Int64"),
    t("failed", lg): pd.array([r["failed"] for r in rows], dtype="Int64"),
    t("calls_stored", lg): [r["calls"] for r in rows],
    t("open_calls", lg): [r["open_calls"] for r in rows],
    t("enabled", lg): ["✔" if r["enabled"] else "—" for r in rows],
    t("col_link", lg): [safe_url(r["url"]) for r in rows],
})
st.dataframe(table, hide_index=True, width="stretch", key="sources_table",
             column_config={t("col_link", lg): st.column_config.LinkColumn(display_text=t("open_link", lg))})

for r in rows:
    if r["errors"]:
        with st.expander(t("source_errors", lg, name=md_escape(r["name"]), n=len(r["errors"]))):
            for err in r["errors"][:20]:
                url = safe_url(err.get("url"))
                st.markdown(f"- {md_escape(str(err.get('reason') or err))}" + (f" · {md_escape(url)}" if url else ""))
