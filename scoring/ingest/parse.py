"""Text of a CV -> ``ParsedCV``. Pure: no file I/O, so tests feed strings directly.

The steps, each in its own module: ``text`` removes typographic and markup hazards line by line
(line numbers are kept), ``sections`` finds the headings, ``entries`` splits publication lists,
``citation`` reads each entry, ``authors`` finds the candidate in each author list and
``bibtex`` reads .bib files. Identity (name, position, PhD, interests) and awards have their own
readers. Doubtful parses get warnings so that a person looks at them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.ingest.authors import author_key, find_author, most_common_author
from scoring.ingest.awards import find_awards
from scoring.ingest.bibtex import bibtex_problems, parse_bibtex
from scoring.ingest.citation import parse_citation
from scoring.ingest.columns import column_sections
from scoring.ingest.entries import split_entries
from scoring.ingest.identity import read_identity
from scoring.ingest.list_notes import explains_the_list
from scoring.ingest.macros import expand_user_macros
from scoring.ingest.page_heads import blank_lone_running_heads
from scoring.ingest.remarks import LIST_REMARK
from scoring.ingest.sections import Section, split_sections
from scoring.ingest.text import (
    blank_footnotes,
    blank_page_furniture,
    blank_running_lines,
    clean_inline,
    normalise_lines,
)
from scoring.model import ParsedCV, Publication

__all__ = ["parse_cv", "publication_warnings"]

_YEAR = re.compile(r"\b(19[6-9]\d|20[0-4]\d)\b")
_ENTRY_START = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)|\d+\.|[-*•])\s+")


def _prepare(text: str, fmt: str) -> str:
    """Unicode and hyphenation clean-up that keeps every line where it was."""
    if fmt == "latex":
        text = expand_user_macros(text)  # "\me" -> the name it stands for
    lines = text.split("\n")
    if fmt in ("pdf", "text", "docx"):
        lines = normalise_lines(blank_lone_running_heads(blank_running_lines(lines)))
    if fmt == "pdf":
        lines = blank_page_furniture(lines)
    else:
        lines = [
            ln.replace("\u00a0", " ").replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\f", "")
            for ln in lines
        ]
        lines = blank_footnotes(lines)
    return "\n".join(lines)


_WITH_COAUTHORS = re.compile(
    r"\(\s*(?:joint\s+)?with\s+(?:[A-Z]\.\s*)*[A-Z\u00c0-\u024f\u1e00-\u1eff][\w'’-]+"
)


_QUOTED_TITLE = re.compile(r"\s*(?:[-*•]\s+)?[“\"][^\"“”]{12,300}[\"”]")


def _not_a_publication(
    text: str, year: int | None, authors: list[str], venue: str | None, section_type: str | None
) -> bool:
    """Whether an "entry" is a remark about the list (citation counts, footnotes) or a stray line."""
    if len(text) < 200 and LIST_REMARK.search(text):
        return True
    if re.fullmatch(r"\s*(?:\\emph\{|\*|_)?\s*\([^()]*\)\s*\}?\*?_?\s*", text):
        return True  # a remark in parentheses on a line of its own
    if year is None and explains_the_list(text):
        return True  # "Names in bold are mine. Full papers at DIS are archival."

    if _WITH_COAUTHORS.search(text) or _QUOTED_TITLE.match(text):
        return False  # "Title (with A. Roe)", "“Title.”": a working paper named by its title alone
    if section_type == "preprint" and (_EMPHASISED_TITLE.match(text) or _title_case(text)):
        return False  # a job-market paper or work in progress printed as its title only
    return year is None and not authors and not venue and section_type not in ("patent", "thesis", "book")


_EMPHASISED_TITLE = re.compile(
    r"\s*(?:[-*•]\s+)?(?:\*\*|__|\*|_|\\textbf\{|\\emph\{|\\textit\{)\s*[^*_{}\s][^*_{}]{11,300}(?:\*\*|__|\*|_|\})"
)
_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "via", "with"]
)


def _title_case(text: str) -> bool:
    """Whether *text* is a short line in title case ("Minimum Wages and Firm Entry in Brazil")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not 3 <= len(words) <= 30 or len(text) > 250:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 4 or _ABOUT_DRAFTS.search(text):
        return False  # "Drafts Available Upon Request": a remark in title case
    return sum(w[0].isupper() for w in content) >= 0.8 * len(content)


