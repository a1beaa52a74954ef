"""Venue tier overrides the committee sets, stored in the workspace and merged into the config."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import sqlalchemy as sa

from scoring.config import SearchConfig
from scoring.workspace import schema
from scoring.workspace.audit import record
from scoring.workspace.db import WorkspaceError, reading, upsert, writing
from scoring.workspace.store import Workspace, now

__all__ = ["remove_tier_override", "set_tier_override", "tier_overrides", "with_overrides"]


def _current(conn: sa.Connection, venue: str) -> str | None:
    t = schema.venue_overrides
    return conn.execute(sa.select(t.c.tier).where(t.c.venue == venue)).scalar()


def set_tier_override(ws: Workspace, *, venue: str, tier: str, member: str) -> None:
    """Rank *venue* as *tier* for this search, whatever the tier tables say."""
    venue, tier = venue.strip(), tier.strip()
    if not venue or not tier:
        msg = "a tier override needs both a venue and a tier"
        raise WorkspaceError(msg)
    with writing(ws.engine) as conn:
        before = _current(conn, venue)
        if before == tier:
            return
        upsert(
            conn, schema.venue_overrides, {"venue": venue, "tier": tier, "member": member, "set_at": now()}
        )
        record(conn, actor=member, action="tier_override", target=venue, before=before, after=tier)


def remove_tier_override(ws: Workspace, *, venue: str, member: str) -> None:
    """Drop the override for *venue*; the tier tables apply again."""
    t = schema.venue_overrides
    with writing(ws.engine) as conn:
        before = _current(conn, venue)
        if before is None:
            return
        conn.execute(sa.delete(t).where(t.c.venue == venue))
        record(conn, actor=member, action="tier_override", target=venue, before=before, after=None)


def tier_overrides(ws: Workspace) -> dict[str, str]:
    """Every override, venue -> tier."""
    t = schema.venue_overrides
    with reading(ws.engine) as conn:
        return dict(conn.execute(sa.select(t.c.venue, t.c.tier).order_by(t.c.venue)).all())


def with_overrides(config: SearchConfig, overrides: Mapping[str, str]) -> SearchConfig:
    """*config* with the workspace's overrides added; where both name a venue, the workspace wins."""
    return replace(config, overrides={**config.overrides, **overrides})
