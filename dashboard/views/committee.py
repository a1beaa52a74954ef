"""Committee: rate candidates, keep notes, record decisions, see agreement and the audit log.

Everything here is stored in the search's workspace database, so it survives restarts and is
shared by every member who opens the same applicant folder. Members are named by sign-in, or by
the name typed in the sidebar.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import cached, state, workspace
from scoring import workspace as wsp
from scoring.config import dump_config
from scoring.errors import ScoringError


def _blinded_targets(log: pd.DataFrame, labels: pd.Series) -> pd.DataFrame:
    # audit targets start with the candidate id, which comes from file names and so names people
    def relabel(target: str) -> str:
        cid, dot, rest = target.partition(".")
        return f"{labels[cid]}{dot}{rest}" if cid in labels.index else target

    return log.assign(target=log["target"].map(relabel))


state.ensure_defaults()
st.title("Committee")
res = cached.results()
if res is None:
    st.stop()
settings = workspace.settings()
if settings is None:
    st.info("The committee workspace is kept next to an applicant folder. Open a folder "
            "(facultyscreen dashboard FOLDER) to rate candidates and record decisions.")
    st.stop()
ws = workspace.current()
if ws is None:
    st.stop()
member = workspace.member()
if not member:
    st.info("Enter your name in the sidebar to rate candidates and take decisions.")
    st.stop()
ratings = wsp.ratings_frame(ws)
seen = wsp.visible_ratings(ratings, viewer=member, items=settings.rubric, blind=settings.blind)
ids = [*res.ranked["candidate_id"], *res.excluded.index]  # ranked first, then those filtered out

rate_tab, agree_tab, decide_tab, config_tab, log_tab = st.tabs(
    ["Rate", "Agreement", "Decisions", "Saved settings", "Audit log"])
with rate_tab:
    cid = st.selectbox("Candidate", ids, format_func=lambda c: str(res.labels[c]), key="committee.candidate")
    mine = ratings[(ratings["member"] == member) & (ratings["candidate_id"] == cid)].set_index("item")["score"]
    with st.form(f"committee.rate.{cid}"):
        scores = {
            item: st.radio(item.capitalize(), [1, 2, 3, 4, 5], horizontal=True, key=f"committee.{cid}.{item}",
                           index=int(mine[item]) - 1 if item in mine.index else None)
            for item in settings.rubric
        }
        notes = wsp.notes_frame(ws)
        own_note = notes[(notes["member"] == member) & (notes["candidate_id"] == cid)]["text"]
        note = st.text_area("Your note", value=own_note.iloc[0] if len(own_note) else "", key=f"committee.{cid}.note")
        if st.form_submit_button("Save", type="primary"):
            wsp.save_review(ws, member=member, candidate_id=cid, scores=scores, note=note)
            st.rerun()
    others = seen[(seen["candidate_id"] == cid) & (seen["member"] != member)]
    if settings.blind and cid not in wsp.completed(ratings, member, settings.rubric):
        st.caption("Blind review: the others' ratings and notes appear once you have rated every item.")
    elif len(others):
        st.dataframe(others.pivot_table(index="member", columns="item", values="score"), key="committee.others")
        shown = wsp.visible_notes(notes, ratings, viewer=member, items=settings.rubric, blind=settings.blind)
        st.dataframe(shown[(shown["candidate_id"] == cid) & (shown["member"] != member)][["member", "text"]],
                     hide_index=True, key="committee.notes")
with agree_tab:
    st.caption("Krippendorff's alpha: 1 = full agreement, 0 = no better than chance. "
               + ("Only candidates you have rated count." if settings.blind else ""))
    two = {c: st.column_config.NumberColumn(format="%.2f") for c in
           ("alpha_ordinal", "alpha_interval", "mean", "std", "offset", "mean_abs_gap")}
    st.dataframe(wsp.agreement_table(seen, settings.rubric), hide_index=True, key="committee.alpha",
                 column_config=two)
    st.subheader("Members")
    st.caption("offset: how far above (+) or below (−) the others a member rates the same candidates.")
    st.dataframe(wsp.member_spread(seen), hide_index=True, key="committee.members", column_config=two)
    st.subheader("Where the committee disagrees")
    spread = wsp.candidate_spread(seen)
    st.dataframe(spread.assign(candidate=spread["candidate_id"].map(res.labels)).drop(columns="candidate_id"),
                 hide_index=True, key="committee.spread", column_config=two)
with decide_tab:
    with st.form("committee.decide", clear_on_submit=True):
        target = st.selectbox("Candidate", ids, format_func=lambda c: str(res.labels[c]))
        decision = st.selectbox("Decision", wsp.DECISIONS)
        reason = st.text_input("Reason (required)", key="committee.reason")
        if st.form_submit_button("Record decision"):
            try:
                wsp.decide(ws, candidate_id=target, decision=decision, reason=reason, member=member,
                           config_hash=wsp.config_hash(res.config))
            except wsp.WorkspaceError as exc:
                st.error(str(exc))
    current = wsp.current_decisions(ws)
    st.dataframe(current.assign(candidate=current["candidate_id"].map(res.labels)).drop(columns="candidate_id"),
                 hide_index=True, key="committee.decisions")
with config_tab:
    st.caption("Save the search settings in force (weights, tiers, filters) to restore them later; "
               "what changes between versions is written to the audit log.")
    with st.form("committee.save_config"):
        name = st.text_input("Name", value="main", key="committee.config_name")
        if st.form_submit_button("Save current settings"):
            try:
                digest = wsp.save_config(ws, name=name, toml_text=dump_config(res.config), member=member)
                st.success(f"Saved (hash {digest[:12]}).")
            except ScoringError as exc:
                st.error(str(exc))
    saved = wsp.saved_configs(ws)
    st.dataframe(saved, hide_index=True, key="committee.saved")
    if len(saved):
        chosen = st.selectbox("Saved settings", saved["name"], key="committee.restore")
        if st.button("Restore", key="committee.restore_button"):
            state.set_config(wsp.restore_config(ws, chosen, current=res.config, member=member),
                             reset_widgets=True)
            st.rerun()
with log_tab:
    log = wsp.audit_log(ws, limit=500)
    log = _blinded_targets(log, res.labels) if state.blind() else log
    st.dataframe(log.astype(str), hide_index=True, key="committee.audit")
