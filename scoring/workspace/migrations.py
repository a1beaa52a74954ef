"""Versioned schema migrations: a database from an older FacultyScreen opens in a newer one.

Each step is a function that takes the database from version ``n - 1`` to ``n``. Steps define the
tables they create themselves (frozen as of that version) rather than importing ``schema.py``,
because ``schema.py`` always shows the newest shape. All pending steps run in one transaction,
so a failed upgrade leaves the database as it was; ``BEGIN IMMEDIATE`` on SQLite keeps two
processes from upgrading at once.

To change the schema: append a step here, update ``schema.py`` to match, and add a test that
upgrades a database of the previous version.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from scoring.workspace.db import WorkspaceError, reading, writing

__all__ = ["LATEST_VERSION", "MIGRATIONS", "migrate", "schema_version_of"]


def _v1_core(conn: Connection) -> None:
    """Profiles cache, pool, ratings, notes, decisions and the audit log."""
    md = sa.MetaData()
    sa.Table("schema_version", md, sa.Column("version", sa.Integer, nullable=False))
    sa.Table(
        "profiles",
        md,
        sa.Column("content_hash", sa.String(64), primary_key=True),
        sa.Column("parser_version", sa.String(64), primary_key=True),
        sa.Column("cv_json", sa.Text, nullable=False),
        sa.Column("stored_at", sa.Text, nullable=False),
    )
    sa.Table(
        "pool_entries",
        md,
        sa.Column("candidate_id", sa.String(200), primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("stored_at", sa.Text, nullable=False),
    )
    sa.Table(
        "ratings",
        md,
        sa.Column("member", sa.String(200), primary_key=True),
        sa.Column("candidate_id", sa.String(200), primary_key=True),
        sa.Column("item", sa.String(100), primary_key=True),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("rated_at", sa.Text, nullable=False),
    )
    sa.Table(
        "notes",
        md,
        sa.Column("member", sa.String(200), primary_key=True),
        sa.Column("candidate_id", sa.String(200), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    sa.Table(
        "decisions",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("candidate_id", sa.String(200), nullable=False, index=True),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("member", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.Text, nullable=False),
    )
    sa.Table(
        "audit_log",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("before_json", sa.Text, nullable=True),
        sa.Column("after_json", sa.Text, nullable=True),
    )
    md.create_all(conn)


def _v2_committee_edits(conn: Connection) -> None:
    """Corrections to parsed fields, venue tier overrides and saved search configs."""
    md = sa.MetaData()
    sa.Table(
        "corrections",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("candidate_id", sa.String(200), nullable=False, index=True),
        sa.Column("target", sa.String(20), nullable=False),
        sa.Column("row_key", sa.Integer, nullable=True),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("member", sa.String(200), nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("reverted_at", sa.Text, nullable=True),
        sa.Column("reverted_by", sa.String(200), nullable=True),
    )
    sa.Table(
        "venue_overrides",
        md,
        sa.Column("venue", sa.String(300), primary_key=True),
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("member", sa.String(200), nullable=False),
        sa.Column("set_at", sa.Text, nullable=False),
    )
    sa.Table(
        "saved_configs",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, index=True),
        sa.Column("toml", sa.Text, nullable=False),
        sa.Column("config_hash", sa.String(64), nullable=False),
        sa.Column("member", sa.String(200), nullable=False),
        sa.Column("saved_at", sa.Text, nullable=False),
    )
    md.create_all(conn)


def _v3_decision_config(conn: Connection) -> None:
    """Each decision remembers the hash of the config it was taken under."""
    column_type = sa.String(64).compile(dialect=conn.dialect)
    conn.exec_driver_sql(f"ALTER TABLE decisions ADD COLUMN config_hash {column_type}")


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _v1_core,
    2: _v2_committee_edits,
    3: _v3_decision_config,
}
LATEST_VERSION = max(MIGRATIONS)


def schema_version_of(conn: Connection) -> int:
    """The schema version stored in the database (0 for a new, empty one)."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    found = conn.execute(sa.text("SELECT max(version) FROM schema_version")).scalar()
    return int(found or 0)


def migrate(engine: Engine) -> int:
    """Bring the database to ``LATEST_VERSION`` and return the version it had before.

    Raises:
        WorkspaceError: the database was written by a newer FacultyScreen.
    """
    with reading(engine) as conn:
        found = schema_version_of(conn)
    if found == LATEST_VERSION:
        return found  # the common case takes no write lock
    with writing(engine) as conn:
        found = schema_version_of(conn)  # again, under the lock: another process may have upgraded
        if found > LATEST_VERSION:
            msg = (
                f"the workspace database has schema v{found}, newer than this FacultyScreen "
                f"(v{LATEST_VERSION}); upgrade FacultyScreen to open it"
            )
            raise WorkspaceError(msg)
        for version in range(found + 1, LATEST_VERSION + 1):
            MIGRATIONS[version](conn)
        conn.execute(sa.text("DELETE FROM schema_version"))
        conn.execute(sa.text("INSERT INTO schema_version (version) VALUES (:v)"), {"v": LATEST_VERSION})
    return found
