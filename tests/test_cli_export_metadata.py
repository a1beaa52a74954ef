"""``facultyscreen score`` output carries the config and its hash, so a shortlist can be reproduced."""

from __future__ import annotations

import csv
import io
import tomllib
from pathlib import Path

from typer.testing import CliRunner

from scoring.cli import app
from scoring.config import load_config, parse_config
from scoring.workspace import config_hash


def test_score_csv_carries_the_config_and_its_hash(applicants: Path, tmp_path: Path) -> None:
    """Every row holds the config TOML and a hash that matches both that TOML and the config used."""
    config = tmp_path / "search.toml"
    config.write_text('[search]\ntitle = "Metadata"\n\n[criteria.awards]\nweight = 0.7\n', encoding="utf-8")
    out = tmp_path / "shortlist.csv"
    result = CliRunner().invoke(app, ["score", str(applicants), "--config", str(config), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows
    assert list(rows[0])[-3:] == ["config_hash", "config_toml", "facultyscreen_version"]
    assert {r["config_hash"] for r in rows} == {config_hash(load_config(config))}
    carried = parse_config(tomllib.loads(rows[0]["config_toml"]))
    assert config_hash(carried) == rows[0]["config_hash"]
    assert carried.weights() == {"awards": 0.7}
