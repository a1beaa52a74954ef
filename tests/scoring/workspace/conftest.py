"""A fresh workspace on a real SQLite file for every test, and tiny CV files to import."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scoring.workspace import Workspace, open_workspace


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "committee.sqlite"


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(db_path)
    yield workspace
    workspace.close()


def _write_cv(folder: Path, stem: str, *, papers: int = 2, year: int = 2020) -> Path:
    lines = [f"# {stem.replace('-', ' ').title()}", "", "## Publications", ""]
    lines += [
        f'{i + 1}. A. Author. "Paper {i} of {stem}". Proc. Example Conference, {year + i}.'
        for i in range(papers)
    ]
    lines += ["", "## Awards", "", f"- Example Prize, {year}"]
    path = folder / f"{stem}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def write_cv() -> Callable[..., Path]:
    """Writes a small fictional markdown CV: ``write_cv(folder, stem, papers=2, year=2020)``."""
    return _write_cv
