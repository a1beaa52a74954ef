"""``facultyscreen venues resolve`` prints each input's venue, tier and match, or null."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from scoring.cli import app


def test_resolve_json_gives_one_record_per_input_with_null_for_unknown() -> None:
    """Known strings carry ranks, tier, confidence and match kind; unknown ones are null."""
    result = CliRunner().invoke(
        app, ["venues", "resolve", "--json", "NeurIPS'21", "Journal of Imaginary Results"]
    )
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [r["input"] for r in records] == ["NeurIPS'21", "Journal of Imaginary Results"]
    neurips = records[0]["venue"]
    assert neurips["acronym"] == "NeurIPS"
    assert neurips["kind"] == "conference"
    assert (neurips["core_rank"], neurips["ccf_rank"], neurips["tier"], neurips["how"]) == (
        "A*",
        "A",
        "A*",
        "acronym",
    )
    assert 0 < neurips["confidence"] <= 1
    assert records[1]["venue"] is None


def test_resolve_uses_the_scheme_and_the_configs_overrides(tmp_path: Path) -> None:
    """--scheme picks the list; --config brings the committee's overrides."""
    config = tmp_path / "search.toml"
    config.write_text(
        '[venues]\nscheme = "ccf"\nfindings_as = "main"\n[venues.overrides]\nL4DC = "A"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(
        app, ["venues", "resolve", "--json", "--config", str(config), "COLT 2020", "L4DC", "Findings of ACL"]
    )
    assert result.exit_code == 0, result.output
    assert [r["venue"]["tier"] for r in json.loads(result.output)] == ["B", "A", "A"]
    result = CliRunner().invoke(app, ["venues", "resolve", "--json", "--scheme", "core", "COLT 2020"])
    assert json.loads(result.output)[0]["venue"]["tier"] == "A*"


def test_resolve_text_output_and_bad_scheme() -> None:
    """Plain output names the venue and tier; an unknown scheme exits 1 with a one-line error."""
    result = CliRunner().invoke(app, ["venues", "resolve", "Findings of ACL 2023"])
    assert result.exit_code == 0
    assert "Findings of ACL" in result.output
    assert "track=findings" in result.output
    result = CliRunner().invoke(app, ["venues", "resolve", "--scheme", "h5", "ICML"])
    assert result.exit_code == 1
    assert "venues.scheme" in result.output


def test_refused_near_miss_prints_null_with_the_closest_venue() -> None:
    """A near miss is null, and the closest venue is shown as a hint, not as the match."""
    text = "Intl Conference on Machine Learning and Quantum Widgets"
    result = CliRunner().invoke(app, ["venues", "resolve", "--json", text])
    record = json.loads(result.output)[0]
    assert record["venue"] is None
    assert record["guess"]["confidence"] < 0.85
