"""Where the workspace lives and how the committee works, read from the search TOML.

```toml
[workspace]
path = "committee.sqlite"        # relative to the config file; default <pool>/.facultyscreen.sqlite
# url = "postgresql+psycopg://chair@db.dept.example/cs_search"   # a server instead of a file
blind = true                     # members see others' ratings only after rating themselves
rubric = ["research", "teaching", "service", "fit"]
```

``url`` wins over ``path``. The PostgreSQL driver is not a dependency: install ``psycopg`` on
the machine that uses it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scoring.errors import ConfigError

__all__ = ["DEFAULT_FILENAME", "DEFAULT_RUBRIC", "WorkspaceSettings", "read_settings", "settings_from_toml"]

DEFAULT_FILENAME = ".facultyscreen.sqlite"
DEFAULT_RUBRIC = ("research", "teaching", "service", "fit")


@dataclass(frozen=True, slots=True)
class WorkspaceSettings:
    """The ``[workspace]`` table, resolved: *target* is a file path or a database URL."""

    target: str
    blind: bool = True
    rubric: tuple[str, ...] = DEFAULT_RUBRIC


def read_settings(
    data: Mapping[str, Any], *, pool: Path, config_dir: Path | None = None
) -> WorkspaceSettings:
    """Resolve ``[workspace]`` from a TOML document already read into a dict.

    Examples:
        >>> read_settings({}, pool=Path("/srv/pool")).target
        '/srv/pool/.facultyscreen.sqlite'
        >>> read_settings({"workspace": {"path": "c.sqlite"}}, pool=Path("/p"), config_dir=Path("/cfg")).target
        '/cfg/c.sqlite'
    """
    table = data.get("workspace", {})
    if not isinstance(table, Mapping):
        msg = "workspace"
        raise ConfigError(msg, "must be a table ([workspace])")
    if "url" in table:
        target = str(table["url"])
        if "://" not in target:
            msg = "workspace.url"
            raise ConfigError(msg, f"{target!r} is not a database URL; use path for a file")
    elif "path" in table:
        path = Path(str(table["path"])).expanduser()
        target = str(path if path.is_absolute() else (config_dir or pool) / path)
    else:
        target = str(pool / DEFAULT_FILENAME)
    blind = table.get("blind", True)
    if not isinstance(blind, bool):
        msg = "workspace.blind"
        raise ConfigError(msg, f"must be true or false, got {blind!r}")
    rubric = table.get("rubric", list(DEFAULT_RUBRIC))
    if (
        not isinstance(rubric, list)
        or not rubric
        or not all(isinstance(r, str) and r.strip() for r in rubric)
    ):
        msg = "workspace.rubric"
        raise ConfigError(msg, "must be a non-empty list of item names")
    return WorkspaceSettings(target=target, blind=blind, rubric=tuple(r.strip() for r in rubric))


def settings_from_toml(text: str, *, pool: Path, config_dir: Path | None = None) -> WorkspaceSettings:
    """Resolve ``[workspace]`` from TOML text (an empty text gives the defaults)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = ""
        raise ConfigError(msg, f"search config is not valid TOML: {exc}") from exc
    return read_settings(data, pool=pool, config_dir=config_dir)
