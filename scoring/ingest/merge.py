"""Several parsed files of one candidate -> one profile (a CV plus its .bib, say).

The CV proper (not a .bib) leads: its name, position and PhD are kept. Publications of the
.bib files are added when the CV points to them (``\\bibliography{}``, ``bibliography:``) or
lists fewer entries than the .bib holds, and repeats are dropped.
"""

from __future__ import annotations

from scoring.ingest.bibtex import dedupe_publications, title_key
from scoring.model import ParsedCV

__all__ = ["merge_profiles"]


def merge_profiles(parts: list[tuple[str, ParsedCV]]) -> ParsedCV | None:
    """One profile from ``(file name, parsed)`` pairs, the non-.bib files first."""
    if not parts:
        return None
    ordered = sorted(parts, key=lambda p: p[0].lower().endswith(".bib"))
    lead_name, lead = ordered[0]
    del lead_name
    for name, cv in ordered[1:]:
        if name.lower().endswith(".bib"):
            known = {title_key(p.title) for p in lead.publications}
            lead.publications += [p for p in cv.publications if title_key(p.title) not in known]
        else:
            lead.publications += cv.publications
            lead.awards += cv.awards
            for attr in ("name", "email", "current_position", "phd_institution", "phd_year", "research_interests"):
                if getattr(lead, attr) is None and getattr(cv, attr) is not None:
                    setattr(lead, attr, getattr(cv, attr))
        lead.source_files += cv.source_files
        lead.warnings += cv.warnings
        lead.text += "\n" + cv.text
    lead.publications = dedupe_publications(lead.publications)
    if any(n.lower().endswith(".bib") for n, _ in ordered[1:]):
        lead.warnings = [w for w in lead.warnings if "no publication section" not in w]
    return lead
