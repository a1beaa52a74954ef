"""Sub-headings inside a publication list whose own words name another kind of section.

A publication list may be grouped by career stage ("Independent Career (2010–present)",
"Graduate and Postdoctoral Work") or by place ("Work at Lakeside Labs"). Those words would make
a heading an experience or education section; under a publications heading, and followed by
citations, the heading only groups papers. The test is what follows the heading: most of the
first few entries read as citations (an author list, a title and a year).
"""

from __future__ import annotations

from scoring.ingest.citation import parse_citation
from scoring.ingest.entries import split_entries

__all__ = ["groups_publications"]

# Kinds a career-stage or place heading can take. "Other" is left alone: it holds the lists
# that are deliberately not the candidate's papers ("Supervised Theses", "Students' Papers").
_CAREER_KINDS = {"experience", "education"}
_SAMPLE = 6  # entries read to decide
_MIN_CITATIONS = 2


def groups_publications(kind: str, parent: str | None, body: list[str], fmt: str) -> bool:
    """Whether a sub-heading of *kind* under a *parent* section groups publications.

    Args:
        kind: the kind the heading's own words give it.
        parent: the kind of the heading above it, ``None`` at the top level.
        body: the lines under the heading, up to the next heading.
        fmt: the text format.
    """
    if parent != "publications" or kind not in _CAREER_KINDS:
        return False
    entries = split_entries(body, 1, fmt=fmt)[:_SAMPLE]
    if not entries:
        return False
    cited = 0
    for entry in entries:
        cit = parse_citation(entry.text, fmt=fmt, section_type=None)
        # a job line also yields "authors" ("Research Intern, Widget Labs"): ask for a whole citation
        whole = len(entry.text) >= 60 and len((cit.title or "").split()) >= 3
        cited += bool(whole and cit.year and cit.venue and cit.authors)
    return cited >= min(_MIN_CITATIONS, len(entries)) and cited * 3 >= len(entries) * 2
