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

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeAlias

import numpy as np
import pandas as pd
from scipy.stats import rankdata

from scoring.config import CriterionSpec, SearchConfig
from scoring.criteria import EVIDENCE_COLUMNS, Context, EvidenceSource, empty_evidence, get_criterion
from scoring.criteria.career import position_categories
from scoring.errors import ConfigError
from scoring.model import Candidates, Profiles, Publications
from scoring.venues import assign_tiers

__all__ = [
    "Normalised",
    "Scored",
    "evidence_for",
    "filter_reasons",
    "normalise",
    "normalised",
    "order_by_total",
    "rank",
    "rescore_description",
    "score",
]


Evidence: TypeAlias = pd.DataFrame | EvidenceSource  # one criterion's evidence rows, or what builds them


@dataclass(frozen=True, slots=True)
class Scored:
    """Raw criterion values and their evidence, computed once per pool and criterion parameters.

    Attributes:
        profiles: The pool, publications carrying the ``tier`` column.
        raw: Candidates x criteria (config table names), raw values, no NaN.
        evidence_parts: Per criterion (table name, config order), its evidence rows with
            ``criterion`` set, or the source that builds them when read. A description edit keeps
            every part but the topic's, shared with the earlier scores rather than copied.
        breakdown: Candidates x ``<criterion>__<detail>`` columns shown beside the values.
        higher_is_better: Per criterion; ``False`` reverses it before normalising.
        positions: Position category per candidate (for the ``positions`` filter).
        memo: Work criteria reuse on this pool whatever the description (text lists, fitted
            models); shared with the scores a description edit derives, never pickled.
        cache: Derived arrays reused across ``rank`` calls (id order, normalised matrix); the
            frames are treated as immutable, so never edit them in place after scoring.
    """

    profiles: Profiles
    raw: pd.DataFrame
    evidence_parts: dict[str, Evidence] = field(default_factory=dict)
    breakdown: pd.DataFrame | None = None
    higher_is_better: dict[str, bool] = field(default_factory=dict)
    positions: pd.Series | None = None
    memo: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)
    cache: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def evidence(self) -> pd.DataFrame:
        """Every evidence row (``EVIDENCE_COLUMNS``), criteria in config order; built on each read.

        A page showing one candidate reads ``evidence_for`` instead, which builds only that
        candidate's rows.
        """
        return _evidence_rows(self, None, None)

    def evidence_for(self, candidate_id: str, criterion: str | None = None) -> pd.DataFrame:
        """The evidence rows of one candidate, optionally for one criterion."""
        return evidence_for(self, candidate_id, criterion)

    def __getstate__(self) -> dict[str, Any]:
        # the memo holds fitted models and text lists, the cache arrays derived on demand
        state = {f.name: getattr(self, f.name) for f in fields(self)}
        return state | {"memo": {}, "cache": {}}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


def _normalise_array(values: np.ndarray, method: str) -> np.ndarray:
    n = len(values)
    if n == 0 or np.all(values == values[0]):
        return np.zeros(n)
    match method:
        case "percentile":
            return np.asarray((rankdata(values, method="average") - 1.0) / (n - 1), dtype=float)
        case "minmax":
            low, high = values.min(), values.max()
            return np.asarray((values - low) / (high - low), dtype=float)
        case "zscore":
            return np.asarray((values - values.mean()) / values.std(), dtype=float)
        case _:
            raise ConfigError(key="ranking.normalise", reason=f"{method!r}; use percentile, minmax or zscore")


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
    if profiles.publications.empty:  # nothing to resolve; keeps the column contract
        return profiles.publications.assign(tier=pd.Series(dtype=str))
    return assign_tiers(
        profiles.publications, scheme=config.scheme, overrides=config.overrides, **config.venue_options
    )


def score(profiles: Profiles, config: SearchConfig) -> Scored:
    """Resolve tiers and compute every configured criterion's raw values, breakdown and evidence.

    Raises:
        ConfigError: a criterion's parameters do not fit this pool (e.g. a missing column); the
            key names the criterion table.
    """
    profiles = replace(profiles, publications=_assign_tiers(profiles, config))
    ctx = Context(profiles=profiles, description=config.description, current_year=config.current_year)
    parts = [_run_criterion(ctx, spec) for spec in config.criteria]
    position_rules = next(
        (s.params.get("rules") for s in reversed(config.criteria) if s.kind == "position"), None
    )
    return _assemble(profiles, config, parts, position_categories(ctx, position_rules), ctx.memo)


