"""Awards attached to a publication: "Best Paper Award", "Outstanding Paper Honorable Mention"."""

from __future__ import annotations

import re

from scoring.ingest.award_rules import MAX_PROSE, QUALIFIER_AFTER, QUALIFIER_BEFORE
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

# the track or topic the award was for: "Best Paper Award in Locomotion", "... on Robot Learning"
_TOPIC = re.compile(
    r"\s+(?:in|on|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:and|&|of)\s+|\s+|(?=\W)|$)){1,6}"
)


def _completed(name: str, before: str, after: str) -> str:
    """*name* with the topic and a qualifier printed after it, or a qualifier printed before it.

    "Best Paper Award in Locomotion (finalist)"; "Finalist for the Best Paper Award" becomes
    "Finalist, Best Paper Award".
    """
    topic = _TOPIC.match(after)
    # a track is written in words ("in Locomotion"); "in ICML" names the venue, which is not part of the award
    if (
        topic
        and re.search(r"[a-z]{3}", topic.group(0).split(None, 1)[1])
        and not re.search(r"\b(?:and|&|of)\s*$", topic.group(0))
    ):
        name, after = name + topic.group(0).rstrip(), after[len(topic.group(0).rstrip()) :]
    qualifier = QUALIFIER_AFTER.match(after)
    if qualifier and not re.search(r"finalist|runner|mention|nominee|nominat|listed", name, re.IGNORECASE):
        name += qualifier.group(0).rstrip()
    lead = QUALIFIER_BEFORE.search(before)
    if lead and not qualifier:
        name = f"{lead.group(1)[:1].upper()}{lead.group(1)[1:]}, {name}"
    return " ".join(name.split())


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
            following = lines[i + 1].text if i + 1 < len(lines) else ""
            name = _completed(m.group(0).strip(), ln.text[: m.start()], f"{ln.text[m.end() :]}\n{following}")
            wrapped = re.match(
                r"\s*(awards?|prizes?|nominee|finalist|runner[- ]up)\b", following, re.IGNORECASE
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
