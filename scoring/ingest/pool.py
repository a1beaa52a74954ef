"""An applicant pool: a folder with one candidate per file or sub-folder.

Every candidate gets a status row and every file a file row; a file that cannot be read, or even
an unexpected failure while reading one candidate, becomes an ``error`` row and the batch goes on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from scoring.ingest.candidate import read_candidate
from scoring.ingest.readers import DEFAULT_LIMITS, Limits
from scoring.ingest.status import FileStatus, one_line
from scoring.model import ParsedCV, Profiles, to_frames

__all__ = ["FileStatus", "Pool", "candidate_paths", "load_pool"]

_NOT_CANDIDATES = {".toml", ".csv", ".sqlite", ".json.lock"}
_NOT_CANDIDATE_NAMES = {"readme.md", "readme.txt", "readme"}
_log = logging.getLogger(__name__)


@dataclass(slots=True)
class Pool:
    """Parsed profiles, one status row per candidate path and one per file read."""

    profiles: Profiles
    statuses: list[FileStatus] = field(default_factory=list)
    parsed: dict[str, ParsedCV] = field(default_factory=dict)
    files: list[FileStatus] = field(default_factory=list)

    @property
    def errors(self) -> list[FileStatus]:
        """Candidates none of whose files could be read."""
        return [s for s in self.statuses if s.status == "error"]


def candidate_paths(folder: Path) -> list[Path]:
    """Every candidate in an applicant folder: each file or sub-folder, minus config and READMEs."""
    return sorted(
        p for p in folder.iterdir()
        if not p.name.startswith((".", "_"))
        and p.suffix.lower() not in _NOT_CANDIDATES
        and p.name.lower() not in _NOT_CANDIDATE_NAMES
    )


def candidate_id(path: Path) -> str:
    """A readable, stable id from the file or folder name."""
    stem = path.stem if path.is_file() else path.name
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "candidate"


def _candidate_status(cid: str, path: Path, cv: ParsedCV | None, files: list[FileStatus]) -> FileStatus:
    if cv is None:
        first = files[0] if files else FileStatus(cid, str(path), "error", "nothing could be read", "parse_error")
        reason = first.reason if len(files) <= 1 else f"no file could be read ({first.reason})"
        return FileStatus(cid, str(path), "error", reason, first.code)
    if cv.warnings:
        return FileStatus(cid, str(path), "warning", one_line("; ".join(cv.warnings)))
    return FileStatus(cid, str(path), "ok")


def load_pool(
    paths: list[Path],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Pool:
    """Load every candidate path; whatever fails becomes an ``error`` status, the rest go on."""
    parsed: dict[str, ParsedCV] = {}
    statuses: list[FileStatus] = []
    files: list[FileStatus] = []
    seen: set[str] = set()
    for i, path in enumerate(paths):
        cid = candidate_id(path)
        while cid in seen:
            cid += "-2"
        seen.add(cid)
        try:
            cv, file_rows = read_candidate(path, candidate_id=cid, limits=limits)
        except Exception as exc:  # noqa: BLE001 - a bug on one candidate must not lose the batch
            _log.exception("reading candidate %s failed", path)
            cv, file_rows = None, [FileStatus(cid, str(path), "error",
                                              f"unexpected failure ({type(exc).__name__}); please report it",
                                              "internal_error")]
        files += file_rows
        statuses.append(_candidate_status(cid, path, cv, file_rows))
        if cv is not None:
            parsed[cid] = cv
        if progress:
            progress(i + 1, len(paths), path.name)
    return Pool(profiles=to_frames(parsed.items()), statuses=statuses, parsed=parsed, files=files)
