"""Publications counted by venue tier, with authorship credit, a recency window and career age."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from scoring.criteria import Context, CriterionResult, count_table, criterion, empty_evidence
from scoring.criteria.career import career_years
from scoring.defaults import COUNTED_TYPES, TIER_WEIGHTS
from scoring.errors import ConfigError
from scoring.model import PUBLICATION_TYPES, Publications, PublicationType

__all__ = ["tier_publications"]

Authorship = Literal["full", "fractional", "first_last"]


def _check(params: dict[str, Any]) -> None:
    if params.get("floor_years", 3.0) <= 0 and params.get("per_year"):
        raise ConfigError(
            key="floor_years", reason="must be > 0 when per_year is on (it is the smallest divisor)"
        )
    if params.get("since_years") == 0:
        raise ConfigError(
            key="since_years", reason="must be at least 1 (the current year); omit it to count all years"
        )
    unknown = sorted(set(params.get("types", ())) - set(PUBLICATION_TYPES))
    if unknown:
        raise ConfigError(
            key="types", reason=f"unknown types {unknown}; use any of {', '.join(PUBLICATION_TYPES)}"
        )


def _credit(pubs: pd.DataFrame, authorship: Authorship, middle: float) -> np.ndarray:
    """Authorship credit per publication."""
    n = pd.to_numeric(pubs[Publications.n_authors], errors="coerce").to_numpy(dtype=float)
    pos = pd.to_numeric(pubs[Publications.candidate_author_position], errors="coerce").to_numpy(dtype=float)
    match authorship:
        case "full":
            return np.ones(len(pubs))
        case "fractional":
            # Unknown author counts get full credit rather than a guess; the evidence says so.
            return np.where(np.isnan(n) | (n < 1), 1.0, 1.0 / np.maximum(n, 1.0))
        case "first_last":
            lead = (pos == 1) | ((pos == n) & ~np.isnan(n))
            return np.where(np.isnan(pos) | lead, 1.0, middle)
        case _:
            raise ConfigError(key="authorship", reason=f"{authorship!r}; use full, fractional or first_last")


def _credit_notes(pubs: pd.DataFrame, authorship: Authorship, middle: float) -> list[str]:
    """How the authorship credit of each publication was decided, in words (for the evidence)."""
    n = pd.to_numeric(pubs[Publications.n_authors], errors="coerce").to_numpy(dtype=float)
    pos = pd.to_numeric(pubs[Publications.candidate_author_position], errors="coerce").to_numpy(dtype=float)
    if authorship == "fractional":
        return ["author count unknown" if math.isnan(k) else f"1/{int(k)} authors" for k in n]
    if authorship == "first_last":
        lead = (pos == 1) | ((pos == n) & ~np.isnan(n))
        return [
            "position unknown" if u else ("first/last author" if ld else f"middle author x{middle:g}")
            for u, ld in zip(np.isnan(pos), lead, strict=True)
        ]
    return [""] * len(pubs)


_EVIDENCE_SOURCE_COLUMNS = (
    Publications.candidate_id,
    Publications.title,
    Publications.source_line,
    Publications.pub_id,
    Publications.source_text,
    Publications.n_authors,
    Publications.candidate_author_position,
)


@dataclass(frozen=True, slots=True, eq=False)
class _PublicationEvidence:
    """The papers behind the values, kept as row positions and numbers; rows are built when read.

    A pool of 10,000 candidates holds most of a million papers: their titles, details and source
    text as one frame would cost more than the pool itself, and a page shows a few candidates.
    """

    publications: pd.DataFrame  # the pool's own frame, not a copy
    row: np.ndarray  # positions of the shown papers in ``publications``, in frame order
    owner: np.ndarray  # candidate position of each shown paper (-1: not in the candidates frame)
    value: np.ndarray
    undated: np.ndarray  # outside a recency window's reach: shown, not counted
    divisor: np.ndarray | None  # career years per shown paper under per_year
    weights: dict[str, float]
    authorship: Authorship
    middle: float

    def rows(self, positions: np.ndarray | None = None) -> pd.DataFrame:
        """The evidence rows of the candidates at *positions* (every candidate when ``None``)."""
        pick = (
            slice(None) if positions is None else np.isin(self.owner, np.asarray(positions, dtype=np.int64))
        )
        row = self.row[pick]
        if len(row) == 0:
            return empty_evidence()
        frame = self.publications
        needed = [c for c in (*_EVIDENCE_SOURCE_COLUMNS, "tier") if c in frame]
        pubs = frame[needed].iloc[row]  # only the columns read: taking all of a large frame's is slow
        tiers = pubs["tier"].astype(str) if "tier" in pubs else pd.Series("unranked", index=pubs.index)
        details = _details(
            tiers.to_numpy(dtype=object),
            self.undated[pick],
            _credit_notes(pubs, self.authorship, self.middle),
            None if self.divisor is None else self.divisor[pick],
            self.weights,
        )
        return pd.DataFrame(
            {
                "candidate_id": pubs[Publications.candidate_id].to_numpy(),
                "criterion": "tier_publications",
                "item": pubs[Publications.title].to_numpy(),
                "value": self.value[pick],
                "source_line": pubs[Publications.source_line].to_numpy(),
                "detail": details,
                "kind": "publication",
                "row_id": pubs[Publications.pub_id].to_numpy(),
                "source_text": pubs[Publications.source_text].to_numpy(),
            }
        )


def _details(
    tiers: np.ndarray,
    undated: np.ndarray,
    notes: list[str],
    divisor: np.ndarray | None,
    weights: dict[str, float],
) -> list[str]:
    """The detail line of each shown paper: its tier weight, credit and divisor, or why it is not counted."""
    details = []
    for i, tier in enumerate(tiers):
        if undated[i]:
            details.append("undated: cannot tell if inside the window, not counted")
            continue
        parts = [f"{tier} = {weights.get(tier, 0.0):g}"]
        if tier not in weights:
            parts.append(f"tier {tier!r} has no weight")
        if notes[i]:
            parts.append(notes[i])
        if divisor is not None:
            parts.append(f"/ {divisor[i]:g} years")
        details.append("; ".join(parts))
    return details


@criterion(validate=_check)
def tier_publications(
    ctx: Context,
    *,
    tier_weights: dict[str, float] | None = None,
    types: tuple[PublicationType, ...] = COUNTED_TYPES,  # type: ignore[assignment]
    since_years: int | None = None,
    authorship: Authorship = "full",
    middle_author_credit: float = 0.5,
    per_year: bool = False,
    floor_years: float = 3.0,
    career_breaks: dict[str, float] | None = None,
) -> CriterionResult:
    """Publications weighted by venue tier.

    Each counted publication scores its tier's weight times the candidate's authorship credit;
    the criterion is the sum per candidate, optionally divided by the years since the PhD. The
    papers per tier are shown beside the value (``n_<tier>``), because committees read counts.

    Args:
        tier_weights: Weight per tier; tiers not given keep their default (A*=4, A=2, B=1, C=0.5,
            Q1=2 ... unranked=0.25, preprint=0).
        types: Publication types that count (conference, journal, workshop, preprint, ...).
        since_years: Count only the last N years (including the current one); undated papers
            then do not count. Omit to count every year.
        authorship: full (every paper counts 1), fractional (1/N authors, as CSRankings does) or
            first_last (first or last author 1, others middle_author_credit).
        middle_author_credit: Credit of a middle author under first_last.
        per_year: Divide by years since the PhD (else since the first paper), less career breaks.
        floor_years: Smallest divisor under per_year, so a fresh PhD is not divided by ~0.
        career_breaks: Years to subtract per candidate id (parental leave, illness, care).
    """
    weights = TIER_WEIGHTS | (tier_weights or {})
    pubs = ctx.profiles.publications
    cands = ctx.profiles.candidates
    tiers = pubs["tier"].astype(str) if "tier" in pubs else pd.Series("unranked", index=pubs.index)
    keep = pubs[Publications.type].isin(list(types)).to_numpy()
    years = pd.to_numeric(pubs[Publications.year], errors="coerce")
    undated = np.zeros(len(pubs), dtype=bool)
    if since_years is not None:
        undated = keep & years.isna().to_numpy()
        keep = keep & (years >= ctx.current_year - since_years + 1).fillna(False).to_numpy(dtype=bool)
    tier_weight = tiers.map(weights).fillna(0.0).to_numpy(dtype=float)
    credit = _credit(pubs, authorship, middle_author_credit)
    divisor = pd.Series(1.0, index=cands.index)
    breakdown = pd.DataFrame(index=cands.index)
    if per_year:
        age = career_years(ctx, career_breaks)
        cap = float(since_years) if since_years is not None else math.inf
        divisor = age["years"].clip(lower=min(floor_years, cap), upper=cap)
        breakdown["career_years"] = divisor
        breakdown["career_basis"] = age["basis"]  # "phd", "first_paper" or "unknown": say which
    item_divisor = divisor.reindex(pubs[Publications.candidate_id]).fillna(1.0).to_numpy(dtype=float)
    value = np.where(keep, tier_weight * credit / item_divisor, 0.0)
    owners = pubs[Publications.candidate_id]
    values = pd.Series(value, index=pubs.index).groupby(owners).sum()
    values = values.reindex(cands.index, fill_value=0.0).astype(float)

    order = sorted(set(tiers[keep]), key=lambda t: (-weights.get(t, 0.0), t))
    counts = count_table(owners[keep], tiers[keep], cands.index, order)
    breakdown = breakdown.join(counts.add_prefix("n_"))

    shown = np.flatnonzero(keep | undated)
    evidence = _PublicationEvidence(
        publications=pubs,
        row=shown,
        owner=cands.index.get_indexer(owners.iloc[shown]),
        value=value[shown],
        undated=undated[shown],
        divisor=item_divisor[shown] if per_year else None,
        weights=weights,
        authorship=authorship,
        middle=middle_author_credit,
    )
    return CriterionResult(values=values, evidence=evidence, breakdown=breakdown)
