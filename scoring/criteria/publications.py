"""Publication criteria: papers counted by venue tier."""

from __future__ import annotations

import pandas as pd

from scoring.criteria import EVIDENCE_COLUMNS, Context, CriterionResult, criterion
from scoring.model import Publications

DEFAULT_TIER_WEIGHTS = {"A*": 4.0, "A": 2.0, "B": 1.0, "C": 0.5, "Q1": 2.0, "Q2": 1.0, "Q3": 0.5, "Q4": 0.25,
                        "unranked": 0.25, "preprint": 0.0}


@criterion
def tier_publications(
    ctx: Context,
    *,
    tier_weights: dict[str, float] | None = None,
    types: tuple[str, ...] | list[str] = ("conference", "journal", "workshop"),
    since_years: int | None = None,
) -> CriterionResult:
    """Publications weighted by venue tier.

    Each publication of a counted type scores its tier's weight; the criterion is the sum per
    candidate. *since_years* keeps only the last N years.
    """
    weights = DEFAULT_TIER_WEIGHTS | (tier_weights or {})
    pubs = ctx.profiles.publications
    tiers = pubs["tier"] if "tier" in pubs else pd.Series("unranked", index=pubs.index)
    keep = pubs[Publications.type].isin(list(types))
    if since_years is not None:
        keep &= pubs[Publications.year].fillna(0) >= ctx.current_year - since_years + 1
    credit = tiers.map(weights).fillna(0.0).where(keep, 0.0)
    values = credit.groupby(pubs[Publications.candidate_id]).sum()
    values = values.reindex(ctx.profiles.candidates.index, fill_value=0.0).astype(float)
    counted = pubs[keep & (credit > 0)]
    evidence = pd.DataFrame(
        {
            "candidate_id": counted[Publications.candidate_id],
            "criterion": "tier_publications",
            "item": counted[Publications.title],
            "value": credit[counted.index],
            "source_line": counted[Publications.source_line],
            "detail": tiers[counted.index],
        },
        columns=EVIDENCE_COLUMNS,
    )
    return CriterionResult(values=values, evidence=evidence)
