"""Settings page: the config is edited in place, and saved or loaded as TOML."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

NEW_CONFIG = b"""
[search]
title = "Chair in Coastal Science"
description = "Sediment transport in estuaries and river deltas."

[ranking]
normalise = "minmax"

[criteria.awards]
weight = 0.9

[criteria.topic_match]
weight = 0.1
"""


def test_loading_a_toml_replaces_the_config_and_the_form(app: Callable[..., AppTest]) -> None:
    """An uploaded search.toml becomes the config, and the form shows its values."""
    at = app("views/settings.py")
    at.file_uploader(key="settings_file").set_value(("search.toml", NEW_CONFIG, "application/toml"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    config = at.session_state["config"]
    assert config.title == "Chair in Coastal Science"
    assert config.weights() == {"awards": 0.9, "topic_match": 0.1}
    assert at.text_input(key="settings.title").value == "Chair in Coastal Science"
    assert at.slider(key="settings.criteria.awards.weight").value == 0.9


def test_an_invalid_toml_is_reported_and_ignored(app: Callable[..., AppTest]) -> None:
    """A config naming an unknown criterion shows an error and leaves the current config alone."""
    at = app("views/settings.py")
    before = at.session_state["config"]
    at.file_uploader(key="settings_file").set_value(("bad.toml", b"[criteria.charisma]\nweight = 1\n", "text/plain"))
    at.run()
    assert not at.exception
    assert any("charisma" in e.value for e in at.error)
    assert at.session_state["config"] == before


def test_description_and_filters_survive_page_changes(app: Callable[..., AppTest]) -> None:
    """A new group description and a filter set on Settings hold after visiting the Ranking."""
    at = app("views/settings.py")
    at.text_area(key="settings.description").set_value("Sediment transport in estuaries").run()
    at.number_input(key="settings.filters.min_pubs").set_value(2).run()
    at.switch_page("views/ranking.py").run()
    assert len(at.data_editor[0].value) == 2  # the one-paper candidate is filtered out
    at.switch_page("views/settings.py").run()
    assert at.text_area(key="settings.description").value == "Sediment transport in estuaries"
    assert at.session_state["config"].filters.min_publications == 2


def test_an_added_override_row_is_stored_in_the_config(app: Callable[..., AppTest]) -> None:
    """A row added to the overrides table becomes a venue -> tier override in the search config."""
    at = app("views/settings.py")
    at.session_state["settings.overrides.v0"] = {
        "edited_rows": {}, "added_rows": [{"venue": "Journal of Coasts", "tier": "A*"}], "deleted_rows": []}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["config"].overrides == {"Journal of Coasts": "A*"}
