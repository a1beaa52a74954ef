"""BibTeX / biblatex files -> publications, and the .bib files a CV points to.

Entries become publications directly: the entry type says the publication type (``@article`` a
journal paper, ``@inproceedings`` a conference paper, ``@inbook`` a chapter unless its book is a
proceedings volume), ``pubstate`` or a note saying "submitted" makes a preprint, and
``@unpublished`` items that are talks or posters "presented at" a meeting are left out, as
presentations are not publications.
"""

from __future__ import annotations

import re

import bibtexparser

from scoring.ingest.authors import split_authors
from scoring.ingest.citation import publication_type
from scoring.ingest.text import clean_inline
from scoring.model import Publication

__all__ = ["bib_references", "bibtex_problems", "dedupe_publications", "parse_bibtex", "title_key"]

_PRESENTATION = re.compile(
    r"^\s*(?:\w+\s+){0,2}(talk|poster|presentation|keynote|lecture|seminar)\b|"
    r"\b(presented|talk given|invited talk)\b",
    re.IGNORECASE,
)
_PREPRINT_STATE = re.compile(r"submitted|prep|review|revision|preprint|forthcoming-not", re.IGNORECASE)
_YEAR = re.compile(r"(19|20)\d\d")


def _field(entry: bibtexparser.model.Entry, *names: str) -> str | None:
    """The first of the fields *names* the entry fills; BibTeX field names ignore case."""
    fields = {key.lower(): f for key, f in entry.fields_dict.items()}
    for name in names:
        f = fields.get(name.lower())
        if f is not None and str(f.value).strip():
            return clean_inline(str(f.value))
    return None


def _raw_field(entry: bibtexparser.model.Entry, name: str) -> str | None:
    """A field's value as written (no clean-up), whatever the case of its name."""
    f = next((f for key, f in entry.fields_dict.items() if key.lower() == name), None)
    return str(f.value) if f is not None and str(f.value).strip() else None


def _bib_authors(value: str | None) -> list[str]:
    if not value:
        return []
    names = [clean_inline(n) for n in re.split(r"\s+and\s+", value.replace("\n", " ")) if n.strip()]
    out: list[str] = []
    for n in names:
        if n.lower() in ("others", "et al."):
            continue
        out.append(n.replace("*", "").strip())
    return out or split_authors(value)


def _type_of(entry_type: str, venue: str | None, text: str, pubstate: str | None) -> str | None:
    """Publication type of one entry, ``None`` for presentations (not publications)."""
    t = entry_type.lower()
    if pubstate and _PREPRINT_STATE.search(pubstate):
        return "preprint"
    match t:
        case "article":
            kind = (
                "preprint"
                if venue and re.search(r"arxiv|biorxiv|medrxiv|ssrn|preprint", venue, re.IGNORECASE)
                else "journal"
            )
        case "inproceedings" | "conference" | "proceedings":
            kind = publication_type(text, venue, None, None)
            kind = kind if kind in ("workshop", "other", "preprint") else "conference"
        case "inbook" | "incollection":
            proceedings = venue and re.search(
                r"proceedings|conference|meeting|symposium|workshop|congress", venue, re.IGNORECASE
            )
            kind = (
                ("workshop" if re.search(r"workshop", venue or "", re.IGNORECASE) else "conference")
                if proceedings
                else "chapter"
            )
        case "book":
            kind = "book"
        case "phdthesis" | "mastersthesis" | "thesis":
            kind = "thesis"
        case "patent":
            kind = "patent"
        case "techreport" | "report":
            kind = "other"
        case "unpublished" | "misc" | "online" | "manual":
            if _PRESENTATION.search(text):
                return None
            kind = (
                "preprint"
                if t == "unpublished" or re.search(r"arxiv|biorxiv|preprint|submitted", text, re.IGNORECASE)
                else "patent"
                if re.search(r"\bpatent\b", text, re.IGNORECASE)  # "howpublished = {U.S. Patent 11,410,372}"
                else "other"
            )
        case _:
            kind = publication_type(text, venue, None, None)
    return kind


_ARXIV_ID = re.compile(r"\s*(?:arXiv:)?\d{4}\.\d{4,5}(?:v\d+)?\s*", re.IGNORECASE)
_ARXIV_NOTE = re.compile(r"\b(arXiv|bioRxiv|medRxiv|SSRN|PsyArXiv|LingBuzz)\b", re.IGNORECASE)
# What a howpublished field naming only a preprint server holds besides the server's name.
_SERVER_WORDS = re.compile(
    r"\b(?:arXiv|bioRxiv|medRxiv|SSRN|PsyArXiv|LingBuzz|preprints?|e-?prints?|abs|v\d+)\b|[\d.:/\s]+",
    re.IGNORECASE,
)
_SERVER_NAMES = {
    "arxiv": "arXiv",
    "biorxiv": "bioRxiv",
    "medrxiv": "medRxiv",
    "ssrn": "SSRN",
    "psyarxiv": "PsyArXiv",
    "lingbuzz": "LingBuzz",  # the linguistics manuscript archive ("lingbuzz/008412")
}


