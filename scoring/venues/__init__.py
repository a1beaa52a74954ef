"""Venues and tiers: map each printed venue to a known venue and its tier.

The default table (``scoring/data/venues.csv``) comes from CORE 2023, CCF 2026/2022 and SJR 2021
plus curated aliases; ``scoring/data/VENUES.md`` says where each part comes from. The committee
picks a scheme (``core``, ``ccf``, ``sjr``, ``best``, ``custom``), overrides tiers, and decides how
Findings and side tracks count.

Modules: ``words`` (stems, stop and publisher words), ``normalise`` (strings -> keys), ``table``
(loading and indexes), ``resolve`` (strings -> venue rows, with tracks), ``fuzzy`` (the batch
step for what exact lookups miss), ``tiers`` (schemes and overrides), ``assign`` (publications
frame -> tiers, review list).
"""

from __future__ import annotations

from scoring.venues.assign import TRACK_RULES, VenueColumns, assign_tiers, unresolved_venues
from scoring.venues.resolve import Resolution, resolve_many, resolve_one
from scoring.venues.table import VenueTable, load_table
from scoring.venues.tiers import SCHEMES, TIERS, load_overrides, parse_overrides, scheme_tier

__all__ = [
    "SCHEMES",
    "TIERS",
    "TRACK_RULES",
    "Resolution",
    "VenueColumns",
    "VenueTable",
    "assign_tiers",
    "load_overrides",
    "load_table",
    "parse_overrides",
    "resolve_many",
    "resolve_one",
    "scheme_tier",
    "unresolved_venues",
]
