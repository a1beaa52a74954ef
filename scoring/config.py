"""The search configuration: TOML -> frozen dataclasses, validated with the key at fault named.

```toml
[search]
title = "Assistant Professor in Deep Learning Optimisation"
description = "We study optimisation for deep learning ..."
current_year = 2026             # pins "last N years" and career age; default: this year

[venues]
scheme = "core"                 # core | ccf | sjr | best | custom
overrides = { "OPT" = "B" }     # venue -> tier, applied by the venue resolver

[ranking]
normalise = "percentile"        # percentile | minmax | zscore

[criteria.tier_publications]    # table name = registry name; weight is reserved, the rest are kwargs
weight = 0.5
authorship = "fractional"

[criteria.committee_rating]     # any name, with use = a registry name: here a numeric column
use = "column"
label = "Committee rating"
column = "rating"
weight = 0.1

[filters]
phd_year_min = 2016

[sensitivity]
spread = 0.25                   # each weight drawn within +-25 %
```
Every error is a ``ConfigError`` whose ``key`` is the dotted TOML key and whose message says what
is allowed.
"""

from __future__ import annotations

import inspect
import tomllib
import typing
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import tomli_w

from scoring.config_checks import check_params, check_table
from scoring.errors import ConfigError
from scoring.venues import SCHEMES, assign_tiers
from scoring.venues.tiers import check_overrides, load_overrides

__all__ = [
    "NORMALISERS",
    "CriterionSpec",
    "Filters",
    "SearchConfig",
    "SensitivitySettings",
    "dump_config",
    "load_config",
    "parse_config",
]

NORMALISERS = ("percentile", "minmax", "zscore")
_RESERVED = ("weight", "use", "label")


@dataclass(frozen=True, slots=True)
class CriterionSpec:
    """One criterion switched on in the config: its weight and keyword parameters.

    ``name`` is the TOML table name and the column name in the ranking; ``use`` names the
    registered criterion when it differs (several ``column`` criteria, say).
    """

    name: str
    weight: float
    params: dict[str, Any] = field(default_factory=dict)
    use: str | None = None
    label: str | None = None

    @property
    def kind(self) -> str:
        """The registry name of the criterion this spec runs."""
        return self.use or self.name


@dataclass(frozen=True, slots=True)
class Filters:
    """Hard filters: a candidate failing one is left out of the ranking (with the reason kept).

    Attributes:
        phd_year_min: Earliest PhD year accepted.
        phd_year_max: Latest PhD year accepted (a PhD expected later is still "not yet").
        keep_missing_phd_year: Whether a candidate whose PhD year was not found passes the year range.
        min_topic_match: Smallest topic match (0..1) accepted; needs a topic_match criterion.
        positions: Position categories accepted (see the position criterion); empty = all.
        min_publications: Fewest publications of any type accepted.
    """

    phd_year_min: int | None = None
    phd_year_max: int | None = None
    keep_missing_phd_year: bool = True
    min_topic_match: float | None = None
    positions: tuple[str, ...] = ()
    min_publications: int | None = None

    def is_active(self) -> bool:
        """Whether any filter can exclude someone."""
        return self != replace(Filters(), keep_missing_phd_year=self.keep_missing_phd_year)


@dataclass(frozen=True, slots=True)
class SensitivitySettings:
    """How ranking sensitivity is estimated (see ``scoring.sensitivity``).

    Attributes:
        spread: Each weight is drawn uniformly within +-spread of its value (0.25 = +-25 %).
        draws: Number of Monte Carlo draws.
        top_k: Size of the shortlist whose stability is reported.
        seed: Random seed, so a report can be reproduced.
        tolerance: A candidate is fragile when their shortlist membership flips in more than this
            share of draws.
        low: Lower percentile of the rank interval.
        high: Upper percentile of the rank interval.
    """

    spread: float = 0.25
    draws: int = 500
    top_k: int = 10
    seed: int = 0
    tolerance: float = 0.1
    low: float = 5.0
    high: float = 95.0


