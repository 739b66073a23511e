"""Shortlists (coalition staff): create them, track each call's status, owner and notes, share one by link
(`?shortlist=<id>`) and download it (CSV, Excel, ICS calendar, CommonGrants JSON, printable HTML)."""

from __future__ import annotations

import re
import zlib

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.components import action, flash, keep_choice, lang, profile_names
from dashboard.fmt import amount_text, auto, date_text, days_left
from dashboard.i18n import t
from fursa.safe import md_escape, safe_url
from fursa.store.shortlists import ITEM_STATUSES

EDITABLE = ("status", "owner_profile_id", "notes")
DOWNLOAD_ICONS = {"csv": ":material/csv:", "xlsx": ":material/table_view:", "ics": ":material/event:",
                  "commongrants": ":material/data_object:", "html": ":material/print:", "jsonl": ":material/data_array:"}

lg = lang()
st.title(t("page_shortlists", lg))


def create() -> None:
    name = (st.session_state.get("sl_new_name") or "").strip()
    if not name:
        flash(t("shortlist_needs_name", lg), ":material/warning:")
        return
    sid = queries.new_shortlist(name, st.session_state.get("sl_new_description") or "")
    st.session_state["shortlist"] = sid
    st.session_state["sl_new_name"] = st.session_state["sl_new_description"] = ""
    flash(t("shortlist_created", lg, name=md_escape(name)))


frame = queries.shortlists(queries.db())
with st.expander(t("new_shortlist", lg), expanded=frame.empty, icon=":material/add:"):
    st.text_input(t("col_name", lg), key="sl_new_name", placeholder=t("shortlist_name_hint", lg))
    st.text_input(t("description", lg), key="sl_new_description")
    st.button(t("create", lg), key="sl_create", on_click=action, args=(create,), type="primary")

if frame.empty:
    st.info(t("no_shortlists", lg))
    st.stop()

names = dict(zip(frame["id"], frame["name"], strict=True))
wanted = st.query_params.get("shortlist")
if wanted and wanted not in names:
    st.warning(t("shortlist_not_found", lg))
elif wanted and wanted != st.session_state.get("_shortlist_in_url"):
    st.session_state["shortlist"] = wanted  # a link just opened (not the one this page wrote itself)
keep_choice("shortlist", list(names))
sid = st.selectbox(t("shortlist", lg), list(names), key="shortlist", format_func=names.get)
st.query_params["shortlist"] = st.session_state["_shortlist_in_url"] = sid  # the address bar is the link
row = frame.set_index("id").loc[sid]
if row["description"]:
    st.markdown(md_escape(row["description"]))
st.caption(t("share_link", lg))
here = st.context.url or f"{queries.settings().dashboard_url.rstrip('/')}/shortlists"
st.code(f"{here}?shortlist={sid}", language=None)

items = queries.shortlist_items(queries.db(), sid)
if items.empty:
    st.info(t("empty_shortlist", lg))
    st.stop()

# --- the items, editable in place ------------------------------------------------------------------------

today = queries.today()
owners = profile_names()
table = pd.DataFrame({
    "call_id": items["call_id"],
    "title": items["title"].map(auto),
    "funder": items["funder"].map(auto),
    "deadline": items["deadline"].map(lambda d: date_text(d, lg)),
    "days_left": items["deadline"].map(lambda d: days_left(d, today)).astype("Int64"),
    "amount": [amount_text(lo, hi, cur) for lo, hi, cur in
               zip(items["amount_min"], items["amount_max"], items["currency"], strict=True)],
    "status": items["status"],
    "owner_profile_id": items["owner_profile_id"],
    "notes": items["notes"].fillna(""),
    "url": items["url"].map(safe_url),
})
# The editor's state keys edits by row position: a new key when the rows or the stored values change,
# so a stale edit never lands on another call.
version = zlib.crc32(repr(table[["call_id", *EDITABLE]].values.tolist()).encode())
edited = st.data_editor(
    table, key=f"items_{sid}_{version}", hide_index=True, width="stretch", num_rows="fixed",
    disabled=["call_id", "title", "funder", "deadline", "days_left", "amount", "url"],
    column_order=["title", "status", "deadline", "days_left", "owner_profile_id", "notes", "funder", "amount", "url"],
    column_config={
        "title": st.column_config.TextColumn(t("col_title", lg), width="large"),
        "funder": st.column_config.TextColumn(t("col_funder", lg)),
        "deadline": st.column_config.TextColumn(t("col_deadline", lg)),
        "days_left": st.column_config.NumberColumn(t("col_days_left", lg)),
        "amount": st.column_config.TextColumn(t("col_amount", lg)),
        "status": st.column_config.SelectboxColumn(t("item_status", lg), options=ITEM_STATUSES, required=True,
                                                   format_func=lambda s: t(f"item_{s}", lg)),
        "owner_profile_id": st.column_config.SelectboxColumn(t("owner", lg), options=list(owners),
                                                             format_func=lambda p: owners.get(p, p)),
        "notes": st.column_config.TextColumn(t("notes", lg), width="large"),
        "url": st.column_config.LinkColumn(t("col_link", lg), display_text=t("open_link", lg)),
    },
)
changes = [(cid, {c: new[c] for c in EDITABLE if new[c] != old[c] and not (pd.isna(new[c]) and pd.isna(old[c]))})
           for cid, old, new in zip(table["call_id"], table.to_dict("records"), edited.to_dict("records"),
                                    strict=True)]
changes = [(cid, fields) for cid, fields in changes if fields]
if changes:
    done = sum(action(queries.update_item, sid, cid, **fields) for cid, fields in changes)
    if done:
        flash(t("items_updated", lg, n=done), ":material/save:")
    st.rerun()

st.caption(t("statuses_summary", lg) + " " + " · ".join(
    f"{t('item_' + s, lg)}: {int((edited['status'] == s).sum())}" for s in ITEM_STATUSES if (edited["status"] == s).any()))

# --- downloads -------------------------------------------------------------------------------------------

st.subheader(t("download", lg))
formats = queries.export_formats()
stem = re.sub(r"[^\w-]+", "-", names[sid]).strip("-") or "shortlist"
row = st.container(horizontal=True, gap="small")
for fmt, ext in formats.items():
    row.download_button(
        t(f"format_{fmt}", lg), data=lambda fmt=fmt: queries.shortlist_export(sid, fmt, lg),
        file_name=f"{stem}.{ext}", mime=queries.export_media_type(fmt), key=f"download_{fmt}",
        icon=DOWNLOAD_ICONS.get(fmt), on_click="ignore")
