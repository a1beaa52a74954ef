"""FacultyScreen's pure library: parse CVs, resolve venue tiers, score and rank candidates.

Never imports streamlit or plotly; the dashboard and the CLI are thin layers over it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scoring.config import SearchConfig, load_config
    from scoring.errors import ConfigError, ParseError, ReadError, ScoringError
    from scoring.ingest import load_candidate, load_pool
    from scoring.model import ParsedCV, Profiles
    from scoring.ranking import rank, score

__all__ = [
    "ConfigError",
    "ParseError",
    "ParsedCV",
    "Profiles",
    "ReadError",
    "ScoringError",
    "SearchConfig",
    "load_candidate",
    "load_config",
    "load_pool",
    "rank",
    "score",
]

# Imported on first use: a reader process imports scoring.ingest, and with it this package, and
# should not pay for pandas, scipy and scikit-learn (hundreds of MB per process) it never calls.
_SOURCES = {
    "ConfigError": "scoring.errors",
    "ParseError": "scoring.errors",
    "ParsedCV": "scoring.model",
    "Profiles": "scoring.model",
    "ReadError": "scoring.errors",
    "ScoringError": "scoring.errors",
    "SearchConfig": "scoring.config",
    "load_candidate": "scoring.ingest",
    "load_config": "scoring.config",
    "load_pool": "scoring.ingest",
    "rank": "scoring.ranking",
    "score": "scoring.ranking",
}


def __getattr__(name: str) -> Any:
    source = _SOURCES.get(name)
    if source is None:
        msg = f"module 'scoring' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(source), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
