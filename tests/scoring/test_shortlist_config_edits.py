"""Shortlist building and the small config edits behind the settings form."""

from __future__ import annotations

from typing import Literal

import pandas as pd
import pytest

from scoring.config import CriterionSpec, SearchConfig, dump_config
from scoring.config_edits import (
    config_from_toml,
    criterion_params,
    format_mapping,
    parse_mapping,
    with_criterion,
)
from scoring.criteria import criterion_names, get_criterion
from scoring.errors import ConfigError
from scoring.shortlist import build_shortlist, describe_config

CONFIG = SearchConfig(title="Chair", criteria=(CriterionSpec("awards", 0.4), CriterionSpec("topic_match", 0.6)))
RANKED = pd.DataFrame({"rank": [1, 2, 3], "candidate_id": ["a", "b", "c"], "name": ["A", "B", "C"],
                       "total": [0.9, 0.5, 0.1]})
SUMMARY = pd.DataFrame({"n_awards": [1, 0, 2], "name": ["x", "y", "z"]}, index=["c", "b", "a"])


def test_selected_candidates_come_in_rank_order_with_counts_and_notes() -> None:
    """Picked ids are kept in rank order, joined to their counts and notes, with the config described."""
    out = build_shortlist(RANKED, SUMMARY, CONFIG, selected=["c", "a"], notes={"a": "invite"})
    assert out["candidate_id"].tolist() == ["a", "c"]
    assert out["n_awards"].tolist() == [2, 1]
    assert out["name"].tolist() == ["A", "C"]  # the ranking's column wins over the summary's
    assert out["notes"].tolist() == ["invite", ""]
    assert set(out["config"]) == {describe_config(CONFIG)}
    hashes = set(out["config_hash"])
    assert len(hashes) == 1
    assert len(hashes.pop()) == 64


def test_without_a_selection_the_top_k_are_taken() -> None:
    """No selection means the first K rows of the ranking."""
    assert build_shortlist(RANKED, SUMMARY, CONFIG, top_k=2)["candidate_id"].tolist() == ["a", "b"]


def test_describe_config_names_weights_and_scheme() -> None:
    """The one-line description carries the title, scheme, normalisation and every weight."""
    text = describe_config(CONFIG)
    assert text.startswith("Chair; venues=core; normalise=percentile")
    assert "awards=0.4" in text
    assert "topic_match=0.6" in text


def test_with_criterion_adds_updates_and_rejects_negative_weights() -> None:
    """A new criterion is appended, an existing one updated in place, a negative weight refused."""
    cfg = with_criterion(CONFIG, "awards", weight=0.1, params={"per_award": 2.0})
    assert cfg.weights() == {"awards": 0.1, "topic_match": 0.6}
    assert cfg.criteria[0].params == {"per_award": 2.0}
    assert with_criterion(CONFIG, "tier_publications").weights()["tier_publications"] == 0.0
    with pytest.raises(ConfigError):
        with_criterion(CONFIG, "awards", weight=-1)


@pytest.mark.parametrize("name", criterion_names())
def test_every_criterion_parameter_gets_a_form_input(name: str) -> None:
    """Each keyword parameter of every registered criterion maps to a known input kind; choices list options."""
    for param in criterion_params(get_criterion(name)):
        assert param.kind in {"bool", "int", "float", "text", "choice", "list", "mapping", "complex"}
        if param.kind == "choice":
            assert param.default in param.options


def _example(ctx: object, *, flag: bool = False, n: int | None = None, mode: Literal["a", "b"] = "a",
             kinds: tuple[Literal["x", "y"], ...] = ("x",), weights: dict[str, float] | None = None,
             rules: dict[str, list[str]] | None = None, label: str = "") -> None:
    del ctx, flag, n, mode, kinds, weights, rules, label


def test_parameter_kinds_follow_the_type_hints() -> None:
    """Booleans, optional ints, Literal choices, tuples of Literals and dicts get the matching input kind."""
    params = {p.name: p for p in criterion_params(_example)}
    assert {n: p.kind for n, p in params.items()} == {
        "flag": "bool", "n": "int", "mode": "choice", "kinds": "list", "weights": "mapping", "rules": "complex",
        "label": "text"}
    assert params["mode"].options == ("a", "b")
    assert params["kinds"].options == ("x", "y")


@pytest.mark.parametrize(("text", "expected"), [("A*=4, A=2", {"A*": 4.0, "A": 2.0}), ("", {}),
                                                ("B = 1.5; C=0", {"B": 1.5, "C": 0.0})])
def test_mappings_round_trip(text: str, expected: dict[str, float]) -> None:
    """'key=number' lists parse to dicts and format back to text that parses the same."""
    assert parse_mapping(text) == expected
    assert parse_mapping(format_mapping(expected)) == expected


@pytest.mark.parametrize("text", ["A*", "=3", "A=lots"])
def test_bad_mappings_are_refused(text: str) -> None:
    """Pairs without '=' or without a number raise a ConfigError that shows an example."""
    with pytest.raises(ConfigError, match="key=number"):
        parse_mapping(text)


def test_config_round_trips_through_toml_text() -> None:
    """dump_config then config_from_toml gives the same config; bad TOML raises ConfigError."""
    assert config_from_toml(dump_config(CONFIG)) == CONFIG
    with pytest.raises(ConfigError):
        config_from_toml("[search\n")


def test_an_empty_shortlist_keeps_text_notes() -> None:
    """With nobody selected from an empty ranking, the notes column is still a text column."""
    out = build_shortlist(RANKED.head(0), SUMMARY, CONFIG, top_k=5)
    assert out.empty
    assert pd.api.types.is_string_dtype(out["notes"])
