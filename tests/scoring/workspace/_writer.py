"""Run in a child process by test_concurrency: one committee member writing as fast as possible.

The test sets these globals: DB (workspace path), MEMBER, N (writes of each kind) and START (a
barrier, so both writers begin together).
"""

from __future__ import annotations

from scoring.workspace import decide, open_workspace, rate, set_note

_given = globals()
member: str = _given["MEMBER"]
ws = open_workspace(_given["DB"])
_given["START"].wait()
try:
    for i in range(_given["N"]):
        cid = f"cand-{i:03d}"
        rate(ws, member=member, candidate_id=cid, item="research", score=1 + i % 5)
        set_note(ws, member=member, candidate_id=cid, text=f"note {i} by {member}")
        decide(ws, candidate_id=cid, decision="hold", reason=f"{member} {i}", member=member)
finally:
    ws.close()
