"""Fursa dashboard entry: `fursa dashboard` (or `streamlit run dashboard/app.py`).

The entry sets the page, the interface language (remembered for the browser session) and the
navigation. Each page lives in dashboard/views/ (not pages/: Streamlit would add its own navigation
for a folder of that name) and only lays out widgets over dashboard/queries.py.
"""

from pathlib import Path

import streamlit as st

from dashboard.i18n import LANGUAGES, t

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="Fursa", page_icon="🌱", layout="wide")

if "lang" not in st.session_state:
    st.session_state["lang"] = "en"
with st.sidebar:
    st.radio(t("language", st.session_state["lang"]), list(LANGUAGES), key="lang",
             format_func=LANGUAGES.get, horizontal=True)
lang = st.session_state["lang"]

# Our own constant CSS, never scraped text. `unicode-bidi: plaintext` lets every paragraph and cell take
# the direction of its own first letter, so Arabic and English read correctly side by side.
st.markdown(
    """<style>
    .stMarkdown p, .stMarkdown li, .stCaption, [data-testid="stExpander"] summary {
        unicode-bidi: plaintext; text-align: start; }
    </style>"""
    + ("""<style>
    [data-testid="stMain"], [data-testid="stSidebar"] { direction: rtl; }
    </style>""" if lang == "ar" else ""),
    unsafe_allow_html=True,
)

page = st.navigation([
    st.Page(HERE / "views" / "matches.py", title=t("page_matches", lang), icon="🎯", url_path="matches",
            default=True),
])
page.run()
