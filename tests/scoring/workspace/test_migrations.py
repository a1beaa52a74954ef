"""Schema versions: a new database gets the current schema, an old one is upgraded in place."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from scoring.workspace import WorkspaceError, current_decisions, open_workspace, ratings_frame, schema
from scoring.workspace import migrations as mig
from scoring.workspace.db import make_engine

# The first released schema, written out as plain SQL the way a v1 install created it.
V1_SQL = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE profiles (content_hash VARCHAR(64) NOT NULL, parser_version VARCHAR(64) NOT NULL,
    cv_json TEXT NOT NULL, stored_at TEXT NOT NULL, PRIMARY KEY (content_hash, parser_version));
CREATE TABLE pool_entries (candidate_id VARCHAR(200) NOT NULL PRIMARY KEY, path TEXT NOT NULL,
    content_hash VARCHAR(64) NOT NULL, stored_at TEXT NOT NULL);
CREATE TABLE ratings (member VARCHAR(200) NOT NULL, candidate_id VARCHAR(200) NOT NULL,
    item VARCHAR(100) NOT NULL, score INTEGER NOT NULL, rated_at TEXT NOT NULL,
    PRIMARY KEY (member, candidate_id, item));
CREATE TABLE notes (member VARCHAR(200) NOT NULL, candidate_id VARCHAR(200) NOT NULL, text TEXT NOT NULL,
    updated_at TEXT NOT NULL, PRIMARY KEY (member, candidate_id));
CREATE TABLE decisions (id INTEGER NOT NULL PRIMARY KEY, candidate_id VARCHAR(200) NOT NULL,
    decision VARCHAR(20) NOT NULL, reason TEXT NOT NULL, member VARCHAR(200) NOT NULL, decided_at TEXT NOT NULL);
CREATE INDEX ix_decisions_candidate_id ON decisions (candidate_id);
CREATE TABLE audit_log (id INTEGER NOT NULL PRIMARY KEY, at TEXT NOT NULL, actor VARCHAR(200) NOT NULL,
    action VARCHAR(50) NOT NULL, target TEXT NOT NULL, before_json TEXT, after_json TEXT);
INSERT INTO ratings VALUES ('ada', 'grace', 'research', 4, '2026-01-05T10:00:00+00:00');
INSERT INTO decisions (candidate_id, decision, reason, member, decided_at)
    VALUES ('grace', 'shortlist', 'strong papers', 'ada', '2026-01-06T10:00:00+00:00');
"""


def _columns(path: Path) -> dict[str, set[str]]:
    engine = make_engine(path)
    try:
        inspector = sa.inspect(engine)
        return {t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()}
    finally:
        engine.dispose()


def test_a_new_database_has_exactly_the_declared_schema(db_path: Path) -> None:
    """Running every migration from nothing yields the tables and columns schema.py declares."""
    open_workspace(db_path).close()
    declared = {name: {c.name for c in table.columns} for name, table in schema.metadata.tables.items()}
    assert _columns(db_path) == declared


def test_a_v1_database_opens_upgraded_with_its_data(db_path: Path) -> None:
    """A database made by the first schema is upgraded to the latest and keeps its ratings and decisions."""
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        raw.executescript(V1_SQL)
    ws = open_workspace(db_path)
    try:
        assert ratings_frame(ws)[["member", "candidate_id", "score"]].to_numpy().tolist() == [
            ["ada", "grace", 4]
        ]
        decision = current_decisions(ws).loc["grace"]
        assert (decision["decision"], decision["reason"]) == ("shortlist", "strong papers")
        assert decision["config_hash"] is None
    finally:
        ws.close()
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [(mig.LATEST_VERSION,)]
    assert _columns(db_path)["decisions"] >= {"config_hash"}
    assert {"corrections", "venue_overrides", "saved_configs"} <= set(_columns(db_path))


def test_a_failed_upgrade_leaves_the_old_database_untouched(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If a migration step fails, no step of the upgrade is kept and the version stays."""
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        raw.executescript(V1_SQL)

    def broken(conn: sa.Connection) -> None:
        msg = "disk full"
        raise RuntimeError(msg)

    monkeypatch.setitem(mig.MIGRATIONS, mig.LATEST_VERSION, broken)
    with pytest.raises(RuntimeError, match="disk full"):
        open_workspace(db_path)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "corrections" not in tables


def test_a_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    """A schema newer than this program's is not touched; the error says to upgrade."""
    open_workspace(db_path).close()
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        raw.execute("UPDATE schema_version SET version = ?", (mig.LATEST_VERSION + 1,))
    with pytest.raises(WorkspaceError, match="upgrade FacultyScreen"):
        open_workspace(db_path)
