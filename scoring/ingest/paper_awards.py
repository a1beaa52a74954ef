"""Awards attached to a publication: "Best Paper Award", "Outstanding Paper Honorable Mention"."""

from __future__ import annotations

import re

from scoring.ingest.award_rules import MAX_PROSE
from scoring.ingest.dates import years_in
from scoring.ingest.plain import Line
from scoring.model import Award

__all__ = ["paper_awards"]

_PAPER_AWARD = re.compile(
    r"\b((best|outstanding|distinguished|most\s+influential|test[- ]of[- ]time)\b[\w\s'’-]{0,40}?\b"
    r"(awards?|prizes?|papers?|mention|nominee|nomination|finalist|runner[- ]up)\b"
    r"(\s+(award|nominee|finalist|runner[- ]up|honou?rable\s+mention)){0,2}|honou?rable\s+mention)",
    re.IGNORECASE,
)


def paper_awards(lines: list[Line]) -> list[Award]:
    """Awards noted on publication entries, dated by the entry's latest year (looked for up to three lines up)."""
    found: list[Award] = []
    for i, ln in enumerate(lines):
        if len(found) >= MAX_PROSE:
            break
        for m in _PAPER_AWARD.finditer(ln.text):
            if m.group(0).lower().startswith("best") and len(m.group(0).split()) < 2:
                continue
            years = years_in(ln.text)
            j = i
            while not years and j > 0 and i - j < 3 and not lines[j].bullet:
                j -= 1
                years = years_in(lines[j].text)
            name = m.group(0).strip()
            wrapped = re.match(
                r"\s*(awards?|prizes?|nominee|finalist|runner[- ]up)\b",
                lines[i + 1].text if i + 1 < len(lines) else "",
                re.IGNORECASE,
            )
            if (
                m.end() == len(ln.text.rstrip(" ."))
                and wrapped
                and not re.search(r"award|prize|nominee|finalist|runner", name, re.IGNORECASE)
            ):
                name = f"{name} {wrapped.group(1)}"  # "Best Paper" / "Award." wrapped at the line end
            found.append(
                Award(
                    name=name[:1].upper() + name[1:],
                    year=max(years) if years else None,
                    source_line=ln.number,
                    source_text=ln.text[:400],
                )
            )
    return found
