"""Duplicate candidates in a pool: the same file uploaded twice, or the same person in two files.

Two kinds, treated differently because only one of them is certain:

* **same bytes**: every readable file of one candidate has the SHA-256 of a file of an earlier
  candidate (``alice.pdf`` and ``alice_copy.pdf``). The copy is dropped from the profiles, so it
  cannot be scored twice; its status row stays, as a ``warning`` naming the file it copies.
* **same person**: different files whose parsed name and e-mail are equal after Unicode
  normalisation (NFKC, case folded, spaces collapsed). Both are kept, each with a warning naming
  the other, because a newer CV and an older one may both matter and the committee decides.

Reading the bytes to hash them is the only file access here; nothing is parsed again: names and
e-mails are read from the candidates frame.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from scoring.ingest.status import FileStatus, one_line
from scoring.model import Candidates, ParsedCV

if TYPE_CHECKING:
    from scoring.ingest.pool import Pool

__all__ = ["Duplicate", "file_sha256", "find_duplicates", "mark_duplicates", "person_key"]

DUPLICATE_CODE = "duplicate"


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Candidate *candidate_id* duplicates *other_id* (whose file is *other_path*).

    *same_bytes* means an identical copy (drop it); otherwise the same person in a different file.
    """

    candidate_id: str
    other_id: str
    other_path: str
    same_bytes: bool

    @property
    def reason(self) -> str:
        """The one-line warning the committee sees on *candidate_id*'s status row."""
        other = Path(self.other_path).name
        return f"duplicate of {other}" if self.same_bytes else f"possibly the same person as {other}"


def file_sha256(path: str) -> str:
    """Hex SHA-256 of the bytes of the file at *path*."""
    with Path(path).open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def person_key(cv: ParsedCV) -> tuple[str, str] | None:
    """Normalised (name, e-mail) of *cv*, or ``None`` unless both were found.

    Examples:
        >>> person_key(ParsedCV(name="Zoë  NÚÑEZ", email="Zoe@Example.org"))
        ('zoë núñez', 'zoe@example.org')
        >>> person_key(ParsedCV(name="Zoë Núñez")) is None
        True
    """
    if not cv.name or not cv.email:
        return None
    return _normalise(cv.name), _normalise(cv.email)


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _person_keys(pool: Pool) -> dict[str, tuple[str, str] | None]:
    """``person_key`` of every profile, from the candidates frame (whose name is the id when none was found)."""
    cands = pool.profiles.candidates
    out: dict[str, tuple[str, str] | None] = {}
    names = cands[Candidates.name].tolist()
    emails = cands[Candidates.email].tolist()
    for cid, name, email in zip(cands.index, names, emails, strict=True):
        found = isinstance(name, str) and name and name != cid and isinstance(email, str) and email
        out[cid] = (_normalise(name), _normalise(email)) if found else None
    return out


def _fingerprint(files: list[FileStatus], digest: Callable[[str], str]) -> frozenset[str] | None:
    # the digests of one candidate's readable files; None if one of them cannot be read now
    try:
        found = frozenset(digest(f.path) for f in files if f.status != "error")
    except OSError:
        return None
    return found or None


def find_duplicates(pool: Pool, *, digest: Callable[[str], str] = file_sha256) -> list[Duplicate]:
    """Every candidate of *pool* that duplicates an earlier one, in pool order.

    Only candidates with a parsed profile count. An identical copy is reported once, against the
    first candidate with the same file bytes; a same-person pair is reported both ways.

    Args:
        pool: A loaded pool; its ``files`` rows say which files belong to which candidate.
        digest: Content hash of a file path (SHA-256 of its bytes by default).
    """
    paths = {s.candidate_id: s.path for s in pool.statuses}
    first_by_bytes: dict[frozenset[str], str] = {}
    out: list[Duplicate] = []
    kept: list[str] = []
    files: dict[str, list[FileStatus]] = {}
    for f in pool.files:  # grouped once: scanning every file per candidate is quadratic in the pool
        files.setdefault(f.candidate_id, []).append(f)
    keys = _person_keys(pool)
    for cid in keys:
        fingerprint = _fingerprint(files.get(cid, []), digest)
        original = first_by_bytes.get(fingerprint) if fingerprint is not None else None
        if original is not None:
            out.append(Duplicate(cid, original, paths.get(original, original), same_bytes=True))
            continue
        if fingerprint is not None:
            first_by_bytes[fingerprint] = cid
        kept.append(cid)
    by_person: dict[tuple[str, str], list[str]] = {}
    for cid in kept:
        key = keys[cid]
        if key is not None:
            by_person.setdefault(key, []).append(cid)
    for group in by_person.values():
        out += [
            Duplicate(cid, other, paths.get(other, other), same_bytes=False)
            for cid in group
            for other in group
            if other != cid
        ]
    return out


def _warn(status: FileStatus, reason: str, code: str = "") -> FileStatus:
    if reason in status.reason:  # already marked (a pool deduplicated twice)
        return status
    joined = f"{status.reason}; {reason}" if status.reason else reason
    return replace(status, status="warning", reason=one_line(joined), code=code or status.code)


def mark_duplicates(pool: Pool, *, digest: Callable[[str], str] = file_sha256) -> Pool:
    """*pool* with identical copies dropped from the profiles and every duplicate flagged.

    A dropped copy keeps its status row (a ``warning`` with code ``duplicate``), so nothing
    disappears without a trace. Applying it again changes nothing.
    """
    found = find_duplicates(pool, digest=digest)
    if not found:
        return pool
    copies = {d.candidate_id for d in found if d.same_bytes}
    reasons: dict[str, list[Duplicate]] = {}
    for d in found:
        reasons.setdefault(d.candidate_id, []).append(d)
    statuses = []
    for status in pool.statuses:
        for d in reasons.get(status.candidate_id, []):
            status = _warn(status, d.reason, DUPLICATE_CODE if d.same_bytes else "")
        statuses.append(status)
    from scoring.ingest.profile_frames import drop_candidates  # pandas: not in a reader process

    return replace(pool, profiles=drop_candidates(pool.profiles, copies), statuses=statuses)
