"""Committee page: ratings, notes and decisions land in the pool's workspace database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

from scoring.workspace import (
    audit_log,
    current_decisions,
    notes_frame,
    open_workspace,
    ratings_frame,
    settings_from_toml,
)

PAGE = "views/committee.py"
RUBRIC = settings_from_toml("", pool=Path()).rubric


def _as(app: Callable[..., AppTest], member: str) -> AppTest:
    at = app(PAGE)
    at.text_input(key="member").set_value(member).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _rate_all(at: AppTest, cid: str, score: int) -> None:
    at.selectbox(key="committee.candidate").set_value(cid).run()
    for item in RUBRIC:
        at.radio(key=f"committee.{cid}.{item}").set_value(score)
    at.text_area(key=f"committee.{cid}.note").set_value(f"note at {score}")
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]


def test_ratings_and_notes_are_saved_to_the_workspace(app: Callable[..., AppTest], pool_dir: Path) -> None:
    """Saving the rating form stores one score per rubric item and the note in <pool>/.facultyscreen.sqlite."""
    _rate_all(_as(app, "ada"), "steady", 4)
    ws = open_workspace(pool_dir / ".facultyscreen.sqlite")
    try:
        ratings = ratings_frame(ws)
        assert sorted(ratings["item"]) == sorted(RUBRIC)
        assert set(ratings["score"]) == {4}
        assert notes_frame(ws)["text"].tolist() == ["note at 4"]
    finally:
        ws.close()


def test_others_ratings_appear_only_after_rating(app: Callable[..., AppTest]) -> None:
    """Blind review: a second member sees the first one's ratings only after rating the candidate."""
    _rate_all(_as(app, "ada"), "steady", 5)
    at = _as(app, "grace")
    at.selectbox(key="committee.candidate").set_value("steady").run()
    assert any("Blind review" in c.value for c in at.caption)
    _rate_all(at, "steady", 2)
    assert not any("Blind review" in c.value for c in at.caption)
    others = at.dataframe[0].value  # the first table of the page: the others' ratings
    assert others.index.tolist() == ["ada"]


def test_a_decision_needs_a_reason(app: Callable[..., AppTest], pool_dir: Path) -> None:
    """A decision without a reason shows an error; with one it is stored with the config hash."""
    at = _as(app, "chair")
    submit = next(b for b in at.button if b.label == "Record decision")
    submit.click().run()
    assert any("reason" in e.value for e in at.error)
    at.text_input(key="committee.reason").set_value("Excellent fit")
    next(b for b in at.button if b.label == "Record decision").click().run()
    ws = open_workspace(pool_dir / ".facultyscreen.sqlite")
    try:
        decisions = current_decisions(ws)
    finally:
        ws.close()
    assert decisions["reason"].tolist() == ["Excellent fit"]
    assert len(decisions["config_hash"].iloc[0]) == 64


def test_saving_settings_twice_audits_the_weight_change(app: Callable[..., AppTest], pool_dir: Path) -> None:
    """Saving the settings, changing a weight and saving again logs the weights before and after."""
    at = _as(app, "chair")
    next(b for b in at.button if b.label == "Save current settings").click().run()
    config = at.session_state["config"]
    name = config.criteria[0].name
    at.session_state["config"] = config.with_weights({name: config.criteria[0].weight + 1})
    at.run()
    next(b for b in at.button if b.label == "Save current settings").click().run()
    assert not at.exception, [e.value for e in at.exception]
    ws = open_workspace(pool_dir / ".facultyscreen.sqlite")
    try:
        entry = audit_log(ws, action="weights").iloc[0]
    finally:
        ws.close()
    assert entry["actor"] == "chair"
    assert entry["after"][name] == entry["before"][name] + 1
