"""Ratings and notes: 1-5 per rubric item, the blind-review rule, and ratings as a ranking column."""

from __future__ import annotations

import math
import tomllib

import pandas as pd
import pytest

from scoring.config import parse_config
from scoring.model import ParsedCV, to_frames
from scoring.ranking import score
from scoring.workspace import (
    COMMITTEE_COLUMN,
    Workspace,
    WorkspaceError,
    committee_scores,
    notes_frame,
    rate,
    rating_means,
    ratings_frame,
    save_review,
    set_note,
    visible_notes,
    visible_ratings,
    with_committee_columns,
)

RUBRIC = ("research", "teaching")


def test_ratings_are_kept_per_member_item_and_candidate(ws: Workspace) -> None:
    """Rating again replaces the member's earlier score; withdrawing removes it."""
    rate(ws, member="ada", candidate_id="c1", item="research", score=2)
    rate(ws, member="ada", candidate_id="c1", item="research", score=5)
    rate(ws, member="ada", candidate_id="c1", item="teaching", score=3)
    rate(ws, member="ada", candidate_id="c1", item="teaching", score=None)
    assert ratings_frame(ws)[["item", "score"]].to_numpy().tolist() == [["research", 5]]


@pytest.mark.parametrize("score", [0, 6, 2.5, True, "4"])
def test_ratings_outside_one_to_five_are_refused(ws: Workspace, score: object) -> None:
    """Only whole numbers from 1 to 5 are ratings."""
    with pytest.raises(WorkspaceError, match="1 to 5"):
        rate(ws, member="ada", candidate_id="c1", item="research", score=score)  # type: ignore[arg-type]


def test_a_member_is_needed(ws: Workspace) -> None:
    """An anonymous rating is refused."""
    with pytest.raises(WorkspaceError, match="member name"):
        rate(ws, member=" ", candidate_id="c1", item="research", score=3)


def test_blind_review_hides_others_until_the_viewer_has_rated_everything(ws: Workspace) -> None:
    """A member sees others' ratings and notes on a candidate only after rating every rubric item."""
    rate(ws, member="grace", candidate_id="c1", item="research", score=5)
    rate(ws, member="grace", candidate_id="c1", item="teaching", score=4)
    set_note(ws, member="grace", candidate_id="c1", text="brilliant")
    rate(ws, member="ada", candidate_id="c1", item="research", score=2)

    def seen() -> tuple[set[str], set[str]]:
        ratings = ratings_frame(ws)
        shown = visible_ratings(ratings, viewer="ada", items=RUBRIC, blind=True)
        notes = visible_notes(notes_frame(ws), ratings, viewer="ada", items=RUBRIC, blind=True)
        return set(shown["member"]), set(notes["member"])

    assert seen() == ({"ada"}, set())  # half-rated: still blind
    rate(ws, member="ada", candidate_id="c1", item="teaching", score=3)
    assert seen() == ({"ada", "grace"}, {"grace"})


def test_blind_review_off_shows_everything(ws: Workspace) -> None:
    """With blind review off, a member who has not rated sees everyone's ratings."""
    rate(ws, member="grace", candidate_id="c1", item="research", score=5)
    assert len(visible_ratings(ratings_frame(ws), viewer="ada", items=RUBRIC, blind=False)) == 1


def test_blind_review_is_per_candidate(ws: Workspace) -> None:
    """Rating one candidate does not unblind another."""
    for cid in ("c1", "c2"):
        rate(ws, member="grace", candidate_id=cid, item="research", score=4)
    for item in RUBRIC:
        rate(ws, member="ada", candidate_id="c1", item=item, score=3)
    shown = visible_ratings(ratings_frame(ws), viewer="ada", items=RUBRIC, blind=True)
    assert set(shown.loc[shown["member"] == "grace", "candidate_id"]) == {"c1"}


def test_empty_note_deletes(ws: Workspace) -> None:
    """Saving an empty note removes the member's note."""
    set_note(ws, member="ada", candidate_id="c1", text="check references")
    set_note(ws, member="ada", candidate_id="c1", text="  ")
    assert notes_frame(ws).empty


def test_committee_scores_are_the_mean_of_item_means() -> None:
    """Each candidate's committee number is the mean over items of the members' mean; unrated is NaN."""
    ratings = pd.DataFrame(
        {
            "member": ["a", "b", "a", "b"],
            "candidate_id": ["x", "x", "x", "y"],
            "item": ["research", "research", "teaching", "teaching"],
            "score": [5, 3, 1, 2],
        }
    )
    scores = committee_scores(ratings, pd.Index(["x", "y", "z"]))
    assert scores.name == COMMITTEE_COLUMN
    assert scores["x"] == pytest.approx((4 + 1) / 2)
    assert scores["y"] == 2
    assert math.isnan(scores["z"])
    assert rating_means(ratings).loc["x", "research"] == 4


def test_committee_scores_without_ratings_are_all_nan() -> None:
    """No ratings at all give NaN for everyone rather than an error."""
    empty = pd.DataFrame(columns=["member", "candidate_id", "item", "score"])
    assert committee_scores(empty, pd.Index(["x"])).isna().all()


def test_ratings_rank_through_the_column_criterion() -> None:
    """The committee column feeds the column criterion; unrated candidates get the pool median."""
    profiles = to_frames([(cid, ParsedCV(name=cid)) for cid in ("x", "y", "z")])
    ratings = pd.DataFrame(
        {
            "member": ["a", "b", "a"],
            "candidate_id": ["x", "x", "y"],
            "item": ["research", "research", "research"],
            "score": [5, 4, 2],
        }
    )
    config = parse_config(
        tomllib.loads('[criteria.committee_rating]\nuse = "column"\ncolumn = "committee_rating"\n')
    )
    raw = score(with_committee_columns(profiles, ratings), config).raw["committee_rating"]
    assert raw.to_dict() == {"x": 4.5, "y": 2.0, "z": pytest.approx((4.5 + 2.0) / 2)}
    assert with_committee_columns(profiles, ratings).candidates.loc["y", "rating_research"] == 2.0


def test_a_review_is_saved_all_or_nothing(ws: Workspace) -> None:
    """A review with one bad score stores neither its other scores nor its note."""
    with pytest.raises(WorkspaceError):
        save_review(ws, member="ada", candidate_id="c1", scores={"research": 4, "teaching": 9}, note="good")
    assert ratings_frame(ws).empty
    assert notes_frame(ws).empty
    save_review(ws, member="ada", candidate_id="c1", scores={"research": 4, "teaching": None}, note="good")
    assert ratings_frame(ws)[["item", "score"]].to_numpy().tolist() == [["research", 4]]
    assert notes_frame(ws)["text"].tolist() == ["good"]
