"""Ranking: the ranked table (tick to shortlist) and the charts that explain it."""

from __future__ import annotations

import streamlit as st

from dashboard import cached, charts, state
from dashboard.components import chart_controls, ranked_table
from scoring.export import to_csv, with_metadata
from scoring.shortlist import build_shortlist, describe_config
from scoring.summaries import publications_per_year, top_candidates
from scoring.workspace import export_metadata

state.ensure_defaults()
st.title("Ranking")
res = cached.results()
if res is None:
    st.stop()
st.caption(describe_config(res.config))

shortlist = state.get(state.SHORTLIST)
left, mid, right = st.columns(3)
left.metric("Ranked", f"{len(res.ranked)} of {len(res.profiles)}",
            help="Candidates left out by the filters are listed below the table.")
mid.metric("Shortlisted", len(shortlist))
right.metric("CVs with parse warnings", int((res.summary["warnings"] != "").sum()))

labels = {c: res.label(c) for c in res.criteria}
picked = ranked_table.show(res.ranked, res.summary, labels, shortlist, key="ranking.table")
if picked != shortlist:
    state.put(state.SHORTLIST, picked)
    st.rerun()
if len(res.excluded):
    with st.expander(f"{len(res.excluded)} candidates left out by the filters"):
        st.dataframe({"candidate": res.excluded.index.map(res.labels), "why": res.excluded.to_numpy()},
                     hide_index=True, key="ranking.excluded")


def _shortlist_csv() -> bytes:
    quick = build_shortlist(res.ranked.assign(name=res.ranked["label"]), res.summary, res.config,
                            selected=picked or None)
    return to_csv(with_metadata(quick.drop(columns=["label"]), export_metadata(res.config)))


# the file is built when the button is clicked, not on every rerun (tens of ms at 10,000 rows)
st.download_button("Download shortlist (CSV)", data=_shortlist_csv,
                   file_name="shortlist.csv", mime="text/csv", on_click="ignore", icon=":material/download:",
                   help="The ticked candidates, or everyone ranked when none is ticked. More options on Export.")

st.subheader("Why this order")
sort_by, k = chart_controls.show(res.criteria, labels, n=len(res.ranked), key="ranking.charts")
top = top_candidates(res.ranked, by=sort_by, k=k)
order = top["label"].tolist()
# only the open tab runs: rank stability (hundreds of re-rankings) is paid for when someone looks at it
contrib, scatter, timeline, tiers, stability = st.tabs(
    ["Contributions", "Topic vs publications", "Publications per year", "Tier mix", "Rank stability"],
    key="ranking.tabs", on_change="rerun")
if contrib.open:
    with contrib:
        weighted = [c for c in res.criteria if res.config.weights()[c] > 0]
        st.plotly_chart(charts.contributions_bar(top, weighted, labels), key="chart.contributions")
if scatter.open:
    with scatter:
        x, y = chart_controls.axes(res.criteria, labels, key="ranking.scatter")
        frame = top.join(res.summary[["n_awards"]], on="candidate_id")
        st.plotly_chart(charts.topic_vs_publications(frame, x=x, y=y, size="n_awards", x_title=labels[x],
                                                     y_title=labels[y], size_title="awards"), key="chart.scatter")
if timeline.open:
    with timeline:
        pubs = res.profiles.publications
        per_year = publications_per_year(pubs[pubs["candidate_id"].isin(top["candidate_id"])])
        per_year["label"] = per_year["candidate_id"].map(res.labels)
        st.plotly_chart(charts.publications_timeline(per_year, order), key="chart.timeline")
if tiers.open:
    with tiers:
        counts = cached.tier_counts(res, top["candidate_id"])
        st.plotly_chart(charts.tier_mix(counts.set_axis(order)), key="chart.tiers")
if stability.open:
    with stability:
        intervals = cached.rank_intervals(res)
        if intervals is None:
            st.info("Rank stability needs at least two ranked candidates and two criteria with weight.")
        else:
            st.caption(f"Each weight drawn within ±{res.config.sensitivity.spread:.0%}, "
                       f"{res.config.sensitivity.draws} draws; bars span the {res.config.sensitivity.low:g}th to "
                       f"{res.config.sensitivity.high:g}th percentile of ranks.")
            shown = intervals.set_index("candidate_id").loc[top["candidate_id"]].reset_index()
            shown["label"] = shown["candidate_id"].map(res.labels)
            st.plotly_chart(charts.rank_intervals(shown), key="chart.intervals")
            fragile = shown[shown["fragile"]]
            if len(fragile):
                st.caption(f"In or out of the top {res.config.sensitivity.top_k} depending on the weights:")
                st.dataframe(fragile[["label", "rank", "low", "high", "p_top_k"]], hide_index=True,
                             key="ranking.fragile",
                             column_config={"label": "Candidate", "p_top_k": st.column_config.ProgressColumn(
                                 f"Share of draws in the top {res.config.sensitivity.top_k}", min_value=0,
                                 max_value=1, format="%.2f")})
