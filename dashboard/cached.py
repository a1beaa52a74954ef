"""The only cache wrappers around ``scoring`` calls, and the shared per-run results.

Everything cached here is derived from candidate data, so every cache is session-scoped:
a global ``st.cache_data`` would hand one committee member's pool to another user.

The scored pool and the frames read on every rerun are cached with ``st.cache_resource``:
``st.cache_data`` hands back a fresh unpickled copy on every hit, which at 10,000 candidates
costs hundreds of milliseconds per rerun and drops the normalised matrix ``rank`` keeps on the
scored pool. So what these functions return is shared between reruns and must never be edited
in place (``Scored`` frames are immutable by contract; pages derive new frames).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import pandas as pd
import streamlit as st

from dashboard import state, workspace
from scoring.blind import display_labels
from scoring.config import SearchConfig, dump_config
from scoring.corrections import Corrections, apply_corrections
from scoring.errors import ScoringError
from scoring.model import Profiles
from scoring.ranking import Scored, filter_reasons, rank, rescore_description, score
from scoring.sensitivity import rank_sensitivity
from scoring.summaries import candidate_summary
from scoring.workspace import COMMITTEE_COLUMN, with_committee_columns

_RATING_ORDER = ["candidate_id", "item", "member"]


@st.cache_resource(scope="session", max_entries=2, show_spinner=False)
def _corrected(pool_token: str, inputs: str, _profiles: Profiles, _corrections: Corrections,
               _ratings: pd.DataFrame) -> Profiles:
    # corrections and ratings on top of the parsed pool: copies every frame, so once per change
    del pool_token, inputs
    return with_committee_columns(apply_corrections(_profiles, _corrections), _ratings)


@st.cache_resource(scope="session", max_entries=2, show_spinner="Scoring candidates…")
def _score(pool_token: str, corrections: str, scoring_toml: str, _profiles: Profiles,
           _config: SearchConfig) -> Scored:
    # keyed by the session's pool token and the config without weights or description: moving a
    # weight slider re-ranks without re-scoring, and the description is matched by _describe
    del pool_token, corrections, scoring_toml
    return score(_profiles, replace(_config, description=""))


@st.cache_resource(scope="session", max_entries=3, show_spinner="Matching the description…")
def _describe(pool_token: str, corrections: str, scoring_toml: str, description: str, _base: Scored,
              _config: SearchConfig) -> Scored:
    # only the criteria that read the description run again; the rest come from _score
    del pool_token, corrections, scoring_toml, description
    return rescore_description(_base, _config)


@st.cache_data(scope="session", max_entries=8, show_spinner="Perturbing the weights…")
def _sensitivity(pool_token: str, corrections: str, config_toml: str, _scored: Scored,
                 _config: SearchConfig) -> pd.DataFrame:
    del pool_token, corrections, config_toml
    return rank_sensitivity(_scored, _config).table


@st.cache_resource(scope="session", max_entries=2, show_spinner=False)
def _summary(pool_token: str, corrections: str, scoring_toml: str, _scored: Scored) -> pd.DataFrame:
    # the counts depend on the pool and the tiers, never on the weights: a slider move reuses them
    del pool_token, corrections, scoring_toml
    return candidate_summary(_scored.profiles)


@st.cache_resource(scope="session", max_entries=2, show_spinner=False)
def _reasons(pool_token: str, corrections: str, scoring_toml: str, description: str, _scored: Scored,
             _config: SearchConfig) -> pd.Series:
    # the filters read the scores and the config's filters, never the weights
    del pool_token, corrections, scoring_toml, description
    reasons = filter_reasons(_scored, _config)
    return reasons[reasons != ""]


@st.cache_resource(scope="session", max_entries=2, show_spinner=False)
def _labels(pool_token: str, inputs: str, blind: bool, _candidates: pd.DataFrame) -> pd.Series:
    # names can be corrected, so the key holds the corrections; weights never change a name
    del pool_token, inputs
    return display_labels(_candidates, blind=blind)


def _canonical(config: SearchConfig) -> SearchConfig:
    # the Settings form rebuilds a criterion's parameters in its own order: the same parameters
    # must give the same cache key, or the first slider move re-scores the whole pool
    return replace(config, criteria=tuple(replace(c, params=dict(sorted(c.params.items())))
                                          for c in config.criteria))


def _without_weights(config: SearchConfig) -> str:
    """The config as text without weights or description: what every criterion but the topic reads."""
    canonical = _canonical(config)
    return dump_config(replace(canonical, description="",
                               criteria=tuple(replace(c, weight=1.0) for c in canonical.criteria)))


@dataclass(frozen=True, slots=True)
class Results:
    """What every page shows: the corrected, tiered pool and its ranking under the current config."""

    config: SearchConfig
    scored: Scored
    ranked: pd.DataFrame      # candidates passing the filters, ranked, with a ``label`` column
    excluded: pd.Series       # candidate id -> why the filters left them out (only those left out)
    summary: pd.DataFrame     # candidate_summary, indexed by candidate id
    labels: pd.Series         # candidate id -> name on screen (a code in blind mode)
    cache_key: tuple[str, str, str]
    corrections: Corrections  # in force: the workspace's, or this session's without one

    @property
    def profiles(self) -> Profiles:
        return self.scored.profiles

    @property
    def criteria(self) -> list[str]:
        return [c.name for c in self.config.criteria]

    def label(self, criterion: str) -> str:
        return self.config.label(criterion)


def results() -> Results | None:
    """Score and rank the session's pool; ``None`` (with a message shown) when there is nothing to rank."""
    pool = state.pool()
    if pool is None or len(pool.profiles) == 0:
        st.info("No candidates loaded yet. Open **Load** to read a folder or upload CVs.")
        return None
    ws = workspace.current()
    config = workspace.config_in_force(ws)
    corrections = workspace.corrections(ws)
    # only the ratings this member may see: under blind review the ranking must not reveal the others'
    ratings = workspace.visible_ratings(ws)
    inputs = {"corrections": corrections, "ratings": ratings.sort_values(_RATING_ORDER).to_numpy().tolist()}
    key = (state.get(state.POOL_TOKEN), json.dumps(inputs, sort_keys=True, default=str),
           dump_config(_canonical(config)))
    try:
        profiles = _corrected(key[0], key[1], pool.profiles, corrections, ratings)
        scoring_key = (key[0], key[1], _without_weights(config))
        scored = _describe(*scoring_key, config.description, _score(*scoring_key, profiles, config), config)
        ranked = rank(scored, config)
        excluded = _reasons(*scoring_key, config.description, scored, config)
    except ScoringError as exc:
        st.error(f"The ranking could not be computed: {exc}")
        return None
    labels = _labels(key[0], key[1], state.blind(), scored.profiles.candidates)
    ranked = ranked.assign(label=ranked["candidate_id"].map(labels))
    if ws is not None:  # the committee's ratings as columns of the table (criteria keep their own)
        cands = scored.profiles.candidates
        extra = [c for c in cands.columns if is_rating_column(c) and c not in ranked.columns]
        ranked = ranked.join(cands[extra], on="candidate_id")
    return Results(config, scored, ranked, excluded, _summary(*scoring_key, scored), labels, key, corrections)


def is_rating_column(column: str) -> bool:
    """Whether *column* holds committee ratings (``committee_rating`` or ``rating_<item>``)."""
    return column == COMMITTEE_COLUMN or column.startswith("rating_")


def tier_counts(res: Results, candidate_ids: pd.Series) -> pd.DataFrame:
    """Papers per tier for *candidate_ids* (rows in that order, columns best first), read from the summary."""
    tiers = [c for c in res.summary.columns if c.startswith("tier_")]
    return res.summary.loc[candidate_ids.to_numpy(), tiers].rename(columns=lambda c: c.removeprefix("tier_"))


def rank_intervals(res: Results) -> pd.DataFrame | None:
    """Each candidate's rank interval under perturbed weights (``None`` with fewer than two weights)."""
    if sum(w > 0 for w in res.config.weights().values()) < 2 or len(res.ranked) < 2:
        return None
    table = _sensitivity(*res.cache_key, res.scored, res.config)
    return table.rename(columns={"rank_low": "low", "rank_high": "high"})
