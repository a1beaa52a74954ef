"""An applicant pool: a folder with one candidate per file or sub-folder.

Every candidate gets a status row and every file a file row; a file that cannot be read, or even
an unexpected failure while reading one candidate, becomes an ``error`` row and the batch goes on.
"""

from __future__ import annotations

import ctypes
import re
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from scoring.ingest.duplicates import mark_duplicates
from scoring.ingest.parallel import (
    MIN_PARALLEL,
    can_use_processes,
    default_workers,
    read_in_processes,
    read_one,
)
from scoring.ingest.readers import DEFAULT_LIMITS, Limits
from scoring.ingest.status import FileStatus, one_line
from scoring.model import ParsedCV, Profiles, ProfilesBuilder

if TYPE_CHECKING:
    from scoring.ingest.parallel import Read

__all__ = ["FileStatus", "OnRead", "Pool", "candidate_paths", "load_pool"]

_NOT_CANDIDATES = {".toml", ".csv", ".sqlite", ".json.lock"}
_NOT_CANDIDATE_NAMES = {"readme.md", "readme.txt", "readme"}
_PARALLEL = threading.Lock()
_TRIM_EVERY = 500  # candidates between giving freed heap pages back while a large pool loads

OnRead = Callable[[int, ParsedCV | None, list[FileStatus]], None]


@dataclass(slots=True)
class Pool:
    """Parsed profiles, one status row per candidate path and one per file read.

    Only the frames are kept: ``parsed`` rebuilds a candidate's ``ParsedCV`` from them on access.
    """

    profiles: Profiles
    statuses: list[FileStatus] = field(default_factory=list)
    files: list[FileStatus] = field(default_factory=list)

    @property
    def parsed(self) -> Mapping[str, ParsedCV]:
        """``candidate_id -> ParsedCV`` of every profile in the frames, in pool order."""
        from scoring.ingest.profile_frames import ParsedView  # pandas: not in a reader process

        return ParsedView(self.profiles)

    @property
    def errors(self) -> list[FileStatus]:
        """Candidates none of whose files could be read."""
        return [s for s in self.statuses if s.status == "error"]


def candidate_paths(folder: Path) -> list[Path]:
    """Every candidate in an applicant folder: each file or sub-folder, minus config and READMEs.

    A .bib file that a CV beside it cites (``\\bibliography{pubs}``, ``bibliography: pubs.bib``)
    belongs to that CV's candidate and is not a candidate of its own.
    """
    from scoring.ingest.candidate import referenced_bibs  # candidate imports the parser: load it late

    found = sorted(
        p
        for p in folder.iterdir()
        if not p.name.startswith((".", "_"))
        and p.suffix.lower() not in _NOT_CANDIDATES
        and p.name.lower() not in _NOT_CANDIDATE_NAMES
    )
    owned = {bib.resolve() for p in found if p.is_file() for bib in referenced_bibs(p)}
    return [p for p in found if p.resolve() not in owned]


def candidate_id(path: Path) -> str:
    """A readable, stable id from the file or folder name."""
    stem = path.stem if path.is_file() else path.name
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "candidate"


def _candidate_status(cid: str, path: Path, cv: ParsedCV | None, files: list[FileStatus]) -> FileStatus:
    if cv is None:
        first = (
            files[0] if files else FileStatus(cid, str(path), "error", "nothing could be read", "parse_error")
        )
        reason = first.reason if len(files) <= 1 else f"no file could be read ({first.reason})"
        return FileStatus(cid, str(path), "error", reason, first.code)
    if cv.warnings:
        return FileStatus(cid, str(path), "warning", one_line("; ".join(cv.warnings)))
    return FileStatus(cid, str(path), "ok")


class _InOrder:
    """Hands reads that finish in any order to *consume* in job order (holding only the early ones)."""

    def __init__(self, consume: Callable[[int, Read], None]) -> None:
        self._consume = consume
        self._next = 0
        self._early: dict[int, Read] = {}

    def __call__(self, i: int, read: Read) -> None:
        self._early[i] = read
        while self._next in self._early:
            self._consume(self._next, self._early.pop(self._next))
            self._next += 1


def _release_freed_memory() -> None:
    """Give the heap pages freed by the parsed records back to the system (glibc only; else nothing).

    The records of a large pool are many small objects freed between larger ones; glibc keeps
    those pages, so the process would stay as large as its peak while the pool is scored.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # musl has no libc.so.6 or no malloc_trim
        return


def _use_system_allocator_for_frames() -> None:
    """Let pyarrow allocate the frames' strings with malloc, which ``_release_freed_memory`` trims.

    Its default allocator (mimalloc) keeps what the temporary chunks freed: reading 2,000 CVs,
    the process held 423 MB with it and 353 MB with the system allocator.
    """
    try:
        import pyarrow
    except ImportError:  # pandas then keeps strings as Python objects
        return
    if pyarrow.default_memory_pool().backend_name != "system":
        pyarrow.set_memory_pool(pyarrow.system_memory_pool())


def load_pool(
    paths: list[Path],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    workers: int | None = None,
    on_read: OnRead | None = None,
) -> Pool:
    """Load every candidate path; whatever fails becomes an ``error`` status, the rest go on.

    Each candidate's ``ParsedCV`` goes into the frames as soon as it is read and is not kept, so
    memory grows with the frames only.

    Args:
        paths: One candidate per path (a file, or a folder of files).
        progress: Called with (done, total, name) after each candidate, in the calling thread.
        limits: What one file may cost to read.
        workers: Processes to read with; ``None`` uses every core for a pool of
            ``MIN_PARALLEL`` candidates or more, ``1`` reads here. The result is the same.
        on_read: Called in the calling thread with (position in *paths*, profile or ``None``,
            file rows) for every candidate, in path order, before duplicates are looked for;
            the one chance to see the whole ``ParsedCV`` (to store it, say).
    """
    jobs: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for path in paths:
        cid = candidate_id(path)
        while cid in seen:
            cid += "-2"
        seen.add(cid)
        jobs.append((path, cid))
    _use_system_allocator_for_frames()
    builder = ProfilesBuilder()
    statuses: list[FileStatus] = []
    files: list[FileStatus] = []

    def consume(i: int, read: Read) -> None:
        path, cid = jobs[i]
        cv, file_rows = read
        files.extend(file_rows)
        statuses.append(_candidate_status(cid, path, cv, file_rows))
        if on_read:
            on_read(i, cv, file_rows)
        if cv is not None:
            builder.add(cid, cv)
        if i % _TRIM_EVERY == _TRIM_EVERY - 1:
            _release_freed_memory()

    sink = _InOrder(consume)
    if workers is None:
        workers = default_workers() if len(jobs) >= MIN_PARALLEL else 1
    workers = min(workers, len(jobs))
    # one process pool at a time per process: two sessions loading at once share the cores
    if workers > 1 and can_use_processes() and _PARALLEL.acquire(blocking=False):
        try:
            read_in_processes(jobs, limits, workers=workers, progress=progress, sink=sink)
        finally:
            _PARALLEL.release()
    else:
        for i, (path, cid) in enumerate(jobs):
            sink(i, read_one(path, cid, limits))
            if progress:
                progress(i + 1, len(jobs), path.name)
    pool = Pool(profiles=builder.build(), statuses=statuses, files=files)
    _release_freed_memory()
    return mark_duplicates(pool)  # an identical copy is dropped, the same person in two files flagged
