"""The workspace database file: created on first use, WAL mode, waits for locks, rejects bad URLs."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from scoring.workspace import Workspace, WorkspaceError, open_workspace
from scoring.workspace.db import make_engine, reading, to_url, writing


def test_first_open_creates_the_file_in_wal_mode(db_path: Path, ws: Workspace) -> None:
    """Opening a workspace creates the SQLite file and switches it to write-ahead logging."""
    assert db_path.is_file()
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    """A workspace path inside folders that do not exist yet still opens."""
    ws = open_workspace(tmp_path / "a" / "b" / "search.sqlite")
    ws.close()
    assert (tmp_path / "a" / "b" / "search.sqlite").is_file()


def test_connections_wait_for_locks(ws: Workspace) -> None:
    """Every connection has a busy timeout, so a second writer waits instead of failing."""
    with reading(ws.engine) as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_failed_write_is_rolled_back(ws: Workspace) -> None:
    """An exception inside a write block leaves nothing of that block in the database."""

    def insert_then_fail() -> None:
        with writing(ws.engine) as conn:
            conn.exec_driver_sql("INSERT INTO notes VALUES ('ada', 'c1', 'hello', 'now')")
            msg = "crash after the insert"
            raise RuntimeError(msg)

    with pytest.raises(RuntimeError):
        insert_then_fail()
    with reading(ws.engine) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM notes").scalar() == 0


def test_plain_paths_and_urls_are_both_accepted(tmp_path: Path) -> None:
    """A file path becomes an absolute sqlite URL; a PostgreSQL URL is kept as given."""
    assert to_url(tmp_path / "x.sqlite").database == str((tmp_path / "x.sqlite").resolve())
    url = to_url("postgresql+psycopg://chair@db.example/search")
    assert (url.get_backend_name(), url.database) == ("postgresql", "search")


def test_unsupported_backends_are_refused() -> None:
    """Only SQLite and PostgreSQL are supported; another URL says so before connecting."""
    with pytest.raises(WorkspaceError, match="not supported"):
        make_engine("mysql://chair@db.example/search")
