"""Editable views of one candidate's parsed fields and publications; edits become corrections."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.components import editor
from scoring.blind import IDENTIFYING_COLUMNS
from scoring.corrections import (
    EDITABLE_CANDIDATE_FIELDS,
    EDITABLE_PUBLICATION_FIELDS,
    Corrections,
    corrections_from_edits,
    merge_corrections,
)
from scoring.model import PUBLICATION_TYPES, Publications

_PUB_READ_ONLY = ["tier", "venue_name", "venue_match", "venue_confidence", Publications.source_line]


def profile(candidates: pd.DataFrame, cid: str, corrections: Corrections, *, blind: bool,
            key: str) -> Corrections | None:
    """Edit the candidate's own fields (identifying ones hidden in blind mode); new corrections or None."""
    fields = [f for f in EDITABLE_CANDIDATE_FIELDS if not (blind and f in IDENTIFYING_COLUMNS)]
    shown = candidates.loc[[cid], fields]
    # the index (the candidate id, often the file name) is not sent to the browser
    change = editor.show(shown.reset_index(drop=True), key=key, hide_index=True, num_rows="fixed", column_config={
        "name": st.column_config.TextColumn("Name"),
        "current_position": st.column_config.TextColumn("Current position", width="medium"),
        "phd_institution": st.column_config.TextColumn("PhD institution", width="medium"),
        "phd_year": st.column_config.NumberColumn("PhD year", min_value=1950, max_value=2100, format="%d"),
        "research_interests": st.column_config.TextColumn("Research interests", width="large"),
    })
    if change is None:
        return None
    return merge_corrections(corrections, "candidates", corrections_from_edits(shown, change["edited_rows"]))


def publications(pubs: pd.DataFrame, corrections: Corrections, *, blind: bool, key: str) -> Corrections | None:
    """Edit the candidate's publications (title, venue, year, type...); new corrections or None."""
    extra = [c for c in _PUB_READ_ONLY if c in pubs]
    shown = pubs[[Publications.pub_id, *EDITABLE_PUBLICATION_FIELDS, *extra]].reset_index(drop=True)
    change = editor.show(
        shown, key=key, hide_index=True, num_rows="fixed", disabled=[Publications.pub_id, *extra],
        height=editor.height_for(len(shown), max_rows=20),
        column_config={
            Publications.pub_id: None,
            Publications.title: st.column_config.TextColumn("Title", width="medium"),
            Publications.venue: st.column_config.TextColumn("Venue", width="medium"),
            Publications.venue_acronym: st.column_config.TextColumn("Acronym"),
            "tier": st.column_config.TextColumn("Tier"),
            "venue_name": st.column_config.TextColumn("Matched venue", width="medium"),
            "venue_match": st.column_config.TextColumn("How it matched"),
            Publications.type: st.column_config.SelectboxColumn("Type", options=list(PUBLICATION_TYPES)),
            Publications.year: st.column_config.NumberColumn("Year", format="%d"),
            Publications.candidate_author_position: st.column_config.NumberColumn("Author #", format="%d"),
            Publications.source_line: st.column_config.NumberColumn("CV line", format="%d"),
            "venue_confidence": st.column_config.ProgressColumn("Match confidence", min_value=0, max_value=1),
        },
    )
    del blind  # publications carry no identifying columns here (authors and raw lines are not shown)
    if change is None:
        return None
    edits = corrections_from_edits(shown, change["edited_rows"], key=Publications.pub_id)
    return merge_corrections(corrections, "publications", edits)
