"""Career stage: years since the PhD and the current position, as criteria and as filter inputs."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from scoring.criteria import Context, CriterionResult, criterion, evidence_frame
from scoring.criteria.rules import categorise, check_rules
from scoring.defaults import POSITION_RULES, POSITION_SCORES
from scoring.errors import ConfigError
from scoring.model import Candidates, Publications

__all__ = ["career_stage", "career_years", "position", "position_categories"]


def career_years(ctx: Context, breaks: dict[str, float] | None = None) -> pd.DataFrame:
    """Academic age per candidate: years since the PhD, else since the first dated paper.

    Columns: ``years`` (float, >= 0, career breaks already subtracted), ``basis`` (``"phd"``,
    ``"first_paper"`` or ``"unknown"``) and ``breaks`` (years subtracted). Breaks come from the
    *breaks* mapping (candidate id -> years) plus a ``career_break_years`` column when the
    committee added one to the candidates frame.
    """
    cands = ctx.profiles.candidates
    pubs = ctx.profiles.publications
    phd = pd.to_numeric(cands[Candidates.phd_year], errors="coerce").astype(float)
    first = (
        pd.to_numeric(pubs[Publications.year], errors="coerce").groupby(pubs[Publications.candidate_id]).min()
    )
    first = first.reindex(cands.index).astype(float)
    start = phd.where(phd.notna(), first)
    basis = np.where(phd.notna(), "phd", np.where(first.notna(), "first_paper", "unknown"))
    gap = pd.Series(0.0, index=cands.index)
    if "career_break_years" in cands:
        gap += pd.to_numeric(cands["career_break_years"], errors="coerce").fillna(0.0).clip(lower=0.0)
    if breaks:
        gap += pd.Series(breaks, dtype=float).reindex(cands.index).fillna(0.0)
    years = (ctx.current_year - start - gap).clip(lower=0.0)
    return pd.DataFrame({"years": years, "basis": basis, "breaks": gap}, index=cands.index)


def _check_window(params: dict[str, Any]) -> None:
    low, high = params.get("preferred_min", 0.0), params.get("preferred_max", 8.0)
    if low > high:
        raise ConfigError(key="preferred_min", reason=f"must not exceed preferred_max ({low} > {high})")


@criterion(validate=_check_window)
def career_stage(
    ctx: Context,
    *,
    preferred_min: float = 0.0,
    preferred_max: float = 8.0,
    decay_per_year: float = 0.2,
    missing: float = 0.5,
    career_breaks: dict[str, float] | None = None,
) -> CriterionResult:
    """Career stage fits the post.

    1 when the years since the PhD (less career breaks) fall in the preferred window, falling by
    *decay_per_year* for each year outside it, never below 0. A PhD not yet finished counts as 0
    years.

    Args:
        preferred_min: Fewest years since the PhD that fit the post fully.
        preferred_max: Most years since the PhD that fit the post fully.
        decay_per_year: How much the value drops per year outside the window.
        missing: Value given when no PhD year was found (shown in the evidence).
        career_breaks: Years to subtract per candidate id (parental leave, illness, care).
    """
    cands = ctx.profiles.candidates
    phd = pd.to_numeric(cands[Candidates.phd_year], errors="coerce").astype(float)
    gap = career_years(ctx, career_breaks)["breaks"]
    years = (ctx.current_year - phd - gap).clip(lower=0.0)
    distance = (preferred_min - years).clip(lower=0.0) + (years - preferred_max).clip(lower=0.0)
    values = (1.0 - decay_per_year * distance).clip(lower=0.0).fillna(missing).astype(float)
    detail = [
        f"{y:g} years since PhD" + (f" after {g:g} break years" if g else "")
        if pd.notna(y)
        else "no PhD year found: neutral value used"
        for y, g in zip(years, gap, strict=True)
    ]
    evidence = evidence_frame(
        len(cands),
        candidate_id=cands.index.to_numpy(),
        criterion="career_stage",
        item=["PhD " + (str(int(y)) if pd.notna(y) else "year unknown") for y in phd],
        value=values.to_numpy(),
        detail=detail,
        kind="candidate",
    )
    breakdown = pd.DataFrame({"years": years}, index=cands.index)
    return CriterionResult(values=values, evidence=evidence, breakdown=breakdown)


def position_categories(ctx: Context, rules: dict[str, list[str]] | None = None) -> pd.Series:
    """The position category of each candidate's current position (``other`` when none matches)."""
    cands = ctx.profiles.candidates
    texts = (
        cands[Candidates.current_position]
        .astype(object)
        .where(cands[Candidates.current_position].notna(), None)
    )
    return pd.Series(categorise(texts, rules or POSITION_RULES), index=cands.index, dtype=object)


def _check_position(params: dict[str, Any]) -> None:
    if "rules" in params:
        check_rules("rules", params["rules"])
    scores = POSITION_SCORES | params.get("category_scores", {})
    missing = sorted(set(params.get("rules", POSITION_RULES)) - set(scores))
    if missing:
        raise ConfigError(
            key="category_scores", reason=f"no score for position categories {', '.join(missing)}"
        )


@criterion(validate=_check_position)
def position(
    ctx: Context,
    *,
    category_scores: dict[str, float] | None = None,
    rules: dict[str, list[str]] | None = None,
) -> CriterionResult:
    """Current position suits the post.

    The current position is put in a category by the first rule that matches (postdoc, assistant
    professor, PhD student...) and scores that category's value.

    Args:
        category_scores: Value per position category; categories not given keep their default.
        rules: Category -> regular expressions, tried in order; replaces the default rules.
    """
    scores = POSITION_SCORES | (category_scores or {})
    categories = position_categories(ctx, rules)
    values = categories.map(scores).fillna(0.0).astype(float)
    cands = ctx.profiles.candidates
    evidence = evidence_frame(
        len(cands),
        candidate_id=cands.index.to_numpy(),
        criterion="position",
        item=cands[Candidates.current_position].fillna("(not found)").astype(str).to_numpy(),
        value=values.to_numpy(),
        detail=categories.to_numpy(),
        kind="candidate",
    )
    return CriterionResult(values=values, evidence=evidence)
