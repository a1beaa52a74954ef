"""Who the candidate is: name, e-mail, current position, PhD and research interests.

Name and e-mail are read by ``names``, the PhD by ``career``, the current position by
``position``; this module gathers them and reads the research interests:

* research interests: an explicit interests/statement/summary/fields section (also a section
  headed just "Research") or a "Research interests:" line; hobby lists are not research interests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from scoring.ingest.career import phd_in_progress, read_phd
from scoring.ingest.columns import column_sections
from scoring.ingest.names import former_family_name, looks_like_name, name_variants, read_email, read_name
from scoring.ingest.plain import Line, hidden_lines, plain_lines
from scoring.ingest.position import read_position
from scoring.ingest.sections import Section

__all__ = ["Identity", "looks_like_name", "read_identity"]


@dataclass(frozen=True, slots=True)
class Identity:
    """What the CV says about the candidate besides publications and awards."""

    name: str | None = None
    email: str | None = None
    current_position: str | None = None
    phd_institution: str | None = None
    phd_year: int | None = None
    research_interests: str | None = None
    name_variants: tuple[str, ...] = ()  # the name as read and under a former family name


def read_identity(sections: Sequence[Section], text: str, *, fmt: str) -> Identity:
    """Read name, e-mail, current position, PhD and research interests.

    Args:
        sections: the CV split into sections (``split_sections``).
        text: the whole CV text (LaTeX name macros and e-mail addresses are looked up in it).
        fmt: ``latex``, ``markdown``, ``pdf``, ``docx`` or ``text``.
    """
    if fmt in ("bibtex", "json", "yaml"):
        return Identity()
    hidden = hidden_lines(text, fmt)
    sections = column_sections(sections, text, fmt)
    visible = "\n".join(ln for i, ln in enumerate(text.split("\n"), 1) if i not in hidden)
    plain = {id(s): plain_lines(s.lines, s.start, fmt, hidden) for s in sections}
    institution, year = read_phd(sections, plain)
    position = read_position(sections, plain)
    if position is None and institution and year is None and phd_in_progress(sections, plain):
        position = f"PhD student, {institution}"
    name = read_name(sections, visible, fmt, plain)
    return Identity(
        name=name,
        name_variants=name_variants(name, former_family_name(visible, name, fmt)),
        email=read_email(visible),
        current_position=position,
        phd_institution=institution,
        phd_year=year,
        research_interests=_read_interests(sections, plain),
    )


# --- research interests ---------------------------------------------------------------------------
_INTEREST_HEADING = re.compile(
    r"\bresearch\b|^(areas?\s+of\s+)?interests?$|\binterests?\b.*\bresearch|\bvision\b|\bstatement\b|\bfocus\b|"
    r"^(research\s+)?summary$|^(research\s+)?fields?(\s+of\s+(study|research))?$",
    re.IGNORECASE,
)
_PERSONAL_HEADING = re.compile(
    r"\b(personal|hobb\w*|leisure|other|non-academic|extracurricular|outside)\b", re.IGNORECASE
)
# "Research Funding", "Research Group": research headings that are not about the research itself
_NOT_INTEREST_HEADING = re.compile(
    r"\b(funding|grants?|support|projects?|group|team|students?|supervision|talks?|seminars?|visits?|"
    r"experience|positions?|appointments?|papers?|publications?|outputs?|software|data|service)\b",
    re.IGNORECASE,
)
_HOBBY = re.compile(
    r"\b(hiking|singing|reading|music|travel\w*|cooking|photography|running|cycling|swimming|sports?|football|"
    r"soccer|basketball|tennis|chess|piano|guitar|painting|drawing|dancing|yoga|climbing|skiing|gardening|"
    r"movies|films?|gaming|fishing|baking|knitting|volunteering|board games|nationality|birth\w*|married)\b",
    re.IGNORECASE,
)
_INLINE_INTERESTS = re.compile(
    r"^\W*(?:my\s+)?(?:research\s+)?(?:interests?|areas?\s+of\s+interest|research\s+areas?|research\s+focus)\s*"
    r"(?:include|are|:|-|–)\s*(.+)",
    re.IGNORECASE,
)


def _read_interests(sections: Sequence[Section], plain: dict[int, list[Line]]) -> str | None:
    for section in sections:
        heading = section.heading.strip()
        if (
            section.kind not in ("interests", "other")
            or not _INTEREST_HEADING.search(heading)
            or _PERSONAL_HEADING.search(heading)
            or (section.kind == "other" and _NOT_INTEREST_HEADING.search(heading))
        ):
            continue
        items = [ln.text for ln in plain[id(section)]]
        text = "; ".join(items) if any(ln.bullet for ln in plain[id(section)]) else " ".join(items)
        hobbies = sum(bool(_HOBBY.search(t)) for t in items)
        if text and hobbies * 3 < max(len(items), 1) and len(text.split()) >= 2:
            return text[:1200].strip()
    for section in sections:
        if section.kind in ("publications", "talks"):
            continue
        lines = plain[id(section)]
        for i, ln in enumerate(lines):
            m = _INLINE_INTERESTS.match(ln.text)
            if m and not _HOBBY.search(m.group(1)):
                more = [x.text for x in lines[i + 1 : i + 3] if not x.bullet and x.text[:1].islower()]
                return " ".join([m.group(1), *more]).strip()[:1200]
    return None
