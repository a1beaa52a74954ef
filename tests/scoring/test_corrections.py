"""Corrections: committee edits applied on top of the parse, validated, merged."""

from __future__ import annotations

import pandas as pd
import pytest

from scoring.corrections import apply_corrections, corrections_from_edits, merge_corrections
from scoring.errors import SchemaError
from scoring.model import ParsedCV, Publication, to_frames


@pytest.fixture
def profiles():
    return to_frames([
        ("a", ParsedCV(name="Ann", phd_year=2015, publications=[Publication("P1", year=2019, venue="Wkshp")])),
        ("b", ParsedCV(name="Bo", publications=[Publication("Q1", year=2021)])),
    ])


def test_corrections_change_only_the_named_fields(profiles) -> None:
    """A candidate and a publication field are replaced; everything else and the input stay as they were."""
    fixed = apply_corrections(profiles, {"candidates": {"a": {"phd_year": 2016}},
                                         "publications": {"1": {"venue_acronym": "ICML", "year": 2022}}})
    assert fixed.candidates.loc["a", "phd_year"] == 2016
    assert fixed.candidates.loc["b", "name"] == "Bo"
    row = fixed.publications.set_index("pub_id").loc[1]
    assert (row["venue_acronym"], row["year"]) == ("ICML", 2022)
    assert profiles.candidates.loc["a", "phd_year"] == 2015  # input untouched
    assert fixed.candidates["phd_year"].dtype == profiles.candidates["phd_year"].dtype


def test_blank_text_clears_a_field(profiles) -> None:
    """An emptied cell becomes missing, not an empty string."""
    fixed = apply_corrections(profiles, {"publications": {"0": {"venue": "  "}}})
    assert pd.isna(fixed.publications.loc[0, "venue"])


def test_corrections_for_rows_that_no_longer_exist_are_ignored(profiles) -> None:
    """A correction naming a candidate not in the pool changes nothing."""
    fixed = apply_corrections(profiles, {"candidates": {"zed": {"name": "Zed"}}})
    assert fixed.candidates.equals(profiles.candidates)


@pytest.mark.parametrize("corrections", [
    {"candidates": {"a": {"text": "forged"}}},
    {"publications": {"0": {"pub_id": 7}}},
    {"publications": {"0": {"type": "blog"}}},
])
def test_uneditable_fields_and_unknown_types_are_refused(profiles, corrections) -> None:
    """Only the editable fields and the known publication types are accepted."""
    with pytest.raises(SchemaError):
        apply_corrections(profiles, corrections)


def test_editor_rows_map_to_keys() -> None:
    """Edited row positions become the row's index value, or its key column."""
    shown = pd.DataFrame({"pub_id": [4, 9], "year": [2001, 2002]}, index=["x", "y"])
    assert corrections_from_edits(shown, {"1": {"year": 2003}}) == {"y": {"year": 2003}}
    assert corrections_from_edits(shown, {0: {"year": 1999}}, key="pub_id") == {"4": {"year": 1999}}


def test_merging_keeps_earlier_fields_and_lets_later_edits_win() -> None:
    """A second edit of the same row adds fields and overrides repeated ones without mutating the first set."""
    first = {"candidates": {"a": {"name": "A", "phd_year": 2010}}}
    merged = merge_corrections(first, "candidates", {"a": {"phd_year": 2011}})
    assert merged == {"candidates": {"a": {"name": "A", "phd_year": 2011}}}
    assert first["candidates"]["a"]["phd_year"] == 2010
