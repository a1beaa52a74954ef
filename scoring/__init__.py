"""FacultyScreen's pure library: parse CVs, resolve venue tiers, score and rank candidates.

Never imports streamlit or plotly; the dashboard and the CLI are thin layers over it.
"""

from __future__ import annotations

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
