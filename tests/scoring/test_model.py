"""The data model: ParsedCV records become three declared frames keyed by candidate_id."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from scoring.errors import SchemaError
from scoring.model import (
    PUBLICATION_TYPES,
    Award,
    Awards,
    Candidates,
    ParsedCV,
    Profiles,
    Publication,
    Publications,
    to_frames,
    validate,
)


def _pool() -> list[tuple[str, ParsedCV]]:
    ada = ParsedCV(
        name="Ada Quillfeather",
        current_position="Postdoc, Example University",
        phd_institution="University of Edinburgh",
        phd_year=2021,
        publications=[
            Publication(title="Momentum without tuning", authors=["A. Quillfeather", "B. Stone"],
                        candidate_author_position=1, venue_acronym="ICML", year=2023, type="conference"),
            Publication(title="A survey of warmup", year=2024, type="journal"),
        ],
        awards=[Award(name="Best Paper Award", year=2023)],
        source_files=["ada.pdf", "ada.bib"],
    )
    bram = ParsedCV(name="Bram Oakes", warnings=["no publication section found"])
    return [("ada", ada), ("bram", bram)]


def test_frames_have_every_declared_column_and_dtype() -> None:
    """Each frame carries exactly the columns its class declares, with the declared dtypes."""
    p = to_frames(_pool())
    for frame, table in ((p.candidates, Candidates), (p.publications, Publications), (p.awards, Awards)):
        assert list(frame.columns) == list(table.dtypes)
        assert {c: str(frame[c].dtype) for c in frame.columns} == {
            c: str(pd.Series(dtype=dt).dtype) for c, dt in table.dtypes.items()
        }


def test_candidates_are_indexed_by_id_in_input_order() -> None:
    """The candidates frame is indexed by candidate_id and keeps the order candidates came in."""
    p = to_frames(_pool())
    assert list(p.candidates.index) == ["ada", "bram"]
    assert len(p) == 2
    assert p.candidates.loc["ada", Candidates.phd_year] == 2021
    assert pd.isna(p.candidates.loc["bram", Candidates.phd_year])


def test_publications_and_awards_point_back_to_their_candidate() -> None:
    """Every publication and award row names the candidate it belongs to, and ids are unique."""
    p = to_frames(_pool())
    assert p.publications[Publications.candidate_id].tolist() == ["ada", "ada"]
    assert p.awards[Awards.candidate_id].tolist() == ["ada"]
    assert p.publications[Publications.pub_id].is_unique
    assert set(p.publications[Publications.candidate_id]) <= set(p.candidates.index)


def test_author_count_comes_from_the_author_list() -> None:
    """n_authors is the length of the author list, and missing when no authors were parsed."""
    p = to_frames(_pool())
    assert p.publications[Publications.n_authors].tolist()[0] == 2
    assert pd.isna(p.publications[Publications.n_authors].iloc[1])


def test_counts_files_and_warnings_are_summarised_per_candidate() -> None:
    """A candidate row counts publications, joins source files, and is doubtful when warnings exist."""
    c = to_frames(_pool()).candidates
    assert c.loc["ada", Candidates.n_publications] == 2
    assert c.loc["ada", Candidates.source_files] == "ada.pdf; ada.bib"
    assert c.loc["ada", Candidates.confidence] == "ok"
    assert c.loc["bram", Candidates.confidence] == "doubtful"


def test_missing_name_falls_back_to_the_candidate_id() -> None:
    """A CV whose name was not found is shown under its candidate id rather than left blank."""
    p = to_frames([("cv-0042", ParsedCV())])
    assert p.candidates.loc["cv-0042", Candidates.name] == "cv-0042"


def test_an_empty_pool_still_has_the_declared_columns() -> None:
    """No candidates gives empty frames that still carry every declared column."""
    p = to_frames([])
    assert len(p) == 0
    assert list(p.publications.columns) == list(Publications.dtypes)
    assert list(p.awards.columns) == list(Awards.dtypes)


def test_unknown_publication_type_is_rejected() -> None:
    """A publication type outside the declared vocabulary fails validation, naming the allowed types."""
    cv = ParsedCV(name="Cyra Vance", publications=[Publication(title="A poster", type="poster")])
    with pytest.raises(SchemaError, match="poster") as info:
        to_frames([("cyra", cv)])
    assert all(t in str(info.value) for t in PUBLICATION_TYPES)


def test_validation_reports_every_problem_at_once() -> None:
    """Missing columns in several frames are reported together in one SchemaError."""
    p = to_frames(_pool())
    broken = replace(p, publications=p.publications.drop(columns=[Publications.title]),
                     awards=p.awards.drop(columns=[Awards.year]))
    with pytest.raises(SchemaError) as info:
        validate(broken)
    assert "publications" in str(info.value)
    assert "awards" in str(info.value)


def test_to_json_gives_the_parse_shape() -> None:
    """``ParsedCV.to_json`` nests the PhD and lists publications and awards with their measured fields."""
    ada = _pool()[0][1]
    out = ada.to_json()
    assert out["phd"] == {"institution": "University of Edinburgh", "year": 2021}
    pub = out["publications"][0]
    assert (pub["title"], pub["n_authors"], pub["candidate_author_position"]) == ("Momentum without tuning", 2, 1)
    assert out["awards"][0]["name"] == "Best Paper Award"
    assert out["awards"][0]["year"] == 2023
    assert ParsedCV(name="Bram Oakes").to_json()["phd"] is None


def test_profiles_is_immutable() -> None:
    """Profiles cannot be rebound in place; functions return new ones instead."""
    p = to_frames(_pool())
    with pytest.raises(AttributeError):
        p.candidates = p.candidates  # type: ignore[misc]
    assert isinstance(p, Profiles)
