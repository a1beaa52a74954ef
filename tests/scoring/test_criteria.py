"""The built-in criteria: values, breakdowns and the evidence behind every value."""

# ruff: noqa: PD011  # CriterionResult.values is a dataclass field, not DataFrame.values

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd
import pytest

from scoring.criteria import EVIDENCE_COLUMNS, Context, criterion_names, get_criterion
from scoring.criteria.awards import award_categories
from scoring.errors import ConfigError
from scoring.model import Award, ParsedCV, Profiles, Publication, to_frames

YEAR = 2026


def _paper(
    tier: str,
    year: int | None = 2024,
    *,
    kind: str = "conference",
    pos: int | None = 1,
    n: int = 1,
    note: str | None = None,
    title: str = "",
) -> Publication:
    authors = [f"Author {i}" for i in range(n)]
    return Publication(
        title or f"A {tier} paper from {year}",
        authors=authors,
        candidate_author_position=pos,
        venue_acronym=tier,
        year=year,
        type=kind,
        source_line=7,
        note=note,
    )


def _ctx(*cvs: tuple[str, ParsedCV], description: str = "") -> Context:
    """A context whose publications carry the tier named by their acronym (no venue lookup)."""
    profiles = to_frames(cvs)
    pubs = profiles.publications
    tiers = pubs["venue_acronym"].fillna("unranked").astype(str)
    tiers = tiers.where(pubs["type"] != "preprint", "preprint")
    return Context(replace(profiles, publications=pubs.assign(tier=tiers)), description, YEAR)


def _run(name: str, ctx: Context, **params: Any) -> pd.Series:
    return get_criterion(name)(ctx, **params).values


POOL = _ctx(
    (
        "ada",
        ParsedCV(
            name="Ada",
            phd_year=2020,
            current_position="Postdoctoral researcher",
            research_interests="Adaptive optimisers and learning-rate warmup for deep networks.",
            publications=[_paper("A*"), _paper("B", 2015), _paper("A", None, kind="journal")],
            awards=[Award("Best Paper Award, ICML", 2023, source_line=3)],
        ),
    ),
    (
        "bo",
        ParsedCV(
            name="Bo",
            current_position="PhD student",
            publications=[_paper("C", 2025, title="Protein folding with graph networks")],
        ),
    ),
    ("cy", ParsedCV(name="Cy")),
    description="optimisation for deep learning, adaptive optimisers, warmup",
)
PARAMS: dict[str, dict[str, Any]] = {"column": {"column": "rating"}}


@pytest.mark.parametrize("name", criterion_names())
def test_every_criterion_returns_finite_floats_on_the_candidate_index(name: str) -> None:
    """Each criterion gives one finite float per candidate, deterministically, with well-formed evidence."""
    ctx = replace(
        POOL,
        profiles=replace(
            POOL.profiles, candidates=POOL.profiles.candidates.assign(rating=[4.0, np.nan, 2.0])
        ),
    )
    first = get_criterion(name)(ctx, **PARAMS.get(name, {}))
    second = get_criterion(name)(ctx, **PARAMS.get(name, {}))
    assert first.values.index.equals(ctx.profiles.candidates.index)
    assert first.values.dtype == float
    assert np.isfinite(first.values).all()
    pd.testing.assert_series_equal(first.values, second.values)
    assert list(first.evidence.columns) == EVIDENCE_COLUMNS
    assert set(first.evidence["candidate_id"]) <= set(ctx.profiles.candidates.index)


def test_tier_weights_sum_per_candidate_with_counts_beside() -> None:
    """Counted papers score their tier weight; preprints and undated papers are shown, counts per tier too."""
    result = get_criterion("tier_publications")(POOL)
    assert result.values.to_dict() == {"ada": 4.0 + 1.0 + 2.0, "bo": 0.5, "cy": 0.0}
    assert result.breakdown is not None
    assert result.breakdown.loc["ada", ["n_A*", "n_A", "n_B"]].tolist() == [1, 1, 1]
    assert list(result.breakdown.columns) == ["n_A*", "n_A", "n_B", "n_C"]  # best tier first


def test_tier_weights_and_types_are_configurable() -> None:
    """Custom tier weights apply and only the listed types count."""
    values = _run("tier_publications", POOL, tier_weights={"A*": 10.0}, types=["journal"])
    assert values["ada"] == 2.0  # the A journal only
    assert _run("tier_publications", POOL, tier_weights={"A*": 10.0})["ada"] == 13.0


def test_recency_window_excludes_old_and_undated_papers_with_a_reason() -> None:
    """since_years keeps the last N years; an undated paper is listed as not counted."""
    result = get_criterion("tier_publications")(POOL, since_years=5)
    assert result.values["ada"] == 4.0
    undated = result.evidence[result.evidence["detail"].str.startswith("undated")]
    assert undated["value"].tolist() == [0.0]
    assert result.breakdown is not None
    assert "n_B" not in result.breakdown


