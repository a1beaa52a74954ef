"""Inter-rater agreement (Krippendorff's alpha) and per-member spread on known data."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from scoring.workspace.agreement import agreement_table, candidate_spread, krippendorff_alpha, member_spread

nan = np.nan
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
# 12 units, values 1-5, missing data. The paper reports nominal .743, ordinal .815, interval .849.
TEXTBOOK = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
    [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
]


@pytest.mark.parametrize(("level", "expected"), [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)])
def test_textbook_example(level: str, expected: float) -> None:
    """Alpha reproduces the published values of Krippendorff's worked example."""
    assert krippendorff_alpha(TEXTBOOK, level=level) == pytest.approx(expected, abs=5e-4)  # type: ignore[arg-type]


def test_hand_computed_interval_example() -> None:
    """Two raters, units (1,1), (2,2), (3,4): alpha = 1 - (n-1) * 2 / 82 = 36/41.

    Coincidences: 1-1 twice, 2-2 twice, 3-4 and 4-3 once; n = 6, value counts 2, 2, 1, 1. The
    observed sum of squared differences is 2 (the 3-4 pair both ways); the expected sum over all
    ordered value pairs n_c * n_k * (c - k)^2 is 82.
    """
    assert krippendorff_alpha([[1, 2, 3], [1, 2, 4]], level="interval") == pytest.approx(36 / 41)


def test_hand_computed_ordinal_example() -> None:
    """Ordinal distance counts values between ranks: units (1,1), (2,3) give alpha = 1 - 3 * 2.25*2 / 27.

    Value counts n1=2, n2=1, n3=1 (n=4). Ordinal squared distances: d(1,2) = (2+1 - 1.5)^2 = 2.25,
    d(1,3) = (2+1+1 - 1.5)^2 = 6.25, d(2,3) = (1+1 - 1)^2 = 1. Observed: the 2-3 pair both ways,
    2 * 1 = 2. Expected over ordered pairs: 2 * (2*1*2.25 + 2*1*6.25 + 1*1*1) = 36.
    So alpha = 1 - (4 - 1) * 2 / 36 = 5/6.
    """
    assert krippendorff_alpha([[1, 2], [1, 3]], level="ordinal") == pytest.approx(5 / 6)


def test_perfect_agreement_is_one_and_undefined_cases_are_nan() -> None:
    """Identical ratings give 1; one value everywhere or no paired unit gives NaN."""
    assert krippendorff_alpha([[1, 2, 5], [1, 2, 5]], level="ordinal") == pytest.approx(1.0)
    assert math.isnan(krippendorff_alpha([[3, 3], [3, 3]]))
    assert math.isnan(krippendorff_alpha([[1, nan], [nan, 2]]))


def _frame(rows: list[tuple[str, str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["member", "candidate_id", "item", "score"])


def test_agreement_table_per_item() -> None:
    """Each rubric item gets its own alpha and counts of paired candidates, raters and ratings."""
    ratings = _frame(
        [
            ("a", "x", "research", 5),
            ("b", "x", "research", 5),
            ("a", "y", "research", 1),
            ("b", "y", "research", 1),
            ("a", "x", "fit", 2),
        ]
    )
    table = agreement_table(ratings, ("research", "fit")).set_index("item")
    assert table.loc["research", "alpha_interval"] == pytest.approx(1.0)
    assert table.loc["research", ["candidates", "raters", "ratings"]].tolist() == [2, 2, 4]
    assert math.isnan(table.loc["fit", "alpha_ordinal"])
    assert table.loc["fit", "candidates"] == 0


def test_member_spread_finds_the_lenient_rater() -> None:
    """A member who always scores one above the others has offset +1, the others below zero."""
    ratings = _frame(
        [("soft", c, "research", s + 1) for c, s in (("x", 3), ("y", 2))]
        + [(m, c, "research", s) for m in ("a", "b") for c, s in (("x", 3), ("y", 2))]
    )
    spread = member_spread(ratings).set_index("member")
    assert spread.loc["soft", "offset"] == pytest.approx(1.0)
    assert spread.loc["a", "offset"] == pytest.approx(-0.5)
    assert spread.loc["soft", "mean_abs_gap"] == pytest.approx(1.0)
    assert spread.loc["soft", ["ratings", "mean"]].tolist() == [2, 3.5]


def test_candidate_spread_puts_the_widest_disagreement_first() -> None:
    """Candidates are ordered by the range of their scores, widest first."""
    ratings = _frame(
        [
            ("a", "calm", "research", 3),
            ("b", "calm", "research", 3),
            ("a", "split", "research", 1),
            ("b", "split", "research", 5),
        ]
    )
    spread = candidate_spread(ratings)
    assert spread["candidate_id"].tolist() == ["split", "calm"]
    assert spread.loc[0, ["raters", "mean", "range"]].tolist() == [2, 3.0, 4.0]
