"""Ranking: normalisation, weighting, tie-breaks, filters, contributions and evidence links."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from scoring.config import CriterionSpec, Filters, SearchConfig, load_config
from scoring.errors import ConfigError
from scoring.model import Award, ParsedCV, Publication, to_frames
from scoring.ranking import filter_reasons, normalise, rank, score
from scoring.sensitivity import rank_sensitivity

TIERS = {"TOPA": "A*", "GOODA": "A", "MIDB": "B"}


def _papers(*tiers: str, year: int = 2024) -> list[Publication]:
    return [
        Publication(f"Paper {i} at {t}", venue_acronym=t, year=year, type="conference", source_line=10 + i)
        for i, t in enumerate(tiers)
    ]


def _config(**weights: float) -> SearchConfig:
    specs = tuple(CriterionSpec(name, w) for name, w in weights.items())
    return SearchConfig(scheme="custom", overrides=TIERS, criteria=specs, current_year=2026)


POOL = to_frames(
    [
        ("ana", ParsedCV(name="Ana", phd_year=2021, publications=_papers("TOPA", "TOPA"), awards=[])),
        (
            "ben",
            ParsedCV(
                name="Ben",
                phd_year=2019,
                publications=_papers("MIDB"),
                awards=[Award("Best Paper Award", 2024, source_line=3), Award("NSF CAREER Award", 2025)],
            ),
        ),
        (
            "cleo",
            ParsedCV(
                name="Cleo", phd_year=2010, publications=_papers("GOODA"), awards=[Award("Scholarship")]
            ),
        ),
        ("dev", ParsedCV(name="Dev", publications=[])),
    ]
)


def test_ranked_frame_has_contributions_that_add_up_to_total() -> None:
    """Each row's contributions sum to its total and ranks run 1..n in descending total."""
    cfg = _config(tier_publications=2.0, awards=1.0)
    ranked = rank(score(POOL, cfg), cfg)
    assert list(ranked.columns[:4]) == ["rank", "candidate_id", "name", "total"]
    parts = ranked[["tier_publications__contribution", "awards__contribution"]].sum(axis=1)
    assert np.allclose(parts, ranked["total"])
    assert ranked["rank"].tolist() == [1, 2, 3, 4]
    assert ranked["total"].is_monotonic_decreasing
    assert ranked["total"].between(0, 1).all()
    assert {"tier_publications__n_A*", "awards__n_best_paper"} <= set(ranked.columns)


def test_weights_change_the_order() -> None:
    """Moving weight from publications to awards moves the award winner up."""
    scored = score(POOL, _config(tier_publications=1.0, awards=1.0))
    pubs_first = rank(scored, _config(tier_publications=1.0, awards=0.0))
    awards_first = rank(scored, _config(tier_publications=0.0, awards=1.0))
    assert pubs_first["candidate_id"].iloc[0] == "ana"
    assert awards_first["candidate_id"].iloc[0] == "ben"


def test_ties_go_to_the_heavier_criterion_then_candidate_id() -> None:
    """Equal totals are ordered by the most heavily weighted criterion, then by candidate id."""
    pool = to_frames(
        [
            ("zed", ParsedCV(name="Zed", publications=_papers("TOPA"))),
            ("amy", ParsedCV(name="Amy", awards=[Award("Best Paper Award")], publications=_papers("MIDB"))),
            ("bob", ParsedCV(name="Bob", awards=[Award("Best Paper Award")], publications=_papers("MIDB"))),
        ]
    )
    cfg = _config(tier_publications=1.0, awards=1.0)
    ranked = rank(score(pool, cfg), cfg)
    assert len(set(ranked["total"])) == 1  # percentile: each is top on one criterion, bottom on the other
    assert ranked["candidate_id"].tolist() == ["zed", "amy", "bob"]
    heavier_awards = _config(tier_publications=1.0, awards=1.0 + 1e-9)
    assert rank(score(pool, heavier_awards), heavier_awards)["candidate_id"].tolist()[:2] == ["amy", "bob"]


