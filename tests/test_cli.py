"""The ``facultyscreen`` command line, driven in-process with typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scoring.cli import app
from scoring.model import PUBLICATION_TYPES

EXIT_PARTIAL = 3
PUBLICATION_KEYS = {"title", "year", "venue", "venue_acronym", "type", "candidate_author_position", "n_authors"}
# A truncated PDF: the header says PDF, but no reader can open it.
BROKEN_PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _rows(data: bytes | str) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.lstrip("\ufeff")
    return list(csv.DictReader(io.StringIO(text)))


def test_parse_json_has_the_measured_shape(runner: CliRunner, applicants: Path) -> None:
    """``parse --json`` on one file prints one object with the keys parsing quality is measured on."""
    result = runner.invoke(app, ["parse", "--json", str(applicants / "quillfeather.txt")])
    assert result.exit_code == 0, result.stderr
    profile = json.loads(result.stdout)
    assert isinstance(profile, dict)
    assert {"name", "current_position", "phd", "publications", "awards", "research_interests"} <= profile.keys()
    assert profile["name"] == "Ada Quillfeather"
    assert set(profile["phd"]) >= {"institution", "year"}
    assert len(profile["publications"]) == 3
    for pub in profile["publications"]:
        assert pub.keys() >= PUBLICATION_KEYS
        assert pub["type"] in PUBLICATION_TYPES
        assert pub["year"] is None or isinstance(pub["year"], int)
    assert {2023, 2024} <= {p["year"] for p in profile["publications"]}
    assert profile["awards"]
    assert all({"name", "year"} <= a.keys() for a in profile["awards"])


def test_parse_json_prints_a_list_for_several_paths(runner: CliRunner, applicants: Path) -> None:
    """Several PATHs give a JSON list, one object per candidate, in argument order."""
    paths = [str(applicants / "oakes.txt"), str(applicants / "quillfeather.txt")]
    result = runner.invoke(app, ["parse", "--json", *paths])
    assert result.exit_code == 0, result.stderr
    profiles = json.loads(result.stdout)
    assert [p["name"] for p in profiles] == ["Bram Oakes", "Ada Quillfeather"]


def test_parse_treats_a_folder_as_one_candidate(
    runner: CliRunner, write_cv: Callable[[str, str], Path], make_cv: Callable[..., str]
) -> None:
    """A folder with a CV and a .bib is one candidate whose publications include the BibTeX entries."""
    folder = write_cv("cyra/cv.txt", make_cv("Cyra Vance")).parent
    write_cv(
        "cyra/publications.bib",
        "@inproceedings{vance2024,\n  author = {Vance, Cyra and Holt, Dev},\n"
        "  title = {Sharpness and the Batch Size},\n  booktitle = {International Conference on Machine Learning},\n"
        "  year = {2024}\n}\n",
    )
    result = runner.invoke(app, ["parse", "--json", str(folder)])
    assert result.exit_code == 0, result.stderr
    profile = json.loads(result.stdout)
    assert profile["name"] == "Cyra Vance"
    assert "Sharpness and the Batch Size" in [p["title"] for p in profile["publications"]]


def test_parse_reports_a_missing_path_and_fails(runner: CliRunner, tmp_path: Path) -> None:
    """A PATH that cannot be read is named on stderr and the command exits non-zero."""
    missing = tmp_path / "nobody.txt"
    result = runner.invoke(app, ["parse", "--json", str(missing)])
    assert result.exit_code != 0
    assert "nobody.txt" in result.stderr


def test_score_writes_a_ranked_csv(runner: CliRunner, applicants: Path, tmp_path: Path) -> None:
    """``score --out`` writes one row per candidate with rank, name and total, best first."""
    out = tmp_path / "shortlist.csv"
    result = runner.invoke(app, ["score", str(applicants), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    rows = _rows(out.read_bytes())
    assert {"rank", "name", "total"} <= rows[0].keys()
    assert [int(r["rank"]) for r in rows] == [1, 2]
    assert {r["name"] for r in rows} == {"Ada Quillfeather", "Bram Oakes"}
    totals = [float(r["total"]) for r in rows]
    assert totals == sorted(totals, reverse=True)


def test_score_ranks_top_tier_papers_and_awards_first(
    runner: CliRunner, applicants: Path, tmp_path: Path
) -> None:
    """With publication and award criteria, three top-tier papers and two awards beat one preprint."""
    config = tmp_path / "search.toml"
    config.write_text("[criteria.tier_publications]\nweight = 0.7\n\n[criteria.awards]\nweight = 0.3\n")
    result = runner.invoke(app, ["score", str(applicants), "--config", str(config)])
    assert result.exit_code == 0, result.stderr
    rows = _rows(result.stdout_bytes)
    assert rows[0]["name"] == "Ada Quillfeather"
    assert float(rows[0]["total"]) > float(rows[1]["total"])


def test_score_reads_search_toml_inside_the_applicant_folder(runner: CliRunner, applicants: Path) -> None:
    """Without --config, APPLICANTS/search.toml decides the criteria, and it is not taken for a candidate."""
    (applicants / "search.toml").write_text("[criteria.awards]\nweight = 1.0\n")
    result = runner.invoke(app, ["score", str(applicants)])
    assert result.exit_code == 0, result.stderr
    rows = _rows(result.stdout_bytes)
    assert len(rows) == 2
    assert "awards" in rows[0]
    assert "tier_publications" not in rows[0]


def test_score_top_keeps_the_best_n(
    runner: CliRunner, applicants: Path, make_cv: Callable[..., str], tmp_path: Path
) -> None:
    """``--top N`` keeps exactly the N best-ranked candidates."""
    (applicants / "dunmore.md").write_text(make_cv("Elin Dunmore"), encoding="utf-8")
    full = _rows(runner.invoke(app, ["score", str(applicants)]).stdout_bytes)
    out = tmp_path / "top.csv"
    result = runner.invoke(app, ["score", str(applicants), "--top", "2", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    top = _rows(out.read_bytes())
    assert len(full) == 3
    assert [r["name"] for r in top] == [r["name"] for r in full[:2]]


def test_score_exits_3_when_one_file_is_unreadable(runner: CliRunner, applicants: Path, tmp_path: Path) -> None:
    """An unreadable file is named on stderr, the others are still scored, and the exit code is 3."""
    (applicants / "corrupt_cv.pdf").write_bytes(BROKEN_PDF)
    out = tmp_path / "shortlist.csv"
    result = runner.invoke(app, ["score", str(applicants), "--out", str(out)])
    assert result.exit_code == EXIT_PARTIAL
    assert "corrupt_cv.pdf" in result.stderr
    assert {r["name"] for r in _rows(out.read_bytes())} == {"Ada Quillfeather", "Bram Oakes"}


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("[criteria.tier_publications]\nweight = -1\n", "criteria.tier_publications.weight"),
        ("[criteria.number_of_friends]\nweight = 1\n", "criteria.number_of_friends"),
        ("[criteria.awards]\nper_medal = 2\n", "criteria.awards.per_medal"),
        ('[ranking]\nnormalise = "vibes"\n', "ranking.normalise"),
    ],
    ids=["negative-weight", "unknown-criterion", "unknown-parameter", "bad-normaliser"],
)
def test_score_exits_1_on_a_bad_config_naming_the_key(
    runner: CliRunner, applicants: Path, tmp_path: Path, toml: str, key: str
) -> None:
    """A config error exits 1 with a message that names the TOML key at fault, and writes no CSV."""
    config = tmp_path / "bad.toml"
    config.write_text(toml)
    out = tmp_path / "shortlist.csv"
    result = runner.invoke(app, ["score", str(applicants), "--config", str(config), "--out", str(out)])
    assert result.exit_code == 1
    assert key in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_score_exits_1_when_applicants_is_not_a_folder(runner: CliRunner, tmp_path: Path) -> None:
    """Pointing ``score`` at something that is not a folder is a usage error (exit 1)."""
    result = runner.invoke(app, ["score", str(tmp_path / "no_such_folder")])
    assert result.exit_code == 1
    assert "no_such_folder" in result.stderr
