"""Candidate: one applicant's parsed profile, the evidence behind each score, and corrections."""

from __future__ import annotations

import streamlit as st

from dashboard import cached, state, workspace
from dashboard.components import corrections_editor
from scoring import workspace as wsp
from scoring.blind import IDENTIFYING_COLUMNS, redact_name
from scoring.summaries import evidence_for
from scoring.workspace.edits import corrections_table

state.ensure_defaults()
st.title("Candidate")
res = cached.results()
if res is None:
    st.stop()
blind = state.blind()
ids = [*res.ranked["candidate_id"], *res.excluded.index]  # ranked first, then those filtered out
cid = st.selectbox("Candidate", ids, format_func=lambda c: str(res.labels[c]), key=state.CANDIDATE,
                   persist_state="session")
ranked = res.ranked.set_index("candidate_id")
cand = res.profiles.candidates.loc[cid]
pubs = res.profiles.publications[res.profiles.publications["candidate_id"] == cid]
if blind:  # a misparsed title can be an author list holding the candidate's name
    pubs = pubs.assign(title=redact_name(pubs["title"], str(cand["name"])))

cols = st.columns(4)
cols[0].metric("Rank", f"{int(ranked.at[cid, 'rank'])} of {len(res.ranked)}" if cid in ranked.index else "—")
cols[1].metric("Score", f"{ranked.at[cid, 'total']:.2f}" if cid in ranked.index else "—")
if cid in res.excluded.index:
    st.info("Left out of the ranking by the filters:")
    st.text(str(res.excluded[cid]))
cols[2].metric("Publications", len(pubs))
cols[3].metric("Awards", int(res.summary.at[cid, "n_awards"]))
if cand["parse_warnings"]:
    st.warning("The parser was unsure about this CV; check the fields below.", icon=":material/warning:")
    st.text("\n".join(f"• {w}" for w in str(cand["parse_warnings"]).split("; ")))

corrections = res.corrections
ws = workspace.current()
profile, papers, awards, evidence, original = st.tabs(
    ["Profile", f"Publications ({len(pubs)})", "Awards", "Evidence per criterion", "Original text"])
with profile:
    st.caption("Edit a wrong field and the scores update. Corrections are kept apart from the parse"
               + (" and saved in the committee workspace." if ws is not None else ", for this session only."))
    if not blind:
        st.text(f"E-mail: {cand['email'] or '—'}   Files: {cand['source_files']}")
    new = corrections_editor.profile(res.profiles.candidates, cid, corrections, blind=blind,
                                     key=f"candidate.{cid}.profile")
with papers:
    new = corrections_editor.publications(pubs, corrections, blind=blind, key=f"candidate.{cid}.pubs") or new
with awards:
    shown = res.profiles.awards[res.profiles.awards["candidate_id"] == cid]
    st.dataframe(shown[["name", "year", "source_line"]], hide_index=True, key="candidate.awards", column_config={
        "year": st.column_config.NumberColumn("Year", format="%d"),
        "source_line": st.column_config.NumberColumn("CV line", format="%d")})
with evidence:
    rows = evidence_for(res.scored.evidence_for(cid), str(cand["text"]), cid)  # built for this candidate only
    for name in res.criteria:
        value = f"{res.scored.raw.at[cid, name]:.2f}"
        share = f", contribution {ranked.at[cid, f'{name}__contribution']:.3f}" if cid in ranked.index else ""
        st.markdown(f"**{res.label(name)}**: value {value}{share}")
        mine = rows[rows["criterion"] == name].drop(columns=["criterion"])
        if blind:
            mine = mine.drop(columns=["cv_line"]).assign(item=redact_name(mine["item"], str(cand["name"])))
        if len(mine):
            st.dataframe(mine, hide_index=True, key=f"candidate.evidence.{name}", column_config={
                "item": st.column_config.TextColumn("Counted", width="large"),
                "value": st.column_config.NumberColumn("Credit", format="%.2f"),
                "detail": "Detail", "source_line": st.column_config.NumberColumn("CV line", format="%d"),
                "cv_line": st.column_config.TextColumn("As written in the CV", width="large")})
with original:
    if blind:
        st.info("The original text is hidden in blind mode.")
    else:
        st.code(str(cand["text"]), language=None, wrap_lines=True, height=480)

if new is not None:
    workspace.save_corrections(ws, corrections, new)
    st.rerun()
if ws is not None:
    active = corrections_table(wsp.active_corrections(ws), cid, hide=IDENTIFYING_COLUMNS if blind else ())
    if len(active):
        st.subheader("Corrections in force")
        st.dataframe(active.drop(columns="id"), hide_index=True, key="candidate.corrections")
        undo = st.selectbox("Correction to revert", active["id"], key="candidate.revert_id",
                            format_func=dict(zip(active["id"], active["what"], strict=True)).get)
        if st.button("Revert", key="candidate.revert", icon=":material/undo:",
                     help="The value before this correction applies again (an earlier correction, or the parse)."):
            wsp.revert(ws, int(undo), member=workspace.actor())
            st.rerun()
elif any(corrections.get(table) for table in ("candidates", "publications")) and st.button(
        "Undo this session's corrections", key="candidate.undo", icon=":material/undo:"):
    state.put(state.CORRECTIONS, {})
    st.rerun()
