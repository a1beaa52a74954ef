"""The committee's corrections to parsed fields: stored apart from the parse, applied on top.

The parser's output in the profile cache is never changed. Each correction is a row (who, when,
which field, which value); the newest one per field that has not been reverted is the one that
applies. Reverting a correction brings back whatever applied before it: an earlier correction,
or else the parser's value.

Publications and awards are addressed by their position in the candidate's own list, so a
correction keeps pointing at the same entry when other candidates join or leave the pool.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd
import sqlalchemy as sa

from scoring.model import PUBLICATION_TYPES, ParsedCV, Publications
from scoring.workspace import schema
from scoring.workspace.audit import record
from scoring.workspace.db import WorkspaceError, reading, writing
from scoring.workspace.store import Workspace, now

__all__ = [
    "EDITABLE",
    "Correction",
    "Target",
    "active_corrections",
    "apply_corrections",
    "correct",
    "corrections_log",
    "revert",
    "to_edit_set",
]

Target = Literal["candidate", "publication", "award"]
_INT_FIELDS = {"phd_year", "year", "candidate_author_position"}
EDITABLE: dict[str, tuple[str, ...]] = {
    "candidate": ("name", "email", "current_position", "phd_institution", "phd_year", "research_interests"),
    "publication": ("title", "venue", "venue_acronym", "year", "type", "candidate_author_position", "note"),
    "award": ("name", "year"),
}


@dataclass(frozen=True, slots=True)
class Correction:
    """One field's corrected value: *index* is the entry's position for publications and awards."""

    id: int
    candidate_id: str
    target: Target
    index: int | None
    field: str
    value: Any


def _clean(target: str, field: str, value: Any) -> Any:
    if field not in EDITABLE.get(target, ()):
        allowed = ", ".join(EDITABLE.get(target, ())) or "nothing"
        msg = f"{target}.{field} cannot be corrected; editable: {allowed}"
        raise WorkspaceError(msg)
    if value is None or (isinstance(value, str) and not value.strip()):
        if field == "name" and target == "candidate":
            msg = "a candidate's name cannot be blank"
            raise WorkspaceError(msg)
        return None
    if field in _INT_FIELDS:
        try:
            return int(value)
        except (TypeError, ValueError):
            msg = f"{target}.{field} must be a whole number, got {value!r}"
            raise WorkspaceError(msg) from None
    if field == "type" and value not in PUBLICATION_TYPES:
        msg = f"publication type {value!r} unknown; use one of {', '.join(PUBLICATION_TYPES)}"
        raise WorkspaceError(msg)
    return str(value).strip()


def _active_rows(conn: sa.Connection, candidate_id: str | None = None) -> list[sa.RowMapping]:
    t = schema.corrections
    query = sa.select(t).where(t.c.reverted_at.is_(None)).order_by(t.c.id)
    if candidate_id is not None:
        query = query.where(t.c.candidate_id == candidate_id)
    return list(conn.execute(query).mappings())


def _key(row: sa.RowMapping) -> tuple[str, str, int | None, str]:
    return (row["candidate_id"], row["target"], row["row_key"], row["field"])


def _current(conn: sa.Connection, key: tuple[str, str, int | None, str]) -> Any:
    rows = [r for r in _active_rows(conn, key[0]) if _key(r) == key]
    return json.loads(rows[-1]["value_json"]) if rows else None


def _label(candidate_id: str, target: str, index: int | None, field: str) -> str:
    return f"{candidate_id}.{field}" if target == "candidate" else f"{candidate_id}.{target}[{index}].{field}"


def correct(
    ws: Workspace,
    *,
    candidate_id: str,
    field: str,
    value: Any,
    member: str,
    target: Target = "candidate",
    index: int | None = None,
) -> int:
    """Store a correction and return its id; *index* is required for publications and awards."""
    value = _clean(target, field, value)
    if (target == "candidate") != (index is None):
        msg = f"{target} corrections {'take no' if target == 'candidate' else 'need an'} index"
        raise WorkspaceError(msg)
    key = (candidate_id, target, index, field)
    with writing(ws.engine) as conn:
        before = _current(conn, key)
        result = conn.execute(
            sa.insert(schema.corrections).values(
                candidate_id=candidate_id,
                target=target,
                row_key=index,
                field=field,
                value_json=json.dumps(value, ensure_ascii=False),
                member=member,
                created_at=now(),
            )
        )
        record(conn, actor=member, action="correction", target=_label(*key), before=before, after=value)
    return int(result.inserted_primary_key[0])  # type: ignore[index]  # always set after an insert


def revert(ws: Workspace, correction_id: int, *, member: str) -> None:
    """Undo one correction; what applied before it applies again."""
    t = schema.corrections
    with writing(ws.engine) as conn:
        row = conn.execute(sa.select(t).where(t.c.id == correction_id)).mappings().first()
        if row is None or row["reverted_at"] is not None:
            msg = f"correction {correction_id} does not exist or is already reverted"
            raise WorkspaceError(msg)
        conn.execute(
            sa.update(t).where(t.c.id == correction_id).values(reverted_at=now(), reverted_by=member)
        )
        record(
            conn,
            actor=member,
            action="correction_reverted",
            target=_label(*_key(row)),
            before=json.loads(row["value_json"]),
            after=_current(conn, _key(row)),
        )


def active_corrections(ws: Workspace) -> list[Correction]:
    """The correction that applies to each corrected field (newest not reverted)."""
    with reading(ws.engine) as conn:
        rows = _active_rows(conn)
    latest = {_key(r): r for r in rows}  # rows are in id order, so the newest wins
    return [
        Correction(
            r["id"], r["candidate_id"], r["target"], r["row_key"], r["field"], json.loads(r["value_json"])
        )
        for r in latest.values()
    ]


def corrections_log(ws: Workspace, *, candidate_id: str | None = None) -> pd.DataFrame:
    """Every correction ever made, reverted ones included, oldest first."""
    t = schema.corrections
    query = sa.select(t).order_by(t.c.id)
    if candidate_id is not None:
        query = query.where(t.c.candidate_id == candidate_id)
    with reading(ws.engine) as conn:
        frame = pd.DataFrame(conn.execute(query).mappings().all(), columns=[c.name for c in t.columns])
    frame["value"] = frame.pop("value_json").map(json.loads)
    return frame


def apply_corrections(parsed: Mapping[str, ParsedCV], corrections: list[Correction]) -> dict[str, ParsedCV]:
    """Copies of the profiles with *corrections* applied; the inputs are left as parsed.

    A correction for a candidate or entry that no longer exists is skipped.
    """
    out = {cid: copy.deepcopy(cv) for cid, cv in parsed.items()}
    for c in corrections:
        cv = out.get(c.candidate_id)
        if cv is None:
            continue
        if c.target == "candidate":
            setattr(cv, c.field, c.value)
            continue
        entries = cv.publications if c.target == "publication" else cv.awards
        if c.index is not None and 0 <= c.index < len(entries):
            setattr(entries[c.index], c.field, c.value)
    return out


def to_edit_set(
    corrections: list[Correction], publications: pd.DataFrame
) -> dict[str, dict[str, dict[str, Any]]]:
    """The corrections keyed the way a profiles-frame edit set is (candidates by id, publications by pub_id).

    *publications* is the frame the pub_ids refer to; the n-th publication of a candidate is its
    n-th row there, in frame order.
    """
    nth = publications.groupby(Publications.candidate_id).cumcount()
    pub_ids: dict[tuple[str, int | None], str] = {
        (cid, int(n)): str(pid)
        for cid, n, pid in zip(
            publications[Publications.candidate_id], nth, publications[Publications.pub_id], strict=True
        )
    }
    edits: dict[str, dict[str, dict[str, Any]]] = {"candidates": {}, "publications": {}}
    for c in corrections:
        if c.target == "candidate":
            edits["candidates"].setdefault(c.candidate_id, {})[c.field] = c.value
        elif c.target == "publication" and (c.candidate_id, c.index) in pub_ids:
            edits["publications"].setdefault(pub_ids[(c.candidate_id, c.index)], {})[c.field] = c.value
    return edits
