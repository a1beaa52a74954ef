"""Pure figure builders: frames in, ``plotly.graph_objects.Figure`` out. No Streamlit here.

Candidates are drawn in the order of the rows given (best first, at the top of bar charts), so
the page decides the sort and the top-K cut.

Each figure is built in one validated ``go.Figure(data=..., layout=...)`` call: adding traces
and updating the layout one call at a time re-validates the figure each time, and the charts
are drawn again on every rerun.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio


def _plain(labels: Sequence[object] | pd.Series) -> list[str]:
    # plotly reads <b>, <a href=...> and friends in text; names come from CVs, so escape them
    return [html.escape(str(v), quote=False) for v in labels]


PALETTE = ("#2E5A88", "#E07B39", "#4C9A6A", "#B8485E", "#7E6BB3", "#C9A227", "#3C8DAD", "#8C6D52")
_LAYOUT = {"font": {"size": 13}, "margin": {"l": 10, "r": 10, "t": 50, "b": 10}, "hoverlabel": {"font_size": 12}}
_TEMPLATE = "plotly_white"


def _figure(data: list[dict[str, Any]], **layout: Any) -> go.Figure:
    """A figure of *data* (trace dicts) and *layout* (on top of ``_LAYOUT``), in the house template."""
    fig = go.Figure(data=data, layout={**_LAYOUT, **layout})
    # Assigning a template validates and deep-copies its thousand-odd properties, which was most
    # of a chart's build time. plotly's registered templates are valid already, so it is attached
    # the way plotly attaches its default template: with the layout's validation off.
    fig.layout._validate = False
    try:
        fig.layout.template = pio.templates[_TEMPLATE]
    finally:
        fig.layout._validate = True
    return fig


def _height(n_rows: int, per_row: int = 28, minimum: int = 320) -> int:
    return max(minimum, 120 + per_row * n_rows)


def contributions_bar(ranked: pd.DataFrame, criteria: Sequence[str], labels: Mapping[str, str]) -> go.Figure:
    """Stacked horizontal bars: each candidate's total split into weighted criterion contributions.

    *ranked* has a ``label`` column and one ``<criterion>__contribution`` column per criterion;
    *labels* maps criterion names to their display labels.
    """
    names = _plain(ranked["label"])
    bars = [{"type": "bar", "y": names, "x": ranked[f"{name}__contribution"].to_numpy(),
             "name": labels.get(name, name), "orientation": "h", "marker": {"color": PALETTE[i % len(PALETTE)]},
             "hovertemplate": "%{y}<br>" + labels.get(name, name) + ": %{x:.3f}<extra></extra>"}
            for i, name in enumerate(criteria)]
    return _figure(bars, margin={"l": 10, "r": 10, "t": 90, "b": 10}, barmode="relative",
                   title={"text": "What each score is made of"}, height=_height(len(ranked)) + 40,
                   legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0},
                   xaxis={"title": {"text": "Weighted contribution to the total score"}},
                   yaxis={"autorange": "reversed"})


def topic_vs_publications(frame: pd.DataFrame, *, x: str, y: str, size: str,
                          x_title: str, y_title: str, size_title: str) -> go.Figure:
    """Scatter of two criteria (e.g. topic match vs publication score), marker size from *size*."""
    sizes = frame[size].astype(float)
    point = {
        "type": "scatter", "x": frame[x].to_numpy(), "y": frame[y].to_numpy(), "mode": "markers+text",
        "text": _plain(frame["label"]), "textposition": "top center",
        "marker": {"size": (12 + 8 * sizes).to_numpy(), "color": PALETTE[0], "opacity": 0.75,
                   "line": {"width": 1, "color": "white"}},
        "customdata": sizes.to_numpy(), "hovertemplate": "%{text}<br>" + f"{x_title}: %{{x:.2f}}<br>{y_title}: "
        f"%{{y:.2f}}<br>{size_title}: %{{customdata:.0f}}<extra></extra>",
    }
    return _figure([point], title={"text": f"{x_title} vs {y_title} (marker size: {size_title})"}, height=460,
                   xaxis={"title": {"text": x_title}}, yaxis={"title": {"text": y_title}})


def publications_timeline(per_year: pd.DataFrame, order: Sequence[str]) -> go.Figure:
    """Heatmap of papers per year (columns) per candidate (rows, in *order* of labels)."""
    if per_year.empty:
        table = pd.DataFrame(index=list(order))
    else:
        table = per_year.pivot_table(index="label", columns="year", values="papers", aggfunc="sum", fill_value=0)
        years = range(int(per_year["year"].min()), int(per_year["year"].max()) + 1)
        table = table.reindex(index=list(order), columns=list(years), fill_value=0)
    heat = {"type": "heatmap", "z": table.to_numpy(), "x": [str(c) for c in table.columns], "y": _plain(table.index),
            "colorscale": "Blues", "text": table.to_numpy(), "texttemplate": "%{text}", "xgap": 2, "ygap": 2,
            "hovertemplate": "%{y}, %{x}: %{z} papers<extra></extra>", "colorbar": {"title": {"text": "papers"}}}
    return _figure([heat], title={"text": "Publications per year"}, height=_height(len(table)),
                   yaxis={"autorange": "reversed"})


def tier_mix(counts: pd.DataFrame) -> go.Figure:
    """Heatmap of paper counts per venue tier (columns, best first) per candidate (rows, by label)."""
    heat = {"type": "heatmap", "z": counts.to_numpy(), "x": _plain(counts.columns), "y": _plain(counts.index),
            "colorscale": "Purples", "text": counts.to_numpy(), "texttemplate": "%{text}", "xgap": 2, "ygap": 2,
            "hovertemplate": "%{y}: %{z} papers in %{x}<extra></extra>", "colorbar": {"title": {"text": "papers"}}}
    return _figure([heat], title={"text": "Tier mix"}, height=_height(len(counts)),
                   xaxis={"title": {"text": "Venue tier"}}, yaxis={"autorange": "reversed"})


def rank_intervals(intervals: pd.DataFrame) -> go.Figure:
    """Each candidate's rank with the range it moves over when the weights are perturbed.

    *intervals* has columns ``label``, ``rank``, ``low`` (best rank reached) and ``high`` (worst).
    """
    point = {
        "type": "scatter", "x": intervals["rank"].to_numpy(), "y": _plain(intervals["label"]), "mode": "markers",
        "marker": {"size": 10, "color": PALETTE[0]},
        "error_x": {"type": "data", "symmetric": False, "array": (intervals["high"] - intervals["rank"]).to_numpy(),
                    "arrayminus": (intervals["rank"] - intervals["low"]).to_numpy(), "color": PALETTE[1],
                    "thickness": 2},
        "customdata": intervals[["low", "high"]].to_numpy(),
        "hovertemplate": "%{y}: rank %{x} (from %{customdata[0]} to %{customdata[1]})<extra></extra>",
    }
    xaxis = {"title": {"text": "Rank (1 = best)"}, "rangemode": "tozero"}
    if len(intervals) <= 30:
        xaxis["dtick"] = 1
    return _figure([point], title={"text": "How stable is each rank? (range under perturbed weights)"},
                   height=_height(len(intervals)), xaxis=xaxis, yaxis={"autorange": "reversed"})


def compare_criteria(frame: pd.DataFrame, criteria: Sequence[str], labels: Mapping[str, str]) -> go.Figure:
    """Grouped horizontal bars: for 2–4 candidates (rows, ``label``), each criterion's weighted contribution."""
    bars = [{"type": "bar", "y": [labels.get(c, c) for c in criteria], "x": [row[f"{c}__contribution"] for c in criteria],
             "name": _plain([row["label"]])[0], "marker": {"color": PALETTE[i % len(PALETTE)]}, "orientation": "h",
             "hovertemplate": "%{y}: %{x:.3f}<extra></extra>"}
            for i, (_, row) in enumerate(frame.iterrows())]
    return _figure(bars, margin={"l": 10, "r": 10, "t": 80, "b": 10}, barmode="group",
                   title={"text": "Contribution per criterion"},
                   height=max(360, 140 + 26 * len(criteria) * len(frame)),
                   xaxis={"title": {"text": "Weighted contribution"}},
                   legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0}, yaxis={"autorange": "reversed"})
