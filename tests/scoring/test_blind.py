"""Blinding: codes are stable and neutral, identifying fields are hidden."""

from __future__ import annotations

import pandas as pd
import pytest

from scoring.blind import (
    HIDDEN,
    blind_candidates,
    blind_publications,
    blind_ranked,
    candidate_codes,
    display_labels,
    redact_name,
)
from scoring.model import ParsedCV, Publication, to_frames


def _profiles():
    return to_frames([
        ("zoe-adams", ParsedCV(name="Zoë Adams", email="zoe@x.example", phd_institution="Uni A",
                               publications=[Publication(title="T", authors=["Zoë Adams"], source_text="Z. Adams. T.")])),
        ("bo-chen", ParsedCV(name="Bo Chen", current_position="Lecturer, Uni B")),
        ("cy-diaz", ParsedCV(name="Bo Chen")),
    ])


def test_codes_are_unique_stable_and_independent_of_input_order() -> None:
    """Every id gets its own code, and shuffling the ids does not change anyone's code."""
    ids = [f"cand-{i}" for i in range(12)]
    codes = candidate_codes(ids)
    assert sorted(codes.values()) == [f"C{i:02d}" for i in range(1, 13)]
    assert candidate_codes(list(reversed(ids))) == codes


def test_codes_do_not_follow_alphabetical_order() -> None:
    """Codes are not handed out in the alphabetical order of ids (which come from names)."""
    ids = [f"{chr(97 + i)}-person" for i in range(20)]
    codes = candidate_codes(ids)
    assert [codes[i] for i in ids] != sorted(codes.values())


def test_blind_candidates_hides_every_identifying_field() -> None:
    """Names become codes; e-mail, position, institution, files and text are hidden."""
    out = blind_candidates(_profiles().candidates)
    assert set(out["name"]) == set(candidate_codes(out.index).values())
    for col in ("email", "current_position", "phd_institution", "source_files", "text"):
        assert set(out[col]) == {HIDDEN}


def test_blind_publications_hides_authors_and_raw_lines() -> None:
    """Author lists and CV lines, which carry the name, are hidden; titles stay."""
    out = blind_publications(_profiles().publications)
    assert out["authors"].tolist() == [HIDDEN]
    assert out["source_text"].tolist() == [HIDDEN]
    assert out["title"].tolist() == ["T"]


def test_display_labels_disambiguate_duplicate_names() -> None:
    """Two candidates with the same name get their ids appended; blind labels are codes."""
    cands = _profiles().candidates
    labels = display_labels(cands, blind=False)
    assert labels["zoe-adams"] == "Zoë Adams"
    assert labels["bo-chen"] == "Bo Chen (bo-chen)"
    assert labels.is_unique
    assert display_labels(cands, blind=True).to_dict() == candidate_codes(cands.index)


def test_blind_ranked_replaces_names_and_ids_with_codes() -> None:
    """An exported ranking keeps its rows but names them only by code."""
    ranked = pd.DataFrame({"candidate_id": ["a", "b"], "name": ["Ann", "Bo"], "total": [0.9, 0.1]})
    out = blind_ranked(ranked, {"a": "C02", "b": "C01"})
    assert out["name"].tolist() == ["C02", "C01"] == out["candidate_id"].tolist()
    assert out["total"].tolist() == [0.9, 0.1]


@pytest.mark.parametrize(("text", "expected"), [
    ("Zoë Adams, B. Chen", "[candidate] [candidate], B. Chen"),
    ("ADAMS Z. and others", "[candidate] Z. and others"),
    ("Adamson's theorem", "Adamson's theorem"),  # whole words only
    ("On engines", "On engines"),
])
def test_redact_name_masks_the_name_and_its_parts(text: str, expected: str) -> None:
    """Full name and its parts (3+ letters) are masked case-insensitively, whole words only."""
    assert redact_name(pd.Series([text]), "Zoë Adams").tolist() == [expected]
