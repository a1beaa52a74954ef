"""assign_tiers adds one tier per publication; unresolved_venues lists what the committee must settle."""

from __future__ import annotations

import pandas as pd
import pytest

from scoring.errors import ConfigError
from scoring.model import Publications
from scoring.venues import assign_tiers, unresolved_venues


def _pubs(
    *venues: str | None, types: tuple[str, ...] = (), acronyms: tuple[str | None, ...] = ()
) -> pd.DataFrame:
    n = len(venues)
    return pd.DataFrame(
        {
            Publications.candidate_id: [f"c{i % 2}" for i in range(n)],
            Publications.title: [f"Paper {i}" for i in range(n)],
            Publications.venue: list(venues),
            Publications.venue_acronym: list(acronyms) or [None] * n,
            Publications.type: list(types) or ["conference"] * n,
        },
        index=pd.RangeIndex(10, 10 + n),
    )


def test_adds_tier_columns_and_keeps_rows_and_index() -> None:
    """The frame comes back with the same rows and index plus the venue columns."""
    pubs = _pubs("NeurIPS 2020", "Journal of Imaginary Results", None)
    out = assign_tiers(pubs)
    assert out.index.equals(pubs.index)
    assert list(out[Publications.venue]) == list(pubs[Publications.venue])
    assert list(out["tier"]) == ["A*", "unranked", "unranked"]
    assert list(out["venue_match"]) == ["acronym", "none", "none"]
    assert out["venue_confidence"].between(0, 1).all()
    assert out.loc[10, "venue_name"] == "Advances in Neural Information Processing Systems"


@pytest.mark.parametrize(
    ("scheme", "tiers"),
    [
        ("core", ["B", "Q1", "A"]),
        ("ccf", ["A", "A", "C"]),
        ("sjr", ["unranked", "Q1", "unranked"]),
        ("best", ["A", "A", "A"]),
        ("custom", ["unranked", "unranked", "unranked"]),
    ],
)
def test_scheme_decides_the_tier(scheme: str, tiers: list[str]) -> None:
    """PPoPP, JMLR and AISTATS get the tier each list gives them."""
    out = assign_tiers(
        _pubs("PPoPP 2021", "Journal of Machine Learning Research", "AISTATS 2019"), scheme=scheme
    )
    assert list(out["tier"]) == tiers


def test_preprint_type_and_preprint_servers_are_preprints() -> None:
    """A publication typed preprint, or printed as an arXiv paper, lands in the preprint bucket."""
    out = assign_tiers(_pubs("NeurIPS 2020", "arXiv:2101.00001", types=("preprint", "other")))
    assert list(out["tier"]) == ["preprint", "preprint"]


def test_overrides_by_acronym_by_name_and_by_printed_string() -> None:
    """Committee tiers win: by a venue's acronym, its full name, or the string as the CV prints it."""
    pubs = _pubs("L4DC 2022", "ICML 2019", "Journal of Imaginary Results, vol. 3")
    out = assign_tiers(
        pubs,
        overrides={
            "L4DC": "A",
            "International Conference on Machine Learning": "B",
            "Journal of Imaginary Results": "C",
        },
    )
    assert list(out["tier"]) == ["A", "B", "C"]
    assert list(out["venue_match"]) == ["acronym", "acronym", "override"]


def test_custom_scheme_uses_only_the_committee_table() -> None:
    """Under custom, listed venues get their tier and everything else is unranked."""
    out = assign_tiers(_pubs("COLT 2020", "ICML 2019"), scheme="custom", overrides={"COLT": "A*"})
    assert list(out["tier"]) == ["A*", "unranked"]


@pytest.mark.parametrize(
    ("rule", "tier"), [("unranked", "unranked"), ("main", "A*"), ("one_below", "A"), ("B", "B")]
)
def test_findings_count_as_the_committee_says(rule: str, tier: str) -> None:
    """Findings of EMNLP (CORE A*) gets the literal tier, the host's tier, or one below."""
    out = assign_tiers(_pubs("Findings of EMNLP 2021"), findings_as=rule)
    assert out["tier"].iloc[0] == tier
    assert out["venue_track"].iloc[0] == "findings"
    assert out["venue_name"].iloc[0] == "Findings of EMNLP"


def test_workshop_at_a_top_venue_is_not_that_venue() -> None:
    """A workshop held at ICML is a side track, unranked by default, host tier only if asked."""
    pubs = _pubs("Workshop on Odd Ideas at ICML 2021")
    assert assign_tiers(pubs)["tier"].iloc[0] == "unranked"
    assert assign_tiers(pubs, side_tracks_as="main")["tier"].iloc[0] == "A*"


def test_parser_acronym_is_used_when_the_venue_text_says_nothing_known() -> None:
    """A venue string we cannot read falls back to the acronym the parser found."""
    out = assign_tiers(_pubs("Proc. of the Some Odd Meeting", acronyms=("COLT",)))
    assert out["tier"].iloc[0] == "A*"


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"scheme": "h5"}, "venues.scheme"),
        ({"findings_as": "half"}, "venues.findings_as"),
        ({"overrides": {"ICML": "S"}}, "venues.overrides.ICML"),
    ],
)
def test_bad_settings_raise_config_errors_naming_the_key(kwargs: dict[str, object], key: str) -> None:
    """Unknown schemes, track rules or override tiers fail with the config key at fault."""
    with pytest.raises(ConfigError) as err:
        assign_tiers(_pubs("ICML"), **kwargs)  # type: ignore[arg-type]
    assert err.value.key == key


def test_unresolved_venues_counts_publications_and_skips_settled_ones() -> None:
    """Each unknown string appears once with its publication count; resolved, preprint and overridden ones do not."""
    pubs = _pubs(
        "Journal of Imaginary Results",
        "Journal of Imaginary Results, 2020",
        "ICML 2019",
        "arXiv:1234.5678",
        "Intl Conference on Machine Learning and Quantum Widgets",
        "Odd Venue",
    )
    out = unresolved_venues(assign_tiers(pubs, overrides={"Odd Venue": "C"}))
    assert list(out.columns) == ["venue", "publications", "best_guess", "confidence", "venue_match"]
    assert set(out["venue"]) == {
        "Journal of Imaginary Results",
        "Journal of Imaginary Results, 2020",
        "Intl Conference on Machine Learning and Quantum Widgets",
    }
    widgets = out.set_index("venue").loc["Intl Conference on Machine Learning and Quantum Widgets"]
    assert widgets["best_guess"] is not None
    assert widgets["confidence"] < 0.85


def test_unresolved_venues_of_a_clean_pool_is_empty() -> None:
    """A pool where everything resolved gives an empty list with the same columns."""
    out = unresolved_venues(assign_tiers(_pubs("ICML 2019", "NeurIPS 2020", "ICML 2019")))
    assert out.empty
    assert "publications" in out.columns


def test_missing_values_and_missing_columns_are_unranked_not_errors() -> None:
    """NA venues resolve to nothing, and a frame without acronym or type columns still works."""
    pubs = pd.DataFrame({Publications.venue: [pd.NA, None, float("nan"), "ICML 2019"]})
    out = assign_tiers(pubs)
    assert list(out["tier"]) == ["unranked", "unranked", "unranked", "A*"]
    assert unresolved_venues(out).empty


def test_empty_pool_gives_empty_frames() -> None:
    """No publications: the venue columns exist and the review list is empty."""
    out = assign_tiers(_pubs())
    assert {"tier", "venue_name", "venue_match", "venue_confidence", "venue_track"} <= set(out.columns)
    assert out.empty
    assert unresolved_venues(out).empty
