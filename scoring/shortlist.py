"""The shortlist the committee takes away: chosen rows of the ranking, with counts and notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from scoring.config import SearchConfig
from scoring.workspace.configs import export_metadata

__all__ = ["build_shortlist", "describe_config"]


def describe_config(config: SearchConfig) -> str:
    """One line naming what decided the ranking: scheme, normalisation, weights, overrides.

    Examples:
        >>> from scoring.config import CriterionSpec
        >>> describe_config(SearchConfig(criteria=(CriterionSpec("awards", 0.25),)))
        'Faculty search; venues=core; normalise=percentile; weights: awards=0.25'
    """
    weights = ", ".join(f"{c.name}={c.weight:g}" for c in config.criteria)
    parts = [config.title, f"venues={config.scheme}", f"normalise={config.normalise}", f"weights: {weights}"]
    if config.overrides:
        parts.append(f"{len(config.overrides)} tier overrides")
    return "; ".join(parts)


def build_shortlist(
    ranked: pd.DataFrame,
    summary: pd.DataFrame,
    config: SearchConfig,
    *,
    selected: Sequence[str] | None = None,
    top_k: int | None = None,
    notes: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Rows of *ranked* for the *selected* candidate ids (in rank order), or else the *top_k*.

    Adds the counts from *summary* (indexed by candidate id), the committee's *notes*, a ``config``
    column describing the search and the config's hash and program version (the saved TOML with
    that hash reproduces the ranking), so the file explains itself when opened later.
    """
    rows = ranked[ranked["candidate_id"].isin(list(selected))] if selected else ranked
    if top_k is not None and not selected:
        rows = rows.head(top_k)
    out = rows.join(summary.drop(columns=[c for c in summary.columns if c in rows.columns]), on="candidate_id")
    out["notes"] = pd.Series([str((notes or {}).get(cid, "")) for cid in out["candidate_id"]], index=out.index,
                             dtype=str)
    meta = export_metadata(config)
    out["config"] = describe_config(config)
    out["config_hash"] = meta["config_hash"]
    out["facultyscreen_version"] = meta["facultyscreen_version"]
    return out.reset_index(drop=True)
