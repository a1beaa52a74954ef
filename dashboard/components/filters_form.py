"""Inputs for the config's hard filters (``scoring.config.Filters``)."""

from __future__ import annotations

import streamlit as st

from scoring.config import Filters
from scoring.defaults import POSITION_RULES


def show(filters: Filters, *, key: str) -> Filters:
    """Draw the filter inputs seeded from *filters*; return the filters as set."""
    left, right = st.columns(2)
    phd_min = left.number_input("PhD in or after", min_value=1950, max_value=2100, step=1,
                                value=filters.phd_year_min, key=f"{key}.phd_min", placeholder="any year")
    phd_max = right.number_input("PhD in or before", min_value=1950, max_value=2100, step=1,
                                 value=filters.phd_year_max, key=f"{key}.phd_max", placeholder="any year")
    keep = left.checkbox("Keep candidates whose PhD year was not found", value=filters.keep_missing_phd_year,
                         key=f"{key}.keep_missing")
    min_pubs = right.number_input("At least this many publications", min_value=0, step=1,
                                  value=filters.min_publications, key=f"{key}.min_pubs", placeholder="any")
    topic = left.number_input("Topic match at least (0–1)", min_value=0.0, max_value=1.0, step=0.05,
                              value=filters.min_topic_match, key=f"{key}.min_topic", placeholder="any")
    options = sorted(set(POSITION_RULES) | {"other"} | set(filters.positions))
    positions = right.multiselect("Current position is one of", options, default=list(filters.positions),
                                  key=f"{key}.positions", placeholder="any position",
                                  format_func=lambda c: c.replace("_", " "))
    return Filters(phd_year_min=phd_min, phd_year_max=phd_max, keep_missing_phd_year=keep,
                   min_topic_match=topic, positions=tuple(positions), min_publications=min_pubs)
