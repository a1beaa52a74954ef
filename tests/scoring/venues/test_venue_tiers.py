"""Tier schemes map ranks to one tier label; overrides are validated and loadable."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.errors import ConfigError
from scoring.venues import load_table
from scoring.venues.tiers import load_overrides, parse_overrides, scheme_tier, scheme_tiers, tier_below

CONF = {"kind": "conference", "core_rank": "A*", "ccf_rank": "B", "sjr_quartile": ""}
CONF_CCF_BETTER = {"kind": "conference", "core_rank": "B", "ccf_rank": "A", "sjr_quartile": ""}
NATIONAL = {"kind": "conference", "core_rank": "National: USA", "ccf_rank": "", "sjr_quartile": ""}
JOURNAL = {"kind": "journal", "core_rank": "", "ccf_rank": "B", "sjr_quartile": "Q1"}
JOURNAL_CCF_A = {"kind": "journal", "core_rank": "", "ccf_rank": "A", "sjr_quartile": "Q2"}


@pytest.mark.parametrize(
    ("row", "scheme", "tier"),
    [
        (CONF, "core", "A*"),
        (CONF, "ccf", "B"),
        (CONF, "sjr", "unranked"),
        (CONF, "best", "A*"),
        (CONF, "custom", "unranked"),
        (CONF_CCF_BETTER, "best", "A"),
        (NATIONAL, "core", "unranked"),
        (JOURNAL, "core", "Q1"),
        (JOURNAL, "ccf", "B"),
        (JOURNAL, "sjr", "Q1"),
        (JOURNAL, "best", "Q1"),
        (JOURNAL_CCF_A, "best", "A"),
    ],
)
def test_scheme_tier(row: dict[str, str], scheme: str, tier: str) -> None:
    """Each scheme reads its own list; journals fall back to SJR under CORE; best takes the higher."""
    assert scheme_tier(row, scheme) == tier  # type: ignore[arg-type]


def test_tier_below_steps_down_each_scale() -> None:
    """One step down: A* to A, C to unranked, Q2 to Q3; other labels stay."""
    assert [tier_below(t) for t in ("A*", "A", "C", "Q2", "Q4", "preprint")] == [
        "A",
        "B",
        "unranked",
        "Q3",
        "unranked",
        "preprint",
    ]


def test_overrides_from_csv_and_toml_agree() -> None:
    """The same committee table reads the same from CSV and from a search config's TOML."""
    csv_text = "venue,tier\nL4DC,A\nJournal of Obscure Results,C\n"
    toml_text = (
        '[venues]\nscheme = "core"\n[venues.overrides]\nL4DC = "A"\n"Journal of Obscure Results" = "C"\n'
    )
    assert (
        parse_overrides(csv_text, fmt="csv")
        == parse_overrides(toml_text, fmt="toml")
        == {"L4DC": "A", "Journal of Obscure Results": "C"}
    )


def test_unknown_override_tier_names_the_venue_and_the_choices() -> None:
    """A tier outside the known labels is a ConfigError that says which venue and what is allowed."""
    with pytest.raises(ConfigError, match=r"venues\.overrides\.L4DC.*'B\+'.*A\*, A, B, C"):
        parse_overrides("venue,tier\nL4DC,B+\n", fmt="csv")


def test_csv_without_header_is_rejected() -> None:
    """A CSV must say which column is the venue and which the tier."""
    with pytest.raises(ConfigError, match="venue,tier"):
        parse_overrides("L4DC,A\n", fmt="csv")


def test_load_overrides_reads_by_suffix(tmp_path: Path) -> None:
    """A .toml file is read as TOML, anything else as CSV."""
    (tmp_path / "o.toml").write_text('COLM = "A"\n', encoding="utf-8")
    (tmp_path / "o.csv").write_text("venue,tier\nCOLM,B\n", encoding="utf-8")
    assert load_overrides(tmp_path / "o.toml") == {"COLM": "A"}
    assert load_overrides(tmp_path / "o.csv") == {"COLM": "B"}
    with pytest.raises(ConfigError, match="cannot read"):
        load_overrides(tmp_path / "missing.csv")


@pytest.mark.parametrize("scheme", ["core", "ccf", "sjr", "best", "custom"])
def test_vectorised_tiers_agree_with_the_row_rule(scheme: str) -> None:
    """The whole-table tiers equal the one-row rule on every row of the shipped table."""
    rows = load_table().rows
    expected = [scheme_tier(r, scheme) for r in rows.to_dict("records")]  # type: ignore[arg-type]
    assert scheme_tiers(rows, scheme) == expected  # type: ignore[arg-type]
