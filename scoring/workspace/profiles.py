"""Parsed profiles cached by content hash: re-opening a pool parses only what changed.

A candidate's key is the SHA-256 over its files' names and bytes (names too, because the parsed
profile records them). Profiles are stored as JSON of the ``ParsedCV`` dataclasses, never pickled:
a tampered database can then only hold wrong data, not run code. Each profile is keyed by the
parser version as well, so improving the parser re-parses the pool instead of serving stale
results.

This module reads the candidate files' bytes to hash them; the parsing itself still goes through
``scoring.ingest`` only.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scoring.errors import ReadError
from scoring.ingest.candidate import candidate_files, load_candidate
from scoring.ingest.pool import FileStatus, Pool, candidate_id
from scoring.model import Award, ParsedCV, Publication, to_frames
from scoring.workspace import schema
from scoring.workspace.db import reading, upsert, writing
from scoring.workspace.store import Workspace, now

__all__ = [
    "CacheReport",
    "candidate_hash",
    "cv_from_json",
    "cv_to_json",
    "load_pool_cached",
    "parser_version",
]

_LOOKUP_CHUNK = 500  # well under every backend's limit on bound parameters


@cache
def parser_version() -> str:
    """A fingerprint of the parsing code (``scoring.ingest`` and ``scoring.model`` sources)."""
    digest = hashlib.sha256()
    ingest = importlib.resources.files("scoring.ingest")
    sources = sorted((p for p in ingest.iterdir() if p.name.endswith(".py")), key=lambda p: p.name)
    sources.append(importlib.resources.files("scoring").joinpath("model.py"))
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def candidate_hash(path: Path) -> str:
    """SHA-256 over the names and bytes of the files that make up the candidate at *path*."""
    digest = hashlib.sha256()
    base = path if path.is_dir() else path.parent
    for f in candidate_files(path):
        digest.update(f.relative_to(base).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(f.read_bytes()).digest())
    return digest.hexdigest()


def cv_to_json(cv: ParsedCV) -> str:
    """The profile as JSON text (the whole dataclass, unlike the shorter ``ParsedCV.to_json``)."""
    return json.dumps(asdict(cv), ensure_ascii=False, separators=(",", ":"))


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    # A profile stored by another version may have fields this one lacks; dropping them keeps
    # the cache readable (the parser version in the key makes that rare anyway).
    names = _field_names(cls)
    if names.issuperset(data):
        return data
    return {k: v for k, v in data.items() if k in names}


def cv_from_json(text: str) -> ParsedCV:
    """Rebuild a profile from ``cv_to_json`` output."""
    data = json.loads(text)
    data["publications"] = [Publication(**_known(Publication, p)) for p in data.get("publications", [])]
    data["awards"] = [Award(**_known(Award, a)) for a in data.get("awards", [])]
    return ParsedCV(**_known(ParsedCV, data))


@dataclass(frozen=True, slots=True)
class CacheReport:
    """How a pool was opened: ids served from the cache, ids parsed now, ids whose files changed."""

    cached: list[str] = field(default_factory=list)
    parsed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def _lookup(conn: Connection, hashes: Sequence[str], version: str) -> dict[str, str]:
    t = schema.profiles
    found: dict[str, str] = {}
    unique = sorted(set(hashes))
    for start in range(0, len(unique), _LOOKUP_CHUNK):
        chunk = unique[start : start + _LOOKUP_CHUNK]
        query = sa.select(t.c.content_hash, t.c.cv_json).where(
            t.c.parser_version == version, t.c.content_hash.in_(chunk)
        )
        found.update({row.content_hash: row.cv_json for row in conn.execute(query)})
    return found


def _insert_profile(conn: Connection, content_hash: str, version: str, cv: ParsedCV) -> None:
    upsert(
        conn,
        schema.profiles,
        {
            "content_hash": content_hash,
            "parser_version": version,
            "cv_json": cv_to_json(cv),
            "stored_at": now(),
        },
        update=False,
    )


def _store_entry(conn: Connection, cid: str, path: Path, content_hash: str) -> None:
    upsert(
        conn,
        schema.pool_entries,
        {"candidate_id": cid, "path": str(path), "content_hash": content_hash, "stored_at": now()},
    )


def _store_candidate(
    ws: Workspace, cid: str, path: Path, content_hash: str, version: str, cv: ParsedCV
) -> None:
    # One transaction per candidate: an import that dies half-way keeps every candidate stored
    # before it, and none half-stored.
    with writing(ws.engine) as conn:
        _insert_profile(conn, content_hash, version, cv)
        _store_entry(conn, cid, path, content_hash)


def _ids(paths: Iterable[Path]) -> list[tuple[str, Path]]:
    # The same ids, in the same way, as scoring.ingest.load_pool gives them.
    seen: set[str] = set()
    out: list[tuple[str, Path]] = []
    for path in paths:
        cid = candidate_id(path)
        while cid in seen:
            cid += "-2"
        seen.add(cid)
        out.append((cid, path))
    return out


def _status(cid: str, path: Path, cv: ParsedCV) -> FileStatus:
    return FileStatus(cid, str(path), "warning" if cv.warnings else "ok", "; ".join(cv.warnings))


def load_pool_cached(
    ws: Workspace,
    paths: list[Path],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    version: str | None = None,
) -> tuple[Pool, CacheReport]:
    """``scoring.ingest.load_pool``, but profiles already parsed from the same bytes come from *ws*.

    A file that cannot be read becomes an ``error`` status (and is retried next time).
    """
    version = version or parser_version()
    ids = _ids(paths)
    hashes: dict[str, str] = {}
    unreadable: dict[str, str] = {}
    for cid, path in ids:
        try:
            hashes[cid] = candidate_hash(path)
        except OSError as exc:
            unreadable[cid] = f"cannot read file: {exc.strerror}"
    with reading(ws.engine) as conn:
        cached = _lookup(conn, list(hashes.values()), version)
        previous = dict(
            conn.execute(
                sa.select(schema.pool_entries.c.candidate_id, schema.pool_entries.c.content_hash)
            ).all()
        )
    parsed: dict[str, ParsedCV] = {}
    statuses: list[FileStatus] = []
    report = CacheReport()
    moved: list[tuple[str, Path]] = []
    for i, (cid, path) in enumerate(ids):
        if cid in unreadable:
            statuses.append(FileStatus(cid, str(path), "error", unreadable[cid]))
        elif hashes[cid] in cached:
            cv = cv_from_json(cached[hashes[cid]])
            parsed[cid] = cv
            statuses.append(_status(cid, path, cv))
            report.cached.append(cid)
            if previous.get(cid) != hashes[cid]:
                moved.append((cid, path))
        else:
            try:
                cv = load_candidate(path)
            except ReadError as exc:
                statuses.append(FileStatus(cid, str(path), "error", exc.reason))
            else:
                _store_candidate(ws, cid, path, hashes[cid], version, cv)
                parsed[cid] = cv
                statuses.append(_status(cid, path, cv))
                report.parsed.append(cid)
        if cid in previous and cid in hashes and previous[cid] != hashes[cid]:
            report.changed.append(cid)
        if progress:
            progress(i + 1, len(ids), path.name)
    if moved:
        with writing(ws.engine) as conn:
            for cid, path in moved:
                _store_entry(conn, cid, path, hashes[cid])
    return Pool(profiles=to_frames(parsed.items()), statuses=statuses, parsed=parsed), report
