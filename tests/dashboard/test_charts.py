"""Chart builders: each returns a plotly figure whose data follow the frame it was given."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import charts

LABELS = {"papers": "Papers", "awards": "Awards"}


@pytest.fixture
def ranked() -> pd.DataFrame:
    return pd.DataFrame({
        "candidate_id": ["a", "b", "c"], "label": ["Ann", "Bo", "Cy"], "rank": [1, 2, 3],
        "papers": [5.0, 2.0, 1.0], "papers__contribution": [0.5, 0.3, 0.1],
        "awards": [0.0, 3.0, 1.0], "awards__contribution": [0.1, 0.3, 0.2], "total": [0.6, 0.6, 0.3],
    })


def test_contributions_bar_stacks_one_trace_per_criterion(ranked: pd.DataFrame) -> None:
    """One bar trace per criterion, candidates in the given order, values equal to the contributions."""
    fig = charts.contributions_bar(ranked, ["papers", "awards"], LABELS)
    assert isinstance(fig, go.Figure)
    assert [t.name for t in fig.data] == ["Papers", "Awards"]
    assert list(fig.data[0].y) == ["Ann", "Bo", "Cy"]
    assert list(fig.data[1].x) == [0.1, 0.3, 0.2]
    assert fig.layout.barmode == "relative"


def test_scatter_places_candidates_and_sizes_by_awards(ranked: pd.DataFrame) -> None:
    """Points sit at (x, y) of the chosen criteria and bigger markers mean more awards."""
    fig = charts.topic_vs_publications(ranked, x="papers", y="total", size="awards", x_title="Papers",
                                       y_title="Total", size_title="awards")
    point = fig.data[0]
    assert list(point.x) == [5.0, 2.0, 1.0]
    assert list(point.text) == ["Ann", "Bo", "Cy"]
    sizes = list(point.marker.size)
    assert sizes[1] > sizes[2] > sizes[0]


def test_timeline_fills_missing_years_with_zero() -> None:
    """The heatmap spans every year from first to last paper, with zeros where nothing appeared."""
    per_year = pd.DataFrame({"label": ["Ann", "Ann", "Bo"], "year": [2018, 2021, 2019], "papers": [1, 2, 4]})
    fig = charts.publications_timeline(per_year, ["Bo", "Ann"])
    heat = fig.data[0]
    assert list(heat.x) == ["2018", "2019", "2020", "2021"]
    assert list(heat.y) == ["Bo", "Ann"]
    assert heat.z.tolist() == [[0, 4, 0, 0], [1, 0, 0, 2]]


def test_timeline_of_no_papers_is_an_empty_heatmap() -> None:
    """Candidates without dated papers still get a (blank) figure rather than an error."""
    fig = charts.publications_timeline(pd.DataFrame(columns=["label", "year", "papers"]), ["Ann"])
    assert list(fig.data[0].y) == ["Ann"]


def test_tier_mix_keeps_tier_columns_in_order() -> None:
    """The heatmap's columns are the tiers as given (best first) and cells are the counts."""
    counts = pd.DataFrame({"A*": [2, 0], "B": [1, 3], "unranked": [0, 1]}, index=["Ann", "Bo"])
    heat = charts.tier_mix(counts).data[0]
    assert list(heat.x) == ["A*", "B", "unranked"]
    assert heat.z.tolist() == [[2, 1, 0], [0, 3, 1]]


def test_rank_intervals_draw_asymmetric_error_bars() -> None:
    """Each candidate's bar runs from its best to its worst rank around the current rank."""
    intervals = pd.DataFrame({"label": ["Ann", "Bo"], "rank": [1, 2], "low": [1, 1], "high": [2, 4]})
    point = charts.rank_intervals(intervals).data[0]
    assert list(point.error_x.array) == [1, 2]
    assert list(point.error_x.arrayminus) == [0, 1]


def test_compare_criteria_has_one_bar_group_per_candidate(ranked: pd.DataFrame) -> None:
    """The comparison draws a trace per candidate with one bar per criterion."""
    fig = charts.compare_criteria(ranked.head(2), ["papers", "awards"], LABELS)
    assert [t.name for t in fig.data] == ["Ann", "Bo"]
    assert list(fig.data[1].x) == [0.3, 0.3]
    assert list(fig.data[1].y) == ["Papers", "Awards"]
    assert fig.layout.barmode == "group"


def test_names_with_markup_are_drawn_as_text(ranked: pd.DataFrame) -> None:
    """A name carrying plotly's link markup is escaped, so the chart shows it instead of making a link."""
    evil = ranked.assign(label=['<a href="http://evil.example">Ann</a>', "Bo", "Cy"])
    fig = charts.contributions_bar(evil, ["papers"], LABELS)
    assert fig.data[0].y[0] == '&lt;a href="http://evil.example"&gt;Ann&lt;/a&gt;'
    scatter = charts.topic_vs_publications(evil, x="papers", y="total", size="awards", x_title="P", y_title="T",
                                           size_title="a")
    assert "<a" not in scatter.data[0].text[0]


def _every_chart(ranked: pd.DataFrame) -> list[go.Figure]:
    per_year = pd.DataFrame({"label": ["Ann", "Bo"], "year": [2019, 2021], "papers": [1, 2]})
    counts = pd.DataFrame({"A*": [2, 0], "B": [1, 3]}, index=["Ann", "Bo"])
    intervals = pd.DataFrame({"label": ["Ann", "Bo"], "rank": [1, 2], "low": [1, 1], "high": [2, 4]})
    return [
        charts.contributions_bar(ranked, ["papers", "awards"], LABELS),
        charts.topic_vs_publications(ranked, x="papers", y="total", size="awards", x_title="P", y_title="T",
                                     size_title="a"),
        charts.publications_timeline(per_year, ["Ann", "Bo"]),
        charts.tier_mix(counts),
        charts.rank_intervals(intervals),
        charts.compare_criteria(ranked.head(2), ["papers", "awards"], LABELS),
    ]


def test_every_chart_is_a_valid_figure_in_the_house_template(ranked: pd.DataFrame) -> None:
    """Each figure passes plotly's full validation again and carries the plotly_white template unchanged."""
    import plotly.io as pio

    white = pio.templates["plotly_white"].to_plotly_json()
    for fig in _every_chart(ranked):
        again = go.Figure(fig.to_dict())  # raises on any property plotly does not know
        assert again.layout.template.to_plotly_json() == white
        assert fig.layout.title.text


def test_building_charts_leaves_the_registered_template_alone(ranked: pd.DataFrame) -> None:
    """A figure's template is its own copy: changing it does not restyle every later chart."""
    import plotly.io as pio

    fig = charts.contributions_bar(ranked, ["papers"], LABELS)
    before = pio.templates["plotly_white"].layout.font.to_plotly_json()
    fig.layout.template.layout.font.size = 99
    assert pio.templates["plotly_white"].layout.font.to_plotly_json() == before
    assert charts.tier_mix(pd.DataFrame({"A": [1]}, index=["Ann"])).layout.template.layout.font.size != 99
