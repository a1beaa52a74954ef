"""Finishing one candidate's profile merged from several files (a CV plus its .bib, say).

Each file is parsed on its own, so a .bib knows nobody's name and a CV may print the same paper
its .bib holds. Once the files are merged: repeats are dropped (the CV's own entry wins, since it
points into the CV's text), author positions are looked up again with the candidate's name, and
warnings that only held for one file ("no publication section") are dropped when another file
supplied the publications. A .bib entry that the CV's filtered bibliography sections do not print
is dropped too.
"""

from __future__ import annotations

import re

from scoring.ingest.authors import find_author
from scoring.ingest.bib_filters import printed_bib_keys
from scoring.ingest.bibtex import title_key
from scoring.model import ParsedCV, Publication

__all__ = ["settle_merged"]


def _from_bib(pub: Publication) -> bool:
    return pub.source_text.startswith("@")


_BIB_KEY = re.compile(r"@\w+\{([^,]+),")


def settle_merged(cv: ParsedCV) -> None:
    """Drop repeated and unprinted publications, re-find the candidate in author lists, tidy warnings."""
    printed = printed_bib_keys(cv.text)
    if printed is not None:  # .bib entries no filtered \printbibliography section shows are not in the CV
        cv.publications = [
            p
            for p in cv.publications
            if not _from_bib(p)
            or ((m := _BIB_KEY.match(p.source_text)) is not None and m.group(1) in printed)
        ]
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