_ABOUT_DRAFTS = re.compile(
    r"\b(request|available|soon|drafts?|slides|links?|website|online|upon)\b", re.IGNORECASE
)


_YEAR_HEADING = re.compile(r"(?:19|20)\d\d")
# "Presentations and Posters": a talks heading that names posters too; its posters are publications
_POSTERS = re.compile(r"\bposters?\b", re.IGNORECASE)
_POSTER_LABEL = re.compile(
    r"\[\s*poster\b[^\]]*\]|\(\s*poster\s*\)|\bposter\s+(?:presentation|session|presented)\b", re.IGNORECASE
)


def _read_publications(sections: list[Section], fmt: str) -> tuple[list[Publication], list[str | None]]:
    pubs: list[Publication] = []
    marked: list[str | None] = []
    for section in sections:
        posters_only = section.kind == "talks" and bool(_POSTERS.search(section.heading))
        if section.kind != "publications" and not posters_only:
            continue
        # "### 2024": a year sub-heading dates the entries under it that print no year
        heading_year = (
            int(section.heading.strip()) if _YEAR_HEADING.fullmatch(section.heading.strip()) else None
        )
        for entry in split_entries(section.lines, section.start, fmt=fmt):
            if posters_only and not _POSTER_LABEL.search(entry.text):
                continue  # a talk
            cit = parse_citation(entry.text, fmt=fmt, section_type=section.pub_type)
            if not cit.title or _not_a_publication(
                entry.text, cit.year, cit.authors, cit.venue, section.pub_type
            ):
                continue
            if cit.year is None:
                cit.year = entry.group_year or heading_year
            pubs.append(
                Publication(
                    title=cit.title,
                    authors=cit.authors,
                    venue=cit.venue,
                    venue_acronym=cit.venue_acronym,
                    year=cit.year,
                    type=cit.type,
                    source_line=entry.line,
                    source_text=entry.text,
                    note=cit.note,
                )
            )
            marked.append(cit.marked_author)
    return pubs, marked


# "(published as H. Kovács until 2012)", "published under the name É. Moreau": an earlier printed name.
_PUBLISHED_AS = re.compile(
    r"\b[Pp]ublish\w*\s+(?:as|under\s+(?:the\s+)?(?:(?:family\s+|maiden\s+)?(?:name|surname)s?\s+)?)\s*[\"“]?"
    r"(?P<name>(?:[A-Z\u00c0-\u024f\u1e00-\u1eff][\w'’\u00c0-\u024f\u1e00-\u1eff.-]*\s+){0,3}[A-Z\u00c0-\u024f\u1e00-\u1eff][\w'’\u00c0-\u024f\u1e00-\u1eff-]+)"
)


# "Papers before 2020 appear under my former surname, Holt.": the name, after a remark on it
_FORMER_NAME = re.compile(
    r"\b(?:former|maiden|previous|birth)\s+(?:sur|family\s+|last\s+)?name,?\s+[\"“]?"
    r"(?P<name>[A-Z\u00c0-\u024f\u1e00-\u1eff][\w'’\u00c0-\u024f\u1e00-\u1eff-]+)"
)


def published_names(sections: list[Section]) -> list[str]:
    """Earlier names the publication lists say the candidate published under."""
    found: list[str] = []
    for section in sections:
        if section.kind != "publications":
            continue
        lines = [clean_inline(line).replace("~", " ") for line in section.lines]
        for k, line in enumerate(lines):
            m = _PUBLISHED_AS.search(line)
            if m:
                found.append(m.group("name"))
            # the remark may wrap between "surname," and the name
            former = _FORMER_NAME.search(line) or _FORMER_NAME.search(" ".join(lines[k : k + 2]))
            if former and not m:
                found.append(former.group("name"))
    return list(dict.fromkeys(found))


