"""One candidate = one file or one folder of files (a CV plus a .bib, say).

``read_candidate`` reads and parses every file of one candidate and reports a status per file;
it touches no global state, so a pool may run it in worker processes. A file that cannot be read,
or that the parser fails on, costs only that file: the candidate's other files still count.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scoring.errors import ReadError
from scoring.ingest.bibtex import bib_references
from scoring.ingest.merge import settle_merged
from scoring.ingest.parse import parse_cv
from scoring.ingest.readers import DEFAULT_LIMITS, Limits, read_text
from scoring.ingest.status import FileStatus, one_line
from scoring.model import ParsedCV

__all__ = ["candidate_files", "load_candidate", "read_candidate", "referenced_bibs"]

_IGNORED = {".toml", ".csv", ".sqlite", ".png", ".jpg", ".jpeg", ".gif", ".cls", ".sty"}
_log = logging.getLogger(__name__)


def candidate_files(path: Path) -> list[Path]:
    """The files that make up the candidate at *path* (the file itself, or a folder's CV files)."""
    if path.is_file():
        return [path, *referenced_bibs(path)]
    return sorted(
        f
        for f in path.rglob("*")
        if f.is_file() and not f.name.startswith(".") and f.suffix.lower() not in _IGNORED
    )


def referenced_bibs(path: Path) -> list[Path]:
    """The .bib files beside a CV that the CV points to (``\\bibliography{}``, ``bibliography:``)."""
    if path.suffix.lower() not in {".tex", ".md", ".qmd", ".rmd", ".yaml", ".yml", ".markdown"}:
        return []
    try:
        head = path.read_bytes()[:2_000_000].decode("utf-8", errors="replace")
    except OSError:
        return []
    found = [path.parent / name for name in bib_references(head)]
    return [f for f in found if f.is_file() and f.resolve() != path.resolve()]


def _merge(merged: ParsedCV | None, cv: ParsedCV) -> ParsedCV:
    if merged is None:
        return cv
    merged.publications += cv.publications
    merged.awards += cv.awards
    # a .bib sorts before the CV it belongs to but names nobody: identity comes from the first file that has it
    for field in ("name", "email", "current_position", "phd_institution", "phd_year", "research_interests"):
        if getattr(merged, field) is None:
            setattr(merged, field, getattr(cv, field))
    merged.source_files += cv.source_files
    merged.warnings += cv.warnings
    merged.text += "\n" + cv.text
    return merged


def read_candidate(
    path: Path, *, candidate_id: str = "", limits: Limits = DEFAULT_LIMITS
) -> tuple[ParsedCV | None, list[FileStatus]]:
    """Read and parse every file of one candidate, merging them into one profile.

    Returns:
        The merged profile (``None`` when no file could be read) and one status per file.
    """
    files = candidate_files(path)
    if not files:
        return None, [
            FileStatus(candidate_id, str(path), "error", "folder holds no CV files", "empty_folder")
        ]
    merged: ParsedCV | None = None
    statuses: list[FileStatus] = []
    failed: list[str] = []
    for f in files:
        try:
            extracted = read_text(f, limits)
        except ReadError as exc:
            statuses.append(FileStatus(candidate_id, str(f), "error", one_line(exc.reason), exc.status))
            failed.append(f"{f.name}: {one_line(exc.reason)}")
            continue
        try:
            cv = parse_cv(extracted.text, fmt=extracted.fmt)
        except Exception as exc:  # noqa: BLE001 - a parser bug must not cost the rest of the batch
            _log.exception("parser failed on %s", f)
            reason = f"the parser failed on this file ({type(exc).__name__}); please report it"
            statuses.append(FileStatus(candidate_id, str(f), "error", reason, "parser_failed"))
            failed.append(f"{f.name}: {reason}")
            continue
        prefix = f"{f.name}: " if len(files) > 1 else ""
        cv.warnings = [prefix + w for w in extracted.warnings + cv.warnings]
        cv.source_files = [f.name]
        status = "warning" if cv.warnings else "ok"
        statuses.append(FileStatus(candidate_id, str(f), status, one_line("; ".join(cv.warnings))))
        merged = _merge(merged, cv)
    if merged is not None:
        merged.warnings += failed
        if len(files) > 1:
            settle_merged(merged)
    return merged, statuses


def load_candidate(path: Path, limits: Limits = DEFAULT_LIMITS) -> ParsedCV:
    """Read and parse every file of one candidate, merging them into one profile.

    Raises:
        ReadError: when no file of the candidate could be read (the first file's reason).
    """
    cv, statuses = read_candidate(path, limits=limits)
    if cv is None:
        first = statuses[0]
        raise ReadError(first.path, first.code or "parse_error", first.reason)
    return cv
