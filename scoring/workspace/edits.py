"""Edits made in a table of the profiles frames, turned into workspace corrections.

The dashboard's editors speak in edit sets (``scoring.corrections``: candidates by id,
publications by ``pub_id``); the workspace stores each correction against the publication's
position in its candidate's own list, which stays put when other candidates join the pool.
``to_edit_set`` goes one way; ``edits_to_store`` goes back.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from scoring.model import Publications
from scoring.workspace.corrections import Correction, Target

__all__ = ["PendingCorrection", "corrections_table", "edits_to_store"]


@dataclass(frozen=True, slots=True)
class PendingCorrection:
    """One field to store with ``correct(ws, **asdict(...), member=...)``."""

    candidate_id: str
    target: Target
    index: int | None
    field: str
    value: Any


_UNSET = object()


def _changed(old: Mapping[str, Any], field: str, new: Any) -> bool:
    # a field absent from *before* counts as changed even when cleared: blanking a parsed value
    # is a correction too
    value = old.get(field, _UNSET)
    return value is _UNSET or bool(value != new)


def _positions(publications: pd.DataFrame) -> dict[str, tuple[str, int]]:
    # pub_id -> (candidate, n-th of that candidate's publications), as ``to_edit_set`` counts them
    nth = publications.groupby(Publications.candidate_id).cumcount()
    return {
        str(pid): (str(cid), int(n))
        for pid, cid, n in zip(
            publications[Publications.pub_id], publications[Publications.candidate_id], nth, strict=True
        )
    }


def edits_to_store(
    before: Mapping[str, Mapping[str, Mapping[str, Any]]],
    after: Mapping[str, Mapping[str, Mapping[str, Any]]],
    publications: pd.DataFrame,
) -> list[PendingCorrection]:
    """The fields whose value differs between two edit sets, as corrections to store.

    *publications* is the uncorrected frame the ``pub_id`` keys refer to; a key it lacks is skipped.

    Examples:
        >>> pubs = pd.DataFrame({"pub_id": [3, 4], "candidate_id": ["ada", "ada"]})
        >>> [c.index for c in edits_to_store({}, {"publications": {"4": {"year": 2020}}}, pubs)]
        [1]
    """
    positions = _positions(publications)
    out: list[PendingCorrection] = []
    for row_key, fields in after.get("candidates", {}).items():
        old = before.get("candidates", {}).get(row_key, {})
        out += [
            PendingCorrection(str(row_key), "candidate", None, f, v)
            for f, v in fields.items()
            if _changed(old, f, v)
        ]
    for row_key, fields in after.get("publications", {}).items():
        if str(row_key) not in positions:
            continue
        cid, n = positions[str(row_key)]
        old = before.get("publications", {}).get(row_key, {})
        out += [
            PendingCorrection(cid, "publication", n, f, v) for f, v in fields.items() if _changed(old, f, v)
        ]
    return out


def corrections_table(
    corrections: Iterable[Correction], candidate_id: str, *, hide: Collection[str] = ()
) -> pd.DataFrame:
    """One candidate's corrections in force, to list and revert: ``id, what, value``.

    Values of the fields in *hide* (identifying ones, in blind mode) are shown as ``(hidden)``.

    Examples:
        >>> c = Correction(7, "ada", "publication", 0, "year", 2021)
        >>> corrections_table([c], "ada").loc[0, "what"]
        'publication 1: year'
    """
    rows = [
        {
            "id": c.id,
            "what": c.field if c.target == "candidate" else f"{c.target} {(c.index or 0) + 1}: {c.field}",
            "value": "(hidden)"
            if c.target == "candidate" and c.field in hide
            else ("" if c.value is None else str(c.value)),
        }
        for c in corrections
        if c.candidate_id == candidate_id
    ]
    return pd.DataFrame(rows, columns=["id", "what", "value"])
