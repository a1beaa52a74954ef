"""Venues: every venue in the pool, unresolved and doubtful matches first; set tiers in place."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard import cached, state
from dashboard.components import editor
from scoring.summaries import order_tiers, venue_table

state.ensure_defaults()
st.title("Venues")
res = cached.results()
if res is None:
    st.stop()
table = venue_table(res.profiles.publications)
overrides = res.config.overrides
table["assign"] = table["key"].map(overrides)
st.caption(f"{int(table['needs_review'].sum())} of {len(table)} venues need a look (unranked or matched "
           f"with low confidence). Pick a tier in the last column: it becomes an override in the search "
           f"settings and every score updates.")
only_unsure = st.toggle("Show only venues that need a look", value=True, key="venues.only_unsure")
shown = table[table["needs_review"]] if only_unsure else table
tiers = order_tiers([*res.profiles.publications["tier"].unique(), "A*", "A", "B", "C", "unranked"])
change = editor.show(
    shown.reset_index(drop=True), key="venues.table", hide_index=True, num_rows="fixed",
    disabled=[c for c in shown.columns if c != "assign"],
    column_config={
        "key": st.column_config.TextColumn("Venue as written", pinned=True),
        "needs_review": st.column_config.CheckboxColumn("Needs a look"),
        "venue": st.column_config.TextColumn("Full venue text", width="medium"),
        "tier": st.column_config.TextColumn("Tier now"),
        "venue_confidence": st.column_config.ProgressColumn("Match confidence", min_value=0, max_value=1),
        "assign": st.column_config.SelectboxColumn("Assign tier", options=tiers),
    },
)
if change is not None:
    edited = editor.apply_change(shown.reset_index(drop=True), change)
    new = dict(overrides)
    for key, tier in zip(edited["key"], edited["assign"], strict=True):
        if isinstance(tier, str) and tier:
            new[str(key)] = tier
        else:
            new.pop(str(key), None)
    state.set_config(replace(res.config, overrides=new))
    st.rerun()
