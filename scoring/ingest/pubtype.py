"""The type of a publication: from its list's heading where that is specific, else its own words.

Preprint words (arXiv, "under review", "working paper") and workshop venues override a
conference or journal sub-list; patents, theses, chapters and "other" lists (posters, reports)
decide outright. Without a heading the venue decides: proceedings and conferences, journals
(by name, volume/issue pattern or well-known short name), and a bare acronym means a conference.
"""

from __future__ import annotations

import re

from scoring.ingest.books import book_kind
from scoring.ingest.venue_text import ARXIV_ID

__all__ = ["described_as_other", "publication_type"]

_PREPRINT = re.compile(
    r"\b(arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv|ecoevorxiv|ssrn|lingbuzz|preprint|working\s+paper|in\s+submission|submitted|"
    r"under\s+review|in\s+review|in\s+preparation|in\s+prep\b|manuscript|revise\s+and\s+resubmit|"
    r"r&r|under\s+revision|major\s+revision|minor\s+revision)\b",
    re.IGNORECASE,
)
_WORKSHOP = re.compile(r"\b(workshops?|adjunct)\b", re.IGNORECASE)
# "History Workshop Journal": a journal whose name holds the word
_JOURNAL_WORD = re.compile(r"\bjournal\b", re.IGNORECASE)
_OTHER = re.compile(
    r"\b(poster|demo|demonstration|doctoral\s+(colloquium|consortium|symposium)|technical\s+report|"
    r"tech\.?\s+rep|blog|extended\s+abstracts?|abstract\]|white\s*paper|student\s+research\s+competition|"
    r"late[- ]breaking\s+(?:work|results?|reports?|abstracts?)|policy\s+briefs?|op-?eds?|"
    r"astronomer['’]s\s+telegram|atel|report\s+number)\b|\breport\s+no\.\s*\d",  # "PEER Report No. 2023/05"
    re.IGNORECASE,
)
# Non-paper tracks named by the venue alone ("SIGGRAPH 2024 Posters", "SIGGRAPH 2019 Courses").
_OTHER_VENUE = re.compile(r"\b(posters|courses?|course\s+notes|tutorials?)\b", re.IGNORECASE)
# A conference's companion volume ("Companion Publication of ...", "(CSCW '23 Companion)", "ICSE-Companion"),
# not "A Companion to Modern History", which is a book
_COMPANION = re.compile(
    r"\b(?:[Cc]ompanion\s+(?:[Pp]ublication|[Pp]roceedings|[Vv]olume)|[A-Z]{2,}[\w'’ ]{0,6}[- ]Companion)\b"
)
_DESCRIBED_OTHER = re.compile(
    r"\[\s*(?:poster|demo|demonstration)(?:\s+(?:paper|abstract|presentation|session|track))?\s*\]|"
    # ACM style names the track in a sentence of its own after the title: "Title. Demo. In Adjunct ..."
    r"\.\s+(?:poster|demo|demonstration|late[- ]breaking\s+work)(?:\s+(?:paper|abstract))?\.(?:\s|$)",
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
# ("Forum Math. Sigma 10 (2022), Paper No. e47": an article number instead of pages)
_VOLUME_YEAR = re.compile(
    r"\b\d{1,4}\s*\(\s*(?:19|20)\d\d\s*\)\s*,\s*(?:no\.\s*\d+\s*,\s*)?(?:(?:paper|art(?:icle)?\.?)\s+no\.\s*)?[A-Za-z]?\d",
    re.IGNORECASE,
)
# ACS prints a journal's year, volume and pages after its abbreviated name: "J. Org. Chem. 2020, 85, 13380–13392"
_ACS_VOLUME = re.compile(
    r"\b(?:19|20)\d\d\s*,\s*\d{1,4}\s*(?:\(\d{1,3}\)\s*)?,\s*[A-Za-z]{0,2}\d{1,7}(?:\s*[–-]\s*\d{1,7})?\b"
)
# Proceedings series: "Lecture Notes in Computer Science, vol 13976"
_PROCEEDINGS_SERIES_NAME = re.compile(
    r"\blecture\s+notes\s+in\s+(?:computer\s+science|artificial\s+intelligence|bioinformatics)\b|\b(?:LNCS|LNAI|LNBI)\b",
    re.IGNORECASE,
)
# Chicago prints a journal's volume, issue, year and pages as "38 (2023): 141–63" or "62, no. 1 (2024): 88";
# a themed issue ("In “Theme,” edited by A. Roe. Osiris 38 (2023): 141–63") is still a journal article
_CHICAGO_VOLUME = re.compile(
    r"\b\d{1,4}(?:,\s*no\.\s*\d{1,4})?\s*\(\s*(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\s*\)\s*:\s*[eE]?\d"
)
_PATENT = re.compile(r"\bpatents?\b|\b(US|EP|WO|CN)\s?\d[\d,/]{5,}", re.IGNORECASE)
# "European Chapter of the Association for ...": a society's chapter names a conference, not a book part
_CHAPTER = re.compile(
    r"\b(chapter(?!\s+of\s+the\s+(?:association|society|acl|acm|ieee)\b)|edited\s+by|book\s+chapter)\b|"
    r"\(eds?\.?\)|\beds?\.\s*[,)]|,\s*editors?\.|"
    r"\b(?:pp?\.|pages)\s*\d{1,5}\s*[-–]\s*\d{1,5}\s+in\s",  # "Pages 20–44 in A. Roe, editors. Book"
    re.IGNORECASE,
)
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
    r"[A-Za-z]\s+\d{1,4}\s+\d{1,6}\s*(?:-{1,2}|–)\s*\d{1,6}\s*\.?\s*$|"  # "Stochastica 31 455–490."
    r"[A-Za-z.]\s+\d{1,4}\s*,\s*[A-Za-z]{0,2}\d{1,7}(?:\s*[–-]\s*\d{1,7})?\s*\(\s*(?:19|20)\d\d\s*\)|"  # "Quantum 9, 1642 (2025)"
    r"[A-Za-z],\s*\d{1,4}\s*,\s*[A-Za-z]{0,2}\d{1,7}\s*\.?\s*$|"  # AAS "AJ, 62, 1178"
    r"[A-Za-z*_](?<!PMLR)\s+(?!(?:19|20)\d\d\b)\d{1,4}\s*:\s*(?:[eE]\d{3,}|\d{1,6}\s*[–-]\s*\d{1,6})"  # "Oikos 23:533–559", not "PMLR 139:1–9"
)


