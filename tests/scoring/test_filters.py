"""Filters hide candidates without renumbering ranks, and reject unknown keys."""

from __future__ import annotations

import pandas as pd
import pytest

from scoring.errors import ConfigError
from scoring.filters import apply_filters
from scoring.model import ParsedCV, Publication, to_frames


@pytest.fixture
def pool():
    profiles = to_frames([
        ("a", ParsedCV(name="A", phd_year=2010, publications=[Publication("x"), Publication("y")])),
        ("b", ParsedCV(name="B", phd_year=2020, publications=[Publication("z")], warnings=["odd"])),
        ("c", ParsedCV(name="C")),
    ])
    ranked = pd.DataFrame({"rank": [1, 2, 3], "candidate_id": ["b", "a", "c"]})
    return ranked, profiles


@pytest.mark.parametrize(("filters", "kept"), [
    ({}, ["b", "a", "c"]),
    ({"min_publications": 2}, ["a"]),
    ({"phd_year_from": 2015}, ["b", "c"]),  # missing PhD year is kept
    ({"phd_year_to": 2015}, ["a", "c"]),
    ({"hide_doubtful": True}, ["a", "c"]),
    ({"min_publications": 1, "phd_year_from": 2015}, ["b"]),
])
def test_filters_keep_matching_rows_and_their_ranks(pool, filters, kept) -> None:
    """Each filter keeps the candidates that pass, in rank order, with their original ranks."""
    ranked, profiles = pool
    out = apply_filters(ranked, profiles, filters)
    assert out["candidate_id"].tolist() == kept
    assert out["rank"].tolist() == ranked.set_index("candidate_id").loc[kept, "rank"].tolist()


@pytest.mark.parametrize("filters", [{"charm": 1}, {"min_publications": "many"}, {"phd_year_from": True}])
def test_bad_filters_name_the_key(pool, filters) -> None:
    """Unknown keys and wrongly typed values raise a ConfigError naming filters.<key>."""
    ranked, profiles = pool
    with pytest.raises(ConfigError, match=r"filters\."):
        apply_filters(ranked, profiles, filters)
