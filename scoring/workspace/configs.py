"""Search configs: a reproducible hash, export metadata, saved versions and audited changes.

``config_hash`` covers everything that decides a ranking (the parsed ``SearchConfig``), not the
TOML spelling: comments, key order and ``1`` versus ``1.0`` do not change it, so re-reading an
exported config gives the same hash.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scoring.config import SearchConfig, dump_config, parse_config
from scoring.errors import ConfigError
from scoring.workspace import schema
from scoring.workspace.audit import record
from scoring.workspace.db import WorkspaceError, reading, writing
from scoring.workspace.store import Workspace, now

__all__ = [
    "config_hash",
    "export_metadata",
    "load_saved_config",
    "record_config_change",
    "restore_config",
    "save_config",
    "saved_configs",
]


def _canonical(config: SearchConfig) -> dict[str, Any]:
    data = asdict(config)
    # Criterion order is how the table lists them, not how it ranks; sort so it does not count.
    # Unset (None) parameters are left out, as the TOML export leaves them out.
    criteria = [
        c | {"params": {k: v for k, v in c["params"].items() if v is not None}} for c in data["criteria"]
    ]
    data["criteria"] = sorted(criteria, key=lambda c: c["name"])
    return data


def config_hash(config: SearchConfig) -> str:
    """SHA-256 (hex) of the config's canonical JSON: equal configs, equal hashes."""
    text = json.dumps(
        _canonical(config), sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _version() -> str:
    try:
        return version("facultyscreen")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "unknown"


def export_metadata(config: SearchConfig) -> dict[str, str]:
    """What an export must carry to be reproduced: the config as TOML, its hash, the program version.

    Examples:
        >>> meta = export_metadata(SearchConfig())
        >>> sorted(meta), len(meta["config_hash"])
        (['config_hash', 'config_toml', 'facultyscreen_version'], 64)
    """
    return {
        "config_hash": config_hash(config),
        "config_toml": dump_config(config),
        "facultyscreen_version": _version(),
    }


def _record_changes(conn: Connection, before: SearchConfig, after: SearchConfig, member: str) -> int:
    written = 0
    if before.weights() != after.weights():
        record(
            conn,
            actor=member,
            action="weights",
            target="criteria",
            before=before.weights(),
            after=after.weights(),
        )
        written += 1
    if before.scheme != after.scheme:
        record(
            conn,
            actor=member,
            action="tier_override",
            target="venues.scheme",
            before=before.scheme,
            after=after.scheme,
        )
        written += 1
    for venue in sorted(set(before.overrides) | set(after.overrides)):
        old, new = before.overrides.get(venue), after.overrides.get(venue)
        if old != new:
            record(conn, actor=member, action="tier_override", target=venue, before=old, after=new)
            written += 1
    return written


def record_config_change(ws: Workspace, before: SearchConfig, after: SearchConfig, *, member: str) -> int:
    """Log what changed between two configs (weights, tier scheme, tier overrides); returns entries written.

    Call it whenever the committee edits the config, saved or not.
    """
    with writing(ws.engine) as conn:
        return _record_changes(conn, before, after, member)


def _parse(toml_text: str) -> SearchConfig:
    try:
        return parse_config(tomllib.loads(toml_text))
    except tomllib.TOMLDecodeError as exc:
        msg = ""
        raise ConfigError(msg, f"not valid TOML: {exc}") from exc


def save_config(ws: Workspace, *, name: str, toml_text: str, member: str) -> str:
    """Save a new version of the config called *name* and return its hash.

    The TOML is validated first; changes from the previous version of *name* go to the audit log.
    """
    if not name.strip():
        msg = "a saved config needs a name"
        raise WorkspaceError(msg)
    config = _parse(toml_text)
    digest = config_hash(config)
    t = schema.saved_configs
    with writing(ws.engine) as conn:
        previous = conn.execute(
            sa.select(t.c.toml, t.c.config_hash).where(t.c.name == name).order_by(t.c.id.desc())
        ).first()
        conn.execute(
            sa.insert(t).values(
                name=name.strip(), toml=toml_text, config_hash=digest, member=member, saved_at=now()
            )
        )
        if previous is not None:
            _record_changes(conn, _parse(previous.toml), config, member)
        record(
            conn,
            actor=member,
            action="config_saved",
            target=name.strip(),
            before=previous.config_hash if previous else None,
            after=digest,
        )
    return digest


def saved_configs(ws: Workspace) -> pd.DataFrame:
    """The newest version of every saved config: ``name, config_hash, member, saved_at, versions``."""
    t = schema.saved_configs
    with reading(ws.engine) as conn:
        rows = conn.execute(sa.select(t).order_by(t.c.id)).mappings().all()
    frame = pd.DataFrame(rows, columns=[c.name for c in t.columns])
    versions = frame.groupby("name").size().rename("versions")
    latest = frame.drop_duplicates("name", keep="last").join(versions, on="name")
    return (
        latest[["name", "config_hash", "member", "saved_at", "versions"]]
        .sort_values("name")
        .reset_index(drop=True)
    )


def load_saved_config(ws: Workspace, name: str) -> str:
    """The TOML text of the newest version of *name*."""
    t = schema.saved_configs
    with reading(ws.engine) as conn:
        text = conn.execute(sa.select(t.c.toml).where(t.c.name == name).order_by(t.c.id.desc())).scalar()
    if text is None:
        msg = f"no saved config called {name!r}"
        raise WorkspaceError(msg)
    return str(text)


def restore_config(ws: Workspace, name: str, *, current: SearchConfig, member: str) -> SearchConfig:
    """The newest saved version of *name*, parsed; what changes from *current* goes to the audit log."""
    config = _parse(load_saved_config(ws, name))
    record_config_change(ws, current, config, member=member)
    return config
