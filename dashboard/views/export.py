"""Export: the shortlist as an Excel-safe CSV, with scores, counts, notes and the config used."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import cached, state
from dashboard.components import editor
from scoring.blind import blind_ranked, candidate_codes
from scoring.config import dump_config
from scoring.export import XLSX_MIME, to_csv, to_xlsx, with_metadata
from scoring.shortlist import build_shortlist
from scoring.workspace import export_metadata

state.ensure_defaults()
st.title("Export the shortlist")
res = cached.results()
if res is None:
    st.stop()
ticked = [c for c in state.get(state.SHORTLIST) if c in set(res.ranked["candidate_id"])]
choice = st.radio("Which candidates", ["ticked", "top"], horizontal=True, key="export.which",
                  index=0 if ticked else 1,
                  format_func={"ticked": f"Ticked on Ranking ({len(ticked)})", "top": "The best K shown"}.get)
n = max(1, len(res.ranked))
k = st.number_input("K", min_value=1, max_value=n, value=min(10, n), key="export.k", disabled=choice != "top")
notes = state.get(state.NOTES)
shortlist = build_shortlist(res.ranked.assign(name=res.ranked["label"]), res.summary, res.config,
                            selected=ticked if choice == "ticked" else None,
                            top_k=None if choice == "ticked" else int(k), notes=notes)
if choice == "ticked" and not ticked:
    st.info("Nothing is ticked on the Ranking page yet; showing everyone.")
if shortlist.empty:
    st.info("No candidate passes the filters, so there is nothing to export.")
    st.stop()

st.subheader("Notes")
st.caption("A note per candidate travels with the file (e.g. 'invite for interview').")
note_frame = pd.DataFrame({"candidate": shortlist["label"], "notes": shortlist["notes"]})
change = editor.show(note_frame, key="export.notes", hide_index=True, num_rows="fixed", disabled=["candidate"],
                     height=editor.height_for(len(note_frame)),
                     column_config={"notes": st.column_config.TextColumn("Notes", width="large")})
if change is not None:
    edited = editor.apply_change(note_frame, change)
    state.put(state.NOTES, {**notes, **dict(zip(shortlist["candidate_id"], edited["notes"].fillna(""), strict=True))})
    st.rerun()

if state.blind():
    shortlist = blind_ranked(shortlist, candidate_codes(res.profiles.candidates.index))
    st.caption("Blind mode is on: the file names candidates by code only.")
st.subheader(f"Preview ({len(shortlist)} candidates)")
labels = {c: res.label(c) for c in res.criteria}
preview = shortlist.drop(columns=["label", "config", "config_hash", "facultyscreen_version"])
st.dataframe(preview, hide_index=True, key="export.preview", height=editor.height_for(len(shortlist)), column_config={
    "rank": st.column_config.NumberColumn("Rank", width="small"), "candidate_id": "Id", "name": "Name",
    "total": st.column_config.NumberColumn("Score", format="%.3f"),
    **{c: st.column_config.NumberColumn(label, format="%.2f") for c, label in labels.items()},
    **{f"{c}__contribution": st.column_config.NumberColumn(f"{label} (weighted)", format="%.3f")
       for c, label in labels.items()}})
data = with_metadata(shortlist.drop(columns=["label"]), export_metadata(res.config))  # reproducible from the file
csv_col, xlsx_col, toml_col = st.columns(3)
csv_col.download_button("Download shortlist (CSV)", to_csv(data), file_name="shortlist.csv", mime="text/csv",
                        on_click="ignore", type="primary", icon=":material/download:", key="export.csv")
xlsx_col.download_button("Download shortlist (Excel)", to_xlsx(data), file_name="shortlist.xlsx", mime=XLSX_MIME,
                         on_click="ignore", icon=":material/table:", key="export.xlsx")
toml_col.download_button("Download the search config (TOML)", dump_config(res.config), file_name="search.toml",
                         mime="application/toml", on_click="ignore", icon=":material/save:", key="export.toml")
st.caption("Both files are safe to open in Excel: cells that would run as formulas are quoted. Each row "
           "carries the search config (config_toml) and its hash, so the ranking can be reproduced.")
