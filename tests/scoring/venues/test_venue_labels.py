"""Resolution accuracy on the labelled list of venue strings as CVs print them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from scoring.venues import load_table, resolve_many

LABELS = Path(__file__).resolve().parents[2] / "data" / "venue_labels.csv"
MIN_ACCURACY = 0.95


def _labelled() -> list[dict[str, str]]:
    with LABELS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _mistakes() -> tuple[list[str], int]:
    table = load_table()
    rows = _labelled()
    resolved = resolve_many([r["venue"] for r in rows], table)
    wrong = []
    for r in rows:
        res = resolved[r["venue"]]
        names = {"" if res.row is None else str(table.rows.at[res.row, c]) for c in ("acronym", "name")}
        if res.row is None:
            names = {""}
        if r["expected"] not in names or res.track != r["track"]:
            wrong.append(
                f"{r['venue']!r}: expected {r['expected']!r}/{r['track']}, got {sorted(names)}/{res.track}"
            )
    return wrong, len(rows)


def test_labelled_list_is_large_and_has_traps() -> None:
    """At least 150 labelled strings, with traps and strings that must stay unresolved."""
    rows = _labelled()
    assert len(rows) >= 150
    assert sum("trap" in r["note"] for r in rows) >= 15
    assert sum(r["expected"] == "" for r in rows) >= 10


def test_resolution_accuracy_on_labelled_list(capsys: pytest.CaptureFixture[str]) -> None:
    """At least 95% of labelled strings reach the right venue and track (accuracy is printed)."""
    wrong, total = _mistakes()
    accuracy = 1 - len(wrong) / total
    with capsys.disabled():
        print(f"\nvenue resolution accuracy: {total - len(wrong)}/{total} = {accuracy:.1%}")
    assert accuracy >= MIN_ACCURACY, "\n".join(wrong)


def test_every_trap_is_avoided() -> None:
    """No labelled trap (ICMLA, workshops at ICML, Findings, submissions) is taken for the main venue."""
    wrong, _ = _mistakes()
    traps = {r["venue"] for r in _labelled() if "trap" in r["note"]}
    assert [w for w in wrong if any(w.startswith(repr(t)) for t in traps)] == []
