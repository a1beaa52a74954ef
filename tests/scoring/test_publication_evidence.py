"""Publication-count evidence built when read: the whole frame is right, and one candidate's rows equal its share."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest

from scoring.config import CriterionSpec, SearchConfig
from scoring.criteria import EVIDENCE_COLUMNS
from scoring.model import ParsedCV, Publication, to_frames
from scoring.ranking import score

_WEIGHTS = {"TOPA": 4.0, "MIDB": 1.0}  # the custom tiers below: A* and B at their default weights


def _pool(n: int = 6) -> object:
    """*n* fictional candidates with 0..4 papers: varied author counts, positions, venues and an undated one."""
    cvs = []
    for i in range(n):
        papers = []
        for j in range(i % 5):
            n_authors = 1 + (i + j) % 4
            papers.append(
                Publication(
                    f"Paper {j} of candidate {i}",
                    authors=[f"Author {k}" for k in range(n_authors)],
                    candidate_author_position=None if j == 3 else 1 + j % n_authors,
                    venue_acronym="TOPA" if j % 2 == 0 else "MIDB",
                    year=None if (i, j) == (4, 2) else 2019 + j,
                    type="conference",
                    source_line=10 + j,
                    source_text=f"[{j + 1}] line {j} of candidate {i}",
                )
            )
        cvs.append((f"p{i:02d}", ParsedCV(name=f"Person {i}", phd_year=2016 + i, publications=papers)))
    return to_frames(cvs)


def _config(**params: object) -> SearchConfig:
    spec = CriterionSpec("tier_publications", 1.0, params=dict(params))
    return SearchConfig(
        scheme="custom", overrides={"TOPA": "A*", "MIDB": "B"}, criteria=(spec,), current_year=2026
    )


def _expected(profiles: object, since_years: int | None) -> pd.DataFrame:
    """The rows the criterion showed when it built them all at once, computed here paper by paper."""
    rows = []
    for _, p in profiles.publications.iterrows():  # type: ignore[attr-defined]
        tier = "A*" if p["venue_acronym"] == "TOPA" else "B"
        weight = _WEIGHTS[p["venue_acronym"]]
        n = p["n_authors"]
        undated = since_years is not None and pd.isna(p["year"])
        if since_years is not None and not undated and p["year"] < 2026 - since_years + 1:
            continue
        detail = (
            "undated: cannot tell if inside the window, not counted"
            if undated
            else f"{tier} = {weight:g}; 1/{int(n)} authors"
        )
        rows.append((p["candidate_id"], p["title"], 0.0 if undated else weight / n, detail, p["source_text"]))
    return pd.DataFrame(rows, columns=["candidate_id", "item", "value", "detail", "source_text"])


@pytest.mark.parametrize("since_years", [None, 5])
def test_whole_evidence_frame_lists_each_shown_paper_with_its_detail(since_years: int | None) -> None:
    """Every counted paper (and an undated one under a window) has one row with its weight, credit and source."""
    profiles = _pool()
    params = {"authorship": "fractional"} | ({} if since_years is None else {"since_years": since_years})
    evidence = score(profiles, _config(**params)).evidence
    got = evidence[["candidate_id", "item", "value", "detail", "source_text"]].astype(object)
    want = _expected(profiles, since_years).astype(object)
    assert list(evidence.columns) == EVIDENCE_COLUMNS
    assert (evidence["criterion"] == "tier_publications").all()
    assert got["value"].astype(float).to_numpy() == pytest.approx(want["value"].astype(float).to_numpy())
    pd.testing.assert_frame_equal(got.drop(columns="value"), want.drop(columns="value"))


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"authorship": "fractional", "since_years": 5},
        {"authorship": "first_last", "middle_author_credit": 0.25},
        {"per_year": True, "since_years": 6, "tier_weights": {"B": 0.0}},
    ],
)
def test_one_candidates_rows_equal_its_rows_of_the_whole_frame(params: dict[str, object]) -> None:
    """Built for one candidate, the evidence equals that candidate's rows of the whole frame, in the same order."""
    scored = score(_pool(), _config(**params))
    whole = scored.evidence
    assert len(whole) > 0
    for cid in scored.raw.index:
        alone = scored.evidence_for(cid)
        share = whole[whole["candidate_id"] == cid].reset_index(drop=True)
        pd.testing.assert_frame_equal(alone, share)


def test_evidence_is_kept_as_arrays_and_survives_pickling() -> None:
    """The scored pool keeps a builder, not a frame, and a pickled copy builds the same rows."""
    scored = score(_pool(), _config(authorship="first_last"))
    part = scored.evidence_parts["tier_publications"]
    assert not isinstance(part, pd.DataFrame)
    again = pickle.loads(pickle.dumps(scored))
    pd.testing.assert_frame_equal(again.evidence, scored.evidence)
    some = part.rows(np.array([2, 4]))
    assert set(some["candidate_id"]) == {"p02", "p04"}
