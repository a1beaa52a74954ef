"""FacultyScreen dashboard entrypoint: page config, the shared sidebar, and the page list.

Run with ``facultyscreen dashboard FOLDER`` or ``streamlit run dashboard/app.py -- --pool FOLDER``.
"""

from __future__ import annotations

import streamlit as st

from dashboard import loading, state, workspace
from dashboard.auth import auth_configured, require_login

st.set_page_config(page_title="FacultyScreen", page_icon=":material/school:", layout="wide")

require_login()  # no-op unless the deployment configures sign-in

loading.ensure_pool()

pages = {
    "Pool": [
        st.Page("views/load.py", title="Load", icon=":material/upload_file:"),
        st.Page("views/settings.py", title="Search settings", icon=":material/tune:"),
        st.Page("views/venues.py", title="Venues", icon=":material/menu_book:"),
    ],
    "Screen": [
        st.Page("views/ranking.py", title="Ranking", icon=":material/leaderboard:", default=True),
        st.Page("views/candidate.py", title="Candidate", icon=":material/person:"),
        st.Page("views/compare.py", title="Compare", icon=":material/compare_arrows:"),
    ],
    "Decide": [
        st.Page("views/committee.py", title="Committee", icon=":material/groups:"),
        st.Page("views/export.py", title="Export", icon=":material/download:"),
    ],
}
current = st.navigation(pages)

with st.sidebar:
    pool = state.pool()
    st.caption(f"{len(pool.profiles) if pool else 0} candidates · {state.config().title}")
    st.toggle("Blind mode", key=state.BLIND,
              help="Hide names, e-mails and institutions everywhere; candidates are shown as codes.")
    if workspace.settings() is None:
        st.caption("No committee workspace: corrections last for this session only.")
    elif auth_configured() and st.user.is_logged_in:
        st.caption(f"Working as {workspace.member()}")
    else:  # no sign-in: members say who they are, for ratings and the audit log
        st.text_input("Your name (committee member)", key=state.MEMBER,
                      help="Your ratings, corrections and setting changes are recorded under this name.")

current.run()
