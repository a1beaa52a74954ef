"""Criteria values -> one ranked frame: normalise, weight, sum, break ties deterministically.

Scoring happens in two steps so a weight change is cheap:

- ``score(profiles, config)`` resolves venue tiers and computes every criterion's raw values,
  breakdown and evidence (the expensive part, done once per pool and criterion parameters);
- ``rank(scored, config)`` applies the filters, normalises each criterion over the candidates
  that pass, weights and sums (milliseconds, on every slider move).

The ranked frame has ``rank, candidate_id, name, total``, then per criterion its raw value
``<name>`` and weighted share ``<name>__contribution`` (the contributions add up to ``total``),
then the breakdown columns ``<name>__<detail>`` such as ``tier_publications__n_A*``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
from scipy.stats import rankdata

from scoring.config import SearchConfig
from scoring.criteria import Context, empty_evidence, get_criterion
from scoring.criteria.career import position_categories
from scoring.errors import ConfigError
from scoring.model import Candidates, Profiles, Publications
from scoring.venues import assign_tiers

__all__ = [
    "Normalised", "Scored", "evidence_for", "filter_reasons", "normalise", "normalised", "order_by_total", "rank",
    "score",
]


@dataclass(frozen=True, slots=True)
class Scored:
    """Raw criterion values and their evidence, computed once per pool and criterion parameters.

    Attributes:
        profiles: The pool, publications carrying the ``tier`` column.
        raw: Candidates x criteria (config table names), raw values, no NaN.
        evidence: Rows behind the values (``EVIDENCE_COLUMNS``), ``criterion`` = table name.
        breakdown: Candidates x ``<criterion>__<detail>`` columns shown beside the values.
        higher_is_better: Per criterion; ``False`` reverses it before normalising.
        positions: Position category per candidate (for the ``positions`` filter).
    """

    profiles: Profiles
    raw: pd.DataFrame
    evidence: pd.DataFrame = field(default_factory=empty_evidence)
    breakdown: pd.DataFrame | None = None
    higher_is_better: dict[str, bool] = field(default_factory=dict)
    positions: pd.Series | None = None

    def evidence_for(self, candidate_id: str, criterion: str | None = None) -> pd.DataFrame:
        """The evidence rows of one candidate, optionally for one criterion."""
        return evidence_for(self, candidate_id, criterion)


def _normalise_array(values: np.ndarray, method: str) -> np.ndarray:
    n = len(values)
    if n == 0 or np.all(values == values[0]):
        return np.zeros(n)
    match method:
        case "percentile":
            return (rankdata(values, method="average") - 1.0) / (n - 1)
        case "minmax":
            low, high = values.min(), values.max()
            return (values - low) / (high - low)
        case "zscore":
            return (values - values.mean()) / values.std()
        case _:
            raise ConfigError("ranking.normalise", f"{method!r}; use percentile, minmax or zscore")


def normalise(values: pd.Series, method: str) -> pd.Series:
    """Put one criterion on a common scale; a constant criterion becomes all 0 (it decides nothing).

    ``percentile``: share of the other candidates with a lower value (ties count half), 0..1.
    ``minmax``: 0 for the lowest, 1 for the highest. ``zscore``: mean 0, standard deviation 1;
    unbounded, and unlike the other two not monotone for the rest of the pool when one value
    changes (a candidate's improvement can move the mean past others).

    Examples:
        >>> normalise(pd.Series([3.0, 1.0, 1.0, 7.0]), "percentile").tolist()
        [0.6666666666666666, 0.16666666666666666, 0.16666666666666666, 1.0]
    """
    return pd.Series(_normalise_array(values.to_numpy(dtype=float), method), index=values.index)


def _assign_tiers(profiles: Profiles, config: SearchConfig) -> pd.DataFrame:
    return assign_tiers(profiles.publications, scheme=config.scheme, overrides=config.overrides,
                        **config.venue_options)


def score(profiles: Profiles, config: SearchConfig) -> Scored:
    """Resolve tiers and compute every configured criterion's raw values, breakdown and evidence.

    Raises:
        ConfigError: a criterion's parameters do not fit this pool (e.g. a missing column); the
            key names the criterion table.
    """
    profiles = replace(profiles, publications=_assign_tiers(profiles, config))
    ctx = Context(profiles=profiles, description=config.description, current_year=config.current_year)
    index = profiles.candidates.index
    raw: dict[str, pd.Series] = {}
    evidence = [empty_evidence()]
    breakdown: dict[str, pd.Series] = {}
    direction: dict[str, bool] = {}
    position_rules = None
    for spec in config.criteria:
        try:
            result = get_criterion(spec.kind)(ctx, **spec.params)
        except ConfigError as exc:
            key = f"criteria.{spec.name}.{exc.key}" if exc.key else f"criteria.{spec.name}"
            raise ConfigError(key, exc.reason) from None
        raw[spec.name] = result.values.reindex(index).astype(float).fillna(0.0)
        direction[spec.name] = result.higher_is_better
        if len(result.evidence):
            evidence.append(result.evidence.assign(criterion=spec.name))
        if result.breakdown is not None:
            for col in result.breakdown.columns:
                breakdown[f"{spec.name}__{col}"] = result.breakdown[col].reindex(index)
        if spec.kind == "position":
            position_rules = spec.params.get("rules")
    rows = pd.concat([e for e in evidence if len(e)] or evidence, ignore_index=True)
    for col in ("source_line", "row_id"):  # whole numbers with gaps, not floats
        rows[col] = pd.to_numeric(rows[col], errors="coerce").astype("Int64")
    rows["value"] = pd.to_numeric(rows["value"], errors="coerce").astype(float)
    return Scored(
        profiles=profiles,
        raw=pd.DataFrame(raw, index=index),
        evidence=rows,
        breakdown=pd.DataFrame(breakdown, index=index),
        higher_is_better=direction,
        positions=position_categories(ctx, position_rules),
    )


def filter_reasons(scored: Scored, config: SearchConfig) -> pd.Series:
    """Why each candidate fails the hard filters ("" when they pass), indexed by candidate id."""
    cands = scored.profiles.candidates
    f = config.filters
    reasons = [[] for _ in range(len(cands))]  # type: list[list[str]]

    def flag(mask: np.ndarray, texts: list[str] | str) -> None:
        for i in np.flatnonzero(mask):
            reasons[i].append(texts if isinstance(texts, str) else texts[i])

    phd = pd.to_numeric(cands[Candidates.phd_year], errors="coerce").to_numpy(dtype=float)
    shown = [f"PhD {y:.0f}" for y in np.nan_to_num(phd)]
    if f.phd_year_min is not None or f.phd_year_max is not None:
        if not f.keep_missing_phd_year:
            flag(np.isnan(phd), "PhD year not found")
        if f.phd_year_min is not None:
            flag(phd < f.phd_year_min, [s + f" is before {f.phd_year_min}" for s in shown])
        if f.phd_year_max is not None:
            flag(phd > f.phd_year_max, [s + f" is after {f.phd_year_max}" for s in shown])
    if f.min_topic_match is not None:
        names = [c.name for c in config.criteria if c.kind == "topic_match" and c.name in scored.raw]
        if not names:
            raise ConfigError("filters.min_topic_match", "needs a scored [criteria.topic_match] table")
        topic = scored.raw[names[0]].to_numpy()
        flag(topic < f.min_topic_match, [f"topic match {t:.2f} is below {f.min_topic_match:g}" for t in topic])
    if f.positions and scored.positions is not None:
        cats = scored.positions.reindex(cands.index).to_numpy(dtype=object)
        flag(~np.isin(cats, list(f.positions)), [f"position {c!r} is not one of {', '.join(f.positions)}"
                                                 for c in cats])
    if f.min_publications is not None:
        n = scored.profiles.publications.groupby(Publications.candidate_id).size()
        n = n.reindex(cands.index, fill_value=0).to_numpy()
        flag(n < f.min_publications, [f"{k} publications, fewer than {f.min_publications}" for k in n])
    return pd.Series(["; ".join(r) for r in reasons], index=cands.index, dtype=object)


@dataclass(frozen=True, slots=True)
class Normalised:
    """The normalised criteria of the candidates passing the filters (what weights multiply)."""

    index: pd.Index
    norm: np.ndarray  # candidates x criteria, criteria in config order
    names: list[str]
    weights: np.ndarray  # as configured, not yet summing to 1
    id_order: np.ndarray  # rank of each candidate id in sorted order: the last tie-break


def normalised(scored: Scored, config: SearchConfig) -> Normalised:
    """Filter, then normalise every configured criterion over the passing candidates."""
    names = [c.name for c in config.criteria]
    missing = [n for n in names if n not in scored.raw.columns]
    if missing:
        raise ConfigError(f"criteria.{missing[0]}", "was not scored; score the pool again with this config")
    keep = (filter_reasons(scored, config) == "").to_numpy() if config.filters.is_active() else None
    raw = scored.raw[names] if keep is None else scored.raw.loc[keep, names]
    values = raw.to_numpy(dtype=float)
    norm = np.empty_like(values)
    for j, name in enumerate(names):
        col = values[:, j] if scored.higher_is_better.get(name, True) else -values[:, j]
        norm[:, j] = _normalise_array(col, config.normalise)
    ids = raw.index.to_numpy(dtype=object).astype(str)
    id_order = np.empty(len(ids), dtype=np.int64)
    id_order[np.argsort(ids, kind="stable")] = np.arange(len(ids))
    weights = np.array([c.weight for c in config.criteria], dtype=float)
    return Normalised(raw.index, norm, names, weights, id_order)


def order_by_total(prep: Normalised, share: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Contributions, totals and the ranking order (positions into ``prep.index``) for *share*.

    *share* holds one weight per criterion, summing to 1 (or all 0).
    """
    contrib = prep.norm * share
    total = np.round(contrib.sum(axis=1), 10)
    # ties: stronger on the most heavily weighted criterion first, then candidate id
    by_weight = np.argsort(-share, kind="stable")
    keys = [prep.id_order, *(-np.round(contrib[:, j], 10) for j in by_weight[::-1]), -total]
    return contrib, total, np.lexsort(keys)


def rank(scored: Scored, config: SearchConfig) -> pd.DataFrame:
    """The ranked table of the candidates passing the filters (see the module docstring).

    Weights are divided by their sum, so ``total`` lies in 0..1 under percentile and minmax. Ties
    in ``total`` go to the candidate stronger on the most heavily weighted criterion, then to the
    smaller candidate id: the order never depends on input order.

    Raises:
        ConfigError: the config names a criterion that *scored* does not hold.
    """
    prep = normalised(scored, config)
    wsum = prep.weights.sum()
    share = prep.weights / wsum if wsum > 0 else np.zeros_like(prep.weights)
    contrib, total, order = order_by_total(prep, share)
    idx = prep.index[order]
    cands = scored.profiles.candidates
    columns: dict[str, object] = {
        "rank": np.arange(1, len(order) + 1),
        "candidate_id": idx.to_numpy(dtype=object),
        "name": cands[Candidates.name].reindex(idx).to_numpy(dtype=object),
        "total": total[order],
    }
    raw = scored.raw.loc[idx]
    for j, name in enumerate(prep.names):
        columns[name] = raw[name].to_numpy()
        columns[f"{name}__contribution"] = contrib[order, j]
    if scored.breakdown is not None:
        wanted = tuple(f"{n}__" for n in prep.names)
        for col in scored.breakdown.columns:
            if col.startswith(wanted):
                columns[col] = scored.breakdown[col].reindex(idx).to_numpy()
    return pd.DataFrame(columns)


def evidence_for(scored: Scored, candidate_id: str, criterion: str | None = None) -> pd.DataFrame:
    """The evidence rows of one candidate (all criteria, or one), in criterion then CV order."""
    ev = scored.evidence
    mask = ev["candidate_id"] == candidate_id
    if criterion is not None:
        mask = mask & (ev["criterion"] == criterion)
    return ev[mask].reset_index(drop=True)
