"""The committee's mean rating as a ranking criterion (the ``column`` criterion on ``committee_rating``)."""

from __future__ import annotations

from dataclasses import replace

from scoring.config import CriterionSpec, SearchConfig
from scoring.workspace.ratings import COMMITTEE_COLUMN

__all__ = ["uses_committee_rating", "with_committee_criterion"]


def uses_committee_rating(config: SearchConfig) -> bool:
    """Whether a criterion of *config* already ranks on the committee's mean rating."""
    return any(c.kind == "column" and c.params.get("column") == COMMITTEE_COLUMN for c in config.criteria)


def with_committee_criterion(config: SearchConfig, *, weight: float = 0.2) -> SearchConfig:
    """*config* with a criterion on the committee's mean rating; unrated candidates get the median.

    The median keeps a candidate nobody has rated yet from gaining or losing rank for it.

    Examples:
        >>> cfg = with_committee_criterion(SearchConfig())
        >>> cfg.weights(), uses_committee_rating(cfg)
        ({'committee_rating': 0.2}, True)
    """
    if uses_committee_rating(config):
        return config
    spec = CriterionSpec(
        name=COMMITTEE_COLUMN,
        weight=weight,
        params={"column": COMMITTEE_COLUMN, "missing": "median"},
        use="column",
        label="Committee rating",
    )
    return replace(config, criteria=(*config.criteria, spec))
