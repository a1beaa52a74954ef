"""The ranked table: score bars, counts, warnings, and a tick box to shortlist each candidate."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from dashboard.components import editor
from scoring.workspace import COMMITTEE_COLUMN


def _count_label(column: str) -> str:
    # tier_A* -> "A*" (papers in that tier), n_awards -> "Awards"
    if column.startswith("tier_"):
        return column.removeprefix("tier_")
    return column.removeprefix("n_").capitalize()


def _ratings(ranked: pd.DataFrame, criteria: list[str]) -> list[str]:
    # the committee's mean ratings, when the pool has a workspace (see cached.results)
    return [c for c in ranked.columns if c not in criteria and (c == COMMITTEE_COLUMN or c.startswith("rating_"))]


def _rating_label(column: str) -> str:
    return "Committee" if column == COMMITTEE_COLUMN else column.removeprefix("rating_").capitalize()


def _frame(ranked: pd.DataFrame, summary: pd.DataFrame, criteria: list[str], shortlist: list[str]) -> pd.DataFrame:
    # built from the columns' own arrays (no conversion to numpy objects and back): two joins and
    # a column selection cost several times more at 10,000 rows, and this runs on every rerun
    per_row = summary.reindex(ranked["candidate_id"])
    counts = [c for c in summary.columns if c != "warnings"]
    columns = {"shortlisted": ranked["candidate_id"].isin(shortlist).to_numpy()}
    columns |= {c: ranked[c].array for c in ["rank", "label", "total", *criteria, *_ratings(ranked, criteria)]}
    columns |= {c: per_row[c].array for c in [*counts, "warnings"]}
    return pd.DataFrame(columns, copy=False)


def show(ranked: pd.DataFrame, summary: pd.DataFrame, labels: Mapping[str, str], shortlist: list[str],
         *, key: str) -> list[str]:
    """Draw the table (criteria named by *labels*); return the shortlisted ids after this run's ticks."""
    criteria = list(labels)
    table = _frame(ranked, summary, criteria, shortlist)
    # candidate ids (often file names) stay on the server: rows are matched back by position
    ids = ranked["candidate_id"].tolist()
    top = float(max(1.0, table["total"].max())) if len(table) else 1.0
    config = {
        "shortlisted": st.column_config.CheckboxColumn("Shortlist", help="Tick to add to the shortlist", width=90),
        "rank": st.column_config.NumberColumn("Rank", width="small"),
        "label": st.column_config.TextColumn("Candidate", pinned=True),
        "total": st.column_config.ProgressColumn("Score", min_value=min(0.0, float(table["total"].min())),
                                                 max_value=top, format="%.2f"),
        "warnings": st.column_config.TextColumn("Parse warnings", width="medium"),
        **{c: st.column_config.NumberColumn(labels[c], format="%.2f") for c in criteria},
        **{c: st.column_config.NumberColumn(_rating_label(c), format="%.1f",
                                            help="Mean committee rating (1-5) among the ratings you may see")
           for c in _ratings(ranked, criteria)},
        **{c: st.column_config.NumberColumn(_count_label(c), format="%d") for c in table.columns
           if c in summary.columns and c != "warnings"},
    }
    change = editor.show(table, key=key, hide_index=True, column_config=config, height=editor.height_for(len(table)),
                         disabled=[c for c in table.columns if c != "shortlisted"], num_rows="fixed")
    picked = list(shortlist)
    for pos, cells in (change or {}).get("edited_rows", {}).items():
        cid = ids[int(pos)]
        if cells.get("shortlisted") and cid not in picked:
            picked.append(cid)
        elif cells.get("shortlisted") is False and cid in picked:
            picked.remove(cid)
    return picked
