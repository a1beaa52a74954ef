"""An applicant pool: a folder with one candidate per file or sub-folder."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from scoring.errors import ReadError
from scoring.ingest.candidate import load_candidate
from scoring.model import ParsedCV, Profiles, to_frames

__all__ = ["FileStatus", "Pool", "candidate_paths", "load_pool"]

_NOT_CANDIDATES = {".toml", ".csv", ".sqlite", ".json.lock"}
_NOT_CANDIDATE_NAMES = {"readme.md", "readme.txt", "readme"}


@dataclass(frozen=True, slots=True)
class FileStatus:
    """What happened to one candidate's files: ``ok``, ``warning`` or ``error``, and why."""

    candidate_id: str
    path: str
    status: str
    reason: str = ""


@dataclass(slots=True)
class Pool:
    """Parsed profiles plus one status row per candidate path."""

    profiles: Profiles
    statuses: list[FileStatus] = field(default_factory=list)
    parsed: dict[str, ParsedCV] = field(default_factory=dict)

    @property
    def errors(self) -> list[FileStatus]:
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


def load_pool(
    paths: list[Path], *, progress: Callable[[int, int, str], None] | None = None
) -> Pool:
    """Load every candidate path; a file that fails becomes an ``error`` status, the rest go on."""
    parsed: dict[str, ParsedCV] = {}
    statuses: list[FileStatus] = []
    for i, path in enumerate(paths):
        cid = candidate_id(path)
        while cid in parsed:
            cid += "-2"
        try:
            cv = load_candidate(path)
        except ReadError as exc:
            statuses.append(FileStatus(cid, str(path), "error", exc.reason))
        else:
            parsed[cid] = cv
            status = "warning" if cv.warnings else "ok"
            statuses.append(FileStatus(cid, str(path), status, "; ".join(cv.warnings)))
        if progress:
            progress(i + 1, len(paths), path.name)
    return Pool(profiles=to_frames(parsed.items()), statuses=statuses, parsed=parsed)