# Criterion kinds whose values read the group description; every other kind ignores it.
_DESCRIPTION_KINDS = frozenset({"topic_match"})


@dataclass(frozen=True, slots=True)
class _Part:
    """One criterion's share of a ``Scored``: its raw column, evidence and breakdown columns."""

    raw: pd.Series
    higher_is_better: bool
    evidence: Evidence
    breakdown: dict[str, pd.Series]


@dataclass(frozen=True, slots=True, eq=False)
class _Named:
    """A criterion's evidence source whose rows carry the config's table name as ``criterion``."""

    source: EvidenceSource
    name: str

    def rows(self, positions: np.ndarray | None = None) -> pd.DataFrame:
        return self.source.rows(positions).assign(criterion=self.name)


def _run_criterion(ctx: Context, spec: CriterionSpec) -> _Part:
    index = ctx.profiles.candidates.index
    try:
        result = get_criterion(spec.kind)(ctx, **spec.params)
    except ConfigError as exc:
        key = f"criteria.{spec.name}.{exc.key}" if exc.key else f"criteria.{spec.name}"
        raise ConfigError(key, exc.reason) from None
    breakdown: dict[str, pd.Series] = {}
    if result.breakdown is not None:
        for col in result.breakdown.columns:
            breakdown[f"{spec.name}__{col}"] = result.breakdown[col].reindex(index)
    source = result.evidence_source
    evidence: Evidence
    if isinstance(source, pd.DataFrame):
        evidence = _typed_evidence(source.assign(criterion=spec.name)) if len(source) else empty_evidence()
    else:
        evidence = _Named(source, spec.name)
    return _Part(
        raw=result.values.reindex(index).astype(float).fillna(0.0),  # noqa: PD011 - a field
        higher_is_better=result.higher_is_better,
        evidence=evidence,
        breakdown=breakdown,
    )


def _kept_part(scored: Scored, spec: CriterionSpec) -> _Part:
    """The share of *spec* already in *scored*, unchanged (the same objects, not copies)."""
    prefix = f"{spec.name}__"
    breakdown = scored.breakdown if scored.breakdown is not None else pd.DataFrame(index=scored.raw.index)
    return _Part(
        raw=scored.raw[spec.name],
        higher_is_better=scored.higher_is_better[spec.name],
        evidence=scored.evidence_parts[spec.name] if spec.name in scored.evidence_parts else empty_evidence(),
        breakdown={c: breakdown[c] for c in breakdown.columns if c.startswith(prefix)},
    )


def _assemble(
    profiles: Profiles,
    config: SearchConfig,
    parts: list[_Part],
    positions: pd.Series | None,
    memo: dict[Hashable, Any],
) -> Scored:
    index = profiles.candidates.index
    named = list(zip(config.criteria, parts, strict=True))
    return Scored(
        profiles=profiles,
        raw=pd.DataFrame({spec.name: p.raw for spec, p in named}, index=index),
        evidence_parts={spec.name: p.evidence for spec, p in named},
        breakdown=pd.DataFrame({k: v for p in parts for k, v in p.breakdown.items()}, index=index),
        higher_is_better={spec.name: p.higher_is_better for spec, p in named},
        positions=positions,
        memo=memo,
    )


_NUMBER_COLUMNS = ("value", "source_line", "row_id")


def _typed_evidence(rows: pd.DataFrame) -> pd.DataFrame:
    """*rows* with the evidence column types: whole numbers with gaps, floats, text as ``str``."""
    rows = rows.copy(deep=False)  # columns are replaced below, never written into
    for col in ("source_line", "row_id"):  # whole numbers with gaps, not floats
        rows[col] = pd.to_numeric(rows[col], errors="coerce").astype("Int64")
    rows["value"] = pd.to_numeric(rows["value"], errors="coerce").astype(float)
    for col in rows.columns.difference(_NUMBER_COLUMNS, sort=False):
        column = rows[col]
        if column.dtype == object and pd.api.types.infer_dtype(column, skipna=True) in ("string", "empty"):
            rows[col] = column.astype("str")
        elif column.dtype != object and column.dtype != "str" and column.isna().all():
            rows[col] = column.astype(object).astype("str")  # a column no row filled in
    return rows


