"""The committee workspace: everything a search accumulates over weeks, in one database.

Parsed profiles (cached by file content), corrections, venue tier overrides, ratings and notes,
decisions, saved configs and the audit log live in one SQLite file per search (WAL mode, safe for
several members at once) or, through an SQLAlchemy URL, in PostgreSQL::

    ws = open_workspace(settings.target)          # creates or upgrades the schema
    pool, report = load_pool_cached(ws, paths)     # parses only new or changed files
    rate(ws, member="ada", candidate_id="grace-hopper", item="research", score=4)

Ratings as a ranking criterion: ``with_committee_columns(profiles, visible_ratings(...))`` adds
``committee_rating`` (and ``rating_<item>``) columns to the candidates frame; a
``[criteria.committee_rating]`` table with ``use = "column"`` then ranks on them.
"""

from __future__ import annotations

from scoring.workspace.agreement import (
    agreement_table,
    candidate_spread,
    krippendorff_alpha,
    member_spread,
)
from scoring.workspace.audit import audit_log
from scoring.workspace.configs import (
    config_hash,
    export_metadata,
    load_saved_config,
    record_config_change,
    restore_config,
    save_config,
    saved_configs,
)
from scoring.workspace.corrections import (
    active_corrections,
    apply_corrections,
    correct,
    corrections_log,
    revert,
)
from scoring.workspace.db import WorkspaceError
from scoring.workspace.decisions import DECISIONS, current_decisions, decide, decision_history
from scoring.workspace.profiles import CacheReport, load_pool_cached
from scoring.workspace.ratings import (
    COMMITTEE_COLUMN,
    committee_scores,
    completed,
    notes_frame,
    rate,
    rating_means,
    ratings_frame,
    save_review,
    set_note,
    visible_notes,
    visible_ratings,
    with_committee_columns,
)
from scoring.workspace.settings import WorkspaceSettings, read_settings, settings_from_toml
from scoring.workspace.store import Workspace, open_workspace
from scoring.workspace.tiers import remove_tier_override, set_tier_override, tier_overrides, with_overrides

__all__ = [
    "COMMITTEE_COLUMN",
    "DECISIONS",
    "CacheReport",
    "Workspace",
    "WorkspaceError",
    "WorkspaceSettings",
    "active_corrections",
    "agreement_table",
    "apply_corrections",
    "audit_log",
    "candidate_spread",
    "committee_scores",
    "completed",
    "config_hash",
    "correct",
    "corrections_log",
    "current_decisions",
    "decide",
    "decision_history",
    "export_metadata",
    "krippendorff_alpha",
    "load_pool_cached",
    "load_saved_config",
    "member_spread",
    "notes_frame",
    "open_workspace",
    "rate",
    "rating_means",
    "ratings_frame",
    "read_settings",
    "record_config_change",
    "remove_tier_override",
    "restore_config",
    "revert",
    "save_config",
    "save_review",
    "saved_configs",
    "set_note",
    "set_tier_override",
    "settings_from_toml",
    "tier_overrides",
    "visible_notes",
    "visible_ratings",
    "with_committee_columns",
    "with_overrides",
]
