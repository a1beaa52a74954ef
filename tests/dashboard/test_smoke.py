"""Every page runs without an exception, inside the app and on its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from conftest import APP, DASHBOARD, PAGES
from streamlit.testing.v1 import AppTest


def test_app_opens_on_the_ranking(app: Callable[..., AppTest]) -> None:
    """The entrypoint opens on the Ranking page with a ranked row for every candidate."""
    at = app()
    assert at.title[0].value == "Ranking"
    assert len(at.data_editor[0].value) == 3


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_inside_the_app(app: Callable[..., AppTest], page: str) -> None:
    """Switching to each page from the entrypoint shows its title and no exception or error."""
    at = app(page)
    assert at.title, page
    assert not at.error, [e.value for e in at.error]


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_alone_without_a_pool(page: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page run by itself with nothing loaded says so instead of failing."""
    monkeypatch.setenv("FACULTYSCREEN_POOL", str(tmp_path / "missing"))
    at = AppTest.from_file(str(DASHBOARD / page), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]


def test_missing_pool_folder_is_reported(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting on a folder that does not exist shows an error message, not a traceback."""
    monkeypatch.setenv("FACULTYSCREEN_POOL", str(tmp_path / "nowhere"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert any("not found" in e.value for e in at.error)


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_when_the_filters_leave_nobody(app: Callable[..., AppTest], page: str) -> None:
    """A filter nobody passes leaves empty tables and charts, not an exception."""
    at = app()
    config = at.session_state["config"]
    at.session_state["config"] = replace(config, filters=replace(config.filters, min_publications=100))
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