def _evidence_rows(scored: Scored, position: int | None, criterion: str | None) -> pd.DataFrame:
    """The evidence of every candidate (*position* ``None``) or one, for every criterion or one."""
    frames = []
    for name, part in scored.evidence_parts.items():
        if criterion is not None and name != criterion:
            continue
        if isinstance(part, pd.DataFrame):
            if position is not None:
                part = part[part["candidate_id"] == scored.raw.index[position]]
            frames.append(part)
        else:
            frames.append(part.rows(None if position is None else np.array([position])))
    kept = [f for f in frames if len(f)]
    rows = pd.concat(kept, ignore_index=True) if kept else empty_evidence()
    return _typed_evidence(rows.reindex(columns=EVIDENCE_COLUMNS))


def rescore_description(scored: Scored, config: SearchConfig) -> Scored:
    """*scored* with only the criteria that read the group description computed again.

    *scored* must come from ``score(profiles, old)`` where *old* differs from *config* at most in
    the description and the weights: tiers and every other criterion are reused as they are (the
    same frames, not copies), so the result equals ``score(profiles, config)`` at the cost of the
    topic criteria alone, and less when their text list and model are in ``scored.memo``.
    """
    profiles = scored.profiles  # already tiered
    ctx = Context(
        profiles=profiles, description=config.description, current_year=config.current_year, memo=scored.memo
    )
    parts = [
        _run_criterion(ctx, spec) if spec.kind in _DESCRIPTION_KINDS else _kept_part(scored, spec)
        for spec in config.criteria
    ]
    return _assemble(profiles, config, parts, scored.positions, scored.memo)


_Check = tuple[np.ndarray, Callable[[int], str]]  # failing mask, reason of candidate i


def _filter_checks(scored: Scored, config: SearchConfig) -> list[_Check]:
    """One (failing mask, reason) pair per active filter; masks are positional over the candidates."""
    cands = scored.profiles.candidates
    f = config.filters
    checks: list[_Check] = []
    phd = pd.to_numeric(cands[Candidates.phd_year], errors="coerce").to_numpy(dtype=float)
    if f.phd_year_min is not None or f.phd_year_max is not None:
        if not f.keep_missing_phd_year:
            checks.append((np.isnan(phd), lambda i: "PhD year not found"))
        if f.phd_year_min is not None:
            checks.append((phd < f.phd_year_min, lambda i: f"PhD {phd[i]:.0f} is before {f.phd_year_min}"))
        if f.phd_year_max is not None:
            checks.append((phd > f.phd_year_max, lambda i: f"PhD {phd[i]:.0f} is after {f.phd_year_max}"))
    if f.min_topic_match is not None:
        names = [c.name for c in config.criteria if c.kind == "topic_match" and c.name in scored.raw]
        if not names:
            raise ConfigError(
                key="filters.min_topic_match", reason="needs a scored [criteria.topic_match] table"
            )
        topic = scored.raw[names[0]].to_numpy()
        checks.append(
            (
                topic < f.min_topic_match,
                lambda i: f"topic match {topic[i]:.2f} is below {f.min_topic_match:g}",
            )
        )
    if f.positions and scored.positions is not None:
        cats = scored.positions.to_numpy(dtype=object)
        checks.append(
            (
                ~np.isin(cats, list(f.positions)),
                lambda i: f"position {cats[i]!r} is not one of {', '.join(f.positions)}",
            )
        )
    if f.min_publications is not None:
        counts = scored.profiles.publications.groupby(Publications.candidate_id).size()
        n = counts.reindex(cands.index, fill_value=0).to_numpy()
        checks.append(
            (n < f.min_publications, lambda i: f"{n[i]} publications, fewer than {f.min_publications}")
        )
    return checks


def filter_reasons(scored: Scored, config: SearchConfig) -> pd.Series:
    """Why each candidate fails the hard filters ("" when they pass), indexed by candidate id."""
    cands = scored.profiles.candidates
    reasons: list[list[str]] = [[] for _ in range(len(cands))]
    for mask, reason in _filter_checks(scored, config):
        for i in np.flatnonzero(mask):
            reasons[i].append(reason(int(i)))
    return pd.Series(["; ".join(r) for r in reasons], index=cands.index, dtype=object)


def _passing(scored: Scored, config: SearchConfig) -> np.ndarray:
    """Positions of the candidates passing every filter."""
    failing = np.zeros(len(scored.raw), dtype=bool)
    for mask, _ in _filter_checks(scored, config):
        failing |= mask
    return np.flatnonzero(~failing)


