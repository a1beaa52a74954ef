"""The search configuration: TOML -> frozen dataclasses, validated with the key at fault named.

```toml
[search]
title = "Assistant Professor in Deep Learning Optimisation"
description = "We study optimisation for deep learning ..."

[venues]
scheme = "core"                 # core | ccf | sjr | best | custom

[ranking]
normalise = "percentile"        # percentile | minmax | zscore

[criteria.tier_publications]    # table name = registry name; weight is reserved, the rest are kwargs
weight = 0.5
```
"""

from __future__ import annotations

import inspect
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from scoring.errors import ConfigError

__all__ = ["NORMALISERS", "CriterionSpec", "SearchConfig", "dump_config", "load_config", "parse_config"]

NORMALISERS = ("percentile", "minmax", "zscore")
SCHEMES = ("core", "ccf", "sjr", "best", "custom")


@dataclass(frozen=True, slots=True)
class CriterionSpec:
    """One criterion switched on in the config: its weight and keyword parameters."""

    name: str
    weight: float
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SearchConfig:
    """Everything that decides a ranking, as read from the search TOML."""

    title: str = "Faculty search"
    description: str = ""
    scheme: str = "core"
    overrides: dict[str, str] = field(default_factory=dict)
    normalise: str = "percentile"
    criteria: tuple[CriterionSpec, ...] = ()
    filters: dict[str, Any] = field(default_factory=dict)

    def weights(self) -> dict[str, float]:
        return {c.name: c.weight for c in self.criteria}

    def with_weights(self, weights: dict[str, float]) -> SearchConfig:
        """A copy with new weights for the named criteria (others unchanged)."""
        from dataclasses import replace

        specs = tuple(replace(c, weight=float(weights.get(c.name, c.weight))) for c in self.criteria)
        return replace(self, criteria=specs)


def _check_params(name: str, params: dict[str, Any]) -> None:
    from scoring.criteria import get_criterion

    func = get_criterion(name)
    allowed = {
        p.name for p in inspect.signature(func).parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY
    }
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise ConfigError(
            f"criteria.{name}.{unknown[0]}",
            f"unknown parameter; {name} takes {', '.join(sorted(allowed)) or 'no parameters'}",
        )


def parse_config(data: dict[str, Any], *, base: Path | None = None) -> SearchConfig:
    """Validate a TOML document already read into a dict."""
    search = data.get("search", {})
    venues = data.get("venues", {})
    ranking = data.get("ranking", {})
    scheme = venues.get("scheme", "core")
    if scheme not in SCHEMES:
        raise ConfigError("venues.scheme", f"{scheme!r} is not a scheme; use one of {', '.join(SCHEMES)}")
    normalise = ranking.get("normalise", "percentile")
    if normalise not in NORMALISERS:
        raise ConfigError(
            "ranking.normalise", f"{normalise!r} is not allowed; use one of {', '.join(NORMALISERS)}"
        )
    overrides = {str(k): str(v) for k, v in venues.get("overrides", {}).items()}
    specs: list[CriterionSpec] = []
    for name, table in data.get("criteria", {}).items():
        if not isinstance(table, dict):
            raise ConfigError(f"criteria.{name}", "must be a table ([criteria.NAME])")
        params = dict(table)
        weight = params.pop("weight", 1.0)
        if not isinstance(weight, int | float) or weight < 0:
            raise ConfigError(f"criteria.{name}.weight", f"must be a number >= 0, got {weight!r}")
        _check_params(name, params)
        specs.append(CriterionSpec(name=name, weight=float(weight), params=params))
    del base  # reserved for paths relative to the config file
    return SearchConfig(
        title=str(search.get("title", "Faculty search")),
        description=str(search.get("description", "")),
        scheme=scheme,
        overrides=overrides,
        normalise=normalise,
        criteria=tuple(specs),
        filters=dict(data.get("filters", {})),
    )


def load_config(path: Path) -> SearchConfig:
    """Read and validate a search config file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("", f"{path} is not valid TOML: {exc}") from exc
    return parse_config(data, base=path.parent)


def dump_config(config: SearchConfig) -> str:
    """The config as TOML text, the inverse of ``parse_config``."""
    doc: dict[str, Any] = {
        "search": {"title": config.title, "description": config.description},
        "venues": {"scheme": config.scheme, **({"overrides": config.overrides} if config.overrides else {})},
        "ranking": {"normalise": config.normalise},
        "criteria": {c.name: {"weight": c.weight, **c.params} for c in config.criteria},
    }
    if config.filters:
        doc["filters"] = config.filters
    return tomli_w.dumps(doc)
