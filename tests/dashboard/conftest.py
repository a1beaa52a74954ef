"""Fixtures for the dashboard tests: a fictional pool on disk and an AppTest of the whole app."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).parent))  # pool_fixture sits next to this file

from pool_fixture import write_pool

DASHBOARD = Path(__file__).resolve().parents[2] / "dashboard"
APP = DASHBOARD / "app.py"
SAMPLES = DASHBOARD.parent / "sample_profiles"
PAGES = sorted(p.relative_to(DASHBOARD).as_posix() for p in (DASHBOARD / "views").glob("*.py"))


@pytest.fixture(scope="session")
def _sample_pool_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(shutil.copytree(SAMPLES, tmp_path_factory.mktemp("samples") / "sample_profiles"))


@pytest.fixture(autouse=True)
def _no_workspace_in_the_repo(_sample_pool_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A page run without a pool falls back to the sample pool, whose workspace file would land in the
    repository; point the fallback at a copy instead (tests that set their own pool still win)."""
    monkeypatch.setenv("FACULTYSCREEN_POOL", str(_sample_pool_copy))
    yield


@pytest.fixture
def pool_dir(tmp_path: Path) -> Path:
    """A folder holding three fictional candidates and a search.toml."""
    return write_pool(tmp_path / "pool")


@pytest.fixture
def app(pool_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., AppTest]:
    """Run the whole app (app.py) on the fictional pool; optionally switch to a page first."""
    monkeypatch.setenv("FACULTYSCREEN_POOL", str(pool_dir))

    def run(page: str | None = None) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=60).run()
        if page is not None:
            at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return run


def texts(at: AppTest) -> str:
    """Every piece of text the page shows (titles, text, captions, tables), joined."""
    parts: list[str] = []
    for kind in ("title", "subheader", "text", "caption", "markdown", "code", "metric", "info", "warning", "error"):
        for el in getattr(at, kind):
            parts.append(str(getattr(el, "value", "")))
    for frame in [*at.dataframe, *at.data_editor]:
        parts.append(frame.value.to_string())
    for box in [*at.selectbox, *at.multiselect]:
        parts += [str(o) for o in box.options]
    return "\n".join(parts)
