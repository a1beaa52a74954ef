"""Committee members' ratings (1-5 per rubric item) and notes, with the blind-review rule.

Blind review: a member sees the other members' ratings and notes on a candidate only once they
have rated that candidate on every rubric item themselves, so a first judgement is their own.
The rule is applied by ``visible_ratings``/``visible_notes``; every view of the committee's
ratings shown to a member (tables, means in the ranking, agreement) should start from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pandas as pd
import sqlalchemy as sa

from scoring.model import Profiles
from scoring.workspace import schema
from scoring.workspace.db import WorkspaceError, reading, upsert, writing
from scoring.workspace.store import Workspace, now

__all__ = [
    "COMMITTEE_COLUMN",
    "MAX_SCORE",
    "MIN_SCORE",
    "committee_scores",
    "completed",
    "notes_frame",
    "rate",
    "rating_means",
    "ratings_frame",
    "save_review",
    "set_note",
    "visible_notes",
    "visible_ratings",
    "with_committee_columns",
]

MIN_SCORE, MAX_SCORE = 1, 5
COMMITTEE_COLUMN = "committee_rating"
_RATING_COLUMNS = ["member", "candidate_id", "item", "score", "rated_at"]
_NOTE_COLUMNS = ["member", "candidate_id", "text", "updated_at"]


def _check_member(member: str) -> str:
    if not member or not member.strip():
        msg = "a member name is needed to rate or write notes"
        raise WorkspaceError(msg)
    return member.strip()


def _check_score(score: object) -> int:
    if isinstance(score, bool) or not isinstance(score, int) or not MIN_SCORE <= score <= MAX_SCORE:
        msg = f"a rating is a whole number from {MIN_SCORE} to {MAX_SCORE}, got {score!r}"
        raise WorkspaceError(msg)
    return score


def _put_score(conn: sa.Connection, member: str, candidate_id: str, item: str, score: int | None) -> None:
    t = schema.ratings
    if score is None:
        conn.execute(
            sa.delete(t).where(t.c.member == member, t.c.candidate_id == candidate_id, t.c.item == item)
        )
    else:
        upsert(
            conn,
            t,
            {
                "member": member,
                "candidate_id": candidate_id,
                "item": item,
                "score": _check_score(score),
                "rated_at": now(),
            },
        )


def _put_note(conn: sa.Connection, member: str, candidate_id: str, text: str) -> None:
    t = schema.notes
    if not text.strip():
        conn.execute(sa.delete(t).where(t.c.member == member, t.c.candidate_id == candidate_id))
    else:
        upsert(conn, t, {"member": member, "candidate_id": candidate_id, "text": text, "updated_at": now()})


def rate(ws: Workspace, *, member: str, candidate_id: str, item: str, score: int | None) -> None:
    """Set (or with ``None`` withdraw) *member*'s score for one rubric item of one candidate."""
    member = _check_member(member)
    with writing(ws.engine) as conn:
        _put_score(conn, member, candidate_id, item, score)


def save_review(
    ws: Workspace,
    *,
    member: str,
    candidate_id: str,
    scores: Mapping[str, int | None],
    note: str | None = None,
) -> None:
    """Store a member's whole review of a candidate (scores per item, and the note) at once.

    All or nothing: a bad score stores none of them, so blind review never sees half a review.
    """
    member = _check_member(member)
    for score in scores.values():
        if score is not None:
            _check_score(score)
    with writing(ws.engine) as conn:
        for item, score in scores.items():
            _put_score(conn, member, candidate_id, item, score)
        if note is not None:
            _put_note(conn, member, candidate_id, note)


def set_note(ws: Workspace, *, member: str, candidate_id: str, text: str) -> None:
    """Replace *member*'s note on a candidate (an empty text deletes it)."""
    member = _check_member(member)
    with writing(ws.engine) as conn:
        _put_note(conn, member, candidate_id, text)


def ratings_frame(ws: Workspace) -> pd.DataFrame:
    """Every rating: ``member, candidate_id, item, score, rated_at``. Not blinded: see ``visible_ratings``."""
    t = schema.ratings
    with reading(ws.engine) as conn:
        rows = conn.execute(sa.select(t).order_by(t.c.candidate_id, t.c.item, t.c.member)).mappings().all()
    return pd.DataFrame(rows, columns=_RATING_COLUMNS).astype({"score": "int64"})


