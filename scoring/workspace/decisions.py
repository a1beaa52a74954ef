"""Shortlist decisions: every decision has a reason, a member, a time and the config it was made under.

Decisions are appended, never overwritten; a candidate's current decision is the newest one, and
the history (with the audit log) shows how it got there.
"""

from __future__ import annotations

from typing import Literal, get_args

import pandas as pd
import sqlalchemy as sa

from scoring.workspace import schema
from scoring.workspace.audit import record
from scoring.workspace.db import WorkspaceError, reading, writing
from scoring.workspace.store import Workspace, now

__all__ = ["DECISIONS", "Decision", "current_decisions", "decide", "decision_history"]

Decision = Literal["shortlist", "longlist", "hold", "reject", "undecided"]
DECISIONS: tuple[str, ...] = get_args(Decision)
_COLUMNS = ["candidate_id", "decision", "reason", "member", "decided_at", "config_hash"]


def decide(
    ws: Workspace,
    *,
    candidate_id: str,
    decision: str,
    reason: str,
    member: str,
    config_hash: str | None = None,
) -> None:
    """Record a decision on a candidate; *reason* is required, *config_hash* ties it to the ranking seen."""
    if decision not in DECISIONS:
        msg = f"decision {decision!r} unknown; use one of {', '.join(DECISIONS)}"
        raise WorkspaceError(msg)
    if not reason.strip():
        msg = "a decision needs a reason"
        raise WorkspaceError(msg)
    if not member.strip():
        msg = "a decision needs the name of the member taking it"
        raise WorkspaceError(msg)
    t = schema.decisions
    with writing(ws.engine) as conn:
        before = (
            conn.execute(
                sa.select(t.c.decision, t.c.reason)
                .where(t.c.candidate_id == candidate_id)
                .order_by(t.c.id.desc())
            )
            .mappings()
            .first()
        )
        conn.execute(
            sa.insert(t).values(
                candidate_id=candidate_id,
                decision=decision,
                reason=reason.strip(),
                member=member.strip(),
                decided_at=now(),
                config_hash=config_hash,
            )
        )
        record(
            conn,
            actor=member.strip(),
            action="decision",
            target=candidate_id,
            before=dict(before) if before else None,
            after={"decision": decision, "reason": reason.strip(), "config_hash": config_hash},
        )


def decision_history(ws: Workspace, candidate_id: str | None = None) -> pd.DataFrame:
    """Every decision, oldest first (optionally for one candidate)."""
    t = schema.decisions
    query = sa.select(*[t.c[c] for c in _COLUMNS]).order_by(t.c.id)
    if candidate_id is not None:
        query = query.where(t.c.candidate_id == candidate_id)
    with reading(ws.engine) as conn:
        return pd.DataFrame(conn.execute(query).mappings().all(), columns=_COLUMNS)


def current_decisions(ws: Workspace) -> pd.DataFrame:
    """The newest decision per candidate, indexed by ``candidate_id``."""
    history = decision_history(ws)
    latest = history.drop_duplicates("candidate_id", keep="last").set_index("candidate_id", drop=False)
    latest.index.name = None
    return latest.sort_index()
