"""Files uploaded in the browser -> an applicant folder on disk that ``load_pool`` can read.

Uploads are untrusted: names are reduced to safe basenames, and zip archives are unpacked only
after checking every member (no absolute paths, no ``..``, no links, bounded count, size and
compression ratio), so a crafted archive cannot write outside the session's folder or fill the disk.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from scoring.ingest.pool import candidate_paths

__all__ = ["MAX_MEMBERS", "MAX_RATIO", "MAX_TOTAL_BYTES", "Staged", "safe_name", "stage_uploads"]

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 200 * 2**20
MAX_RATIO = 100  # uncompressed/compressed; CVs compress ~3-10x, bombs ~1000x
_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass(slots=True)
class Staged:
    """Candidate paths ready for ``load_pool`` and the uploads that were refused, with why."""

    paths: list[Path] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


def safe_name(name: str) -> str:
    """A file name with no directory part and no characters a shell or file system would mind.

    Examples:
        >>> safe_name("../../etc/pass wd.txt")
        'pass wd.txt'
        >>> safe_name("C:\\\\Users\\\\cv.pdf")
        'cv.pdf'
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    return base[:120] or "upload"


def _unique(folder: Path, name: str) -> Path:
    target = folder / name
    n = 2
    while target.exists():
        target = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
        n += 1
    return target


def _check_zip(archive: zipfile.ZipFile) -> str | None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        return f"archive holds {len(members)} entries; the limit is {MAX_MEMBERS}"
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_BYTES:
        return f"archive unpacks to {total // 2**20} MB; the limit is {MAX_TOTAL_BYTES // 2**20} MB"
    for m in members:
        parts = PurePosixPath(m.filename.replace("\\", "/")).parts
        if m.filename.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            return f"archive entry {m.filename!r} points outside the archive"
        if stat.S_ISLNK(m.external_attr >> 16):
            return f"archive entry {m.filename!r} is a link"
        if m.file_size > 2**20 and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            return f"archive entry {m.filename!r} is compressed {m.file_size // max(m.compress_size, 1)}:1 (zip bomb?)"
    return None


def _unpack(data: bytes, folder: Path) -> str | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return "not a readable zip archive"
    with archive:
        problem = _check_zip(archive)
        if problem:
            return problem
        for m in archive.infolist():
            parts = [safe_name(p) for p in PurePosixPath(m.filename.replace("\\", "/")).parts]
            if m.is_dir() or any(p.startswith(("__MACOSX", ".")) for p in parts):
                continue
            target = folder.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(m))
    return None


def _candidate_root(folder: Path) -> Path:
    # "applicants.zip" usually wraps everything in one top folder: descend to where candidates are
    while True:
        entries = [p for p in folder.iterdir() if not p.name.startswith(".")]
        if len(entries) == 1 and entries[0].is_dir() and any(e.is_dir() for e in entries[0].iterdir()):
            folder = entries[0]
        else:
            return folder


def stage_uploads(files: Sequence[tuple[str, bytes]], dest: Path) -> Staged:
    """Write uploaded ``(name, bytes)`` pairs under *dest* and list the candidates they hold.

    A plain file is one candidate. A zip archive is unpacked into its own folder, and each file or
    sub-folder inside it is one candidate (a single wrapping folder is skipped).
    """
    staged = Staged()
    loose = dest / "files"
    loose.mkdir(parents=True, exist_ok=True)
    for name, data in files:
        clean = safe_name(name)
        if clean.lower().endswith(".zip"):
            folder = _unique(dest, Path(clean).stem or "archive")
            folder.mkdir(parents=True)
            problem = _unpack(data, folder)
            if problem:
                staged.rejected.append((name, problem))
                continue
            staged.paths += candidate_paths(_candidate_root(folder))
        else:
            target = _unique(loose, clean)
            target.write_bytes(data)
            staged.paths.append(target)
    return staged
