"""Ranking sensitivity: rank intervals, top-K probabilities and fragile shortlists under weight noise."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from scoring.config import CriterionSpec, Filters, SearchConfig
from scoring.model import Award, ParsedCV, Publication, to_frames
from scoring.ranking import rank, score
from scoring.sensitivity import rank_sensitivity

TIERS = {"TOPA": "A*", "MIDB": "B"}


def _cv(n_top: int, n_awards: int, n_mid: int = 0) -> ParsedCV:
    pubs = [Publication(f"P{i}", venue_acronym="TOPA", year=2024, type="conference") for i in range(n_top)]
    pubs += [Publication(f"M{i}", venue_acronym="MIDB", year=2024, type="conference") for i in range(n_mid)]
    return ParsedCV(
        name=f"{n_top}-{n_awards}", publications=pubs, awards=[Award("Best Paper Award")] * n_awards
    )


# "star" leads on both criteria; "pubs" and "prizes" trade places depending on the weights.
POOL = to_frames(
    [
        ("star", _cv(6, 4)),
        ("pubs", _cv(4, 0)),
        ("prizes", _cv(0, 3, n_mid=1)),
        ("low", _cv(0, 0, n_mid=1)),
    ]
)
CFG = SearchConfig(
    scheme="custom",
    overrides=TIERS,
    criteria=(
        CriterionSpec("tier_publications", 1.0),
        CriterionSpec("awards", 1.0),
        CriterionSpec("career_stage", 0.0),
    ),
)
SCORED = score(POOL, CFG)


def test_same_seed_same_report() -> None:
    """A seeded analysis is reproducible."""
    a = rank_sensitivity(SCORED, CFG, seed=7, draws=200)
    b = rank_sensitivity(SCORED, CFG, seed=7, draws=200)
    assert a.table.equals(b.table)


def test_table_follows_the_baseline_ranking() -> None:
    """Rows come in baseline rank order, with intervals that bracket the median."""
    result = rank_sensitivity(SCORED, CFG, draws=300, top_k=2)
    assert result.table["candidate_id"].tolist() == rank(SCORED, CFG)["candidate_id"].tolist()
    t = result.table
    assert (t["rank_low"] <= t["rank_median"]).all()
    assert (t["rank_median"] <= t["rank_high"]).all()
    assert t["rank_low"].min() >= 1
    assert t["rank_high"].max() <= len(t)


def test_clear_leader_is_stable_and_near_tie_is_fragile() -> None:
    """The candidate best on every criterion always stays first; a near tie for the last place flips."""
    result = rank_sensitivity(SCORED, CFG, draws=400, top_k=2, spread=0.25)
    t = result.table.set_index("candidate_id")
    assert t.loc["star", "p_top_k"] == 1.0
    assert (t.loc["star", "rank_low"], t.loc["star", "rank_high"]) == (1, 1)
    assert not t.loc["star", "fragile"]
    assert 0.0 < t.loc["pubs", "p_top_k"] < 1.0
    assert t.loc["pubs", "fragile"]
    assert t.loc["prizes", "fragile"]
    assert t.loc["pubs", "p_top_k"] + t.loc["prizes", "p_top_k"] == pytest.approx(1.0)
    assert 0.0 < result.p_same_top_k < 1.0
    assert set(result.fragile["candidate_id"]) == {"pubs", "prizes"}


def test_no_spread_means_no_movement() -> None:
    """With spread 0 every draw is the baseline: no interval, no fragility."""
    result = rank_sensitivity(SCORED, CFG, draws=50, top_k=2, spread=0.0)
    t = result.table
    assert (t["rank_low"] == t["rank"]).all()
    assert (t["rank_high"] == t["rank"]).all()
    assert not t["fragile"].any()
    assert result.p_same_top_k == 1.0
    assert result.mean_overlap == 1.0


def test_zero_weight_criteria_stay_out_of_the_draws() -> None:
    """A criterion with weight 0 is never drawn above 0, so it cannot move anyone."""
    cfg = replace(CFG, criteria=(CriterionSpec("tier_publications", 1.0), CriterionSpec("awards", 0.0)))
    result = rank_sensitivity(score(POOL, cfg), cfg, draws=100, top_k=2)
    assert not result.table["fragile"].any()
    assert np.all(result.table["rank_low"] == result.table["rank_high"])


def test_settings_come_from_the_config() -> None:
    """Draws, top K and spread default to the [sensitivity] table of the config."""
    cfg = replace(CFG, sensitivity=replace(CFG.sensitivity, draws=33, top_k=3, spread=0.1))
    result = rank_sensitivity(SCORED, cfg)
    assert (result.draws, result.top_k, result.spread) == (33, 3, 0.1)


def test_filtered_candidates_are_left_out_and_names_stay_aligned() -> None:
    """Only candidates passing the filters are perturbed, each row keeping its own name."""
    cfg = replace(CFG, filters=Filters(min_publications=2))
    table = rank_sensitivity(score(POOL, cfg), cfg, draws=50, top_k=1).table
    assert table["candidate_id"].tolist() == ["star", "pubs"]
    assert table["name"].tolist() == ["6-4", "4-0"]
