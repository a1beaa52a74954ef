"""Search settings: the group, venue tiers, weights and parameters, filters; save or load as TOML."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import state, workspace
from dashboard.components import criteria_form, editor, filters_form
from scoring.config import NORMALISERS, dump_config
from scoring.config_edits import config_from_toml
from scoring.errors import ScoringError
from scoring.venues import SCHEMES, TIERS
from scoring.workspace.criterion import uses_committee_rating, with_committee_criterion

state.ensure_defaults()
st.title("Search settings")
cfg = state.config()
if state.get(state.CONFIG_ERROR):
    st.warning(state.get(state.CONFIG_ERROR))

group, weights = st.columns([3, 2], gap="large")
with group:
    st.subheader("The group")
    title = st.text_input("Position", cfg.title, key="settings.title")
    description = st.text_area("Group description (used for topic match)", cfg.description, height=140,
                               key="settings.description")
    cfg = replace(cfg, title=title, description=description)
    st.subheader("Filters")
    cfg = replace(cfg, filters=filters_form.show(cfg.filters, key="settings.filters"))
with weights:
    st.subheader("Weights")
    cfg = criteria_form.show(cfg, key="settings.criteria")
    if workspace.settings() is not None and not uses_committee_rating(cfg) and st.button(
            "Rank on the committee's ratings too", key="settings.add_committee", icon=":material/groups:",
            help="Adds the mean rating (1-5) from the Committee page as a criterion; unrated candidates get the "
                 "median. Under blind review each member's ranking uses only the ratings they may see."):
        cfg = with_committee_criterion(cfg)
        st.session_state["settings.rerun"] = True
    normalise = st.selectbox("Put criteria on one scale by", NORMALISERS, NORMALISERS.index(cfg.normalise),
                             key="settings.normalise")
    cfg = replace(cfg, normalise=normalise)

st.subheader("Venue tiers")
scheme = st.selectbox("Tier scheme", SCHEMES, SCHEMES.index(cfg.scheme), key="settings.scheme",
                      help="Which ranking list decides a venue's tier; the Venues page shows doubtful matches.")
overrides = pd.DataFrame({"venue": list(cfg.overrides), "tier": list(cfg.overrides.values())},
                         columns=["venue", "tier"], dtype=str)
st.caption("Overrides: a venue (as printed, or its acronym) and the tier the committee gives it.")
if kept := workspace.stored_tiers():
    st.caption(f"{len(kept)} overrides set on Venues are kept in the committee workspace and win over these; "
               "change them on Venues.")
change = editor.show(overrides, key="settings.overrides", num_rows="dynamic", hide_index=True, column_config={
    "venue": st.column_config.TextColumn("Venue"), "tier": st.column_config.SelectboxColumn("Tier", options=TIERS)})
cfg = replace(cfg, scheme=scheme)
if change is not None:
    edited = editor.apply_change(overrides, change).fillna("")
    cfg = replace(cfg, overrides={str(v).strip(): str(t).strip() for v, t in zip(edited["venue"], edited["tier"],
                                                                                  strict=True) if str(v).strip()})
if cfg != state.config():
    workspace.set_config(cfg)  # audited: one entry per changed key
    if change is not None or st.session_state.pop("settings.rerun", False):
        st.rerun()

st.subheader("Save or load")
save, load = st.columns(2)
save.download_button("Download search config (TOML)", dump_config(cfg), file_name="search.toml",
                     mime="application/toml", on_click="ignore", icon=":material/save:")
uploaded = load.file_uploader("Load a search config", type=["toml"], key="settings_file")
if uploaded is not None and uploaded.file_id != state.get(state.TOML_APPLIED):
    try:
        workspace.set_config(config_from_toml(uploaded.getvalue().decode("utf-8", errors="replace")),
                             reset_widgets=True)
    except ScoringError as exc:
        load.error(f"Not loaded: {exc}")
    else:
        state.put(state.TOML_APPLIED, uploaded.file_id)
        st.rerun()
