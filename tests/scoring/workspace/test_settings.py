"""The [workspace] table: where the database lives, blind review, the rubric."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scoring.config import parse_config
from scoring.errors import ConfigError
from scoring.workspace import settings_from_toml


def test_defaults_put_the_database_next_to_the_pool(tmp_path: Path) -> None:
    """Without a [workspace] table the file is <pool>/.facultyscreen.sqlite, blind, default rubric."""
    settings = settings_from_toml("", pool=tmp_path)
    assert settings.target == str(tmp_path / ".facultyscreen.sqlite")
    assert settings.blind is True
    assert "research" in settings.rubric


def test_a_relative_path_is_relative_to_the_config(tmp_path: Path) -> None:
    """path = "x.sqlite" resolves against the config file's folder."""
    text = '[workspace]\npath = "shared/x.sqlite"\nblind = false\nrubric = ["research", "fit"]\n'
    settings = settings_from_toml(text, pool=tmp_path / "pool", config_dir=tmp_path / "cfg")
    assert settings.target == str(tmp_path / "cfg" / "shared" / "x.sqlite")
    assert (settings.blind, settings.rubric) == (False, ("research", "fit"))


def test_a_url_wins_over_a_path(tmp_path: Path) -> None:
    """A database URL is used as is."""
    text = '[workspace]\npath = "x.sqlite"\nurl = "postgresql+psycopg://chair@db/search"\n'
    assert settings_from_toml(text, pool=tmp_path).target == "postgresql+psycopg://chair@db/search"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[workspace]\nurl = "x.sqlite"\n', "workspace.url"),
        ("[workspace]\nblind = 1\n", "workspace.blind"),
        ("[workspace]\nrubric = []\n", "workspace.rubric"),
        ('workspace = "x"\n', "workspace"),
    ],
)
def test_bad_settings_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    """Each wrong value is reported with the TOML key at fault."""
    with pytest.raises(ConfigError) as info:
        settings_from_toml(text, pool=tmp_path)
    assert info.value.key == key


def test_a_search_config_with_a_workspace_table_still_parses(tmp_path: Path) -> None:
    """The [workspace] table sits in the same search.toml as the ranking settings without breaking them."""
    text = '[search]\ntitle = "Chair in Data"\n[workspace]\npath = "c.sqlite"\nblind = false\n'
    assert parse_config(tomllib.loads(text)).title == "Chair in Data"
    assert settings_from_toml(text, pool=tmp_path).blind is False
