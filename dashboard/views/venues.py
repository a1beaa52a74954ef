"""Venues: the venue strings the resolver was unsure about, across the pool; set tiers in place."""

from __future__ import annotations

from dataclasses import replace

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
           f"the last column: it becomes an override in the search settings and every score updates.")
everything = st.toggle("Show every venue in the pool", value=False, key="venues.all")
if everything:
    table = venue_table(pubs).rename(columns={"papers": "publications", "venue_confidence": "confidence"})
    table["venue"] = table["venue"].fillna(table["key"])
else:
    table = review
table = table.assign(assign=table["venue"].map(overrides))
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
    new = dict(overrides)
    for venue, tier in zip(edited["venue"], edited["assign"], strict=True):
        if isinstance(tier, str) and tier:
            new[str(venue)] = tier
        else:
            new.pop(str(venue), None)
    workspace.set_config(replace(res.config, overrides=new))  # audited per changed venue
    st.rerun()
if not len(table):
    st.success("Every venue in the pool was resolved with confidence.")
