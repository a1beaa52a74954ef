"""Filters from the ``[filters]`` table of the search config: hide candidates, keep their ranks.

```toml
[filters]
min_publications = 3        # at least this many parsed publications
phd_year_from = 2012        # PhD awarded in or after this year (missing year: kept)
phd_year_to = 2024
hide_doubtful = true        # hide candidates whose parse raised warnings
```
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from scoring.errors import ConfigError
from scoring.model import Candidates, Profiles

__all__ = ["FILTER_KEYS", "apply_filters"]

FILTER_KEYS = ("min_publications", "phd_year_from", "phd_year_to", "hide_doubtful")


def _int(filters: dict[str, Any], key: str) -> int | None:
    value = filters.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"filters.{key}", f"must be a whole number, got {value!r}")
    return int(value)


def apply_filters(ranked: pd.DataFrame, profiles: Profiles, filters: dict[str, Any]) -> pd.DataFrame:
    """The rows of *ranked* whose candidates pass every filter; ranks are not renumbered.

    Raises:
        ConfigError: an unknown filter key or a value of the wrong type.
    """
    unknown = sorted(set(filters) - set(FILTER_KEYS))
    if unknown:
        raise ConfigError(f"filters.{unknown[0]}", f"unknown filter; use one of {', '.join(FILTER_KEYS)}")
    cands = profiles.candidates.reindex(ranked["candidate_id"])
    keep = pd.Series(True, index=cands.index)
    if (n := _int(filters, "min_publications")) is not None:
        keep &= cands[Candidates.n_publications] >= n
    phd = cands[Candidates.phd_year]
    if (y := _int(filters, "phd_year_from")) is not None:
        keep &= phd.isna() | (phd >= y)
    if (y := _int(filters, "phd_year_to")) is not None:
        keep &= phd.isna() | (phd <= y)
    if filters.get("hide_doubtful"):
        keep &= cands[Candidates.confidence] == "ok"
    return ranked[keep.fillna(True).to_numpy(dtype=bool)]
