"""Venues, Compare and Export pages: tiers assigned in place, side-by-side table, shortlist file."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest


def test_assigning_a_tier_on_the_venues_page_adds_an_override(app: Callable[..., AppTest]) -> None:
    """Choosing a tier for an unresolved venue stores it as an override in the search config."""
    at = app("views/venues.py")
    table = at.data_editor[0].value
    venue = table["venue"].iloc[0]
    at.session_state["venues.table.review.v0"] = {"edited_rows": {0: {"assign": "A"}}, "added_rows": [],
                                                  "deleted_rows": []}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["config"].overrides[venue] == "A"


def test_compare_shows_the_chosen_candidates_side_by_side(app: Callable[..., AppTest]) -> None:
    """Picking three candidates gives a table with one column each and charts."""
    at = app("views/compare.py")
    at.multiselect(key="compare").set_value(["prolific", "decorated", "steady"]).run()
    table = at.dataframe[0].value
    assert sorted(table.columns) == ["Bastien Ferrow", "Ines Marovic", "Orla Quennell"]
    assert "Score" in table.index
    assert len(at.get("plotly_chart")) == 3


def test_export_offers_the_shortlist_with_notes(app: Callable[..., AppTest]) -> None:
    """The export preview holds the top K with a note the committee typed, and offers CSV and TOML."""
    at = app("views/export.py")
    at.number_input(key="export.k").set_value(2).run()
    at.session_state["export.notes.v0"] = {"edited_rows": {0: {"notes": "invite"}}, "added_rows": [],
                                           "deleted_rows": []}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    preview = at.dataframe[0].value
    assert len(preview) == 2
    assert preview["notes"].iloc[0] == "invite"
    assert len(at.get("download_button")) >= 2
