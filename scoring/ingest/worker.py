"""PDF and DOCX extraction in a separate, capped process.

A decompression bomb makes PDFium abort the whole process, and PDFium is not thread-safe (every
Streamlit session is a thread). So the server never imports pypdfium2 or python-docx itself:
each file is handed to a fresh interpreter (``subprocess``: fork+exec, safe from a multi-threaded
parent, unlike a bare ``fork``) that caps its own memory (RLIMIT_AS) and CPU time, and is killed
after a wall-clock timeout. Whatever happens there comes back as text or as a ``ReadError``.

At most ``max_workers`` children run at once per process, so several reviewers uploading at the
same time cannot multiply the memory cap without bound.

A process that does nothing but read applicants' files (a worker of the process pool in
``scoring.ingest.parallel``, started by spawn or forkserver, single-threaded) may instead extract in
itself after ``extract_in_this_process()``: one interpreter start per file costs more than reading
a 10-page CV. The same limits hold there per file: the address space is capped at the current size
plus ``memory_mb`` while the file is read, and a CPU-time alarm whose default action ends the
process fires after ``timeout_s``. A file that crashes or stops that worker costs only the worker;
the pool reads the file again the isolated way to report why.
"""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from scoring.errors import ReadError
from scoring.ingest.sniff import ZipLimits

__all__ = ["DEFAULT_LIMITS", "Limits", "RawText", "extract_in_this_process", "extract_in_worker"]

_CHILD = Path(__file__).with_name("_extract_child.py")
# Bounded by CPU count: extraction is CPU-bound, and each child may use up to the memory cap.
_SLOTS = threading.BoundedSemaphore(max(1, min(4, os.cpu_count() or 1)))


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one applicant's file may cost to read.

    Attributes:
        memory_mb: address-space cap of the extraction process (a PDF bomb stops here).
        timeout_s: wall-clock limit per file; CPU time is capped at the same value.
        max_pages: PDF pages read; CVs rarely exceed 30, the rest is reported as skipped.
        max_chars: characters kept from any file.
        max_bytes: file size refused before reading.
        zip: declared-size limits checked before a .docx is opened.
    """

    memory_mb: int = 1024
    timeout_s: float = 30.0
    max_pages: int = 50
    max_chars: int = 400_000  # ~100 dense pages; bounds the parser's work on a hostile file
    max_bytes: int = 25 * 2**20
    zip: ZipLimits = field(default_factory=ZipLimits)


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class RawText:
    """What the extraction process found, before sanitising."""

    text: str
    pages: int | None = None
    pages_read: int | None = None
    failed_pages: tuple[int, ...] = ()
    cut: bool = False


def _crash_reason(returncode: int, limits: Limits) -> tuple[str, str]:
    sig = -returncode
    if sig == getattr(signal, "SIGXCPU", None):  # POSIX only
        return "timeout", f"reading took more than {limits.timeout_s:g} s of CPU; stopped"
    # PDFium aborts (SIGABRT) when an allocation fails under the cap; a segfault on a hostile file
    # is treated the same way: the file is refused, the batch goes on.
    name = signal.Signals(sig).name if sig in signal.valid_signals() else str(sig)
    return "too_large", (
        f"reader stopped by {name}: the file needs more than {limits.memory_mb} MB "
        "to read (possibly a decompression bomb) or is malformed"
    )


_IN_PROCESS = False


def extract_in_this_process() -> None:
    """From now on extract in this process, capped per file (only for a dedicated reader process)."""
    global _IN_PROCESS  # a per-process mode, set once by the pool worker's initializer
    _IN_PROCESS = True


def _address_space() -> int | None:
    try:
        statm = Path("/proc/self/statm").read_text(encoding="ascii")  # Linux; elsewhere no memory cap here
        return int(statm.split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return None


def _extract_here(data: bytes, kind: str, limits: Limits) -> dict[str, Any]:
    import resource

    from scoring.ingest import _extract_child

    size = _address_space()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if size is not None:
        cap = size + limits.memory_mb * 2**20
        resource.setrlimit(
            resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard)
        )
    # SIGPROF's default action ends the process: PDFium stuck in C code cannot ignore it
    signal.setitimer(signal.ITIMER_PROF, limits.timeout_s)
    try:
        return _extract_child.extract(kind, data, limits.memory_mb, limits.max_pages, limits.max_chars)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def extract_in_worker(
    data: bytes, kind: Literal["pdf", "docx"], path: str, limits: Limits = DEFAULT_LIMITS
) -> RawText:
    """Extract the text of a PDF or DOCX in a capped child process (or here, in a reader process).

    Raises:
        ReadError: ``encrypted``, ``parse_error``, ``unsupported_format``, ``too_large`` (memory
            cap hit) or ``timeout``, with a one-line reason.
    """
    if _IN_PROCESS:
        return _raw_text(_extract_here(data, kind, limits), path)
    cpu_s = max(1, math.ceil(limits.timeout_s))
    cmd = [
        sys.executable,
        "-I",
        str(_CHILD),
        kind,
        str(limits.memory_mb),
        str(limits.max_pages),
        str(limits.max_chars),
        str(cpu_s),
    ]
    with _SLOTS:
        try:
            proc = subprocess.run(cmd, input=data, capture_output=True, timeout=limits.timeout_s, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ReadError(
                path, "timeout", f"reading took longer than {limits.timeout_s:g} s; stopped"
            ) from exc
    if proc.returncode < 0:
        raise ReadError(path, *_crash_reason(proc.returncode, limits))
    try:
        result: dict[str, Any] = json.loads(proc.stdout)
    except ValueError:
        last = (proc.stderr.decode("utf-8", "replace").strip().splitlines() or ["no output"])[-1]
        raise ReadError(
            path, "parse_error", f"reader failed (exit {proc.returncode}): {last[:200]}"
        ) from None
    return _raw_text(result, path)


def _raw_text(result: dict[str, Any], path: str) -> RawText:
    if "error" in result:
        raise ReadError(path, str(result["error"]), str(result["reason"]))
    return RawText(
        text=str(result["text"]),
        pages=result.get("pages"),
        pages_read=result.get("pages_read"),
        failed_pages=tuple(result.get("failed_pages", ())),
        cut=bool(result.get("cut")),
    )
