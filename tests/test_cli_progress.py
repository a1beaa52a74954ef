"""``facultyscreen score --progress`` draws a progress line on stderr and keeps stdout clean."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from scoring.cli import app


def test_score_progress_goes_to_stderr_only(tmp_path: Path) -> None:
    """With --progress, stderr shows done/total per candidate and stdout holds only the CSV."""
    for i, name in enumerate(["Ada Quillfeather", "Bram Oakes"]):
        (tmp_path / f"c{i}.txt").write_text(
            f'{name}\n\nPUBLICATIONS\n[1] {name}. "Adaptive step sizes." In ICML, 2023.\n', encoding="utf-8"
        )
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--progress", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "1/2" in result.stderr
    assert "2/2" in result.stderr
    assert "/2" not in result.stdout
    assert "Quillfeather" in result.stdout


def test_score_without_progress_prints_no_bar(tmp_path: Path) -> None:
    """With --no-progress, stderr carries no progress line."""
    (tmp_path / "c.txt").write_text('Ada Quillfeather\n\nPUBLICATIONS\n[1] A. Q. "Step sizes." In ICML, 2023.\n',
                                    encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "1/1" not in result.stderr