@pytest.mark.parametrize(
    ("authorship", "pos", "n", "credit"),
    [
        ("full", 2, 3, 1.0),
        ("fractional", 2, 4, 0.25),
        ("fractional", None, 1, 1.0),
        ("first_last", 1, 3, 1.0),
        ("first_last", 3, 3, 1.0),
        ("first_last", 2, 3, 0.5),
        ("first_last", None, 3, 1.0),
    ],
)
def test_authorship_credit(authorship: str, pos: int | None, n: int, credit: float) -> None:
    """Full, 1/N fractional and first/last-author credit multiply the tier weight."""
    ctx = _ctx(("x", ParsedCV(name="X", publications=[_paper("A", pos=pos, n=n)])))
    assert _run("tier_publications", ctx, authorship=authorship)["x"] == pytest.approx(2.0 * credit)


def test_per_year_divides_by_career_age_with_floor_and_breaks() -> None:
    """Per-year values divide by years since the PhD, never by less than the floor, less career breaks."""
    old = ParsedCV(name="Old", phd_year=2016, publications=[_paper("A*")] * 5)
    fresh = ParsedCV(name="Fresh", phd_year=2025, publications=[_paper("A*")])
    no_phd = ParsedCV(name="NoPhd", publications=[_paper("A*", 2020), _paper("A*", 2024)])
    ctx = _ctx(("old", old), ("fresh", fresh), ("nophd", no_phd))
    values = _run("tier_publications", ctx, per_year=True, floor_years=3.0)
    assert values["old"] == pytest.approx(20.0 / 10)
    assert values["fresh"] == pytest.approx(4.0 / 3)  # one year since PhD, floored at 3
    assert values["nophd"] == pytest.approx(8.0 / 6)  # first paper in 2020
    breakdown = get_criterion("tier_publications")(ctx, per_year=True).breakdown
    assert breakdown is not None
    assert breakdown["career_basis"].tolist() == ["phd", "phd", "first_paper"]
    with_break = _run("tier_publications", ctx, per_year=True, career_breaks={"old": 2.0})
    assert with_break["old"] == pytest.approx(20.0 / 8)


def test_career_break_column_in_candidates_counts_too() -> None:
    """A career_break_years column the committee adds is subtracted like the parameter."""
    ctx = _ctx(("old", ParsedCV(name="Old", phd_year=2016, publications=[_paper("A*")])))
    cands = ctx.profiles.candidates.assign(career_break_years=[4.0])
    ctx = replace(ctx, profiles=replace(ctx.profiles, candidates=cands))
    assert _run("tier_publications", ctx, per_year=True)["old"] == pytest.approx(4.0 / 6)


def test_publication_evidence_adds_up_to_the_value() -> None:
    """Every publication value is backed by evidence rows that sum to it, with source lines."""
    result = get_criterion("tier_publications")(POOL, authorship="fractional", per_year=True)
    sums = result.evidence.groupby("candidate_id")["value"].sum()
    for cid, value in result.values.items():
        assert sums.get(cid, 0.0) == pytest.approx(value)
    assert (result.evidence["source_line"] == 7).all()
    assert (result.evidence["kind"] == "publication").all()


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Best Paper Award, NeurIPS 2023", "best_paper"),
        ("Outstanding Paper Award (ICLR)", "best_paper"),
        ("Best Student Paper Award finalist", "finalist"),
        ("Nominated for the Best Paper Award", "finalist"),
        ("Honorable mention, test of time award", "finalist"),
        ("NSF CAREER Award", "early_career"),
        ("Rising Star in EECS", "early_career"),
        ("Google Faculty Research Award", "early_career"),
        ("Marie Skłodowska-Curie Fellowship", "fellowship"),
        ("Apple Scholars in AI/ML PhD fellowship", "fellowship"),
        ("DAAD Scholarship", "scholarship"),
        ("NeurIPS travel award", "scholarship"),
        ("Silver Medal, International Mathematical Olympiad", "competition"),
        ("1st place, Kaggle competition", "competition"),
        ("Outstanding Doctoral Dissertation Award", "best_paper"),
        ("Top reviewer, ICML 2024", "other"),
    ],
)
def test_default_award_rules(name: str, category: str) -> None:
    """Award names land in the category a committee would pick."""
    assert award_categories(pd.Series([name])).tolist() == [category]


def _award_ctx(*awards: Award, notes: tuple[str, ...] = ()) -> Context:
    pubs = [_paper("A", note=n) for n in notes]
    return _ctx(("x", ParsedCV(name="X", awards=list(awards), publications=pubs)))


def test_award_categories_are_weighted_and_counted() -> None:
    """Each award scores its category weight; counts per category are shown beside."""
    ctx = _award_ctx(
        Award("Best Paper Award", 2024), Award("DAAD Scholarship", 2019), Award("Chess club prize")
    )
    result = get_criterion("awards")(ctx, category_weights={"scholarship": 0.5})
    assert result.values["x"] == 3.0 + 0.5 + 0.5
    assert result.breakdown is not None
    assert result.breakdown.loc["x", ["n_best_paper", "n_scholarship", "n_other"]].tolist() == [1, 1, 1]


