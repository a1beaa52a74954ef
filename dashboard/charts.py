"""Pure figure builders: frames in, ``plotly.graph_objects.Figure`` out. No Streamlit here.

Candidates are drawn in the order of the rows given (best first, at the top of bar charts), so
the page decides the sort and the top-K cut.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go


def _plain(labels: Sequence[object] | pd.Series) -> list[str]:
    # plotly reads <b>, <a href=...> and friends in text; names come from CVs, so escape them
    return [html.escape(str(v), quote=False) for v in labels]


PALETTE = ("#2E5A88", "#E07B39", "#4C9A6A", "#B8485E", "#7E6BB3", "#C9A227", "#3C8DAD", "#8C6D52")
_LAYOUT = {"template": "plotly_white", "font": {"size": 13}, "margin": {"l": 10, "r": 10, "t": 50, "b": 10},
           "hoverlabel": {"font_size": 12}}


def _height(n_rows: int, per_row: int = 28, minimum: int = 320) -> int:
    return max(minimum, 120 + per_row * n_rows)


def contributions_bar(ranked: pd.DataFrame, criteria: Sequence[str], labels: Mapping[str, str]) -> go.Figure:
    """Stacked horizontal bars: each candidate's total split into weighted criterion contributions.

    *ranked* has a ``label`` column and one ``<criterion>__contribution`` column per criterion;
    *labels* maps criterion names to their display labels.
    """
    fig = go.Figure()
    for i, name in enumerate(criteria):
        fig.add_bar(
            y=_plain(ranked["label"]), x=ranked[f"{name}__contribution"], name=labels.get(name, name),
            orientation="h",
            marker_color=PALETTE[i % len(PALETTE)],
            hovertemplate="%{y}<br>" + labels.get(name, name) + ": %{x:.3f}<extra></extra>",
        )
    fig.update_layout(**{**_LAYOUT, "margin": {"l": 10, "r": 10, "t": 90, "b": 10}}, barmode="relative",
                      title="What each score is made of", height=_height(len(ranked)) + 40,
                      legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0},
                      xaxis_title="Weighted contribution to the total score")
    fig.update_yaxes(autorange="reversed", title=None)
    return fig


def topic_vs_publications(frame: pd.DataFrame, *, x: str, y: str, size: str,
                          x_title: str, y_title: str, size_title: str) -> go.Figure:
    """Scatter of two criteria (e.g. topic match vs publication score), marker size from *size*."""
    sizes = frame[size].astype(float)
    fig = go.Figure(go.Scatter(
        x=frame[x], y=frame[y], mode="markers+text", text=_plain(frame["label"]), textposition="top center",
        marker={"size": 12 + 8 * sizes, "color": PALETTE[0], "opacity": 0.75, "line": {"width": 1, "color": "white"}},
        customdata=sizes, hovertemplate="%{text}<br>" + f"{x_title}: %{{x:.2f}}<br>{y_title}: %{{y:.2f}}<br>"
        + f"{size_title}: %{{customdata:.0f}}<extra></extra>",
    ))
    fig.update_layout(**_LAYOUT, title=f"{x_title} vs {y_title} (marker size: {size_title})", height=460,
                      xaxis_title=x_title, yaxis_title=y_title)
    return fig


def publications_timeline(per_year: pd.DataFrame, order: Sequence[str]) -> go.Figure:
    """Heatmap of papers per year (columns) per candidate (rows, in *order* of labels)."""
    if per_year.empty:
        table = pd.DataFrame(index=list(order))
    else:
        table = per_year.pivot_table(index="label", columns="year", values="papers", aggfunc="sum", fill_value=0)
        years = range(int(per_year["year"].min()), int(per_year["year"].max()) + 1)
        table = table.reindex(index=list(order), columns=list(years), fill_value=0)
    fig = go.Figure(go.Heatmap(
        z=table.to_numpy(), x=[str(c) for c in table.columns], y=_plain(table.index), colorscale="Blues",
        text=table.to_numpy(), texttemplate="%{text}", xgap=2, ygap=2,
        hovertemplate="%{y}, %{x}: %{z} papers<extra></extra>", colorbar={"title": "papers"},
    ))
    fig.update_layout(**_LAYOUT, title="Publications per year", height=_height(len(table)))
    fig.update_yaxes(autorange="reversed")
    return fig


def tier_mix(counts: pd.DataFrame) -> go.Figure:
    """Heatmap of paper counts per venue tier (columns, best first) per candidate (rows, by label)."""
    fig = go.Figure(go.Heatmap(
        z=counts.to_numpy(), x=_plain(counts.columns), y=_plain(counts.index), colorscale="Purples",
        text=counts.to_numpy(), texttemplate="%{text}", xgap=2, ygap=2, hovertemplate="%{y}: %{z} papers in %{x}<extra></extra>",
        colorbar={"title": "papers"},
    ))
    fig.update_layout(**_LAYOUT, title="Tier mix", height=_height(len(counts)), xaxis_title="Venue tier")
    fig.update_yaxes(autorange="reversed")
    return fig


def rank_intervals(intervals: pd.DataFrame) -> go.Figure:
    """Each candidate's rank with the range it moves over when the weights are perturbed.

    *intervals* has columns ``label``, ``rank``, ``low`` (best rank reached) and ``high`` (worst).
    """
    fig = go.Figure(go.Scatter(
        x=intervals["rank"], y=_plain(intervals["label"]), mode="markers",
        marker={"size": 10, "color": PALETTE[0]},
        error_x={"type": "data", "symmetric": False, "array": intervals["high"] - intervals["rank"],
                 "arrayminus": intervals["rank"] - intervals["low"], "color": PALETTE[1], "thickness": 2},
        customdata=intervals[["low", "high"]].to_numpy(),
        hovertemplate="%{y}: rank %{x} (from %{customdata[0]} to %{customdata[1]})<extra></extra>",
    ))
    fig.update_layout(**_LAYOUT, title="How stable is each rank? (range under perturbed weights)",
                      height=_height(len(intervals)), xaxis_title="Rank (1 = best)")
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(rangemode="tozero", dtick=1 if len(intervals) <= 30 else None)
    return fig


def compare_criteria(frame: pd.DataFrame, criteria: Sequence[str], labels: Mapping[str, str]) -> go.Figure:
    """Grouped horizontal bars: for 2–4 candidates (rows, ``label``), each criterion's weighted contribution."""
    fig = go.Figure()
    for i, (_, row) in enumerate(frame.iterrows()):
        fig.add_bar(
            y=[labels.get(c, c) for c in criteria], x=[row[f"{c}__contribution"] for c in criteria],
            name=_plain([row["label"]])[0], marker_color=PALETTE[i % len(PALETTE)], orientation="h",
            hovertemplate="%{y}: %{x:.3f}<extra></extra>",
        )
    fig.update_layout(**{**_LAYOUT, "margin": {"l": 10, "r": 10, "t": 80, "b": 10}}, barmode="group",
                      title="Contribution per criterion", height=max(360, 140 + 26 * len(criteria) * len(frame)),
                      xaxis_title="Weighted contribution",
                      legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0})
    fig.update_yaxes(autorange="reversed")
    return fig
