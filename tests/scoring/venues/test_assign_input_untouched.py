"""Assigning tiers adds columns to a new frame and leaves the caller's publications frame as it was."""

from __future__ import annotations

import pandas as pd

from scoring.model import ParsedCV, Publication, to_frames
from scoring.venues.assign import assign_tiers


def test_assign_tiers_leaves_its_input_unchanged() -> None:
    """The input keeps its columns and values, including a preprint whose tier is overwritten in the result."""
    papers = [
        Publication("A fictional study", venue_acronym="TOPA", year=2020, type="conference"),
        Publication("A fictional preprint", venue="arXiv", year=2021, type="preprint"),
    ]
    pubs = to_frames([("x01", ParsedCV(name="Someone", publications=papers))]).publications
    before = pubs.copy(deep=True)
    out = assign_tiers(pubs, scheme="custom", overrides={"TOPA": "A*"})
    pd.testing.assert_frame_equal(pubs, before)
    assert list(out["tier"]) == ["A*", "preprint"]
    assert "tier" not in pubs
