"""The status row the committee sees for every file and every candidate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["FileStatus", "Status", "one_line"]

Status = Literal["ok", "warning", "error"]


@dataclass(frozen=True, slots=True)
class FileStatus:
    """What happened to one file or candidate: ``ok``, ``warning`` or ``error``, and why.

    *reason* is one line for people; *code* is a short machine-readable cause for errors
    (``empty_file``, ``not_a_pdf``, ``encrypted`` ... see ``scoring.ingest.readers``).
    """

    candidate_id: str
    path: str
    status: str
    reason: str = ""
    code: str = ""


def one_line(text: str, limit: int = 500) -> str:
    """*text* with line breaks folded and cut to *limit* characters, for a status table cell."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
