"""The shipped venue table: provenance rules hold, curated aliases point at real rows, the build is reproducible."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from scoring.venues import load_table
from scoring.venues.normalise import acronym_key
from scoring.venues.table import DATA_DIR

ROOT = Path(__file__).resolve().parents[3]


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_venue_table", ROOT / "scripts" / "build_venue_table.py"
    )
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_venue_table"] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_table_carries_nothing_from_csrankings() -> None:
    """No row names CSRankings among its sources (its licence forbids derivatives)."""
    rows = load_table().rows
    assert not rows["sources"].str.contains("csr").any()
    assert set(rows["kind"]) == {"conference", "journal"}


def test_every_curated_alias_points_at_exactly_one_venue() -> None:
    """Each alias target is a full name or an acronym that picks a single row."""
    rows = load_table().rows
    names = rows["name"].str.lower().value_counts()
    acronyms = rows["acronym"].map(acronym_key).value_counts()
    with (DATA_DIR / "venue_aliases.csv").open(encoding="utf-8", newline="") as fh:
        bad = [
            a["target"]
            for a in csv.DictReader(fh)
            if names.get(a["target"].lower(), 0) != 1
            and not (
                names.get(a["target"].lower(), 0) == 0 and acronyms.get(acronym_key(a["target"]), 0) == 1
            )
        ]
    assert bad == []


def test_curated_additions_are_in_the_table_and_unranked() -> None:
    """Venues no source lists (L4DC, COLM, TMLR) ship with no invented rank."""
    rows = load_table().rows.set_index("acronym")
    for acronym in ("L4DC", "COLM", "TMLR"):
        row = rows.loc[acronym]
        assert row["sources"] == "curated"
        assert (row["core_rank"], row["ccf_rank"], row["sjr_quartile"]) == ("", "", "")


def test_build_drops_unsourced_aliases_and_banned_sources(tmp_path: Path) -> None:
    """An alias found in no raw file and the csr source token are removed; additions are appended."""
    build = _build_module()
    src = tmp_path / "src"
    for rel in build.RAW_FILES:
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_text("Zeta Conference on Things,ZCT\nZCT (1)x\n", encoding="utf-8")
    header = "acronym,name,kind,core_rank,ccf_rank,ccf_rank_2022,sjr_quartile,sjr_year,aliases,issn,dblp_key,ccf_area,core_for,sources"
    (src / "venues.csv").write_text(
        header + "\nZCT,Zeta Conference on Things,conference,A,,,,,ZCT (1);Invented Alias,,,,,core;csr\n"
        "ONLY,Only In Banned,conference,,,,,,,,,,,csr\n",
        encoding="utf-8",
    )
    additions = tmp_path / "add.csv"
    additions.write_text(
        header.replace(",sources", "") + "\nNEWC,New Conference,conference,,,,,,,,,,\n", encoding="utf-8"
    )
    out = tmp_path / "venues.csv"
    counts = build.build(src, out, additions)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["acronym"] for r in rows] == ["ZCT", "NEWC"]
    assert rows[0]["aliases"] == "ZCT (1)"
    assert rows[0]["sources"] == "core"
    assert rows[1]["sources"] == "curated"
    assert counts["aliases_dropped"] == 1


@pytest.mark.skipif(
    not (ROOT.parent / "shared" / "data" / "venues" / "venues.csv").is_file(),
    reason="the public ranking data is not next to the project",
)
def test_shipped_table_is_what_the_build_script_writes(tmp_path: Path) -> None:
    """Rebuilding from the public data reproduces the committed table byte for byte."""
    build = _build_module()
    out = tmp_path / "venues.csv"
    build.build(build.DEFAULT_SOURCE, out)
    assert out.read_bytes() == (DATA_DIR / "venues.csv").read_bytes()
