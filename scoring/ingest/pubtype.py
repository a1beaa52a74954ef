"""The type of a publication: from its list's heading where that is specific, else its own words.

Preprint words (arXiv, "under review", "working paper") and workshop venues override a
conference or journal sub-list; patents, theses, chapters and "other" lists (posters, reports)
decide outright. Without a heading the venue decides: proceedings and conferences, journals
(by name, volume/issue pattern or well-known short name), and a bare acronym means a conference.
"""

from __future__ import annotations

import re

from scoring.ingest.books import book_kind

__all__ = ["publication_type"]

_PREPRINT = re.compile(
    r"\b(arxiv|biorxiv|medrxiv|ssrn|preprint|working\s+paper|in\s+submission|submitted|"
    r"under\s+review|in\s+review|in\s+preparation|in\s+prep\b|manuscript|revise\s+and\s+resubmit|"
    r"r&r|under\s+revision)\b",
    re.IGNORECASE,
)
_WORKSHOP = re.compile(r"\b(workshops?|adjunct)\b", re.IGNORECASE)
_OTHER = re.compile(
    r"\b(poster|demo|demonstration|doctoral\s+(colloquium|consortium|symposium)|technical\s+report|"
    r"tech\.?\s+rep|blog|extended\s+abstract|abstract\]|white\s*paper)\b",
    re.IGNORECASE,
)
_THESIS = re.compile(
    r"\b(ph\.?\s?d\.?|master'?s|doctoral|bachelor'?s|diploma|m\.?sc\.?)\s+(thesis|dissertation)\b|"
    r"\bthesis\b|\bdissertation\b",
    re.IGNORECASE,
)
_DEGREE_THESIS = re.compile(
    r"\b(ph\.?\s?d\.?|master['’]?s|doctoral|bachelor['’]?s|diploma|m\.?sc\.?)\s+(thesis|dissertation)\b",
    re.IGNORECASE,
)
# A journal's volume, year and pages as maths journals print them: "Forum Math. 10 (2022), e14".
_VOLUME_YEAR = re.compile(r"\b\d{1,4}\s*\(\s*(?:19|20)\d\d\s*\)\s*,\s*(?:no\.\s*\d+\s*,\s*)?[A-Za-z]?\d")
_PATENT = re.compile(r"\bpatents?\b|\b(US|EP|WO|CN)\s?\d[\d,/]{5,}", re.IGNORECASE)
_CHAPTER = re.compile(r"\b(chapter|edited\s+by|book\s+chapter)\b|\(eds?\.?\)|\beds?\.\s*[,)]", re.IGNORECASE)
_JOURNAL = re.compile(
    r"\b(journal|transactions|trans\.|letters|lett\.?|review|reviews|magazine|annals|acta|"
    r"bulletin|quarterly|j\.|nature|science|cell|elife|plos|pnas|tmlr|jmlr|commun|"
    r"astrophysical|a\s*&\s*a|mnras|rep|res|methods|biol|chem|phys|proc\s+natl)\b|\d+\s*\(\d+\)|"
    r"\bvol(ume)?\b",
    re.IGNORECASE,
)
_CONFERENCE = re.compile(
    r"\b(proceedings|proc\.?|conference|conf\.?|symposium|symp\.|congress|meeting|summit|"
    r"convention|forum|advances\s+in\s+neural\s+information\s+processing|findings\s+of)\b",
    re.IGNORECASE,
)


_VOLUME = re.compile(
    r"\b(?:19|20)\d\d[^;.]{0,20};\s*\d+\s*(?:\(\w+\))?\s*:|\b\d+\s*\(\d+\)\s*[:,]\s*(?:pp?\.\s*)?\w*\d|"
    r"\bvol(?:ume)?\.?\s*\d|\bno\.\s*\d+\s*,\s*pp|"
    r"[A-Za-z]\s+\d{1,4}\s+\d{1,6}\s*(?:-{1,2}|–)\s*\d{1,6}\s*\.?\s*$"  # "Stochastica 31 455–490."
)


# Journals whose names start like proceedings ("Proc Natl Acad Sci U S A", "Proceedings of the IEEE").
_JOURNAL_PROC = re.compile(
    r"\bpapers\s+(?:and|&)\s+proceedings\b|"  # a journal issue of papers read at a meeting
    r"\bproc(?:eedings)?\.?\s+(?:of\s+the\s+)?(?:natl|national\s+academy|royal|r\.?\s+soc|"
    r"ieee\s*$|vldb\s+endowment|acm\s+on)",
    re.IGNORECASE,
)


