"""Fursa dashboard entry: `fursa dashboard` (or `streamlit run dashboard/app.py`).

The entry sets the page, the interface language (remembered for the browser session and in `?lang=`),
the navigation, and turns a busy store or a refused input into a message in the user's language. Each
page lives in dashboard/views/ (not pages/: Streamlit would add its own navigation for a folder of that
name) and only lays out widgets over dashboard/queries.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

from dashboard.components import show_flash
from dashboard.i18n import LANGUAGES, t
from fursa.errors import FursaError, StoreBusy
from fursa.safe import md_escape

HERE = Path(__file__).resolve().parent
log = logging.getLogger("fursa.dashboard")
# Widget values kept when the user moves to another page and back (Streamlit drops the state of widgets
# a page did not draw; writing them back each run keeps them).
KEPT = ("org", "active_shortlist", "shortlist", "q", "x_", "m_", "dl_", "coalition_members")

st.set_page_config(page_title="Fursa", page_icon=":material/eco:", layout="wide")

for key in list(st.session_state):
    if isinstance(key, str) and key.startswith(KEPT) and not key.startswith(("m_more", "x_back", "x_open")):
        st.session_state[key] = st.session_state[key]

if "lang" not in st.session_state:
    wanted = st.query_params.get("lang")
    st.session_state["lang"] = wanted if wanted in LANGUAGES else "en"
with st.sidebar:
    st.radio(t("language", st.session_state["lang"]), list(LANGUAGES), key="lang",
             format_func=LANGUAGES.get, horizontal=True)
lang = st.session_state["lang"]
if st.query_params.get("lang") != lang:
    st.query_params["lang"] = lang

# Our own constant CSS, never scraped text. `unicode-bidi: plaintext` gives every paragraph, cell, heading
# and input the direction of its own first strong letter, so Arabic and English read correctly side by
# side whatever the interface language; the interface language sets the page's direction. Tables and
# charts stay left to right: the grid is a canvas that mirrors its columns only sometimes (depending on
# when it mounts), so its column order is fixed, and each cell isolates its own text (dashboard/fmt.auto).
st.markdown(
    """<style>
    .stMarkdown p, .stMarkdown li, .stMarkdown blockquote, .stCaption, .stText, [data-testid="stHeading"],
    [data-testid="stExpander"] summary p, [data-testid="stAlert"] p, [data-testid="stToast"] p,
    textarea, input[type="text"] { unicode-bidi: plaintext; text-align: start; }
    [data-testid="stCode"] pre, [data-testid="stCode"] code { direction: ltr; text-align: left; }
    </style>"""
    + ("""<style>
    [data-testid="stAppViewContainer"] { flex-direction: row-reverse; }
    [data-testid="stMain"], [data-testid="stSidebar"], [data-testid="stSidebarNav"] { direction: rtl; }
    [data-testid="stMain"] [data-testid="stVegaLiteChart"], [data-testid="stMain"] [data-testid="stDataFrame"] {
        direction: ltr; }
    </style>""" if lang == "ar" else ""),
    unsafe_allow_html=True,
)

page = st.navigation([
    st.Page(HERE / "views" / "matches.py", title=t("page_matches", lang), icon=":material/target:", url_path="matches",
            default=True),
    st.Page(HERE / "views" / "explore.py", title=t("page_explore", lang), icon=":material/search:", url_path="explore"),
    st.Page(HERE / "views" / "organizations.py", title=t("page_organizations", lang), icon=":material/apartment:",
            url_path="organizations"),
    st.Page(HERE / "views" / "shortlists.py", title=t("page_shortlists", lang), icon=":material/star:", url_path="shortlists"),
    st.Page(HERE / "views" / "coalition.py", title=t("page_coalition", lang), icon=":material/diversity_3:", url_path="coalition"),
    st.Page(HERE / "views" / "deadlines.py", title=t("page_deadlines", lang), icon=":material/event:", url_path="deadlines"),
    st.Page(HERE / "views" / "crawls.py", title=t("page_crawls", lang), icon=":material/travel_explore:", url_path="crawls"),
])
show_flash()
try:
    page.run()
except StoreBusy:
    st.info(t("busy", lang), icon=":material/hourglass_top:")
except FursaError as exc:
    st.error(f"{t('error', lang)}: {md_escape(str(exc))}")
except Exception as exc:  # the promise is no traceback on screen; the server log keeps it
    log.exception("dashboard page failed")
    st.error(t("unexpected", lang, kind=type(exc).__name__))
