"""Ranking invariants that must hold for any pool and any weights (property tests)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.config import CriterionSpec, SearchConfig
from scoring.model import Award, ParsedCV, Profiles, Publication, to_frames
from scoring.ranking import rank, score

TIERS = {"TOPA": "A*", "GOODA": "A", "MIDB": "B", "LOWC": "C"}
AWARDS = ["Best Paper Award", "Graduate Scholarship", "Silver medal, programming contest", "Dean's list"]
NORMALISERS = ["percentile", "minmax"]  # z-score is not monotone for the rest of the pool

candidate = st.fixed_dictionaries(
    {
        "tiers": st.lists(st.sampled_from([*TIERS, "UNKNOWNVENUE"]), max_size=4),
        "years": st.lists(st.integers(2010, 2026), min_size=5, max_size=5),
        "awards": st.lists(st.sampled_from(AWARDS), max_size=3),
        "phd": st.one_of(st.none(), st.integers(2005, 2027)),
    }
)
pools = st.lists(candidate, min_size=2, max_size=7)
weights = st.lists(st.floats(0.0, 5.0, allow_nan=False), min_size=3, max_size=3).filter(
    lambda w: sum(w) > 0.01
)
SLOW = settings(max_examples=30, deadline=None)


def _cv(i: int, spec: dict[str, object]) -> ParsedCV:
    tiers, years = spec["tiers"], spec["years"]
    assert isinstance(tiers, list)
    assert isinstance(years, list)
    pubs = [
        Publication(f"Paper {i}.{j}", venue_acronym=t, year=y, type="conference")
        for j, (t, y) in enumerate(zip(tiers, years, strict=False))
    ]
    awards = [Award(name) for name in spec["awards"]]  # type: ignore[attr-defined]
    return ParsedCV(name=f"Candidate {i}", phd_year=spec["phd"], publications=pubs, awards=awards)  # type: ignore[arg-type]


def _pool(specs: list[dict[str, object]]) -> Profiles:
    return to_frames([(f"c{i:02d}", _cv(i, s)) for i, s in enumerate(specs)])


def _config(
    w: list[float], normalise: str = "percentile", pub_params: dict[str, object] | None = None
) -> SearchConfig:
    names = ("tier_publications", "awards", "career_stage")
    params = {"tier_publications": pub_params or {}}
    return SearchConfig(
        scheme="custom",
        overrides=TIERS,
        normalise=normalise,
        current_year=2026,
        criteria=tuple(CriterionSpec(n, x, dict(params.get(n, {}))) for n, x in zip(names, w, strict=True)),
    )


PUB_PARAMS = st.sampled_from(
    [
        {},
        {"authorship": "fractional"},
        {"per_year": True, "floor_years": 2.0},
        {"since_years": 5, "per_year": True, "career_breaks": {"c00": 1.0}},
    ]
)


def _order(profiles: Profiles, cfg: SearchConfig) -> list[str]:
    return rank(score(profiles, cfg), cfg)["candidate_id"].tolist()


@SLOW
@given(pools, weights, st.randoms(use_true_random=False), st.sampled_from([*NORMALISERS, "zscore"]))
def test_shuffling_candidates_does_not_change_the_ranking(specs, w, rnd, normalise) -> None:
    """Feeding the same candidates in another order gives the same ranking and totals."""
    named = [(f"c{i:02d}", _cv(i, s)) for i, s in enumerate(specs)]
    shuffled = named[:]
    rnd.shuffle(shuffled)
    cfg = _config(w, normalise)
    a = rank(score(to_frames(named), cfg), cfg)
    b = rank(score(to_frames(shuffled), cfg), cfg)
    assert a["candidate_id"].tolist() == b["candidate_id"].tolist()
    assert np.allclose(a["total"], b["total"])


@SLOW
@given(
    pools, weights, st.sampled_from([0.01, 0.5, 3.0, 7.25, 1000.0]), st.sampled_from([*NORMALISERS, "zscore"])
)
def test_scaling_all_weights_does_not_change_the_order(specs, w, factor, normalise) -> None:
    """Multiplying every weight by the same positive factor leaves the order unchanged."""
    pool = _pool(specs)
    cfg = _config(w, normalise)
    scored = score(pool, cfg)
    scaled = _config([x * factor for x in w], normalise)
    assert rank(scored, cfg)["candidate_id"].tolist() == rank(scored, scaled)["candidate_id"].tolist()


@SLOW
@given(pools, weights, st.data(), st.sampled_from(NORMALISERS), PUB_PARAMS)
def test_adding_a_top_tier_paper_never_lowers_a_rank(specs, w, data, normalise, pub_params) -> None:
    """Giving one candidate an extra A* paper never moves them down, whatever the counting rules."""
    who = data.draw(st.integers(0, len(specs) - 1))
    cfg = _config(w, normalise, pub_params)
    before = _order(_pool(specs), cfg)
    richer = [dict(s) for s in specs]
    # the new paper pairs with the new year; the others keep their years (zip stops at the tiers)
    richer[who] = dict(specs[who], tiers=["TOPA", *specs[who]["tiers"]], years=[2026, *specs[who]["years"]])
    after = _order(_pool(richer), cfg)
    cid = f"c{who:02d}"
    assert after.index(cid) <= before.index(cid)


@SLOW
@given(pools, weights, st.sampled_from(["topic_match", "position", "career_stage"]))
def test_zero_weight_criteria_change_nothing(specs, w, extra) -> None:
    """Adding a criterion with weight 0 leaves the order and the totals as they were."""
    pool = _pool(specs)
    cfg = _config(w)
    with_extra = replace(
        cfg,
        criteria=(*cfg.criteria, CriterionSpec(f"{extra}_shown", 0.0, use=extra)),
        description="optimisation",
    )
    a = rank(score(pool, cfg), cfg)
    b = rank(score(pool, with_extra), with_extra)
    assert a["candidate_id"].tolist() == b["candidate_id"].tolist()
    assert a["total"].tolist() == b["total"].tolist()
    assert (b[f"{extra}_shown__contribution"] == 0).all()
