"""PDF and DOCX extraction in a separate, capped process.

A decompression bomb makes PDFium abort the whole process, and PDFium is not thread-safe (every
Streamlit session is a thread). So the server never imports pypdfium2 or python-docx itself:
each file is handed to a fresh interpreter (``subprocess``: fork+exec, safe from a multi-threaded
parent, unlike a bare ``fork``) that caps its own memory (RLIMIT_AS) and CPU time, and is killed
after a wall-clock timeout. Whatever happens there comes back as text or as a ``ReadError``.

At most ``max_workers`` children run at once per process, so several reviewers uploading at the
same time cannot multiply the memory cap without bound.
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

__all__ = ["DEFAULT_LIMITS", "Limits", "RawText", "extract_in_worker"]

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
    return "too_large", (f"reader stopped by {name}: the file needs more than {limits.memory_mb} MB "
                         "to read (possibly a decompression bomb) or is malformed")


def extract_in_worker(
    data: bytes, kind: Literal["pdf", "docx"], path: str, limits: Limits = DEFAULT_LIMITS
) -> RawText:
    """Extract the text of a PDF or DOCX in a capped child process.

    Raises:
        ReadError: ``encrypted``, ``parse_error``, ``unsupported_format``, ``too_large`` (memory
            cap hit) or ``timeout``, with a one-line reason.
    """
    cpu_s = max(1, math.ceil(limits.timeout_s))
    cmd = [sys.executable, "-I", str(_CHILD), kind, str(limits.memory_mb), str(limits.max_pages),
           str(limits.max_chars), str(cpu_s)]
    with _SLOTS:
        try:
            proc = subprocess.run(cmd, input=data, capture_output=True, timeout=limits.timeout_s, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ReadError(path, "timeout", f"reading took longer than {limits.timeout_s:g} s; stopped") from exc
    if proc.returncode < 0:
        raise ReadError(path, *_crash_reason(proc.returncode, limits))
    try:
        result: dict[str, Any] = json.loads(proc.stdout)
    except ValueError:
        last = (proc.stderr.decode("utf-8", "replace").strip().splitlines() or ["no output"])[-1]
        raise ReadError(path, "parse_error", f"reader failed (exit {proc.returncode}): {last[:200]}") from None
    if "error" in result:
        raise ReadError(path, str(result["error"]), str(result["reason"]))
    return RawText(
        text=str(result["text"]),
        pages=result.get("pages"),
        pages_read=result.get("pages_read"),
        failed_pages=tuple(result.get("failed_pages", ())),
        cut=bool(result.get("cut")),
    )
