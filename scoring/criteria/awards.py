"""Awards and honours, put in categories by editable rules and weighted per category."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from scoring.criteria import Context, CriterionResult, count_table, criterion, empty_evidence
from scoring.criteria.rules import OTHER, categorise, check_rules
from scoring.defaults import AWARD_RULES, AWARD_WEIGHTS
from scoring.errors import ConfigError
from scoring.model import Awards, Publications

__all__ = ["award_categories", "awards"]

_PAPER_CATEGORIES = ("best_paper", "finalist")


def _check(params: dict[str, Any]) -> None:
    if "rules" in params:
        check_rules("rules", params["rules"])
    weights = AWARD_WEIGHTS | params.get("category_weights", {})
    missing = sorted((set(params.get("rules", AWARD_RULES)) | {OTHER}) - set(weights))
    if missing:
        raise ConfigError(
            key="category_weights", reason=f"no weight for award categories {', '.join(missing)}"
        )
    if params.get("since_years") == 0:
        raise ConfigError(
            key="since_years", reason="must be at least 1 (the current year); omit it to count all years"
        )


def award_categories(names: pd.Series, rules: dict[str, list[str]] | None = None) -> pd.Series:
    """The category of each award name under *rules* (default: ``AWARD_RULES``)."""
    return pd.Series(categorise(names.astype(object), rules or AWARD_RULES), index=names.index, dtype=object)


def _items(ctx: Context, include_paper_notes: bool, rules: dict[str, list[str]]) -> pd.DataFrame:
    """Award rows, plus paper notes such as "Best Paper Award" when asked for."""
    aw = ctx.profiles.awards
    items = pd.DataFrame(
        {
            "candidate_id": aw[Awards.candidate_id].to_numpy(dtype=object),
            "name": aw[Awards.name].astype(str).to_numpy(dtype=object),
            "year": pd.to_numeric(aw[Awards.year], errors="coerce").to_numpy(dtype=float),
            "source_line": aw[Awards.source_line].to_numpy(dtype=object),
            "source_text": aw[Awards.source_text].to_numpy(dtype=object),
            "row_id": aw[Awards.award_id].to_numpy(dtype=object),
            "kind": "award",
        }
    )
    items["category"] = categorise(items["name"], rules)
    if include_paper_notes:
        pubs = ctx.profiles.publications
        noted = pubs[pubs[Publications.note].notna()]
        category = categorise(noted[Publications.note].astype(str), rules)
        hit = np.isin(category, _PAPER_CATEGORIES)
        noted = noted[hit]
        paper_items = pd.DataFrame(
            {
                "candidate_id": noted[Publications.candidate_id].to_numpy(dtype=object),
                "name": (noted[Publications.note].astype(str) + ": " + noted[Publications.title]).to_numpy(),
                "year": pd.to_numeric(noted[Publications.year], errors="coerce").to_numpy(dtype=float),
                "source_line": noted[Publications.source_line].to_numpy(dtype=object),
                "source_text": noted[Publications.source_text].to_numpy(dtype=object),
                "row_id": noted[Publications.pub_id].to_numpy(dtype=object),
                "kind": "publication",
                "category": np.asarray(category, dtype=object)[hit],
            }
        )
        items = pd.concat([items, paper_items], ignore_index=True) if len(paper_items) else items
    return items


@criterion(validate=_check)
def awards(
    ctx: Context,
    *,
    category_weights: dict[str, float] | None = None,
    rules: dict[str, list[str]] | None = None,
    since_years: int | None = None,
    max_per_category: int | None = None,
    include_paper_notes: bool = False,
) -> CriterionResult:
    """Awards and honours by category.

    Each award is put in the first category whose rule matches its name (best paper, fellowship,
    early-career or faculty award, scholarship, competition medal, finalist or nominee, else other)
    and scores that category's weight; the criterion is the sum per candidate.

    Args:
        category_weights: Weight per category; categories not given keep their default.
        rules: Category -> regular expressions, tried in order (first match wins); replaces the
            default rules. Names no rule matches are "other".
        since_years: Count only awards of the last N years; undated awards then do not count.
        max_per_category: Count at most this many awards per category (most recent first).
        include_paper_notes: Also count best-paper and finalist notes printed next to papers (off
            by default: a CV often lists the same award in both places).
    """
    weights = AWARD_WEIGHTS | (category_weights or {})
    items = _items(ctx, include_paper_notes, rules or AWARD_RULES)
    cands = ctx.profiles.candidates
    weight = items["category"].map(weights).fillna(0.0).to_numpy(dtype=float)
    counted = np.ones(len(items), dtype=bool)
    detail = items["category"].astype(str).to_numpy(dtype=object)
    if since_years is not None:
        inside = (items["year"] >= ctx.current_year - since_years + 1).to_numpy()
        detail = np.where(
            items["year"].isna(),
            detail + "; undated: not counted in the window",
            np.where(inside, detail, detail + "; outside the window"),
        )
        counted = counted & inside
    if max_per_category is not None:
        # most recent first, undated last; stable on the CV order among equals
        order = items.assign(_counted=counted, _year=items["year"].fillna(-1.0))
        order = order[order["_counted"]].sort_values("_year", ascending=False, kind="mergesort")
        nth = order.groupby(["candidate_id", "category"]).cumcount()
        over = nth.index[nth >= max_per_category]
        counted[over] = False
        detail[over] = detail[over] + f"; over the cap of {max_per_category} per category"
    value = np.where(counted, weight, 0.0)
    values = pd.Series(value).groupby(items["candidate_id"]).sum()
    values = values.reindex(cands.index, fill_value=0.0).astype(float)
    breakdown = pd.DataFrame(index=cands.index)
    counts = count_table(
        items.loc[counted, "candidate_id"], items.loc[counted, "category"], cands.index, list(weights)
    )
    breakdown = breakdown.join(counts.add_prefix("n_"))
    evidence = pd.DataFrame(
        {
            "candidate_id": items["candidate_id"],
            "criterion": "awards",
            "item": items["name"],
            "value": value,
            "source_line": items["source_line"],
            "detail": detail,
            "kind": items["kind"],
            "row_id": items["row_id"],
            "source_text": items["source_text"],
        }
    )
    return CriterionResult(
        values=values, evidence=evidence if len(evidence) else empty_evidence(), breakdown=breakdown
    )
