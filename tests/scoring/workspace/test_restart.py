"""Closing and re-opening the workspace keeps every kind of committee work."""

from __future__ import annotations

from pathlib import Path

from scoring.model import ParsedCV
from scoring.workspace import (
    active_corrections,
    apply_corrections,
    audit_log,
    correct,
    current_decisions,
    decide,
    load_saved_config,
    notes_frame,
    open_workspace,
    rate,
    ratings_frame,
    save_config,
    set_note,
    set_tier_override,
    tier_overrides,
)

TOML = '[search]\ntitle = "Chair"\n[criteria.awards]\nweight = 1.0\n'


def test_everything_survives_a_restart(db_path: Path) -> None:
    """Ratings, notes, decisions, corrections, overrides, saved configs and the audit log outlive the process."""
    ws = open_workspace(db_path)
    rate(ws, member="ada", candidate_id="c1", item="research", score=4)
    set_note(ws, member="ada", candidate_id="c1", text="strong letters")
    decide(ws, candidate_id="c1", decision="shortlist", reason="top papers", member="ada")
    correct(ws, candidate_id="c1", field="phd_year", value=2015, member="ada")
    set_tier_override(ws, venue="Wrkshp X", tier="B", member="ada")
    save_config(ws, name="main", toml_text=TOML, member="ada")
    entries = len(audit_log(ws))
    ws.close()

    ws = open_workspace(db_path)
    try:
        assert ratings_frame(ws)[["member", "candidate_id", "score"]].to_numpy().tolist() == [
            ["ada", "c1", 4]
        ]
        assert notes_frame(ws)["text"].tolist() == ["strong letters"]
        assert current_decisions(ws).loc["c1", "decision"] == "shortlist"
        fixed = apply_corrections({"c1": ParsedCV(name="C", phd_year=2051)}, active_corrections(ws))
        assert fixed["c1"].phd_year == 2015
        assert tier_overrides(ws) == {"Wrkshp X": "B"}
        assert load_saved_config(ws, "main") == TOML
        assert len(audit_log(ws)) == entries == 4  # decision, correction, tier override, config saved
    finally:
        ws.close()