# Well-known journals printed by their short names, which would otherwise read as conferences.
_JOURNAL_ACRONYMS = frozenset(
    [
        "TPAMI",
        "PAMI",
        "JMLR",
        "TMLR",
        "TACL",
        "TOG",
        "TOCHI",
        "TKDE",
        "TIP",
        "TNNLS",
        "TSP",
        "IJCV",
        "CACM",
        "JAIR",
        "MLJ",
        "PNAS",
        "PRL",
        "PRX",
        "PRA",
        "PRB",
        "PRC",
        "PRD",
        "PRE",
        "APJ",
        "MNRAS",
        "JACS",
        "NAR",
        "TIT",
        "TON",
        "TMC",
        "TPDS",
        "TOSEM",
        "TSE",
        "TVCG",
        "TOIS",
        "TWEB",
        "TIST",
        "TKDD",
        "TODS",
        "JASA",
        "JRSSB",
        "AOS",
        "JCP",
        "JCSS",
        "SICOMP",
        "JACM",
        "TOPLAS",
        "TOCS",
        "TASLP",
        "TMM",
        "TCSVT",
        "TIFS",
        "TDSC",
        "TITS",
        "RAL",
        "IJRR",
        "TRO",
        "JFR",
        "AIJ",
        "JBI",
        "JAMIA",
        "BMJ",
        "JAMA",
        "NEJM",
    ]
)


def publication_type(
    text: str, venue: str | None, acronym: str | None, section_type: str | None, *, title: str | None = None
) -> str:
    """Type of a publication from its section's announced type and its own words.

    *title*, when known, keeps the title's own words ("Press Coverage of ...") from reading as a publisher.
    """
    if section_type in ("patent", "thesis", "chapter", "book", "other", "preprint"):
        return section_type
    where = venue or ""
    if _PREPRINT.search(text) and not (venue and _CONFERENCE.search(venue)):
        return "preprint"
    if _WORKSHOP.search(where):
        return "workshop"
    # a publisher with no journal or proceedings is a book or a chapter, even in a list of papers
    after_title = text.split(title, 1)[-1] if title else text
    kind = book_kind(after_title, venue)
    if kind:
        return kind
    if section_type in ("conference", "journal", "workshop"):
        return section_type
    if _PATENT.search(text):
        return "patent"
    if _OTHER.search(text):
        return "other"
    if _THESIS.search(where or text) or _DEGREE_THESIS.search(text):
        return "thesis"
    if _CHAPTER.search(text):
        return "chapter"
    if _CONFERENCE.search(where) and not _JOURNAL_PROC.search(where) and not _VOLUME_YEAR.search(text):
        return "conference"
    if _conference_of_record(where, acronym):
        return "conference"
    if (
        _JOURNAL.search(where)
        or _VOLUME.search(text)
        or _JOURNAL_PROC.search(where)
        or (acronym or "").upper().replace("-", "") in _JOURNAL_ACRONYMS
    ):
        return "journal"
    if acronym:
        return "conference"
    return "journal" if venue else "other"


# Journals that are a conference's proceedings: PVLDB publishes VLDB's papers, and a PACM journal
# printed with a conference's label ("Proc. ACM Manag. Data (SIGMOD)") publishes that conference's.
_PVLDB = re.compile(r"\bvldb\s+endow(?:ment)?\b|\bpvldb\b", re.IGNORECASE)
_PACM = re.compile(r"\bproc(?:eedings|\.)?\s+(?:of\s+the\s+)?acm\s+on\s+(?P<name>[^()]+)", re.IGNORECASE)


def _conference_of_record(venue: str, acronym: str | None) -> bool:
    """Whether *venue* is a journal that prints a conference's papers, so that they are conference papers.

    A PACM journal's own label ("IMWUT": the initials of its name, or "PACM...") keeps it a journal.
    """
    if _PVLDB.search(venue):
        return True
    pacm = _PACM.search(venue)
    if not pacm or not acronym:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", pacm.group("name")) if w[0].isupper())
    label = acronym.upper().replace("-", "")
    return not label.startswith("PACM") and label not in initials.upper()
