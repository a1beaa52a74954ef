"""How far the committee agrees: Krippendorff's alpha per rubric item, and each member's spread.

Pure functions on the ratings frame (``member, candidate_id, item, score``); no database here.
Alpha follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": build the
coincidence matrix of values paired within each unit, then compare observed with expected
disagreement under the level's difference function. 1 is perfect agreement, 0 is chance.
"""

from __future__ import annotations

from typing import Literal, assert_never

import numpy as np
import numpy.typing as npt
import pandas as pd

__all__ = [
    "Level",
    "agreement_table",
    "candidate_spread",
    "krippendorff_alpha",
    "member_spread",
    "reliability_matrix",
]

Level = Literal["nominal", "ordinal", "interval", "ratio"]


def _squared_differences(
    values: npt.NDArray[np.float64], counts: npt.NDArray[np.float64], level: Level
) -> npt.NDArray[np.float64]:
    c, k = np.meshgrid(values, values, indexing="ij")
    out: npt.NDArray[np.float64]
    match level:
        case "nominal":
            out = (c != k).astype(float)
        case "interval":
            out = (c - k) ** 2
        case "ratio":
            total = c + k
            out = np.where(total == 0, 0.0, ((c - k) / np.where(total == 0, 1, total)) ** 2)
        case "ordinal":
            # the count of pairable values from rank i to rank j, minus half of the two ends
            cum = np.cumsum(counts)
            i, j = np.meshgrid(np.arange(len(values)), np.arange(len(values)), indexing="ij")
            lo, hi = np.minimum(i, j), np.maximum(i, j)
            between = cum[hi] - cum[lo] + counts[lo]
            out = (between - (counts[i] + counts[j]) / 2) ** 2
        case _:
            assert_never(level)
    return out


def krippendorff_alpha(data: npt.ArrayLike, *, level: Level = "interval") -> float:
    """Krippendorff's alpha for a raters x units matrix with NaN where a rater gave no value.

    Returns NaN when alpha is undefined: no unit has two values, or all values are the same.

    Examples:
        >>> round(krippendorff_alpha([[1, 2, 3], [1, 2, 4]], level="interval"), 4)
        0.878
    """
    matrix = np.asarray(data, dtype=float)
    if matrix.ndim != 2:
        msg = "data must be a 2-D raters x units matrix"
        raise ValueError(msg)
    present = ~np.isnan(matrix)
    values = np.unique(matrix[present])
    if len(values) == 0:
        return float("nan")
    # counts[u, v]: how many raters gave unit u the value values[v]
    counts = np.stack([np.sum(matrix == v, axis=0) for v in values], axis=1).astype(float)
    m = counts.sum(axis=1)
    pairable = m >= 2
    counts, m = counts[pairable], m[pairable]
    if len(m) == 0:
        return float("nan")
    weighted = counts / (m - 1)[:, None]
    # o[c, k] = sum over units of (n_uc * n_uk, minus n_uc when c == k) / (m_u - 1)
    coincidences = weighted.T @ counts - np.diag(weighted.sum(axis=0))
    n_v = coincidences.sum(axis=0)
    n = n_v.sum()
    delta = _squared_differences(values, n_v, level)
    expected = (np.outer(n_v, n_v) * delta).sum()
    if expected == 0:
        return float("nan")
    observed = (coincidences * delta).sum()
    return float(1 - (n - 1) * observed / expected)


def reliability_matrix(ratings: pd.DataFrame, item: str) -> pd.DataFrame:
    """Members x candidates scores for one rubric item (NaN where a member did not rate)."""
    rows = ratings[ratings["item"] == item]
    return rows.pivot_table(index="member", columns="candidate_id", values="score", aggfunc="mean")


def agreement_table(ratings: pd.DataFrame, items: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Per rubric item: ordinal and interval alpha, candidates rated by two or more, raters, ratings."""
    items = items if items is not None else tuple(sorted(ratings["item"].unique()))
    rows = []
    for item in items:
        matrix = reliability_matrix(ratings, item)
        units = int((matrix.notna().sum(axis=0) >= 2).sum())
        rows.append(
            {
                "item": item,
                "alpha_ordinal": krippendorff_alpha(matrix.to_numpy(), level="ordinal") if units else np.nan,
                "alpha_interval": krippendorff_alpha(matrix.to_numpy(), level="interval")
                if units
                else np.nan,
                "candidates": units,
                "raters": int(matrix.notna().any(axis=1).sum()),
                "ratings": int(matrix.notna().sum().sum()),
            }
        )
    return pd.DataFrame(
        rows, columns=["item", "alpha_ordinal", "alpha_interval", "candidates", "raters", "ratings"]
    )


def member_spread(ratings: pd.DataFrame) -> pd.DataFrame:
    """Per member: ratings given, their mean and spread, and how far they sit from the others.

    ``offset`` is the mean of (own score - the other members' mean for the same candidate and
    item): positive for a lenient rater, negative for a severe one. ``mean_abs_gap`` is the same
    without the sign, the member's typical disagreement. Both are NaN for a member nobody else
    overlaps with.
    """
    cols = ["member", "ratings", "mean", "std", "offset", "mean_abs_gap"]
    if ratings.empty:
        return pd.DataFrame(columns=cols)
    scores = ratings[["member", "candidate_id", "item", "score"]].astype({"score": float})
    cell = scores.groupby(["candidate_id", "item"])["score"]
    total, count = cell.transform("sum"), cell.transform("count")
    others = (total - scores["score"]) / (count - 1).where(count > 1)
    gap = scores["score"] - others
    out = (
        scores.assign(gap=gap, abs_gap=gap.abs())
        .groupby("member")
        .agg(
            ratings=("score", "size"),
            mean=("score", "mean"),
            std=("score", "std"),
            offset=("gap", "mean"),
            mean_abs_gap=("abs_gap", "mean"),
        )
    )
    return out.reset_index()[cols]


def candidate_spread(ratings: pd.DataFrame) -> pd.DataFrame:
    """Per candidate and item: raters, mean, standard deviation and range; widest disagreement first."""
    cols = ["candidate_id", "item", "raters", "mean", "std", "min", "max", "range"]
    if ratings.empty:
        return pd.DataFrame(columns=cols)
    grouped = ratings.astype({"score": float}).groupby(["candidate_id", "item"])["score"]
    out = pd.DataFrame(grouped.agg(raters="count", mean="mean", std="std", min="min", max="max"))
    out["range"] = out["max"] - out["min"]
    out = out.reset_index().sort_values(
        ["range", "std", "candidate_id", "item"], ascending=[False, False, True, True], kind="mergesort"
    )
    return out.reset_index(drop=True)[cols]
