"""The shortlist as CSV bytes, safe to open in Excel."""

from __future__ import annotations

import pandas as pd

__all__ = ["neutralise_formulas", "to_csv"]

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "＝", "＋", "－", "＠")


def _neutralise_cell(value: object) -> object:
    if isinstance(value, str) and value.lstrip(" ").startswith(_TRIGGERS):
        return "'" + value
    return value


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix a quote to every text cell (and header) that a spreadsheet would read as a formula.

    Examples:
        >>> neutralise_formulas(pd.DataFrame({"n": ["=1+2", "Zoë"], "s": [-0.5, 1.0]}))["n"].tolist()
        ["'=1+2", 'Zoë']
    """
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col]) or out[col].dtype == object:
            out[col] = out[col].map(_neutralise_cell)
    out.columns = [_neutralise_cell(str(c)) for c in out.columns]
    return out


def to_csv(ranked: pd.DataFrame) -> bytes:
    """UTF-8 with BOM (so Excel shows names right), formulas neutralised, numbers left as numbers."""
    return neutralise_formulas(ranked).to_csv(index=False).encode("utf-8-sig")