def assign_positions(
    pubs: list[Publication],
    name: str | None,
    marked: list[str | None] | None = None,
    variants: Sequence[str] = (),
) -> None:
    """Set each publication's ``candidate_author_position`` from the candidate's name.

    *variants* are other printed forms of the name (a former family name) tried when the name
    itself is not in an author list. When the name is unknown or matches nowhere, the author
    the CV marks in bold, or else the author printed in most entries, stands for the candidate.
    """
    variants = [v for v in variants if v and v != name]
    marked = marked or [None] * len(pubs)
    fallback = None
    if not name or not any(find_author(p.authors, name) for p in pubs):
        bold = [m for m in marked if m]
        if bold:
            fallback = max(set(bold), key=bold.count)
        else:
            key = most_common_author(p.authors for p in pubs)
            fallback = next((a for p in pubs for a in p.authors if key and author_key(a) == key), None)
    for pub, mark in zip(pubs, marked, strict=True):
        pos = find_author(pub.authors, name, marked=mark or fallback) if pub.authors else None
        for other in variants if pos is None and pub.authors else ():
            pos = find_author(pub.authors, other)
            if pos is not None:
                break
        pub.candidate_author_position = pos


def publication_warnings(cv: ParsedCV, sections: list[Section], text: str) -> list[str]:
    """Reasons to let a person check the publication list."""
    warnings: list[str] = []
    has_section = any(s.kind == "publications" for s in sections)
    n_lines = text.count("\n") + 1
    if not has_section and not cv.publications:
        warnings.append("no publication section found")
    elif not cv.publications:
        warnings.append("a publication section was found but no entries could be read from it")
    elif n_lines > 300 and len(cv.publications) < 3:
        warnings.append(
            f"only {len(cv.publications)} publications read from a {n_lines}-line CV; check the list"
        )
    pub_lines = sum(1 for s in sections if s.kind == "publications" for ln in s.lines if ln.strip())
    if cv.publications and pub_lines > 8 * len(cv.publications) and pub_lines > 24:
        warnings.append(
            f"{len(cv.publications)} publications read from {pub_lines} lines of publication lists; "
            "entries may have been merged"
        )
    no_year = sum(p.year is None for p in cv.publications)
    if no_year:
        warnings.append(f"{no_year} of {len(cv.publications)} publications have no year")
    no_authors = sum(not p.authors for p in cv.publications if p.type not in ("patent", "other"))
    if cv.publications and no_authors > max(2, len(cv.publications) // 4):
        warnings.append(f"{no_authors} publications have no readable author list")
    return warnings


def _fill_identity_and_awards(cv: ParsedCV, sections: list[Section], text: str, fmt: str) -> tuple[str, ...]:
    """Name, e-mail, position, PhD, interests (``identity``) and awards (``awards``); name variants."""
    who = read_identity(sections, text, fmt=fmt)
    cv.name, cv.email, cv.current_position = who.name, who.email, who.current_position
    cv.phd_institution, cv.phd_year, cv.research_interests = (
        who.phd_institution,
        who.phd_year,
        who.research_interests,
    )
    cv.awards = find_awards(sections, text, fmt=fmt)
    return who.name_variants


def parse_cv(text: str, *, fmt: str = "text") -> ParsedCV:
    """Parse CV text into a profile; *fmt* hints at the markup (text, markdown, latex, pdf, docx, bibtex)."""
    cv = ParsedCV(text=text)
    if fmt == "bibtex":
        cv.publications = parse_bibtex(text)
        cv.warnings += bibtex_problems(text)
        assign_positions(cv.publications, None)
        return cv
    prepared = _prepare(text, fmt)
    sections = split_sections(prepared, fmt=fmt)
    # a two-column page shares text lines between a sidebar and the publication list: read each column
    pubs, marked = _read_publications(list(column_sections(sections, prepared, fmt)), fmt)
    cv.publications = pubs
    # --- identity and awards (own readers) ---
    variants = _fill_identity_and_awards(cv, sections, prepared, fmt)
    # --- end identity and awards ---
    assign_positions(cv.publications, cv.name, marked, [*variants, *published_names(sections)])
    cv.warnings += publication_warnings(cv, sections, prepared)
    return cv
