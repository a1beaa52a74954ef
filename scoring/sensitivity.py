"""How much does the ranking depend on the exact weights? Monte Carlo weight perturbation.

Committees agree on weights like 0.4/0.35/0.15 by discussion, not measurement; a shortlist that
changes when a weight moves by a few points should not be defended as if it were exact. Each draw
multiplies every weight by an independent factor in ``1 +- spread`` (seeded), re-ranks the pool
with the same normalised criteria and tie-breaks, and records every candidate's rank. The report
gives each candidate's rank interval, the probability of staying in the top K, and flags the
candidates whose place in or out of the shortlist flips in more than ``tolerance`` of the draws.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from scoring.config import SearchConfig
from scoring.model import Candidates
from scoring.ranking import Scored, normalised, order_by_total

__all__ = ["Sensitivity", "rank_sensitivity"]


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """The result of ``rank_sensitivity``.

    Attributes:
        table: One row per ranked candidate in baseline order: ``rank``, ``candidate_id``,
            ``name``, ``rank_low``, ``rank_median``, ``rank_high`` (the percentile interval),
            ``p_top_k`` (share of draws in the top K) and ``fragile``.
        top_k: Size of the shortlist examined.
        draws: Number of weight draws.
        spread: Relative perturbation of each weight.
        p_same_top_k: Share of draws whose top K holds exactly the baseline's candidates.
        mean_overlap: Mean share of the baseline top K still in the top K of a draw.
    """

    table: pd.DataFrame
    top_k: int
    draws: int
    spread: float
    p_same_top_k: float
    mean_overlap: float

    @property
    def fragile(self) -> pd.DataFrame:
        """The rows of candidates whose shortlist membership is unstable."""
        return self.table[self.table["fragile"]].reset_index(drop=True)


def _ranks_per_draw(norm: np.ndarray, shares: np.ndarray, base: np.ndarray) -> np.ndarray:
    """0-based rank of every candidate (rows, baseline order) in every draw (columns)."""
    totals = np.round(norm[base] @ shares.T, 10)
    # rows are already in baseline order, so a stable sort breaks ties as the baseline did
    order = np.argsort(-totals, axis=0, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(len(base))[:, None], axis=0)
    return ranks


def rank_sensitivity(
    scored: Scored,
    config: SearchConfig,
    *,
    spread: float | None = None,
    draws: int | None = None,
    top_k: int | None = None,
    seed: int | None = None,
    tolerance: float | None = None,
) -> Sensitivity:
    """Perturb the weights and report how each candidate's rank moves.

    Arguments left as ``None`` come from ``config.sensitivity``. Criteria with weight 0 stay at 0.
    The same *seed* gives the same report.

    Examples:
        >>> from scoring.defaults import default_config
        >>> from scoring.model import ParsedCV, to_frames
        >>> from scoring.ranking import score
        >>> pool = to_frames([(c, ParsedCV(name=c)) for c in "abc"])
        >>> cfg = default_config()
        >>> rank_sensitivity(score(pool, cfg), cfg, draws=20).table["p_top_k"].tolist()
        [1.0, 1.0, 1.0]
    """
    s = config.sensitivity
    spread = s.spread if spread is None else spread
    draws = s.draws if draws is None else draws
    top_k = s.top_k if top_k is None else top_k
    seed = s.seed if seed is None else seed
    tolerance = s.tolerance if tolerance is None else tolerance
    prep = normalised(scored, config)
    n = len(prep.index)
    k = min(top_k, n)
    rng = np.random.default_rng(seed)
    factors = rng.uniform(1.0 - spread, 1.0 + spread, size=(draws, len(prep.weights)))
    weights = factors * prep.weights
    sums = weights.sum(axis=1, keepdims=True)
    shares = np.divide(weights, sums, out=np.zeros_like(weights), where=sums > 0)
    wsum = prep.weights.sum()
    _, _, base = order_by_total(prep, prep.weights / wsum if wsum > 0 else np.zeros_like(prep.weights))
    ranks = _ranks_per_draw(prep.norm, shares, base) + 1 if n else np.zeros((0, draws), dtype=int)
    in_top = ranks <= k
    p_top = in_top.mean(axis=1) if n else np.zeros(0)
    baseline_in = np.arange(n) < k
    flips = np.where(baseline_in, 1.0 - p_top, p_top)
    idx = prep.index[base]
    table = pd.DataFrame(
        {
            "rank": np.arange(1, n + 1),
            "candidate_id": idx.to_numpy(dtype=object),
            "name": scored.profiles.candidates[Candidates.name].to_numpy(dtype=object)[prep.rows[base]],
            "rank_low": np.percentile(ranks, s.low, axis=1, method="lower") if n else [],
            "rank_median": np.percentile(ranks, 50, axis=1, method="nearest") if n else [],
            "rank_high": np.percentile(ranks, s.high, axis=1, method="higher") if n else [],
            "p_top_k": p_top,
            "fragile": flips > tolerance,
        }
    )
    top_rows = in_top[:k] if n else np.zeros((0, draws), dtype=bool)
    overlap = top_rows.sum(axis=0) / k if k else np.ones(draws)
    return Sensitivity(
        table=table,
        top_k=k,
        draws=draws,
        spread=spread,
        p_same_top_k=float(np.mean(overlap == 1.0)),
        mean_overlap=float(np.mean(overlap)),
    )
