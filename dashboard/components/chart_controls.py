"""Controls shared by the charts: what to sort candidates by, how many to draw, which axes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

DEFAULT_TOP_K = 25
MAX_TOP_K = 100  # past a hundred rows a chart is no longer read candidate by candidate


def show(criteria: Sequence[str], labels: Mapping[str, str], *, n: int, key: str) -> tuple[str, int]:
    """Return the column to sort by (``total`` or a criterion) and how many candidates to draw."""
    options = ["total", *criteria]
    left, right = st.columns([2, 1])
    sort_by = left.selectbox("Sort charts by", options, key=f"{key}.sort",
                             format_func=lambda c: "Total score" if c == "total" else labels.get(c, c),
                             persist_state="session")
    if n <= 5:
        return sort_by, n
    most = max(5, min(n, MAX_TOP_K))
    if st.session_state.get(f"{key}.top_k", 0) > most:  # kept from a larger pool
        st.session_state[f"{key}.top_k"] = most
    k = right.slider("Candidates in charts", 5, most, min(DEFAULT_TOP_K, n), key=f"{key}.top_k", persist_state="session",
                     help=f"Charts show the best K by the sort column, at most {MAX_TOP_K}; the table lists everyone.")
    return sort_by, k


def axes(criteria: Sequence[str], labels: Mapping[str, str], *, key: str) -> tuple[str, str]:
    """Pick x and y criteria for a scatter; defaults to topic match (x) and publications (y)."""
    def first(word: str, fallback: int) -> int:
        hits = [i for i, c in enumerate(criteria) if word in c]
        return hits[0] if hits else min(fallback, len(criteria) - 1)

    left, right = st.columns(2)
    x = left.selectbox("x axis", criteria, index=first("topic", 0), key=f"{key}.x",
                       format_func=lambda c: labels.get(c, c))
    y = right.selectbox("y axis", criteria, index=first("publication", 1), key=f"{key}.y",
                        format_func=lambda c: labels.get(c, c))
    return x, y
