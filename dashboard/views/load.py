"""Load: read the applicant folder given on the command line, or CVs uploaded in the browser."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import loading, state
from dashboard.components import editor
from scoring.ingest.readers import TEXT_SUFFIXES

state.ensure_defaults()
st.title("Load applicants")
source = state.get(state.POOL_SOURCE)
st.caption(f"Current pool: {state.shown_path(source) if source and source != 'uploads' else source or 'none'}")

folder_col, upload_col = st.columns(2, gap="large")
with folder_col:
    st.subheader("From a folder")
    folder = state.pool_folder()
    st.text(state.shown_path(folder))
    st.caption("One candidate per file or sub-folder. Start the app on another folder with "
               "`facultyscreen dashboard FOLDER`.")
    if st.button("Read this folder again", key="load.folder", icon=":material/refresh:"):
        loading.load_folder(folder)
with upload_col:
    st.subheader("Upload CVs")
    kinds = sorted({s.lstrip(".") for s in TEXT_SUFFIXES} | {"pdf", "docx", "zip"})
    st.caption("Uploads are for this session only: they get no committee workspace, so corrections last "
               "until the tab closes and rating, decisions and the audit log are off. Open a folder to keep them.")
    files = st.file_uploader("CV files, or a zip with one folder per candidate", type=kinds,
                             accept_multiple_files=True, key="load.files")
    if st.button(f"Read {len(files)} uploaded files", key="load.read", type="primary", disabled=not files,
                 icon=":material/play_arrow:"):
        loading.load_uploads([(f.name, f.getvalue()) for f in files])

pool = state.pool()
if pool is None:
    st.info("Nothing loaded yet.")
    st.stop()

st.subheader("What was read")
report = state.get(state.CACHE_REPORT)
if report is not None:
    st.caption(f"{len(report.cached)} profiles from the committee workspace, {len(report.parsed)} read now.")
    if report.changed:  # their stored corrections were made against the old files
        st.warning(f"{len(report.changed)} candidates' files changed since the last import: check their "
                   "corrections on the Candidate page.", icon=":material/sync_problem:")
statuses = pd.DataFrame(
    [{"status": s.status, "candidate": s.candidate_id, "file": s.path.replace("\\", "/").rsplit("/", 1)[-1],
      "reason": s.reason} for s in pool.statuses],
    columns=["status", "candidate", "file", "reason"],
)
ok, warn, err = st.columns(3)
ok.metric("Read cleanly", int((statuses["status"] == "ok").sum()))
warn.metric("Read with warnings", int((statuses["status"] == "warning").sum()))
err.metric("Could not be read", int((statuses["status"] == "error").sum()))
if state.blind():  # file names usually are the applicant's name
    for name in statuses["file"]:
        statuses["reason"] = statuses["reason"].str.replace(name, "(file)", regex=False)
    statuses["file"] = "(hidden)"
    statuses["candidate"] = "(hidden)"
st.dataframe(
    statuses, hide_index=True, key="load.status", height=editor.height_for(len(statuses), max_rows=25),
    column_config={
        "status": st.column_config.TextColumn("Status", width="small"),
        "candidate": st.column_config.TextColumn("Candidate id"),
        "file": st.column_config.TextColumn("File"),
        "reason": st.column_config.TextColumn("Why", width="large"),
    },
)
