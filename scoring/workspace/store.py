"""The workspace handle: one database per search, created and upgraded on first use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from scoring.workspace.db import make_engine, to_url
from scoring.workspace.migrations import migrate

__all__ = ["Workspace", "now", "open_workspace"]


@dataclass(frozen=True, slots=True)
class Workspace:
    """An open workspace. Thread-safe: share one per process (the engine pools connections)."""

    engine: Engine
    url: str

    def close(self) -> None:
        """Close every pooled connection; the database file stays as it is."""
        self.engine.dispose()


def open_workspace(target: str | Path) -> Workspace:
    """Open (creating or upgrading if needed) the workspace at a SQLite path or SQLAlchemy URL.

    Raises:
        WorkspaceError: *target* is not a usable URL, or the database is newer than this version.
    """
    engine = make_engine(target)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Workspace(engine=engine, url=to_url(target).render_as_string(hide_password=True))


def now() -> str:
    """The current UTC time as ISO 8601 text, the form every table stores."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
