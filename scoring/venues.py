"""Venue strings -> tiers. First version: acronym lookup in a small built-in table."""

from __future__ import annotations

import pandas as pd

from scoring.model import Publications

__all__ = ["assign_tiers"]

_CORE = {"NEURIPS": "A*", "NIPS": "A*", "ICML": "A*", "ICLR": "A*", "COLT": "A*", "AAAI": "A*", "KDD": "A*",
         "AISTATS": "A", "UAI": "A", "JMLR": "A", "IJCNN": "B"}


def assign_tiers(publications: pd.DataFrame, *, scheme: str = "core",
                 overrides: dict[str, str] | None = None) -> pd.DataFrame:
    """Return *publications* with a ``tier`` column under *scheme*."""
    del scheme
    table = _CORE | {k.upper(): v for k, v in (overrides or {}).items()}
    acronyms = publications[Publications.venue_acronym].fillna("").astype(str).str.upper()
    tier = acronyms.map(table).fillna("unranked")
    tier = tier.where(publications[Publications.type] != "preprint", "preprint")
    return publications.assign(tier=tier.astype(str))
