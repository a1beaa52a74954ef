"""Inputs for the ``[filters]`` table: minimum output, PhD year range, doubtful parses."""

from __future__ import annotations

from typing import Any

import streamlit as st


def show(filters: dict[str, Any], *, key: str) -> dict[str, Any]:
    """Draw the filter inputs seeded from *filters*; return the filters that are set."""
    left, right = st.columns(2)
    out = {
        "min_publications": left.number_input("At least this many publications", min_value=0, step=1,
                                              value=filters.get("min_publications"), key=f"{key}.min_pubs",
                                              placeholder="any"),
        "hide_doubtful": right.checkbox("Hide candidates whose CV parsed with warnings",
                                        value=bool(filters.get("hide_doubtful", False)), key=f"{key}.doubtful"),
        "phd_year_from": left.number_input("PhD in or after", min_value=1950, max_value=2100, step=1,
                                           value=filters.get("phd_year_from"), key=f"{key}.phd_from",
                                           placeholder="any year"),
        "phd_year_to": right.number_input("PhD in or before", min_value=1950, max_value=2100, step=1,
                                          value=filters.get("phd_year_to"), key=f"{key}.phd_to",
                                          placeholder="any year"),
    }
    return {k: v for k, v in out.items() if v not in (None, False)}