def _fallback_venue(entry: bibtexparser.model.Entry, note: str) -> str | None:
    """Where an entry without a journal or booktitle appeared: a preprint server named in its
    note or eprint fields ("arXiv:2503.11873"), else a book's publisher."""
    server = _ARXIV_NOTE.search(f"{note} {_field(entry, 'eprinttype', 'archiveprefix', 'eprint') or ''}")
    if server is None and _ARXIV_ID.fullmatch(_field(entry, "eprint") or ""):
        return "arXiv"  # a bare new-style arXiv identifier ("2507.11820v2")
    if server:
        return _SERVER_NAMES[server.group(1).lower()]
    if entry.entry_type.lower() in ("book", "inbook", "booklet"):
        return _field(entry, "publisher")
    return None


def bibtex_problems(text: str) -> list[str]:
    """One warning per .bib block that bibtexparser could not read or whose key repeats.

    Without these, a broken entry or a second entry under a used key would vanish silently.
    """
    problems: list[str] = []
    for block in bibtexparser.parse_string(text).failed_blocks:
        line = (block.start_line or 0) + 1  # bibtexparser counts lines from 0
        key = getattr(block, "key", None)
        if type(block).__name__ == "DuplicateBlockKeyBlock":
            problems.append(f"duplicate .bib key {key!r} at line {line}: entry not read")
        else:
            problems.append(f".bib entry at line {line} could not be read (unbalanced braces?)")
    return problems


def parse_bibtex(text: str) -> list[Publication]:
    """Publications of a .bib file, each with the line of its ``@type{`` as ``source_line``."""
    library = bibtexparser.parse_string(text)
    starts = {
        m.group(1).strip(): text.count("\n", 0, m.start()) + 1
        for m in re.finditer(r"@\w+\s*\{\s*([^,\s]+)\s*,", text)
    }
    pubs: list[Publication] = []
    for entry in library.entries:
        title = _field(entry, "title")
        if not title:
            continue
        venue = _field(
            entry,
            "journal",
            "journaltitle",
            "booktitle",
            "eventtitle",
            "howpublished",
            "school",
            "institution",
        )
        note = _field(entry, "note", "howpublished", "addendum") or ""
        pubstate = _field(entry, "pubstate")
        if not venue:
            venue = _fallback_venue(entry, note)
        elif (server := _ARXIV_NOTE.search(venue)) and not _SERVER_WORDS.sub("", venue).strip(" ,;.-()"):
            venue = _SERVER_NAMES[server.group(1).lower()]  # "arXiv preprint arXiv:2608.04412"
        kind = _type_of(entry.entry_type, venue, f"{note} {venue or ''}", pubstate)
        if kind is None:
            continue
        year_text = _field(entry, "year", "date") or ""
        year = _YEAR.search(year_text)
        acronym = re.search(r"\(([A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*)\s*(?:'?\d{2,4})?\)", venue or "")
        pubs.append(
            Publication(
                title=title.strip(" ."),
                authors=_bib_authors(_raw_field(entry, "author")),
                venue=venue,
                venue_acronym=acronym.group(1) if acronym else None,
                year=int(year.group(0)) if year else None,
                type=kind,
                source_line=starts.get(entry.key),
                source_text=f"@{entry.entry_type}{{{entry.key}, title = {{{title}}}}}",
            )
        )
    return pubs


_BIB_REF = re.compile(
    r"\\(?:bibliography|addbibresource|nobibliography)\s*(?:\[[^\]]*\])?\s*\{([^}]+)\}|"
    r"^\s*bibliography\s*:\s*\[?([^\]\n]+)\]?\s*$",
    re.MULTILINE,
)


def bib_references(text: str) -> list[str]:
    """File names of the .bib files a CV points to (``\\bibliography{}``, ``bibliography:``).

    Examples:
        >>> bib_references("\\\\addbibresource{pubs.bib}\\n\\\\bibliography{a,b}")
        ['pubs.bib', 'a.bib', 'b.bib']
    """
    names: list[str] = []
    for m in _BIB_REF.finditer(text):
        for name in re.split(r"[,\s]+", (m.group(1) or m.group(2) or "").strip(" '\"")):
            name = name.strip(" '\"")
            if name:
                names.append(name if name.endswith(".bib") else f"{name}.bib")
    return names


def title_key(title: str) -> str:
    """A title folded for duplicate detection: letters and digits only, lower case."""
    return re.sub(r"[^a-z0-9]+", "", clean_inline(title).lower())


def dedupe_publications(pubs: list[Publication]) -> list[Publication]:
    """Drop repeated publications (same folded title, type and year), keeping the first seen."""
    seen: set[tuple[str, str, int | None]] = set()
    out: list[Publication] = []
    for p in pubs:
        key = (title_key(p.title), p.type, p.year)
        if key in seen and key[0]:
            continue
        seen.add(key)
        out.append(p)
    return out
