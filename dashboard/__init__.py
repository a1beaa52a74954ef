"""The Streamlit dashboard: a thin layer of pages over the ``scoring`` library."""
