"""Award criteria."""

from __future__ import annotations

import pandas as pd

from scoring.criteria import EVIDENCE_COLUMNS, Context, CriterionResult, criterion
from scoring.model import Awards


@criterion
def awards(ctx: Context, *, per_award: float = 1.0) -> CriterionResult:
    """Awards and honours.

    Each award found in the CV scores *per_award*.
    """
    rows = ctx.profiles.awards
    values = rows.groupby(Awards.candidate_id).size().astype(float) * per_award
    values = values.reindex(ctx.profiles.candidates.index, fill_value=0.0)
    evidence = pd.DataFrame(
        {
            "candidate_id": rows[Awards.candidate_id],
            "criterion": "awards",
            "item": rows[Awards.name],
            "value": per_award,
            "source_line": rows[Awards.source_line],
            "detail": "",
        },
        columns=EVIDENCE_COLUMNS,
    )
    return CriterionResult(values=values, evidence=evidence)