@pytest.mark.parametrize("method", ["percentile", "minmax", "zscore"])
def test_normalise_methods(method: str) -> None:
    """Every method preserves order; percentile and minmax span 0..1, z-score has mean 0 and sd 1."""
    values = pd.Series([5.0, 1.0, 3.0, 3.0, 10.0])
    out = normalise(values, method)
    assert (np.argsort(out.to_numpy(), kind="stable") == np.argsort(values.to_numpy(), kind="stable")).all()
    if method == "zscore":
        assert out.mean() == pytest.approx(0.0)
        assert out.std(ddof=0) == pytest.approx(1.0)
    else:
        assert (out.min(), out.max()) == (0.0, 1.0)
    assert (normalise(pd.Series([2.0, 2.0]), method) == 0).all()


def test_unknown_normaliser_names_the_key() -> None:
    """An unknown normalisation method raises ConfigError at ranking.normalise."""
    with pytest.raises(ConfigError, match=r"ranking\.normalise"):
        normalise(pd.Series([1.0, 2.0]), "rank")


def test_filters_exclude_with_reasons() -> None:
    """PhD year range and minimum publications exclude candidates and say why."""
    cfg = replace(
        _config(tier_publications=1.0), filters=Filters(phd_year_min=2015, keep_missing_phd_year=False)
    )
    scored = score(POOL, cfg)
    reasons = filter_reasons(scored, cfg)
    assert reasons["cleo"] == "PhD 2010 is before 2015"
    assert reasons["dev"] == "PhD year not found"
    assert reasons["ana"] == reasons["ben"] == ""
    assert rank(scored, cfg)["candidate_id"].tolist() == ["ana", "ben"]


def test_filters_on_topic_position_and_publications() -> None:
    """Minimum topic match, accepted positions and minimum publications each exclude their candidates."""
    pool = to_frames(
        [
            (
                "on",
                ParsedCV(
                    name="On",
                    current_position="Postdoc",
                    research_interests="adaptive optimisers",
                    publications=_papers("TOPA", "MIDB"),
                ),
            ),
            (
                "off",
                ParsedCV(
                    name="Off",
                    current_position="Postdoc",
                    research_interests="fungal genetics",
                    publications=_papers("TOPA", "MIDB"),
                ),
            ),
            (
                "prof",
                ParsedCV(
                    name="Prof",
                    current_position="Full Professor",
                    research_interests="adaptive optimisers",
                    publications=_papers("TOPA"),
                ),
            ),
        ]
    )
    base = SearchConfig(
        scheme="custom",
        overrides=TIERS,
        description="adaptive optimisers",
        criteria=(CriterionSpec("topic_match", 0.0), CriterionSpec("tier_publications", 1.0)),
    )
    scored = score(pool, base)
    topic = replace(base, filters=Filters(min_topic_match=0.2))
    assert rank(scored, topic)["candidate_id"].tolist() == ["on", "prof"]
    position = replace(base, filters=Filters(positions=("postdoc",)))
    assert sorted(rank(scored, position)["candidate_id"]) == ["off", "on"]
    assert "full_professor" in filter_reasons(scored, position)["prof"]
    papers = replace(base, filters=Filters(min_publications=2))
    assert sorted(rank(scored, papers)["candidate_id"]) == ["off", "on"]


def test_normalisation_uses_only_candidates_that_pass_the_filters() -> None:
    """A filtered-out candidate does not move the others' normalised values."""
    cfg = replace(_config(tier_publications=1.0), normalise="minmax")
    scored = score(POOL, cfg)
    kept = rank(scored, replace(cfg, filters=Filters(phd_year_min=2015, keep_missing_phd_year=False)))
    # ana (8 points) and ben (1 point) remain: minmax over them alone gives exactly 1 and 0
    assert kept["tier_publications__contribution"].tolist() == [1.0, 0.0]


