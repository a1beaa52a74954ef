"""Editor edit sets become workspace corrections and back; the rating criterion; export metadata columns."""

from __future__ import annotations

import tomllib

import pandas as pd
import pytest

from scoring.config import SearchConfig, dump_config, parse_config
from scoring.export import METADATA_COLUMNS, with_metadata
from scoring.workspace import Workspace, active_corrections, config_hash, correct, export_metadata
from scoring.workspace.corrections import to_edit_set
from scoring.workspace.criterion import uses_committee_rating, with_committee_criterion
from scoring.workspace.edits import corrections_table, edits_to_store

PUBS = pd.DataFrame({"pub_id": [10, 11, 12, 13], "candidate_id": ["ada", "bo", "ada", "ada"]})


def test_only_changed_fields_are_stored() -> None:
    """A field already holding the same corrected value is not stored again; a new one is."""
    before = {"candidates": {"ada": {"phd_year": 2019}}}
    after = {"candidates": {"ada": {"phd_year": 2019, "name": "Ada L."}}}
    assert [(c.field, c.value) for c in edits_to_store(before, after, PUBS)] == [("name", "Ada L.")]


def test_clearing_a_parsed_field_is_a_correction() -> None:
    """Blanking a field that had no correction is stored (as a blank), not mistaken for no change."""
    pending = edits_to_store({}, {"candidates": {"ada": {"research_interests": None}}}, PUBS)
    assert [(c.field, c.value) for c in pending] == [("research_interests", None)]


def test_publications_round_trip_through_the_workspace(ws: Workspace) -> None:
    """A publication edit keyed by pub_id is stored by position and comes back under the same pub_id."""
    after = {"publications": {"13": {"year": 2021}}, "candidates": {}}
    for c in edits_to_store({}, after, PUBS):
        correct(
            ws,
            candidate_id=c.candidate_id,
            field=c.field,
            value=c.value,
            member="ada",
            target=c.target,
            index=c.index,
        )
    assert active_corrections(ws)[0].index == 2  # the third of ada's publications
    assert to_edit_set(active_corrections(ws), PUBS) == after


def test_unknown_publications_are_skipped() -> None:
    """An edit for a pub_id the frame lacks (the pool was re-read) stores nothing."""
    assert edits_to_store({}, {"publications": {"99": {"year": 2000}}}, PUBS) == []


def test_the_corrections_table_hides_identifying_values(ws: Workspace) -> None:
    """Blind mode: a corrected name is listed without its value; other fields keep theirs."""
    correct(ws, candidate_id="ada", field="name", value="Ada Lovelace", member="m")
    correct(ws, candidate_id="ada", field="year", value=2020, member="m", target="publication", index=0)
    correct(ws, candidate_id="bo", field="phd_year", value=2010, member="m")
    table = corrections_table(active_corrections(ws), "ada", hide={"name"})
    assert table[["what", "value"]].to_numpy().tolist() == [
        ["name", "(hidden)"],
        ["publication 1: year", "2020"],
    ]


def test_the_rating_criterion_survives_a_toml_round_trip() -> None:
    """The added criterion is a valid ``column`` criterion that the TOML export keeps, and is added once."""
    config = with_committee_criterion(SearchConfig(), weight=0.3)
    assert with_committee_criterion(config) == config
    again = parse_config(tomllib.loads(dump_config(config)))
    assert uses_committee_rating(again)
    assert again.weights()["committee_rating"] == pytest.approx(0.3)


def test_metadata_columns_replace_older_ones_and_come_last() -> None:
    """with_metadata drops stale metadata columns and appends the current ones on every row."""
    meta = export_metadata(SearchConfig())
    frame = pd.DataFrame({"config_hash": ["stale", "stale"], "rank": [1, 2]})
    out = with_metadata(frame, meta)
    assert list(out.columns) == ["rank", *METADATA_COLUMNS]
    assert out["config_hash"].tolist() == [config_hash(SearchConfig())] * 2
    with pytest.raises(ValueError, match="config_toml"):
        with_metadata(frame, {"config_hash": "x", "facultyscreen_version": "1"})
