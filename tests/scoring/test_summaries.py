"""Summaries: tier counts, papers per year, evidence lines, venue table, top-K."""

from __future__ import annotations

import pandas as pd
import pytest

from scoring.model import Award, ParsedCV, Publication, to_frames
from scoring.summaries import (
    candidate_summary,
    cv_line,
    evidence_for,
    order_tiers,
    publications_per_year,
    side_by_side,
    tier_counts,
    top_candidates,
    venue_table,
)


@pytest.fixture
def profiles():
    p = to_frames([
        ("a", ParsedCV(name="Ann", publications=[Publication("P1", year=2020, venue_acronym="ICML"),
                                                 Publication("P2", year=2020, venue="Obscure Workshop"),
                                                 Publication("P3", year=None)],
                       awards=[Award("Prize")], warnings=["odd heading"])),
        ("b", ParsedCV(name="Bo", publications=[Publication("Q1", year=2022, venue_acronym="ICML")])),
        ("c", ParsedCV(name="Cy")),
    ])
    tiers = pd.Series(["A*", "unranked", "unranked", "A*"])
    return p.__class__(p.candidates, p.publications.assign(tier=tiers), p.awards)


@pytest.mark.parametrize(("tiers", "expected"), [
    (["unranked", "B", "A*"], ["A*", "B", "unranked"]),
    (["preprint", "Q2", "A", "Q1"], ["A", "Q1", "Q2", "preprint"]),
    (["X", "C", "unranked", "W"], ["C", "W", "X", "unranked"]),
])
def test_order_tiers_puts_best_first_and_catch_alls_last(tiers: list[str], expected: list[str]) -> None:
    """Known tiers follow the ladder, unknown ones sort in between, unranked/preprint come last."""
    assert order_tiers(tiers) == expected


def test_tier_counts_cover_every_candidate(profiles) -> None:
    """Candidates without papers get a row of zeros; counts match the tier column."""
    counts = tier_counts(profiles.publications, profiles.candidates.index)
    assert counts.to_dict("index") == {"a": {"A*": 1, "unranked": 2}, "b": {"A*": 1, "unranked": 0},
                                       "c": {"A*": 0, "unranked": 0}}


def test_publications_per_year_skips_undated_papers(profiles) -> None:
    """Each (candidate, year) pair counts its dated papers; undated ones are left out."""
    out = publications_per_year(profiles.publications)
    assert out.to_dict("records") == [{"candidate_id": "a", "year": 2020, "papers": 2},
                                      {"candidate_id": "b", "year": 2022, "papers": 1}]


def test_candidate_summary_counts_papers_awards_and_warnings(profiles) -> None:
    """The summary has one row per candidate with paper, award and tier counts and warnings."""
    out = candidate_summary(profiles)
    assert out.loc["a", ["n_publications", "n_awards", "tier_A*"]].tolist() == [3, 1, 1]
    assert out.loc["c", "n_publications"] == 0
    assert out.loc["a", "warnings"] == "odd heading"


@pytest.mark.parametrize(("line", "expected"), [(2, "second"), (0, ""), (9, ""), (None, ""), (pd.NA, "")])
def test_cv_line_returns_the_numbered_line_or_nothing(line, expected: str) -> None:
    """Line numbers are 1-based; unknown or out-of-range numbers give an empty string."""
    assert cv_line("first\n  second  \nthird", line) == expected


def test_cv_line_counts_lines_as_the_parser_does() -> None:
    """A form feed (a page break in text files) does not start a line, so line 3 stays line 3."""
    assert cv_line("first\nsecond\fheader\nthird", 3) == "third"


def test_evidence_rows_carry_their_cv_line() -> None:
    """A candidate's evidence rows are kept and each gets the text of its source line."""
    evidence = pd.DataFrame({"candidate_id": ["a", "b"], "criterion": ["awards"] * 2, "item": ["X", "Y"],
                             "value": [1.0, 1.0], "source_line": [2, 1], "detail": ["", ""]})
    out = evidence_for(evidence, "Name\nBest Paper 2020\n", "a")
    assert out["cv_line"].tolist() == ["Best Paper 2020"]


def test_side_by_side_puts_candidates_in_columns() -> None:
    """Rows are the chosen fields under their titles; columns are the candidates' labels."""
    ranked = pd.DataFrame({"candidate_id": ["a", "b"], "label": ["Ann", "Bo"], "total": [0.9, 0.4]})
    summary = pd.DataFrame({"n_awards": [2, 0]}, index=["a", "b"])
    out = side_by_side(ranked, summary, {"total": "Score", "n_awards": "Awards", "missing": "Gone"})
    assert out.to_dict() == {"Ann": {"Score": 0.9, "Awards": 2}, "Bo": {"Score": 0.4, "Awards": 0}}


def test_venue_table_lists_unranked_venues_first(profiles) -> None:
    """Every named venue appears once with its paper count; those needing review come first."""
    out = venue_table(profiles.publications)
    assert out["key"].tolist() == ["Obscure Workshop", "ICML"]
    assert out["needs_review"].tolist() == [True, False]
    assert out.loc[1, "papers"] == 2


def test_top_candidates_sorts_by_the_chosen_column() -> None:
    """Sorting by a criterion reorders; ties keep the overall rank order; k cuts the list."""
    ranked = pd.DataFrame({"rank": [1, 2, 3], "total": [0.9, 0.5, 0.2], "awards": [0.0, 2.0, 2.0]})
    assert top_candidates(ranked, by="awards")["rank"].tolist() == [2, 3, 1]
    assert top_candidates(ranked, k=2)["rank"].tolist() == [1, 2]