def test_award_rules_can_be_replaced() -> None:
    """Committee rules replace the defaults; names they do not match fall into other."""
    ctx = _award_ctx(Award("Chess club prize"), Award("Best Paper Award"))
    result = get_criterion("awards")(ctx, rules={"prize": ["prize"]}, category_weights={"prize": 5.0})
    assert result.values["x"] == 5.0 + 0.5


def test_award_recency_and_cap() -> None:
    """since_years drops old and undated awards; max_per_category keeps the most recent ones."""
    ctx = _award_ctx(
        Award("A Scholarship", 2010),
        Award("B Scholarship", 2024),
        Award("C Scholarship", 2025),
        Award("D Scholarship"),
    )
    assert _run("awards", ctx, since_years=5)["x"] == 2.0
    capped = get_criterion("awards")(ctx, max_per_category=1)
    assert capped.values["x"] == 1.0
    counted = capped.evidence[capped.evidence["value"] > 0]
    assert counted["item"].tolist() == ["C Scholarship"]


def test_paper_notes_count_only_when_asked() -> None:
    """A "Best Paper Award" note next to a paper counts only with include_paper_notes."""
    ctx = _award_ctx(notes=("Best Paper Award", "Oral"))
    assert _run("awards", ctx)["x"] == 0.0
    result = get_criterion("awards")(ctx, include_paper_notes=True)
    assert result.values["x"] == 3.0
    assert result.evidence["kind"].tolist() == ["publication"]


def test_career_stage_window_and_decay() -> None:
    """Inside the window scores 1, each year outside loses decay_per_year; no PhD year is neutral."""
    ctx = _ctx(
        ("in", ParsedCV(phd_year=2022)),
        ("late", ParsedCV(phd_year=2015)),
        ("none", ParsedCV()),
        ("student", ParsedCV(phd_year=2027)),
    )
    values = _run("career_stage", ctx, preferred_min=1.0, preferred_max=8.0, decay_per_year=0.2, missing=0.5)
    assert values.to_dict() == pytest.approx({"in": 1.0, "late": 1.0 - 3 * 0.2, "none": 0.5, "student": 0.8})
    assert _run("career_stage", ctx, career_breaks={"late": 3.0})["late"] == 1.0


def test_position_categories_and_scores() -> None:
    """The current position maps to a category by the first matching rule, scored per category."""
    result = get_criterion("position")(POOL, category_scores={"phd_student": 0.1})
    assert result.values.to_dict() == {"ada": 1.0, "bo": 0.1, "cy": 0.3}
    assert result.evidence.set_index("candidate_id").loc["bo", "detail"] == "phd_student"


def test_column_criterion_fills_missing_values_and_names_missing_columns() -> None:
    """A numeric column is used as is, gaps filled by the chosen rule; a missing column lists the options."""
    cands = POOL.profiles.candidates.assign(rating=[4.0, np.nan, 2.0])
    ctx = replace(POOL, profiles=replace(POOL.profiles, candidates=cands))
    assert _run("column", ctx, column="rating").tolist() == [4.0, 3.0, 2.0]
    assert _run("column", ctx, column="rating", missing="min").tolist() == [4.0, 2.0, 2.0]
    with pytest.raises(ConfigError, match=r"no column 'grade'.*numeric columns: phd_year"):
        _run("column", POOL, column="grade")


def test_topic_match_explains_with_best_papers_and_shared_terms() -> None:
    """Topic match is higher for on-topic work and its evidence names the best papers and shared terms."""
    result = get_criterion("topic_match")(POOL)
    assert result.values["ada"] > result.values["bo"] >= 0.0
    assert result.values["cy"] == 0.0
    ev = result.evidence.set_index("kind")
    terms = result.evidence[(result.evidence["kind"] == "terms") & (result.evidence["candidate_id"] == "ada")]
    assert "warmup" in terms["detail"].iloc[0]
    assert "publication" in ev.index


def test_topic_match_without_description_is_zero_and_says_why() -> None:
    """With no group description every candidate scores 0 and the evidence says there is no description."""
    result = get_criterion("topic_match")(replace(POOL, description=" "))
    assert (result.values == 0).all()
    assert set(result.evidence["detail"]) == {"no group description"}


def test_topic_match_falls_back_to_cv_text_only_when_nothing_else() -> None:
    """A CV with no statement and no papers is matched on its whole text, and the evidence says so."""
    ctx = _ctx(
        ("x", ParsedCV(name="X", text="I work on warmup for adaptive optimisers.")),
        ("y", ParsedCV(name="Y", text="Gardening.")),
        description="adaptive optimisers warmup",
    )
    result = get_criterion("topic_match")(ctx)
    assert result.values["x"] > 0.5 > result.values["y"]
    assert _run("topic_match", ctx, fallback_cv_text=False)["x"] == 0.0


def test_empty_pool_gives_empty_values() -> None:
    """Every criterion handles a pool without candidates."""
    empty = Context(
        Profiles(
            POOL.profiles.candidates.iloc[:0],
            POOL.profiles.publications.iloc[:0],
            POOL.profiles.awards.iloc[:0],
        ),
        "deep learning",
        YEAR,
    )
    for name in criterion_names():
        if name != "column":
            assert get_criterion(name)(empty).values.empty
