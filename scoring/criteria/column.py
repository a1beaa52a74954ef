"""Any numeric column of the candidates frame (the committee's own ratings, say) as a criterion."""

from __future__ import annotations

from typing import Any, Literal

import pandas as pd

from scoring.criteria import Context, CriterionResult, criterion, evidence_frame
from scoring.errors import ConfigError

__all__ = ["column"]

Missing = Literal["median", "min", "max", "zero"]


def _check(params: dict[str, Any]) -> None:
    if not params.get("column"):
        raise ConfigError(key="column", reason='name the candidates column to use, e.g. column = "rating"')


@criterion(validate=_check)
def column(
    ctx: Context,
    *,
    column: str = "",
    higher_is_better: bool = True,
    missing: Missing = "median",
) -> CriterionResult:
    """A numeric column of the candidates table.

    Uses a column the committee added (their own ratings, a teaching score...) as it is. Use the
    config key ``use = "column"`` in a table with your own name, so several columns can count.

    Args:
        column: Name of the column in the candidates table.
        higher_is_better: Whether larger numbers are better; off reverses the ranking order.
        missing: Value for candidates without a number: the pool's median (neutral), min, max or zero.
    """
    cands = ctx.profiles.candidates
    if column not in cands:
        numeric = [c for c in cands.columns if pd.api.types.is_numeric_dtype(cands[c])]
        raise ConfigError(
            key="column",
            reason=f"no column {column!r} in the candidates table; numeric columns: "
            f"{', '.join(map(str, numeric)) or 'none'}",
        )
    raw = pd.to_numeric(cands[column], errors="coerce").astype(float)
    present = raw.dropna()
    fill = {"median": present.median(), "min": present.min(), "max": present.max(), "zero": 0.0}[missing]
    values = raw.fillna(fill if pd.notna(fill) else 0.0)
    evidence = evidence_frame(
        len(cands),
        candidate_id=cands.index.to_numpy(),
        criterion="column",
        item=column,
        value=values.to_numpy(),
        detail=["" if pd.notna(v) else f"no value: {missing} of the pool used" for v in raw],
        kind="candidate",
    )
    return CriterionResult(values=values, evidence=evidence, higher_is_better=higher_is_better)
