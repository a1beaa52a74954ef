"""The search config: TOML in, validated dataclasses out, errors that name the key at fault."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scoring.config import CriterionSpec, SearchConfig, dump_config, load_config, parse_config
from scoring.criteria import criterion_explanation, criterion_label, criterion_names, criterion_params
from scoring.errors import ConfigError, UnknownCriterion

SAMPLE = Path(__file__).resolve().parents[2] / "sample_profiles" / "search.toml"


def _parse(text: str) -> SearchConfig:
    return parse_config(tomllib.loads(text))


def test_sample_config_loads_with_every_builtin_criterion() -> None:
    """The example search.toml is valid and weighs every built-in criterion except the column one."""
    cfg = load_config(SAMPLE)
    kinds = {c.kind for c in cfg.criteria}
    assert set(criterion_names()) - {"column"} <= kinds
    assert cfg.description.strip()
    assert cfg.filters.phd_year_min is not None


def test_dump_config_round_trips_the_sample() -> None:
    """Dumping a config to TOML and parsing it back gives the same config."""
    cfg = load_config(SAMPLE)
    assert parse_config(tomllib.loads(dump_config(cfg))) == cfg


def test_dump_config_round_trips_aliases_and_filters() -> None:
    """A renamed column criterion, its label and the filters survive a TOML round trip."""
    text = """
    [criteria.rating]
    use = "column"
    label = "Committee rating"
    column = "rating"
    weight = 0.2
    [filters]
    positions = ["postdoc"]
    phd_year_max = 2025
    """
    cfg = _parse(text)
    again = parse_config(tomllib.loads(dump_config(cfg)))
    assert again == cfg
    assert again.spec("rating").kind == "column"
    assert again.label("rating") == "Committee rating"


@pytest.mark.parametrize(
    ("text", "key", "says"),
    [
        ('[ranking]\nnormalise = "rank"', "ranking.normalise", "percentile"),
        ('[venues]\nscheme = "h5"', "venues.scheme", "core"),
        ("[venues]\ncolour = 1", "venues.colour", "unknown key"),
        ('[venues.overrides]\nICML = "S"', "venues.overrides.ICML", "A*"),
        ("[criteria.nope]\nweight = 1", "criteria.nope", "tier_publications"),
        ("[criteria.awards]\nweight = -1", "criteria.awards.weight", ">= 0"),
        ("[criteria.awards]\nweight = true", "criteria.awards.weight", ">= 0"),
        ('[criteria.awards]\nsince_years = "five"', "criteria.awards.since_years", "whole number"),
        ("[criteria.awards]\nsince_years = 0", "criteria.awards.since_years", "at least 1"),
        (
            '[criteria.awards.rules]\nbest_paper = ["("]',
            "criteria.awards.rules.best_paper",
            "not a valid pattern",
        ),
        ('[criteria.awards.rules]\nprize = ["prize"]', "criteria.awards.category_weights", "prize"),
        (
            '[criteria.tier_publications]\nauthorship = "half"',
            "criteria.tier_publications.authorship",
            "'fractional'",
        ),
        (
            '[criteria.tier_publications]\ntypes = ["poster"]',
            "criteria.tier_publications.types",
            "'workshop'",
        ),
        ("[criteria.tier_publications]\nfoo = 1", "criteria.tier_publications.foo", "unknown parameter"),
        (
            '[criteria.tier_publications.tier_weights]\n"A*" = -4',
            "criteria.tier_publications.tier_weights",
            ">= 0",
        ),
        ('[criteria.x]\nuse = "nothing"', "criteria.x.use", "tier_publications"),
        ('[criteria.r]\nuse = "column"', "criteria.r.column", "name the candidates column"),
        (
            "[criteria.career_stage]\npreferred_min = 9.0\npreferred_max = 3.0",
            "criteria.career_stage.preferred_min",
            "preferred_max",
        ),
        ('[criteria.topic_match]\nmethod = "bm25"', "criteria.topic_match.method", "'semantic'"),
        (
            '[criteria.topic_match]\nmethod = "semantic"\nmodel = "/no/such/model"',
            "criteria.topic_match.model",
            "never downloaded",
        ),
        ('[filters]\nphd_year_min = "2015"', "filters.phd_year_min", "whole number"),
        ("[filters]\nphd_year_min = 2020\nphd_year_max = 2010", "filters.phd_year_min", "phd_year_max"),
        ("[filters]\nmin_topic_match = 0.1", "filters.min_topic_match", "topic_match"),
        ("[filters]\nhindex = 3", "filters.hindex", "phd_year_min"),
        ('[filters]\npositions = ["postdocs"]', "filters.positions", "postdoc"),
        ('[venues]\noverrides_file = "tiers.csv"', "venues.overrides_file", "[venues.overrides]"),
        ("[sensitivity]\nspread = 1.5", "sensitivity.spread", "below 1"),
        ("[sensitivity]\ndraws = 0", "sensitivity.draws", "at least 1"),
        ("[bogus]\nx = 1", "bogus", "unknown section"),
    ],
)
def test_config_errors_name_the_key_and_what_is_allowed(text: str, key: str, says: str) -> None:
    """Each invalid config raises ConfigError with the dotted TOML key and an actionable message."""
    with pytest.raises(ConfigError) as info:
        _parse(text)
    assert info.value.key == key
    assert says in str(info.value)


def test_unknown_criterion_is_a_config_error_subclass() -> None:
    """An unregistered criterion raises UnknownCriterion, which callers can catch as ConfigError."""
    with pytest.raises(UnknownCriterion):
        _parse("[criteria.h_index]\nweight = 1")


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    """A file that is not TOML raises ConfigError naming the file."""
    path = tmp_path / "search.toml"
    path.write_text("[search\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"search\.toml is not valid TOML"):
        load_config(path)


def test_overrides_file_is_read_next_to_the_config(tmp_path: Path) -> None:
    """A CSV named by venues.overrides_file is merged with the inline overrides, inline winning."""
    (tmp_path / "tiers.csv").write_text("venue,tier\nSTP,B\nTOY,C\n", encoding="utf-8")
    path = tmp_path / "search.toml"
    path.write_text(
        '[venues]\noverrides_file = "tiers.csv"\n[venues.overrides]\nTOY = "A"\n', encoding="utf-8"
    )
    cfg = load_config(path)
    assert cfg.overrides == {"STP": "B", "TOY": "A"}
    assert "overrides_file" not in dump_config(cfg)


def test_with_weights_and_with_params_return_validated_copies() -> None:
    """with_weights changes only weights; with_params rejects a bad value like TOML would."""
    cfg = SearchConfig(criteria=(CriterionSpec("awards", 1.0), CriterionSpec("tier_publications", 2.0)))
    assert cfg.with_weights({"awards": 3}).weights() == {"awards": 3.0, "tier_publications": 2.0}
    assert cfg.with_params("awards", since_years=5).spec("awards").params == {"since_years": 5}
    with pytest.raises(ConfigError) as info:
        cfg.with_params("awards", since_years=-5)
    assert info.value.key == "criteria.awards.since_years"


def test_criterion_params_describe_the_settings_form() -> None:
    """Parameter introspection gives defaults, Literal choices and the docstring help of each parameter."""
    params = {p.name: p for p in criterion_params("tier_publications")}
    assert params["authorship"].choices == ("full", "fractional", "first_last")
    assert params["authorship"].default == "full"
    assert "CSRankings" in params["authorship"].help
    assert params["since_years"].expects.startswith("a whole number")
    assert "preprint" in params["types"].choices


def test_every_criterion_has_a_label_and_documented_parameters() -> None:
    """Each registered criterion has a label, an explanation and help text for every parameter."""
    for name in criterion_names():
        assert criterion_label(name)[0].isupper()
        assert len(criterion_explanation(name)) > 40
        assert "Args:" not in criterion_explanation(name)
        for param in criterion_params(name):
            assert param.help, f"{name}.{param.name} has no help in its docstring"
