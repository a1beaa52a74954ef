"""The audit log: who changed what, and when, for weights, tiers, decisions and corrections.

Entries are written on the same connection, inside the same transaction, as the change they
describe, so there is never a change without its entry (or an entry for a change rolled back).
Ratings and notes are not logged here: the log is visible to the whole committee and would
reveal ratings that blind review keeps hidden; they carry their own timestamps instead.
"""

from __future__ import annotations

import json
from typing import Any, Literal

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scoring.workspace import schema
from scoring.workspace.db import reading
from scoring.workspace.store import Workspace, now

__all__ = ["AUDIT_COLUMNS", "AuditAction", "audit_log", "record"]

AuditAction = Literal[
    "weights", "tier_override", "decision", "correction", "correction_reverted", "config_saved"
]
AUDIT_COLUMNS = ["at", "actor", "action", "target", "before", "after"]


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record(
    conn: Connection, *, actor: str, action: AuditAction, target: str, before: Any = None, after: Any = None
) -> None:
    """Append one entry; call it on the connection that makes the change."""
    conn.execute(
        sa.insert(schema.audit_log).values(
            at=now(),
            actor=actor,
            action=action,
            target=target,
            before_json=_dump(before),
            after_json=_dump(after),
        )
    )


def audit_log(ws: Workspace, *, action: str | None = None, limit: int | None = None) -> pd.DataFrame:
    """The log, newest first, with ``before``/``after`` decoded from JSON."""
    t = schema.audit_log
    query = sa.select(t).order_by(t.c.id.desc())
    if action is not None:
        query = query.where(t.c.action == action)
    if limit is not None:
        query = query.limit(limit)
    with reading(ws.engine) as conn:
        rows = conn.execute(query).mappings().all()
    return pd.DataFrame(
        [
            {
                "at": r["at"],
                "actor": r["actor"],
                "action": r["action"],
                "target": r["target"],
                "before": None if r["before_json"] is None else json.loads(r["before_json"]),
                "after": None if r["after_json"] is None else json.loads(r["after_json"]),
            }
            for r in rows
        ],
        columns=AUDIT_COLUMNS,
        dtype=object,  # before/after hold any JSON value; keep None as None, ints as ints
    )
