"""Corrections: kept apart from the parse, applied on top, reversible, and audited."""

from __future__ import annotations

import pandas as pd
import pytest

from scoring.model import ParsedCV, Publication, to_frames
from scoring.workspace import (
    Workspace,
    WorkspaceError,
    active_corrections,
    apply_corrections,
    audit_log,
    correct,
    corrections_log,
    revert,
)
from scoring.workspace.corrections import to_edit_set


def _parsed() -> dict[str, ParsedCV]:
    return {
        "ada": ParsedCV(
            name="Ada",
            phd_year=2031,
            publications=[
                Publication(title="First", venue="NeurIPS", year=2020),
                Publication(title="Second", venue="Wrkshp", year=2021, type="conference"),
            ],
        ),
        "grace": ParsedCV(name="Grace", publications=[Publication(title="Only", year=2019)]),
    }


def test_corrections_apply_on_top_and_leave_the_parse_alone(ws: Workspace) -> None:
    """Corrected fields change in the copy, the parser's profiles stay as parsed."""
    parsed = _parsed()
    correct(ws, candidate_id="ada", field="phd_year", value="2013", member="chair")
    correct(
        ws, candidate_id="ada", target="publication", index=1, field="type", value="workshop", member="chair"
    )
    fixed = apply_corrections(parsed, active_corrections(ws))
    assert fixed["ada"].phd_year == 2013
    assert fixed["ada"].publications[1].type == "workshop"
    assert fixed["grace"] == parsed["grace"]
    assert parsed["ada"].phd_year == 2031
    assert parsed["ada"].publications[1].type == "conference"


def test_reverting_restores_what_applied_before(ws: Workspace) -> None:
    """Undoing the newest correction brings back the older one; undoing that brings back the parse."""
    first = correct(ws, candidate_id="ada", field="phd_year", value=2013, member="ada")
    second = correct(ws, candidate_id="ada", field="phd_year", value=2014, member="grace")
    assert apply_corrections(_parsed(), active_corrections(ws))["ada"].phd_year == 2014
    revert(ws, second, member="chair")
    assert apply_corrections(_parsed(), active_corrections(ws))["ada"].phd_year == 2013
    revert(ws, first, member="chair")
    assert apply_corrections(_parsed(), active_corrections(ws))["ada"].phd_year == 2031
    log = corrections_log(ws, candidate_id="ada")
    assert log["reverted_by"].tolist() == ["chair", "chair"]
    assert log["value"].tolist() == [2013, 2014]


def test_a_reverted_correction_cannot_be_reverted_twice(ws: Workspace) -> None:
    """Reverting twice is an error rather than a silent no-op."""
    cid = correct(ws, candidate_id="ada", field="name", value="Ada L.", member="chair")
    revert(ws, cid, member="chair")
    with pytest.raises(WorkspaceError, match="already reverted"):
        revert(ws, cid, member="chair")


@pytest.mark.parametrize(
    ("target", "index", "field", "value", "message"),
    [
        ("candidate", None, "text", "x", "cannot be corrected"),
        ("candidate", None, "phd_year", "twenty", "whole number"),
        ("publication", 0, "type", "blog", "publication type"),
        ("publication", None, "year", 2020, "need an index"),
        ("candidate", 0, "name", "Ada", "take no index"),
        ("candidate", None, "name", " ", "cannot be blank"),
    ],
)
def test_bad_corrections_are_refused(
    ws: Workspace, target: str, index: int | None, field: str, value: object, message: str
) -> None:
    """Uneditable fields, wrong types and unknown publication types are refused with a reason."""
    with pytest.raises(WorkspaceError, match=message):
        correct(
            ws,
            candidate_id="ada",
            target=target,
            index=index,
            field=field,
            value=value,  # type: ignore[arg-type]
            member="chair",
        )
    assert corrections_log(ws).empty


def test_corrections_and_reverts_are_audited(ws: Workspace) -> None:
    """Each correction and each revert writes who, what, the value before and after."""
    cid = correct(ws, candidate_id="ada", field="phd_year", value=2013, member="ada")
    revert(ws, cid, member="grace")
    log = audit_log(ws)
    assert log[["actor", "action", "target"]].to_numpy().tolist() == [
        ["grace", "correction_reverted", "ada.phd_year"],
        ["ada", "correction", "ada.phd_year"],
    ]
    assert (log.loc[1, "before"], log.loc[1, "after"]) == (None, 2013)


def test_a_correction_to_a_missing_entry_is_skipped(ws: Workspace) -> None:
    """A correction pointing past the end of a publication list does nothing."""
    correct(ws, candidate_id="grace", target="publication", index=4, field="year", value=2000, member="c")
    correct(ws, candidate_id="nobody", field="name", value="X", member="c")
    assert apply_corrections(_parsed(), active_corrections(ws)) == _parsed()


def test_edit_set_maps_positions_to_pool_publication_ids(ws: Workspace) -> None:
    """The n-th publication of a candidate maps to its pub_id in the pool's frame."""
    profiles = to_frames(_parsed().items())
    correct(ws, candidate_id="grace", target="publication", index=0, field="venue", value="ICML", member="c")
    correct(ws, candidate_id="ada", field="name", value="Ada L.", member="c")
    edits = to_edit_set(active_corrections(ws), profiles.publications)
    pubs = profiles.publications
    grace_pub = str(pubs.loc[pubs["candidate_id"] == "grace", "pub_id"].iloc[0])
    assert edits == {
        "candidates": {"ada": {"name": "Ada L."}},
        "publications": {grace_pub: {"venue": "ICML"}},
    }
    assert isinstance(pubs, pd.DataFrame)
