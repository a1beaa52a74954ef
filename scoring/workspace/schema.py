"""The current shape of the workspace tables, as SQLAlchemy Core ``Table`` objects for queries.

``migrations.py`` builds this shape step by step; a test checks that a database migrated from
scratch has exactly these tables and columns. Times are ISO 8601 UTC text, which sorts correctly
and reads the same in SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa

__all__ = [
    "audit_log",
    "corrections",
    "decisions",
    "metadata",
    "notes",
    "pool_entries",
    "profiles",
    "ratings",
    "saved_configs",
    "schema_version",
    "venue_overrides",
]

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, nullable=False),
)

# Parsed profiles, keyed by what was parsed (file bytes) and by what parsed it (parser version),
# so a changed file or a newer parser means a fresh parse and never a stale one.
profiles = sa.Table(
    "profiles",
    metadata,
    sa.Column("content_hash", sa.String(64), primary_key=True),
    sa.Column("parser_version", sa.String(64), primary_key=True),
    sa.Column("cv_json", sa.Text, nullable=False),
    sa.Column("stored_at", sa.Text, nullable=False),
)

# Which candidate id the pool gave which files, and the hash seen last time.
pool_entries = sa.Table(
    "pool_entries",
    metadata,
    sa.Column("candidate_id", sa.String(200), primary_key=True),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("stored_at", sa.Text, nullable=False),
)

ratings = sa.Table(
    "ratings",
    metadata,
    sa.Column("member", sa.String(200), primary_key=True),
    sa.Column("candidate_id", sa.String(200), primary_key=True),
    sa.Column("item", sa.String(100), primary_key=True),
    sa.Column("score", sa.Integer, nullable=False),
    sa.Column("rated_at", sa.Text, nullable=False),
)

notes = sa.Table(
    "notes",
    metadata,
    sa.Column("member", sa.String(200), primary_key=True),
    sa.Column("candidate_id", sa.String(200), primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
)

decisions = sa.Table(
    "decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("candidate_id", sa.String(200), nullable=False, index=True),
    sa.Column("decision", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("member", sa.String(200), nullable=False),
    sa.Column("decided_at", sa.Text, nullable=False),
    sa.Column("config_hash", sa.String(64), nullable=True),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("action", sa.String(50), nullable=False),
    sa.Column("target", sa.Text, nullable=False),
    sa.Column("before_json", sa.Text, nullable=True),
    sa.Column("after_json", sa.Text, nullable=True),
)

# One row per correction ever made; reverting stamps reverted_at instead of deleting, so the
# history stays. Publications are addressed by their position in the candidate's own list
# (row_key), which survives other candidates joining or leaving the pool.
corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("candidate_id", sa.String(200), nullable=False, index=True),
    sa.Column("target", sa.String(20), nullable=False),  # candidate | publication
    sa.Column("row_key", sa.Integer, nullable=True),
    sa.Column("field", sa.String(100), nullable=False),
    sa.Column("value_json", sa.Text, nullable=False),
    sa.Column("member", sa.String(200), nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("reverted_at", sa.Text, nullable=True),
    sa.Column("reverted_by", sa.String(200), nullable=True),
)

venue_overrides = sa.Table(
    "venue_overrides",
    metadata,
    sa.Column("venue", sa.String(300), primary_key=True),
    sa.Column("tier", sa.String(20), nullable=False),
    sa.Column("member", sa.String(200), nullable=False),
    sa.Column("set_at", sa.Text, nullable=False),
)

saved_configs = sa.Table(
    "saved_configs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, index=True),
    sa.Column("toml", sa.Text, nullable=False),
    sa.Column("config_hash", sa.String(64), nullable=False),
    sa.Column("member", sa.String(200), nullable=False),
    sa.Column("saved_at", sa.Text, nullable=False),
)
