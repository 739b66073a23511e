"""The Streamlit dashboard: an entry file with st.navigation, pages that lay out widgets, a query module."""
