"""Opening the workspace database: an SQLAlchemy engine tuned for several committee members.

A plain path (or a ``sqlite:///`` URL) gives an embedded SQLite file; any other SQLAlchemy URL
(``postgresql+psycopg://user@host/search``) points the same code at a department server.

SQLite settings, and why:

* ``journal_mode=WAL``: readers never block the one writer, so a member browsing the ranking does
  not stall another saving a rating.
* ``busy_timeout``: a second writer waits for the lock instead of failing with "database is locked".
* Write transactions start with ``BEGIN IMMEDIATE``. A deferred transaction that reads first and
  writes later cannot wait for the lock in WAL mode (SQLite returns SQLITE_BUSY at once, without
  calling the busy handler), so every write takes the write lock up front.
* pysqlite's own transaction handling is switched off (``isolation_level = None``) so that the
  ``BEGIN`` above is the only one, and DDL runs inside transactions (migrations are atomic).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from scoring.errors import ScoringError

__all__ = ["BUSY_TIMEOUT_S", "WorkspaceError", "make_engine", "reading", "to_url", "upsert", "writing"]

BUSY_TIMEOUT_S = 30.0
_WRITE = "facultyscreen_write"


class WorkspaceError(ScoringError):
    """The workspace database cannot be used as asked (bad value, newer schema, wrong URL)."""


def to_url(target: str | Path) -> sa.URL:
    """An SQLAlchemy URL from a URL string or a plain file path (made absolute).

    Examples:
        >>> to_url("postgresql+psycopg://chair@db/search").get_backend_name()
        'postgresql'
        >>> to_url("/tmp/pool/.facultyscreen.sqlite").database
        '/tmp/pool/.facultyscreen.sqlite'
    """
    text = str(target)
    if "://" in text:
        try:
            return sa.make_url(text)
        except sa.exc.ArgumentError as exc:
            msg = f"{text!r} is not a database URL: {exc}"
            raise WorkspaceError(msg) from None
    return sa.URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def _set_wal(dbapi_conn: sqlite3.Connection) -> None:
    # Switching a fresh file to WAL needs a moment of exclusive access; two processes opening the
    # same new workspace can collide here before the busy handler applies, so retry briefly.
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            mode = dbapi_conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                dbapi_conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
        else:
            return


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    dbapi_conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    _set_wal(dbapi_conn)
    # NORMAL is durable across application crashes in WAL mode; only a power cut may lose the
    # last commits, which is acceptable for ratings and notes.
    dbapi_conn.execute("PRAGMA synchronous = NORMAL")
    dbapi_conn.execute("PRAGMA foreign_keys = ON")


def _on_sqlite_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(target: str | Path) -> Engine:
    """An engine for *target* (path or URL); SQLite files get WAL, a busy timeout and immediate writes.

    The parent folder of a SQLite file is created if needed.
    """
    url = to_url(target)
    backend = url.get_backend_name()
    if backend == "postgresql":
        return sa.create_engine(url, pool_pre_ping=True)
    if backend != "sqlite":
        msg = f"{backend!r} databases are not supported; use a SQLite path or a postgresql:// URL"
        raise WorkspaceError(msg)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    # check_same_thread is safe to drop: the pool hands a connection to one thread at a time,
    # and Streamlit runs each session in its own thread.
    engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_S})
    sa.event.listen(engine, "connect", _on_sqlite_connect)
    sa.event.listen(engine, "begin", _on_sqlite_begin)
    return engine


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection inside one write transaction: committed on exit, rolled back on any exception."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A connection for reads; it sees one consistent snapshot until the block ends."""
    with engine.connect() as conn:
        yield conn


def upsert(conn: Connection, table: sa.Table, values: dict[str, Any], *, update: bool = True) -> None:
    """Insert a row, or on a primary-key clash update its other columns (or keep it, *update* False)."""
    keys = [c.name for c in table.primary_key.columns]
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = insert(table).values(**values)
    if update:
        changed = {k: v for k, v in values.items() if k not in keys}
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_=changed)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    conn.execute(stmt)
