"""One candidate = one file or one folder of files (a CV plus a .bib, say)."""

from __future__ import annotations

from pathlib import Path

from scoring.errors import ReadError
from scoring.ingest.parse import parse_cv
from scoring.ingest.readers import read_text
from scoring.model import ParsedCV

__all__ = ["candidate_files", "load_candidate"]

_IGNORED = {".toml", ".csv", ".sqlite", ".png", ".jpg", ".jpeg", ".gif", ".cls", ".sty"}


def candidate_files(path: Path) -> list[Path]:
    """The files that make up the candidate at *path* (the file itself, or a folder's CV files)."""
    if path.is_file():
        return [path]
    return sorted(
        f for f in path.rglob("*")
        if f.is_file() and not f.name.startswith(".") and f.suffix.lower() not in _IGNORED
    )


def load_candidate(path: Path) -> ParsedCV:
    """Read and parse every file of one candidate, merging them into one profile.

    Raises:
        ReadError: when no file of the candidate could be read.
    """
    files = candidate_files(path)
    if not files:
        raise ReadError(str(path), "empty_folder", "folder holds no CV files")
    merged: ParsedCV | None = None
    errors: list[ReadError] = []
    for f in files:
        try:
            extracted = read_text(f)
        except ReadError as exc:
            errors.append(exc)
            continue
        cv = parse_cv(extracted.text, fmt=extracted.fmt)
        cv.warnings[:0] = extracted.warnings
        cv.source_files = [f.name]
        if merged is None:
            merged = cv
        else:
            merged.publications += cv.publications
            merged.awards += cv.awards
            merged.source_files += cv.source_files
            merged.text += "\n" + cv.text
    if merged is None:
        raise errors[0]
    merged.warnings += [f"{e.path}: {e.reason}" for e in errors]
    return merged
