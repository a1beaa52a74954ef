"""Where the app finds its pool and its config."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import state


def test_pool_comes_from_the_command_line_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--pool`` after ``--`` wins over the environment variable; both fall back to the sample pool."""
    monkeypatch.setenv("FACULTYSCREEN_POOL", str(tmp_path / "env"))
    assert state.pool_folder(["--pool", str(tmp_path / "cli")]) == tmp_path / "cli"
    assert state.pool_folder([]) == tmp_path / "env"
    monkeypatch.delenv("FACULTYSCREEN_POOL")
    assert state.pool_folder(["--server.port", "1"]) == state.SAMPLE_POOL


def test_a_broken_search_toml_falls_back_to_the_default_with_a_reason(tmp_path: Path) -> None:
    """An invalid search.toml is not fatal: the default config is used and the error is kept to show."""
    (tmp_path / "search.toml").write_text("[criteria.charisma]\nweight = 1\n", encoding="utf-8")
    config, error = state.config_for(tmp_path)
    assert config.criteria
    assert "charisma" in error


def test_paths_inside_the_working_directory_are_shown_relative(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool under the working directory is shown without the leading folders; others in full."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pool").mkdir()
    assert state.shown_path(tmp_path / "pool") == "pool"
    assert state.shown_path("/elsewhere/pool") == "/elsewhere/pool"
