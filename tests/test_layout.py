"""The project's shape: a pure library, a deliberate public API, modules of a readable size."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import scoring

ROOT = Path(__file__).resolve().parent.parent
UI_PACKAGES = {"streamlit", "plotly"}


def _imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_importing_scoring_loads_no_ui_library() -> None:
    """``import scoring`` in a fresh interpreter pulls in neither streamlit, plotly nor the CLI's typer."""
    code = "import scoring, sys; ui = {'streamlit', 'plotly', 'typer'} & set(sys.modules); assert not ui, ui"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("path", sorted((ROOT / "scoring").rglob("*.py")), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_scoring_module_imports_a_ui_library(path: Path) -> None:
    """No module of ``scoring`` imports streamlit or plotly, even lazily; only command-line modules use typer."""
    roots = _imported_roots(path)
    assert not roots & UI_PACKAGES
    if path.name != "cli.py" and not path.name.endswith("_cli.py"):
        assert "typer" not in roots


def test_public_api_is_sorted_and_complete() -> None:
    """``scoring.__all__`` is sorted, has no duplicates, and every name in it exists."""
    names = list(scoring.__all__)
    assert names == sorted(names)
    assert len(names) == len(set(names))
    missing = [n for n in names if not hasattr(scoring, n)]
    assert not missing


@pytest.mark.parametrize(
    "path", sorted([*(ROOT / "scoring").rglob("*.py"), *(ROOT / "dashboard").rglob("*.py")]),
    ids=lambda p: p.relative_to(ROOT).as_posix(),
)
def test_modules_stay_readable_in_size(path: Path) -> None:
    """No module of the library or the dashboard grows past 1,000 lines."""
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 1000


def test_pyproject_declares_the_cli_and_the_streamlit_floor() -> None:
    """The ``facultyscreen`` script points at the CLI app and streamlit is pinned to >= 1.54."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["facultyscreen"] == "scoring.cli:app"
    (streamlit,) = [r for r in map(Requirement, project["dependencies"]) if r.name == "streamlit"]
    assert not streamlit.specifier.contains("1.53.1")
    assert streamlit.specifier.contains("1.54.0")