@dataclass(frozen=True, slots=True)
class Normalised:
    """The normalised criteria of the candidates passing the filters (what weights multiply)."""

    index: pd.Index
    rows: np.ndarray  # positions of these candidates in ``scored.raw``
    norm: np.ndarray  # candidates x criteria, criteria in config order
    names: list[str]
    weights: np.ndarray  # as configured, not yet summing to 1
    id_order: np.ndarray  # rank of each candidate id among all ids: the last tie-break


def _id_ranks(scored: Scored) -> np.ndarray:
    """Each candidate's position in sorted id order, computed once per ``Scored``."""
    if "id_rank" not in scored.cache:
        ids = scored.raw.index.to_numpy(dtype=object).astype(str)
        ranks = np.empty(len(ids), dtype=np.int64)
        ranks[np.argsort(ids, kind="stable")] = np.arange(len(ids))
        scored.cache["id_rank"] = ranks
    cached: np.ndarray = scored.cache["id_rank"]
    return cached


def normalised(scored: Scored, config: SearchConfig) -> Normalised:
    """Filter, then normalise every configured criterion over the passing candidates."""
    names = [c.name for c in config.criteria]
    missing = [n for n in names if n not in scored.raw.columns]
    if missing:
        raise ConfigError(
            key=f"criteria.{missing[0]}", reason="was not scored; score the pool again with this config"
        )
    weights = np.array([c.weight for c in config.criteria], dtype=float)
    # weights do not enter normalisation: a slider move reuses the matrix
    key = ("normalised", tuple(names), config.normalise, config.filters)
    if key not in scored.cache:
        rows = _passing(scored, config) if config.filters.is_active() else np.arange(len(scored.raw))
        values = scored.raw[names].to_numpy(dtype=float)[rows]
        norm = np.empty_like(values)
        for j, name in enumerate(names):
            col = values[:, j] if scored.higher_is_better.get(name, True) else -values[:, j]
            norm[:, j] = _normalise_array(col, config.normalise)
        norm.setflags(write=False)
        if len(scored.cache) > 16:
            scored.cache.clear()
        scored.cache[key] = Normalised(
            scored.raw.index[rows], rows, norm, names, weights, _id_ranks(scored)[rows]
        )
    prepared: Normalised = scored.cache[key]
    return replace(prepared, weights=weights)


def order_by_total(prep: Normalised, share: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Contributions, totals and the ranking order (positions into ``prep.index``) for *share*.

    *share* holds one weight per criterion, summing to 1 (or all 0).
    """
    contrib = prep.norm * share
    total = np.round(contrib.sum(axis=1), 10)
    order = np.argsort(-total, kind="stable")
    sorted_total = total[order]
    tied = np.zeros(len(order), dtype=bool)
    same = sorted_total[1:] == sorted_total[:-1]
    tied[1:] |= same
    tied[:-1] |= same
    if tied.any():
        # ties: stronger on the most heavily weighted criterion first, then candidate id
        sub = order[tied]
        by_weight = np.argsort(-share, kind="stable")
        keys = [prep.id_order[sub], *(-np.round(contrib[sub, j], 10) for j in by_weight[::-1]), -total[sub]]
        order[tied] = sub[np.lexsort(keys)]
    return contrib, total, order


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
    # positional indexing throughout: raw, breakdown and candidates share one index (see score)
    at = prep.rows[order]
    columns: dict[str, object] = {
        "rank": np.arange(1, len(order) + 1),
        "candidate_id": scored.raw.index.array.take(at),
        "name": scored.profiles.candidates[Candidates.name].array.take(at),
        "total": total[order],
    }
    raw = scored.raw[prep.names].to_numpy()[at]
    for j, name in enumerate(prep.names):
        columns[name] = raw[:, j]
        columns[f"{name}__contribution"] = contrib[order, j]
    if scored.breakdown is not None:
        wanted = tuple(f"{n}__" for n in prep.names)
        for col in scored.breakdown.columns:
            if col.startswith(wanted):
                columns[col] = scored.breakdown[col].array.take(at)
    return pd.DataFrame(columns, copy=False)


def evidence_for(scored: Scored, candidate_id: str, criterion: str | None = None) -> pd.DataFrame:
    """The evidence rows of one candidate (all criteria, or one), in criterion then CV order.

    Only this candidate's rows are built: the same rows, in the same order, as filtering
    ``scored.evidence``.
    """
    found = scored.raw.index.get_indexer([candidate_id])
    if found[0] < 0:
        return _typed_evidence(empty_evidence())
    return _evidence_rows(scored, int(found[0]), criterion)
