"""Criteria values -> one ranked frame: normalise, weight, sum, break ties deterministically."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from scoring.config import SearchConfig
from scoring.criteria import EVIDENCE_COLUMNS, Context, get_criterion
from scoring.model import Candidates, Profiles
from scoring.venues import assign_tiers

__all__ = ["Scored", "normalise", "rank", "score"]


@dataclass(frozen=True, slots=True)
class Scored:
    """Raw criterion values and their evidence, computed once per pool and config."""

    profiles: Profiles
    raw: pd.DataFrame  # candidates x criteria
    evidence: pd.DataFrame


def normalise(values: pd.Series, method: str) -> pd.Series:
    """Put one criterion on a 0..1 scale (z-score: mean 0, sd 1)."""
    if values.nunique() <= 1:
        return pd.Series(0.0, index=values.index)
    match method:
        case "percentile":
            return values.rank(method="average", pct=True)
        case "minmax":
            return (values - values.min()) / (values.max() - values.min())
        case "zscore":
            return (values - values.mean()) / values.std(ddof=0)
        case _:
            raise ValueError(method)


def score(profiles: Profiles, config: SearchConfig) -> Scored:
    """Resolve tiers and compute every configured criterion's raw values."""
    pubs = assign_tiers(profiles.publications, scheme=config.scheme, overrides=config.overrides)
    profiles = replace(profiles, publications=pubs)
    ctx = Context(profiles=profiles, description=config.description)
    raw: dict[str, pd.Series] = {}
    evidence = [pd.DataFrame(columns=EVIDENCE_COLUMNS)]
    for spec in config.criteria:
        result = get_criterion(spec.name)(ctx, **spec.params)
        raw[spec.name] = result.values.reindex(profiles.candidates.index).fillna(0.0).astype(float)
        if len(result.evidence):
            evidence.append(result.evidence)
    frame = pd.DataFrame(raw, index=profiles.candidates.index)
    return Scored(profiles=profiles, raw=frame, evidence=pd.concat(evidence, ignore_index=True))


def rank(scored: Scored, config: SearchConfig) -> pd.DataFrame:
    """The ranked table: rank, name, total, then per criterion its raw value and contribution.

    Ties in total keep a stable order by name, then candidate id.
    """
    cands = scored.profiles.candidates
    out = pd.DataFrame(
        {"candidate_id": cands.index, "name": cands[Candidates.name].to_numpy()}, index=cands.index
    )
    weights = config.weights()
    wsum = sum(weights.values()) or 1.0
    total = pd.Series(0.0, index=cands.index)
    for name in scored.raw.columns:
        contribution = normalise(scored.raw[name], config.normalise) * weights.get(name, 0.0) / wsum
        out[name] = scored.raw[name]
        out[f"{name}__contribution"] = contribution
        total += contribution
    out["total"] = total.round(12)
    out = out.sort_values(["total", "name", "candidate_id"], ascending=[False, True, True], kind="mergesort")
    out.insert(0, "rank", np.arange(1, len(out) + 1))
    return out.reset_index(drop=True)
