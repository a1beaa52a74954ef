"""Committee corrections to parsed profiles, kept apart from the parse and applied on top.

A correction set is plain JSON-able data, so it can be saved, shown and undone::

    {"candidates": {"ada": {"phd_year": 2019}},
     "publications": {"17": {"venue_acronym": "ICML", "year": 2023}}}

Publication keys are ``pub_id`` values written as strings (JSON object keys are strings).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pandas as pd

from scoring.errors import SchemaError
from scoring.model import PUBLICATION_TYPES, Candidates, Profiles, Publications

__all__ = [
    "EDITABLE_CANDIDATE_FIELDS",
    "EDITABLE_PUBLICATION_FIELDS",
    "Corrections",
    "apply_corrections",
    "corrections_from_edits",
    "merge_corrections",
]

Corrections = dict[str, dict[str, dict[str, Any]]]

EDITABLE_CANDIDATE_FIELDS = (
    Candidates.name,
    Candidates.current_position,
    Candidates.phd_institution,
    Candidates.phd_year,
    Candidates.research_interests,
)
EDITABLE_PUBLICATION_FIELDS = (
    Publications.title,
    Publications.venue,
    Publications.venue_acronym,
    Publications.year,
    Publications.type,
    Publications.candidate_author_position,
)


def _blank_to_none(value: Any) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # lists and other non-scalars
        return value


def _apply(frame: pd.DataFrame, edits: Mapping[str, Mapping[str, Any]], *, key: str | None,
           allowed: tuple[str, ...], label: str) -> pd.DataFrame:
    out = frame.copy()
    rows = out.index if key is None else out[key].astype(str)
    for row_key, fields in edits.items():
        hit = out.index[rows == str(row_key)]
        if len(hit) == 0:
            continue  # the row is gone from a re-read pool; the correction no longer applies
        for field, value in fields.items():
            if field not in allowed:
                msg = f"{label}.{field} cannot be corrected; editable: {', '.join(allowed)}"
                raise SchemaError(msg)
            out[field] = out[field].astype(object)
            out.loc[hit, field] = _blank_to_none(value)
    return out


def apply_corrections(profiles: Profiles, corrections: Corrections) -> Profiles:
    """The pool with every correction applied; the input frames are left untouched.

    Raises:
        SchemaError: a correction names a field that cannot be edited, or a publication type that
            does not exist.
    """
    cands = _apply(profiles.candidates, corrections.get("candidates", {}), key=None,
                   allowed=EDITABLE_CANDIDATE_FIELDS, label="candidates")
    pubs = _apply(profiles.publications, corrections.get("publications", {}), key=Publications.pub_id,
                  allowed=EDITABLE_PUBLICATION_FIELDS, label="publications")
    bad = set(pubs[Publications.type].dropna()) - set(PUBLICATION_TYPES)
    if bad:
        msg = f"publication type {sorted(bad)} unknown; use one of {', '.join(PUBLICATION_TYPES)}"
        raise SchemaError(msg)
    cands = cands.astype({c: t for c, t in Candidates.dtypes.items() if c in EDITABLE_CANDIDATE_FIELDS})
    pubs = pubs.astype({c: t for c, t in Publications.dtypes.items() if c in EDITABLE_PUBLICATION_FIELDS})
    return replace(profiles, candidates=cands, publications=pubs)


def corrections_from_edits(shown: pd.DataFrame, edited_rows: Mapping[int | str, Mapping[str, Any]],
                           *, key: str | None = None) -> dict[str, dict[str, Any]]:
    """Turn a data editor's ``edited_rows`` (row position -> changed cells) into keyed corrections.

    *shown* is the frame the editor displayed; each row is identified by its index, or by the
    *key* column when given.

    Examples:
        >>> shown = pd.DataFrame({"pub_id": [7, 9], "year": [2020, 2021]})
        >>> corrections_from_edits(shown, {1: {"year": 2022}}, key="pub_id")
        {'9': {'year': 2022}}
    """
    out: dict[str, dict[str, Any]] = {}
    for pos, fields in edited_rows.items():
        row = shown.iloc[int(pos)]
        row_key = str(row.name if key is None else row[key])
        out.setdefault(row_key, {}).update(fields)
    return out


def merge_corrections(corrections: Corrections, table: str, edits: Mapping[str, Mapping[str, Any]]) -> Corrections:
    """A new correction set with *edits* added to *table* (later edits win field by field)."""
    merged: Corrections = {t: {k: dict(v) for k, v in rows.items()} for t, rows in corrections.items()}
    target = merged.setdefault(table, {})
    for row_key, fields in edits.items():
        target.setdefault(str(row_key), {}).update(fields)
    return merged
