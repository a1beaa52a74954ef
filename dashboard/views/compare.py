"""Compare: two to four candidates side by side on every criterion, tier and year."""

from __future__ import annotations

import streamlit as st

from dashboard import cached, charts, state
from dashboard.components import editor
from scoring.summaries import publications_per_year, side_by_side

state.ensure_defaults()
st.title("Compare candidates")
res = cached.results()
if res is None:
    st.stop()
ids = res.ranked["candidate_id"].tolist()
if state.COMPARE not in st.session_state:
    st.session_state[state.COMPARE] = [c for c in state.get(state.SHORTLIST) if c in ids][:4] or ids[:2]
chosen = st.multiselect("Candidates (2 to 4)", ids, format_func=lambda c: str(res.labels[c]), max_selections=4,
                        key=state.COMPARE, persist_state="session")
if len(chosen) < 2:
    st.info("Pick at least two candidates.")
    st.stop()

picked = res.ranked.set_index("candidate_id").loc[chosen].reset_index()
labels = {c: res.label(c) for c in res.criteria}
rows = {"rank": "Rank", "total": "Score", **labels,
        **{f"{c}__contribution": f"{labels[c]} (weighted)" for c in res.criteria},
        "n_publications": "Publications", "n_awards": "Awards",
        **{c: f"Papers in tier {c.removeprefix('tier_')}" for c in res.summary.columns if c.startswith("tier_")}}
table = side_by_side(picked, res.summary, rows)
st.dataframe(table.astype(float), key="compare.table", height=editor.height_for(len(table), max_rows=30),
             column_config={c: st.column_config.NumberColumn(format="%.3g") for c in table.columns})

left, right = st.columns(2)
with left:
    weighted = [c for c in res.criteria if res.config.weights()[c] > 0]
    st.plotly_chart(charts.compare_criteria(picked, weighted, labels), key="compare.criteria")
with right:
    order = picked["label"].tolist()
    counts = cached.tier_counts(res, picked["candidate_id"])
    st.plotly_chart(charts.tier_mix(counts.set_axis(order)), key="compare.tiers")
pubs = res.profiles.publications
per_year = publications_per_year(pubs[pubs["candidate_id"].isin(chosen)])
per_year["label"] = per_year["candidate_id"].map(res.labels)
st.plotly_chart(charts.publications_timeline(per_year, picked["label"].tolist()), key="compare.timeline")
