"""The config used when a pool comes without a search.toml."""

from __future__ import annotations

from scoring.config import CriterionSpec, SearchConfig

__all__ = ["default_config"]


def default_config() -> SearchConfig:
    """Publications by tier count most, then topic match, then awards."""
    return SearchConfig(
        criteria=(
            CriterionSpec("tier_publications", 0.5),
            CriterionSpec("topic_match", 0.3),
            CriterionSpec("awards", 0.2),
        )
    )