@dataclass(frozen=True, slots=True)
class SearchConfig:
    """Everything that decides a ranking, as read from the search TOML."""

    title: str = "Faculty search"
    description: str = ""
    scheme: str = "core"
    overrides: dict[str, str] = field(default_factory=dict)
    normalise: str = "percentile"
    criteria: tuple[CriterionSpec, ...] = ()
    filters: Filters = field(default_factory=Filters)
    sensitivity: SensitivitySettings = field(default_factory=SensitivitySettings)
    current_year: int = field(default_factory=lambda: date.today().year)
    venue_options: dict[str, Any] = field(default_factory=dict)

    def weights(self) -> dict[str, float]:
        """Weight per criterion name, in config order."""
        return {c.name: c.weight for c in self.criteria}

    def spec(self, name: str) -> CriterionSpec:
        """The criterion spec called *name*."""
        for c in self.criteria:
            if c.name == name:
                return c
        raise ConfigError(
            key=f"criteria.{name}", reason=f"not in this config; it has {', '.join(self.weights()) or 'none'}"
        )

    def label(self, name: str) -> str:
        """The label of criterion *name*: its ``label`` key, else the criterion's docstring line."""
        from scoring.criteria import criterion_label

        spec = next((c for c in self.criteria if c.name == name), None)
        if spec is not None and spec.label:
            return spec.label
        return criterion_label(spec.kind if spec is not None else name)

    def with_weights(self, weights: dict[str, float]) -> SearchConfig:
        """A copy with new weights for the named criteria (others unchanged)."""
        specs = tuple(replace(c, weight=float(weights.get(c.name, c.weight))) for c in self.criteria)
        return replace(self, criteria=specs)

    def with_params(self, name: str, **params: Any) -> SearchConfig:
        """A copy with criterion *name*'s parameters updated (validated like TOML)."""
        spec = self.spec(name)
        merged = {**spec.params, **params}
        check_params(spec.name, spec.kind, merged)
        specs = tuple(replace(c, params=merged) if c.name == name else c for c in self.criteria)
        return replace(self, criteria=specs)


def _check_venue_options(options: dict[str, Any]) -> None:
    """Other ``[venues]`` keys are passed to the venue resolver: they must be its options."""
    accepted = [p for p in inspect.signature(assign_tiers).parameters if p not in {"publications", "table"}]
    for key in options:
        if key not in accepted:
            raise ConfigError(
                key=f"venues.{key}",
                reason=f"unknown key; [venues] takes {', '.join(accepted)}, overrides_file",
            )


def _check_positions(filters: Filters, criteria: tuple[CriterionSpec, ...]) -> None:
    """Position filters must name categories the position rules can produce, or nobody passes."""
    from scoring.defaults import POSITION_RULES

    rules = next((c.params.get("rules") for c in criteria if c.kind == "position"), None) or POSITION_RULES
    known = [*rules, "other"]
    unknown = [p for p in filters.positions if p not in known]
    if unknown:
        raise ConfigError(
            key="filters.positions", reason=f"unknown categories {unknown}; use any of {', '.join(known)}"
        )


def _criteria(table: dict[str, Any]) -> tuple[CriterionSpec, ...]:
    specs: list[CriterionSpec] = []
    for name, body in table.items():
        if not isinstance(body, dict):
            raise ConfigError(key=f"criteria.{name}", reason="must be a table ([criteria.NAME])")
        params = {k: v for k, v in body.items() if k not in _RESERVED}
        weight = body.get("weight", 1.0)
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
            raise ConfigError(key=f"criteria.{name}.weight", reason=f"must be a number >= 0, got {weight!r}")
        use = body.get("use")
        if use is not None and not isinstance(use, str):
            raise ConfigError(key=f"criteria.{name}.use", reason="must be the name of a registered criterion")
        label = body.get("label")
        if label is not None and not isinstance(label, str):
            raise ConfigError(key=f"criteria.{name}.label", reason="must be text")
        spec = CriterionSpec(name=name, weight=float(weight), params=params, use=use, label=label)
        check_params(name, spec.kind, params)
        specs.append(spec)
    return tuple(specs)


def _dataclass_from(cls: type, key: str, table: Any) -> Any:
    hints = typing.get_type_hints(cls)
    check_table(key, table, hints)
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in table.items()}
    return cls(**values)


