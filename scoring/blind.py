"""Blind screening: candidates shown as neutral codes, identifying fields hidden.

Codes are assigned in the order of a hash of each candidate id, so they are stable for a pool
and reveal neither the rank nor the alphabetical order of names (ids come from file names).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import pandas as pd

from scoring.model import Candidates, Publications

__all__ = [
    "HIDDEN",
    "IDENTIFYING_COLUMNS",
    "blind_candidates",
    "blind_publications",
    "blind_ranked",
    "candidate_codes",
    "display_labels",
    "redact_name",
]

HIDDEN = "(hidden)"
IDENTIFYING_COLUMNS = (
    Candidates.name,
    Candidates.email,
    Candidates.current_position,
    Candidates.phd_institution,
    Candidates.source_files,
    Candidates.text,
)


def _digest(candidate_id: str) -> str:
    return hashlib.sha256(candidate_id.encode("utf-8")).hexdigest()


def candidate_codes(candidate_ids: Iterable[str]) -> dict[str, str]:
    """A neutral code (``C01``, ``C02``, ...) for every candidate id.

    Examples:
        >>> codes = candidate_codes(["ada", "grace"])
        >>> sorted(codes.values())
        ['C01', 'C02']
    """
    ids = sorted(set(candidate_ids), key=lambda cid: (_digest(cid), cid))
    width = max(2, len(str(len(ids))))
    return {cid: f"C{i:0{width}d}" for i, cid in enumerate(ids, 1)}


def display_labels(candidates: pd.DataFrame, *, blind: bool) -> pd.Series:
    """How each candidate is named on screen: the parsed name, or the code in blind mode.

    Two candidates with the same name get their id appended so labels stay unique.
    """
    if blind:
        codes = candidate_codes(candidates.index)
        return pd.Series([codes[c] for c in candidates.index], index=candidates.index, dtype=str)
    names = candidates[Candidates.name].astype(str)
    dup = names.duplicated(keep=False)
    ids = pd.Series(candidates.index, index=candidates.index, dtype=str)
    return names.where(~dup, names + " (" + ids + ")")


def blind_candidates(candidates: pd.DataFrame) -> pd.DataFrame:
    """The candidates frame with identifying fields replaced: names by codes, the rest hidden."""
    codes = candidate_codes(candidates.index)
    out = candidates.copy()
    for col in IDENTIFYING_COLUMNS:
        if col in out:
            out[col] = HIDDEN
    out[Candidates.name] = [codes[c] for c in out.index]
    return out


def blind_publications(publications: pd.DataFrame) -> pd.DataFrame:
    """Publications without author lists or raw CV lines, which carry the candidate's name."""
    out = publications.copy()
    for col in (Publications.authors, Publications.source_text):
        if col in out:
            out[col] = HIDDEN
    return out


def blind_ranked(ranked: pd.DataFrame, codes: dict[str, str]) -> pd.DataFrame:
    """*ranked* with ``candidate_id`` and ``name`` replaced by the candidates' *codes* (blind export)."""
    coded = ranked["candidate_id"].map(codes)
    return ranked.assign(candidate_id=coded, name=coded)


def redact_name(texts: pd.Series, name: str, *, mask: str = "[candidate]") -> pd.Series:
    """*texts* with the candidate's *name* (whole, or any part of three letters or more) masked.

    Blind mode uses it on CV-derived lines (publication titles, evidence) where a misparsed
    author list can carry the name.

    Examples:
        >>> redact_name(pd.Series(["Ada Byron, C. Babbage", "On engines"]), "Ada Byron").tolist()
        ['[candidate] [candidate], C. Babbage', 'On engines']
    """
    parts = sorted({p for p in re.split(r"[\s,.\-]+", name) if len(p) >= 3}, key=len, reverse=True)
    if not parts:
        return texts
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in parts) + r")\b", re.IGNORECASE)
    return texts.astype(str).str.replace(pattern, mask, regex=True)