def test_lower_is_better_column_is_reversed() -> None:
    """A column criterion with higher_is_better=false ranks the smallest number first."""
    pool = to_frames([(c, ParsedCV(name=c)) for c in ("a", "b", "c")])
    pool = type(pool)(pool.candidates.assign(cost=[3.0, 1.0, 2.0]), pool.publications, pool.awards)
    spec = CriterionSpec("cheap", 1.0, {"column": "cost", "higher_is_better": False}, use="column")
    cfg = SearchConfig(criteria=(spec,))
    ranked = rank(score(pool, cfg), cfg)
    assert ranked["candidate_id"].tolist() == ["b", "c", "a"]
    assert ranked["cheap"].tolist() == [1.0, 2.0, 3.0]


def test_criterion_errors_name_the_config_table() -> None:
    """A criterion that cannot run on this pool raises ConfigError keyed by its TOML table."""
    spec = CriterionSpec("rating", 1.0, {"column": "rating"}, use="column")
    with pytest.raises(ConfigError) as info:
        score(POOL, SearchConfig(criteria=(spec,)))
    assert info.value.key == "criteria.rating.column"


def test_rank_refuses_a_criterion_that_was_not_scored() -> None:
    """Ranking with a config naming an unscored criterion raises ConfigError rather than guessing."""
    scored = score(POOL, _config(awards=1.0))
    with pytest.raises(ConfigError, match="not scored"):
        rank(scored, _config(awards=1.0, tier_publications=1.0))


def test_evidence_links_values_to_cv_rows() -> None:
    """Each candidate's evidence rows carry the criterion table name, source line and row id."""
    spec = CriterionSpec("papers", 1.0, {"authorship": "full"}, use="tier_publications")
    cfg = SearchConfig(scheme="custom", overrides=TIERS, criteria=(spec, CriterionSpec("awards", 1.0)))
    scored = score(POOL, cfg)
    ana = scored.evidence_for("ana", "papers")
    assert ana["value"].sum() == pytest.approx(scored.raw.loc["ana", "papers"])
    assert ana["source_line"].tolist() == [10, 11]
    ben = scored.evidence_for("ben", "awards")
    assert ben["source_line"].iloc[0] == 3
    assert set(scored.evidence["criterion"]) == {"papers", "awards"}


def test_all_zero_weights_rank_by_id() -> None:
    """With every weight at zero the totals are 0 and the order falls back to candidate id."""
    cfg = _config(tier_publications=0.0, awards=0.0)
    ranked = rank(score(POOL, cfg), cfg)
    assert (ranked["total"] == 0).all()
    assert ranked["candidate_id"].tolist() == sorted(ranked["candidate_id"])


def test_sample_search_config_ranks_a_pool() -> None:
    """The example search.toml scores, ranks and explains a small fictional pool end to end."""
    cfg = load_config(Path(__file__).resolve().parents[2] / "sample_profiles" / "search.toml")
    pool = to_frames(
        [
            (
                "opt",
                ParsedCV(
                    name="Opt",
                    phd_year=2021,
                    research_interests="Adaptive optimisers and warmup.",
                    publications=_papers("TOPA", "GOODA"),
                    awards=[Award("Best Paper Award", 2024)],
                ),
            ),
            (
                "bio",
                ParsedCV(
                    name="Bio",
                    phd_year=2019,
                    research_interests="Protein folding.",
                    publications=_papers("MIDB"),
                ),
            ),
            ("old", ParsedCV(name="Old", phd_year=2005, publications=_papers("TOPA"))),
        ]
    )
    scored = score(pool, cfg)
    ranked = rank(scored, cfg)
    assert ranked["candidate_id"].tolist() == ["opt", "bio"]  # "old" fails the PhD year filter
    assert "PhD 2005" in filter_reasons(scored, cfg)["old"]
    assert len(rank_sensitivity(scored, cfg, draws=20).table) == 2