def notes_frame(ws: Workspace) -> pd.DataFrame:
    """Every note: ``member, candidate_id, text, updated_at``. Not blinded: see ``visible_notes``."""
    t = schema.notes
    with reading(ws.engine) as conn:
        rows = conn.execute(sa.select(t).order_by(t.c.candidate_id, t.c.member)).mappings().all()
    return pd.DataFrame(rows, columns=_NOTE_COLUMNS)


def completed(ratings: pd.DataFrame, member: str, items: tuple[str, ...]) -> set[str]:
    """The candidates *member* has rated on every item of the rubric."""
    own = ratings[(ratings["member"] == member) & ratings["item"].isin(items)]
    per_candidate = own.groupby("candidate_id")["item"].nunique()
    return set(per_candidate.index[per_candidate >= len(set(items))])


def visible_ratings(
    ratings: pd.DataFrame, *, viewer: str, items: tuple[str, ...], blind: bool
) -> pd.DataFrame:
    """The ratings *viewer* may see: their own, plus everyone's on candidates they have fully rated.

    With *blind* off, everything is visible.
    """
    if not blind:
        return ratings
    done = completed(ratings, viewer, items)
    keep = (ratings["member"] == viewer) | ratings["candidate_id"].isin(done)
    return ratings[keep]


def visible_notes(
    notes: pd.DataFrame, ratings: pd.DataFrame, *, viewer: str, items: tuple[str, ...], blind: bool
) -> pd.DataFrame:
    """The notes *viewer* may see, by the same rule as ``visible_ratings``."""
    if not blind:
        return notes
    done = completed(ratings, viewer, items)
    return notes[(notes["member"] == viewer) | notes["candidate_id"].isin(done)]


def rating_means(ratings: pd.DataFrame, index: pd.Index | None = None) -> pd.DataFrame:
    """Candidates x rubric items: the mean score, plus ``committee_rating``, the mean over items.

    The overall mean weighs each item equally (the mean of item means), so an item many members
    rated does not outweigh one fewer rated. Unrated candidates in *index* get NaN.

    Examples:
        >>> r = pd.DataFrame({"member": ["a", "b", "a"], "candidate_id": ["x", "x", "x"],
        ...                   "item": ["research", "research", "fit"], "score": [4, 2, 5]})
        >>> rating_means(r).loc["x"].tolist()
        [5.0, 3.0, 4.0]
    """
    means = ratings.astype({"score": float}).pivot_table(
        index="candidate_id", columns="item", values="score", aggfunc="mean"
    )
    means.columns.name = None
    means.index.name = None
    means[COMMITTEE_COLUMN] = means.mean(axis=1)
    return means if index is None else means.reindex(index)


def committee_scores(ratings: pd.DataFrame, index: pd.Index) -> pd.Series:
    """One number per candidate in *index* for the ranking: the mean rating, NaN where unrated.

    Feed it ``visible_ratings(...)`` when blind review is on, or the ranking leaks the others'
    ratings. Unrated candidates stay NaN: whoever turns this into a criterion decides what an
    unrated candidate scores (the committee usually wants them flagged, not ranked last).
    """
    if ratings.empty:
        return pd.Series(float("nan"), index=index, name=COMMITTEE_COLUMN)
    return rating_means(ratings, index)[COMMITTEE_COLUMN].rename(COMMITTEE_COLUMN)


def with_committee_columns(profiles: Profiles, ratings: pd.DataFrame) -> Profiles:
    """The pool with the committee's ratings as candidate columns, ready for the ``column`` criterion.

    Adds ``committee_rating`` (the mean over rubric items) and ``rating_<item>`` per item; NaN
    where nobody rated. Rank on them from the search TOML::

        [criteria.committee_rating]
        use = "column"
        column = "committee_rating"     # or "rating_research", ...
        missing = "median"              # unrated candidates neither gain nor lose
        weight = 0.2

    Pass ``visible_ratings(...)`` under blind review so the ranking shows a member only what
    they may see.
    """
    cands = profiles.candidates
    means = (
        rating_means(ratings, cands.index)
        if not ratings.empty
        else pd.DataFrame({COMMITTEE_COLUMN: float("nan")}, index=cands.index)
    )
    columns = {(c if c == COMMITTEE_COLUMN else f"rating_{c}"): means[c].astype(float) for c in means.columns}
    return replace(profiles, candidates=cands.assign(**columns))
