"""Shortlist decisions: a reason is required, the newest counts, and every one is audited."""

from __future__ import annotations

import pytest

from scoring.workspace import (
    Workspace,
    WorkspaceError,
    audit_log,
    current_decisions,
    decide,
    decision_history,
)


def test_the_newest_decision_counts_and_history_is_kept(ws: Workspace) -> None:
    """A later decision replaces the current one; both stay in the history."""
    decide(ws, candidate_id="c1", decision="longlist", reason="solid record", member="ada")
    decide(
        ws,
        candidate_id="c1",
        decision="shortlist",
        reason="excellent talk",
        member="grace",
        config_hash="ab" * 32,
    )
    decide(ws, candidate_id="c2", decision="reject", reason="outside the area", member="ada")
    current = current_decisions(ws)
    assert current.loc["c1", ["decision", "member", "config_hash"]].tolist() == [
        "shortlist",
        "grace",
        "ab" * 32,
    ]
    assert current.loc["c2", "decision"] == "reject"
    assert decision_history(ws, "c1")["decision"].tolist() == ["longlist", "shortlist"]


@pytest.mark.parametrize(
    ("decision", "reason", "member", "message"),
    [
        ("shortlist", "  ", "ada", "needs a reason"),
        ("maybe", "why not", "ada", "unknown"),
        ("reject", "weak", "", "name of the member"),
    ],
)
def test_incomplete_decisions_are_refused(
    ws: Workspace, decision: str, reason: str, member: str, message: str
) -> None:
    """Decisions without a reason, a member, or a known outcome are refused and not stored."""
    with pytest.raises(WorkspaceError, match=message):
        decide(ws, candidate_id="c1", decision=decision, reason=reason, member=member)
    assert decision_history(ws).empty
    assert audit_log(ws).empty


def test_decisions_are_audited_with_before_and_after(ws: Workspace) -> None:
    """The audit entry names who decided and shows the previous and new decision."""
    decide(ws, candidate_id="c1", decision="hold", reason="wait for letters", member="ada")
    decide(ws, candidate_id="c1", decision="shortlist", reason="letters strong", member="grace")
    entry = audit_log(ws, action="decision").iloc[0]
    assert (entry["actor"], entry["target"]) == ("grace", "c1")
    assert entry["before"] == {"decision": "hold", "reason": "wait for letters"}
    assert entry["after"]["decision"] == "shortlist"