# A volume and its pages or article number right after the venue name: "Ecology 101:e03012",
# "Oikos 12:345–367" (ESA and Chicago author-date print a journal so, a proceedings never).
_VOLUME_COLON_PAGES = re.compile(r"\s+\d{1,4}\s*:\s*[eE]?\d")


# Proceedings series number their volumes too ("PMLR 139:8748–8763", "LIPIcs 232:1–20")
_PROCEEDINGS_SERIES = re.compile(r"\b(?:PMLR|LIPIcs|LNCS|LNAI|CEUR(?:-WS)?|EPTCS)\W*$")


def _volume_follows(text: str, venue: str | None) -> bool:
    at = text.find(venue) if venue else -1
    return (
        at >= 0
        and not _PROCEEDINGS_SERIES.search(venue or "")
        and bool(_VOLUME_COLON_PAGES.match(text, at + len(venue or "")))
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


# Workshops printed by their short names, which would otherwise read as conferences.
_WORKSHOP_ACRONYMS = frozenset(
    [
        "HOTNETS",
        "HOTOS",
        "HOTMOBILE",
        "HOTCLOUD",
        "HOTSTORAGE",
        "HOTEDGE",
        "HOTSDN",
        "HOTSEC",
        "WEARSYS",
        "APSYS",
    ]
)


def described_as_other(raw: str) -> bool:
    """Whether the entry says in brackets, as APA does, that it is a poster or demo ("[Demo paper]").

    The description outranks the list the entry sits in: a demo printed among conference papers is a demo.
    """
    return bool(_DESCRIBED_OTHER.search(raw))


def publication_type(
    text: str, venue: str | None, acronym: str | None, section_type: str | None, *, title: str | None = None
) -> str:
    """Type of a publication from its section's announced type and its own words.

    *title*, when known, keeps the title's own words ("Press Coverage of ...") from reading as a publisher.
    """
    if section_type == "other" and (_DEGREE_THESIS.search(text) or _THESIS.search(venue or "")):
        return "thesis"  # a dissertation listed among "Other writing" still names itself
    if section_type in ("patent", "preprint") and _published_article(text, venue, section_type):
        section_type = None  # a list's heading runs on over published papers its own sub-heading missed
    if section_type in ("patent", "thesis", "chapter", "book", "other", "preprint"):
        return section_type
    where = venue or ""
    if venue and "rxiv" in text.lower() and not _PREPRINT.search(venue):
        text = ARXIV_ID.sub(" ", text)  # "Phys. Rev. X 13, 12 (2023) [arXiv:2302.11873]": an identifier
    if _PREPRINT.search(text) and not (venue and _CONFERENCE.search(venue)):
        return "preprint"
    if (_WORKSHOP.search(where) and not _JOURNAL_WORD.search(where)) or (
        acronym or ""
    ).upper() in _WORKSHOP_ACRONYMS:
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
    if _OTHER.search(text) or _OTHER_VENUE.search(where) or _COMPANION.search(where):
        return "other"
    if _THESIS.search(where or text) or _DEGREE_THESIS.search(text):
        return "thesis"
    if _CHAPTER.search(text) and not _CHICAGO_VOLUME.search(text):
        return "chapter"
    if _CONFERENCE.search(where) and not _JOURNAL_PROC.search(where) and not _VOLUME_YEAR.search(text):
        return "conference"
    if _conference_of_record(where, acronym) or _PROCEEDINGS_SERIES_NAME.search(text):
        return "conference"
    if (
        _JOURNAL.search(where)
        or _VOLUME.search(text)
        or _ACS_VOLUME.search(text)
        or _JOURNAL_PROC.search(where)
        or _volume_follows(text, venue)
        or (acronym or "").upper().replace("-", "") in _JOURNAL_ACRONYMS
    ):
        return "journal"
    if acronym:
        return "conference"
    return "journal" if venue else "other"


def _published_article(text: str, venue: str | None, section_type: str) -> bool:
    """Whether an entry under a preprint or patent heading prints a journal's volume and pages, and
    nothing that makes it a preprint or a patent ("Org. Lett. 2018, 20, 7012–7016")."""
    if not venue or _PREPRINT.search(text) or (section_type == "patent" and _PATENT.search(text)):
        return False
    return bool(_ACS_VOLUME.search(text) or _VOLUME.search(text) or _VOLUME_YEAR.search(text))


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
