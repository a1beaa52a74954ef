"""Finishing one candidate's profile merged from several files (a CV plus its .bib, say).

Each file is parsed on its own, so a .bib knows nobody's name and a CV may print the same paper
its .bib holds. Once the files are merged: repeats are dropped (the CV's own entry wins, since it
points into the CV's text), author positions are looked up again with the candidate's name, and
warnings that only held for one file ("no publication section") are dropped when another file
supplied the publications.
"""

from __future__ import annotations

from scoring.ingest.authors import find_author
from scoring.ingest.bibtex import title_key
from scoring.model import ParsedCV, Publication

__all__ = ["settle_merged"]


def _from_bib(pub: Publication) -> bool:
    return pub.source_text.startswith("@")


def settle_merged(cv: ParsedCV) -> None:
    """Drop repeated publications, re-find the candidate in author lists, tidy warnings."""
    order = sorted(range(len(cv.publications)), key=lambda i: _from_bib(cv.publications[i]))
    seen: set[tuple[str, int | None]] = set()
    keep: set[int] = set()
    for i in order:
        pub = cv.publications[i]
        key = (title_key(pub.title), pub.year)
        if key[0] and (key in seen or ((key[0], None) in seen and _from_bib(pub))):
            continue
        seen.add(key)
        keep.add(i)
    cv.publications = [p for i, p in enumerate(cv.publications) if i in keep]
    if cv.name:
        for pub in cv.publications:
            pos = find_author(pub.authors, cv.name)
            if pos is not None:
                pub.candidate_author_position = pos
    if cv.publications:
        only_one_file = ("no publication section found", "no entries could be read")
        cv.warnings = [w for w in cv.warnings if not any(x in w for x in only_one_file)]
