"""Blind mode: no page shows a candidate's name, e-mail or file-derived id, only codes."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from conftest import PAGES, texts
from streamlit.testing.v1 import AppTest

IDENTIFYING = ["Orla Quennell", "Bastien Ferrow", "Ines Marovic", "Quennell", "orla@uni.example",
               "bastien@uni.example", "prolific", "decorated", "steady"]


@pytest.mark.parametrize("page", PAGES)
def test_blind_mode_hides_names_on_every_page(app: Callable[..., AppTest], page: str) -> None:
    """With blind mode on, the page text holds no name, e-mail or id; the ranking shows codes."""
    at = app()
    at.toggle(key="blind_mode").set_value(True).run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    shown = texts(at)
    leaks = [word for word in IDENTIFYING if word in shown]
    assert not leaks, f"{page} shows {leaks}"


def test_blind_mode_shows_codes_in_the_ranking(app: Callable[..., AppTest]) -> None:
    """The ranked table names every candidate by a code like C01."""
    at = app()
    at.toggle(key="blind_mode").set_value(True).run()
    labels = at.data_editor[0].value["label"].tolist()
    assert len(labels) == 3
    assert all(re.fullmatch(r"C\d{2}", label) for label in labels)


def test_names_are_shown_when_blind_mode_is_off(app: Callable[..., AppTest]) -> None:
    """Without blind mode the ranking names candidates (so the check above is not vacuous)."""
    assert "Orla Quennell" in texts(app())
