"""Candidate page: the parsed profile and evidence are shown, and a correction changes the score."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

from scoring.workspace import active_corrections, open_workspace


def _open(app: Callable[..., AppTest], candidate: str) -> AppTest:
    at = app("views/candidate.py")
    at.selectbox(key="candidate").set_value(candidate).run()
    return at


def _raw(at: AppTest, candidate: str, criterion: str) -> float:
    # the scores are read back from the Ranking page, which recomputes them from session state
    at.switch_page("views/ranking.py").run()
    table = at.data_editor[0].value
    return float(table.loc[table["label"] == candidate, criterion].iloc[0])


def test_correcting_a_venue_updates_the_score(app: Callable[..., AppTest], pool_dir: Path) -> None:
    """Setting a publication's venue to a top-tier acronym raises the score and is stored in the workspace."""
    at = _open(app, "decorated")
    before = _raw(at, "Bastien Ferrow", "tier_publications")
    at.switch_page("views/candidate.py").run()
    at.session_state["candidate.decorated.pubs.v0"] = {
        "edited_rows": {0: {"venue_acronym": "ICML", "type": "conference"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    ws = open_workspace(pool_dir / ".facultyscreen.sqlite")
    try:
        stored = active_corrections(ws)
    finally:
        ws.close()
    assert [(c.target, c.field, c.value) for c in stored] == [
        ("publication", "venue_acronym", "ICML"), ("publication", "type", "conference")]
    assert _raw(at, "Bastien Ferrow", "tier_publications") > before


def test_correcting_research_interests_updates_topic_match(app: Callable[..., AppTest]) -> None:
    """Rewriting a candidate's research interests to the group's topic raises their topic match."""
    at = _open(app, "decorated")
    before = _raw(at, "Bastien Ferrow", "topic_match")
    at.switch_page("views/candidate.py").run()
    at.session_state["candidate.decorated.profile.v0"] = {
        "edited_rows": {0: {"research_interests": "Optimisation methods for training deep neural networks"}},
        "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert _raw(at, "Bastien Ferrow", "topic_match") > before


def test_candidate_page_shows_profile_evidence_and_text(app: Callable[..., AppTest]) -> None:
    """The page shows the candidate's metrics, publication table and original CV text."""
    at = _open(app, "prolific")
    assert [m.label for m in at.metric][:2] == ["Rank", "Score"]
    assert any("Adaptive step sizes" in str(e.value.to_string()) for e in at.data_editor)
    assert any("Orla Quennell" in c.value for c in at.code)


def test_a_filtered_out_candidate_is_shown_with_the_reason(app: Callable[..., AppTest]) -> None:
    """With a minimum of two publications, the one-paper candidate leaves the ranking but keeps a page."""
    at = app("views/settings.py")
    at.number_input(key="settings.filters.min_pubs").set_value(2).run()
    at.switch_page("views/candidate.py").run()
    at.selectbox(key="candidate").set_value("decorated").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.metric[0].value == "—"
    assert any("fewer than 2" in t.value for t in at.text)
