"""Venues: the venue strings the resolver was unsure about, across the pool; set tiers in place."""

from __future__ import annotations

import streamlit as st

from dashboard import cached, state, workspace
from dashboard.components import editor
from scoring.summaries import venue_table
from scoring.venues import TIERS, unresolved_venues

state.ensure_defaults()
st.title("Venues")
res = cached.results()
if res is None:
    st.stop()
overrides = res.config.overrides
pubs = res.profiles.publications
review = unresolved_venues(pubs)
st.caption(f"{len(review)} venue strings matched nothing or matched with low confidence. Pick a tier in "
           f"the last column: it becomes an override "
           + ("kept in the committee workspace" if workspace.settings() is not None else "in the search settings")
           + " and every score updates.")
everything = st.toggle("Show every venue in the pool", value=False, key="venues.all")
if everything:
    table = venue_table(pubs).rename(columns={"papers": "publications", "venue_confidence": "confidence"})
    table["venue"] = table["venue"].fillna(table["key"])
else:
    table = review
# text, even when no venue has a tier yet (an all-empty column would be float and refuse "A")
table = table.assign(assign=table["venue"].map(overrides).astype("string"))
columns = [c for c in ("venue", "publications", "candidates", "tier", "best_guess", "venue_name", "venue_match",
                       "confidence", "assign") if c in table]
change = editor.show(
    table[columns].reset_index(drop=True), key=f"venues.table.{'all' if everything else 'review'}",
    hide_index=True, num_rows="fixed", disabled=[c for c in columns if c != "assign"],
    column_config={
        "venue": st.column_config.TextColumn("Venue as printed", pinned=True, width="large"),
        "publications": st.column_config.NumberColumn("Papers"),
        "best_guess": st.column_config.TextColumn("Closest known venue", width="medium"),
        "venue_name": st.column_config.TextColumn("Matched venue", width="medium"),
        "venue_match": st.column_config.TextColumn("How it matched"),
        "confidence": st.column_config.ProgressColumn("Confidence", min_value=0.0, max_value=1.0, format="%.2f"),
        "assign": st.column_config.SelectboxColumn("Assign tier", options=list(TIERS)),
    },
)
if change is not None:
    edited = editor.apply_change(table[columns].reset_index(drop=True), change)
    tiers = {str(v): (t if isinstance(t, str) and t else None) for v, t in zip(edited["venue"], edited["assign"],
                                                                              strict=True)}
    workspace.set_tiers(workspace.current(), {v: t for v, t in tiers.items() if t != overrides.get(v)})
    st.rerun()
if not len(table):
    st.success("Every venue in the pool was resolved with confidence.")
