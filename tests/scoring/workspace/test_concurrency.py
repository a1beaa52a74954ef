"""Two committee members in two processes write to the same SQLite file at the same time."""

from __future__ import annotations

import multiprocessing
import runpy
from pathlib import Path

from scoring.workspace import audit_log, decision_history, notes_frame, open_workspace, ratings_frame

WRITER = str(Path(__file__).with_name("_writer.py"))
N = 60


def _run_writers(db: Path, members: list[str]) -> list[int | None]:
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(len(members))
    procs = [
        ctx.Process(
            target=runpy.run_path,
            args=(WRITER,),
            kwargs={"init_globals": {"DB": str(db), "MEMBER": m, "N": N, "START": start}},
        )
        for m in members
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
    for p in procs:
        if p.is_alive():  # a writer stuck on a lock: fail the test, do not leave it running
            p.kill()
            p.join()
    return [p.exitcode for p in procs]


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    """Two processes opening a new workspace and writing at once both succeed, and every write is kept."""
    db = tmp_path / "shared.sqlite"
    assert _run_writers(db, ["ada", "grace"]) == [0, 0]  # a "database is locked" error would exit 1
    ws = open_workspace(db)
    try:
        ratings = ratings_frame(ws)
        assert len(ratings) == 2 * N
        assert ratings.groupby("member").size().to_dict() == {"ada": N, "grace": N}
        assert len(notes_frame(ws)) == 2 * N
        assert len(decision_history(ws)) == 2 * N
        assert len(audit_log(ws, action="decision")) == 2 * N
    finally:
        ws.close()
