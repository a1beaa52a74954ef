"""Parsed profiles cached by content hash: re-opening a pool parses only what changed.

A candidate's key is the SHA-256 over its files' names and bytes (names too, because the parsed
profile records them). Profiles are stored as JSON of the ``ParsedCV`` dataclasses together with
the per-file status rows, never pickled: a tampered database can then only hold wrong data, not
run code. Each profile is keyed by the parser version as well, so improving the parser re-parses
the pool instead of serving stale results.

This module reads the candidate files' bytes to hash them; reading and parsing still go through
``scoring.ingest.load_pool``, one candidate at a time, so statuses and limits are the same as
without a cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.resources
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scoring.ingest.candidate import candidate_files
from scoring.ingest.duplicates import mark_duplicates
from scoring.ingest.pool import Pool, candidate_id, load_pool
from scoring.ingest.profile_frames import join_in_order, rename_candidates
from scoring.ingest.readers import DEFAULT_LIMITS, Limits
from scoring.ingest.status import FileStatus, one_line
from scoring.model import Award, ParsedCV, Profiles, ProfilesBuilder, Publication
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


def _cv_from_dict(data: dict[str, Any]) -> ParsedCV:
    data["publications"] = [Publication(**_known(Publication, p)) for p in data.get("publications", [])]
    data["awards"] = [Award(**_known(Award, a)) for a in data.get("awards", [])]
    return ParsedCV(**_known(ParsedCV, data))


def cv_from_json(text: str) -> ParsedCV:
    """Rebuild a profile from ``cv_to_json`` output."""
    return _cv_from_dict(json.loads(text))


def _base(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def _encode(cv: ParsedCV, files: list[FileStatus], path: Path) -> str:
    # file rows are stored relative to the candidate, so a moved pool folder still matches
    rows = []
    for f in files:
        try:
            where = Path(f.path).relative_to(_base(path)).as_posix()
        except ValueError:
            where = f.path
        rows.append(asdict(f) | {"candidate_id": "", "path": where})
    return json.dumps({"cv": asdict(cv), "files": rows}, ensure_ascii=False, separators=(",", ":"))


def _decode(text: str, cid: str, path: Path) -> tuple[ParsedCV, list[FileStatus]]:
    data = json.loads(text)
    files = [
        FileStatus(**_known(FileStatus, row | {"candidate_id": cid, "path": str(_base(path) / row["path"])}))
        for row in data.get("files", [])
    ]
    return _cv_from_dict(data["cv"]), files


@dataclass(frozen=True, slots=True)
class CacheReport:
    """How a pool was opened: ids served from the cache, ids parsed now, ids whose files changed."""

    cached: list[str] = field(default_factory=list)
    parsed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def _lookup(conn: Connection, hashes: Sequence[str], version: str) -> set[str]:
    # which profiles are stored, without their JSON: a large pool's JSON is read a chunk at a time
    t = schema.profiles
    found: set[str] = set()
    unique = sorted(set(hashes))
    for start in range(0, len(unique), _LOOKUP_CHUNK):
        chunk = unique[start : start + _LOOKUP_CHUNK]
        query = sa.select(t.c.content_hash).where(t.c.parser_version == version, t.c.content_hash.in_(chunk))
        found.update(row.content_hash for row in conn.execute(query))
    return found


def _fetch(conn: Connection, hashes: Sequence[str], version: str) -> dict[str, str]:
    t = schema.profiles
    query = sa.select(t.c.content_hash, t.c.cv_json).where(
        t.c.parser_version == version, t.c.content_hash.in_(sorted(set(hashes)))
    )
    return {row.content_hash: row.cv_json for row in conn.execute(query)}


def _insert_profile(conn: Connection, content_hash: str, version: str, payload: str) -> None:
    upsert(
        conn,
        schema.profiles,
        {"content_hash": content_hash, "parser_version": version, "cv_json": payload, "stored_at": now()},
        update=False,
    )


def _store_entry(conn: Connection, cid: str, path: Path, content_hash: str) -> None:
    upsert(
        conn,
        schema.pool_entries,
        {"candidate_id": cid, "path": str(path), "content_hash": content_hash, "stored_at": now()},
    )


def _store_candidate(
    ws: Workspace, cid: str, path: Path, content_hash: str, version: str, payload: str
) -> None:
    # One transaction per candidate: an import that dies half-way keeps every candidate stored
    # before it, and none half-stored.
    with writing(ws.engine) as conn:
        _insert_profile(conn, content_hash, version, payload)
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
    # the candidate row load_pool gives a profile that was read
    if cv.warnings:
        return FileStatus(cid, str(path), "warning", one_line("; ".join(cv.warnings)))
    return FileStatus(cid, str(path), "ok")


def _read_cached(
    ws: Workspace, wanted: list[tuple[str, Path, str]], version: str
) -> tuple[Profiles, dict[str, tuple[FileStatus, list[FileStatus]]]]:
    # (cid, path, hash) of stored profiles -> their frames and status rows; the JSON of a chunk
    # of candidates at a time, so a large pool never holds every profile as JSON or ParsedCV
    builder = ProfilesBuilder()
    rows: dict[str, tuple[FileStatus, list[FileStatus]]] = {}
    with reading(ws.engine) as conn:
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = wanted[start : start + _LOOKUP_CHUNK]
            stored = _fetch(conn, [digest for _, _, digest in chunk], version)
            for cid, path, digest in chunk:
                cv, files = _decode(stored[digest], cid, path)
                rows[cid] = (_status(cid, path, cv), files)
                builder.add(cid, cv)
    return builder.build(), rows


def _parse(
    ws: Workspace,
    todo: list[tuple[str, Path]],
    hashes: dict[str, str],
    version: str,
    limits: Limits,
    progress: Callable[[int, int, str], None] | None,
    done: int,
    total: int,
) -> tuple[Profiles, dict[str, tuple[FileStatus, list[FileStatus]]], list[str]]:
    # One load_pool call for every candidate not in the cache: the same reading, limits and
    # statuses as an uncached load. Each profile is stored as it is read (load_pool keeps no
    # ParsedCV). The batch's ids may differ from ours (duplicates are numbered within the batch),
    # so results are matched by position: one status row per path, in order.
    stored: list[str] = []

    def tick(i: int, _n: int, name: str) -> None:
        if progress:
            progress(done + i, total, name)

    def store(i: int, cv: ParsedCV | None, files: list[FileStatus]) -> None:
        cid, path = todo[i]
        if cv is not None and cid in hashes:
            rows = [replace(f, candidate_id=cid) for f in files]
            _store_candidate(ws, cid, path, hashes[cid], version, _encode(cv, rows, path))
            stored.append(cid)

    batch = load_pool([path for _, path in todo], limits=limits, progress=tick, on_read=store)
    files: dict[str, list[FileStatus]] = {}
    for f in batch.files:
        files.setdefault(f.candidate_id, []).append(f)
    out: dict[str, tuple[FileStatus, list[FileStatus]]] = {}
    names: dict[str, str] = {}
    for (cid, _), status in zip(todo, batch.statuses, strict=True):
        names[status.candidate_id] = cid
        rows = [replace(f, candidate_id=cid) for f in files.get(status.candidate_id, [])]
        out[cid] = (replace(status, candidate_id=cid), rows)
    return rename_candidates(batch.profiles, names), out, stored


def load_pool_cached(
    ws: Workspace,
    paths: list[Path],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    version: str | None = None,
) -> tuple[Pool, CacheReport]:
    """``scoring.ingest.load_pool``, but profiles already parsed from the same bytes come from *ws*.

    A candidate that cannot be read gets its ``error`` status as usual and is tried again next time.
    """
    version = version or parser_version()
    ids = _ids(paths)
    hashes: dict[str, str] = {}
    for cid, path in ids:
        with contextlib.suppress(OSError):  # unreadable now: load_pool below reports why
            hashes[cid] = candidate_hash(path)
    with reading(ws.engine) as conn:
        cached = _lookup(conn, list(hashes.values()), version)
        entries = schema.pool_entries
        previous = {
            r[0]: r[1] for r in conn.execute(sa.select(entries.c.candidate_id, entries.c.content_hash))
        }
    report = CacheReport()
    hits = [(cid, path, hashes[cid]) for cid, path in ids if hashes.get(cid) in cached]
    from_cache, loaded = _read_cached(ws, hits, version)
    report.cached.extend(cid for cid, _, _ in hits)
    if progress and loaded:
        progress(len(loaded), len(ids), "profiles from the workspace")
    todo = [(cid, path) for cid, path in ids if cid not in loaded]
    parts = [from_cache]
    if todo:
        fresh, rows, stored = _parse(ws, todo, hashes, version, limits, progress, len(loaded), len(ids))
        loaded |= rows
        parts.append(fresh)
        report.parsed.extend(stored)
    hit_ids = set(report.cached)
    relinked = [(cid, path) for cid, path in ids if cid in hit_ids and previous.get(cid) != hashes[cid]]
    if relinked:  # served from the cache, but new to this id or path
        with writing(ws.engine) as conn:
            for cid, path in relinked:
                _store_entry(conn, cid, path, hashes[cid])
    report.changed.extend(
        cid for cid, _ in ids if cid in previous and cid in hashes and previous[cid] != hashes[cid]
    )
    pool = Pool(
        profiles=join_in_order(parts, [cid for cid, _ in ids]),  # pool order, as load_pool gives
        statuses=[loaded[cid][0] for cid, _ in ids],
        files=[row for cid, _ in ids for row in loaded[cid][1]],
    )
    return mark_duplicates(pool), report  # across cached and fresh profiles, as load_pool does
