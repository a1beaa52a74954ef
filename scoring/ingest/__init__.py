"""From applicants' files to profiles: read bytes as text, parse text into a ``ParsedCV``."""

from __future__ import annotations

from scoring.ingest.candidate import load_candidate
from scoring.ingest.pool import FileStatus, Pool, load_pool

__all__ = ["FileStatus", "Pool", "load_candidate", "load_pool"]