def parse_config(data: dict[str, Any], *, base: Path | None = None) -> SearchConfig:
    """Validate a TOML document already read into a dict.

    Raises:
        ConfigError: the first problem found, naming its TOML key and what is allowed.
    """
    # [workspace] (where the committee database lives) is read by scoring.workspace.settings
    known = {"search", "venues", "ranking", "criteria", "filters", "sensitivity", "workspace"}
    for key in data:
        if key not in known:
            raise ConfigError(key, f"unknown section; use {', '.join(sorted(known))}")
    search = dict(data.get("search", {}))
    venues = dict(data.get("venues", {}))
    ranking = dict(data.get("ranking", {}))
    check_table("search", search, {"title": str, "description": str, "current_year": int})
    check_table("ranking", ranking, {"normalise": str})
    scheme = venues.pop("scheme", "core")
    if scheme not in SCHEMES:
        raise ConfigError(
            key="venues.scheme", reason=f"{scheme!r} is not a scheme; use one of {', '.join(SCHEMES)}"
        )
    normalise = ranking.get("normalise", "percentile")
    if normalise not in NORMALISERS:
        raise ConfigError(
            key="ranking.normalise",
            reason=f"{normalise!r} is not allowed; use one of {', '.join(NORMALISERS)}",
        )
    overrides = venues.pop("overrides", {})
    if not isinstance(overrides, dict):
        raise ConfigError(key="venues.overrides", reason="must be a table of venue = tier")
    overrides_file = venues.pop("overrides_file", None)
    if overrides_file is not None:
        if not isinstance(overrides_file, str):
            raise ConfigError(key="venues.overrides_file", reason="must be a file name (CSV or TOML)")
        if base is None:
            raise ConfigError(
                key="venues.overrides_file",
                reason="is read next to a config file; here, list the tiers under [venues.overrides] instead",
            )
        # written into the config's own overrides, so a dumped config stands alone
        overrides = load_overrides(base / overrides_file) | overrides
    overrides = check_overrides({str(k): str(v) for k, v in overrides.items()})
    _check_venue_options(venues)
    filters = _dataclass_from(Filters, "filters", data.get("filters", {}))
    if filters.phd_year_min and filters.phd_year_max and filters.phd_year_min > filters.phd_year_max:
        raise ConfigError(key="filters.phd_year_min", reason="must not be later than filters.phd_year_max")
    sensitivity = _dataclass_from(SensitivitySettings, "sensitivity", data.get("sensitivity", {}))
    if not 0 <= sensitivity.spread < 1:
        raise ConfigError(key="sensitivity.spread", reason="must be at least 0 and below 1 (0.25 = +-25 %)")
    if not 0 <= sensitivity.low <= sensitivity.high <= 100:
        raise ConfigError(
            key="sensitivity.low", reason="low and high are percentiles: 0 <= low <= high <= 100"
        )
    if sensitivity.draws < 1 or sensitivity.top_k < 1:
        raise ConfigError(key="sensitivity.draws", reason="draws and top_k must be at least 1")
    criteria = _criteria(data.get("criteria", {}))
    names = [c.kind for c in criteria]
    if filters.min_topic_match is not None and "topic_match" not in names:
        raise ConfigError(
            key="filters.min_topic_match", reason="needs a [criteria.topic_match] table (weight may be 0)"
        )
    _check_positions(filters, criteria)
    return SearchConfig(
        title=str(search.get("title", "Faculty search")),
        description=str(search.get("description", "")),
        scheme=scheme,
        overrides=overrides,
        normalise=normalise,
        criteria=criteria,
        filters=filters,
        sensitivity=sensitivity,
        current_year=int(search.get("current_year", date.today().year)),
        venue_options=venues,
    )


def load_config(path: Path) -> SearchConfig:
    """Read and validate a search config file.

    Raises:
        ConfigError: the file is not valid TOML or not a valid search config.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(key="", reason=f"{path} is not valid TOML: {exc}") from exc
    return parse_config(data, base=path.parent)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def dump_config(config: SearchConfig) -> str:
    """The config as TOML text, the inverse of ``parse_config`` (unset options are left out)."""
    criteria: dict[str, Any] = {}
    for c in config.criteria:
        table: dict[str, Any] = {"weight": c.weight}
        if c.use:
            table["use"] = c.use
        if c.label:
            table["label"] = c.label
        criteria[c.name] = table | {k: _plain(v) for k, v in c.params.items() if v is not None}
    doc: dict[str, Any] = {
        "search": {
            "title": config.title,
            "description": config.description,
            "current_year": config.current_year,
        },
        "venues": {
            "scheme": config.scheme,
            **_plain(config.venue_options),
            **({"overrides": config.overrides} if config.overrides else {}),
        },
        "ranking": {"normalise": config.normalise},
        "criteria": criteria,
    }
    filters = {k: _plain(v) for k, v in asdict(config.filters).items() if v is not None and v != ()}
    if filters != {"keep_missing_phd_year": True}:
        doc["filters"] = filters
    doc["sensitivity"] = asdict(config.sensitivity)
    return tomli_w.dumps(doc)
