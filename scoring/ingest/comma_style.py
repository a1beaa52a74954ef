"""Citations that separate title and venue by a comma, as mathematicians print them.

"Title (with A. Roe), Ann. of Math. (2) 201 (2025), no. 1, 77–164." has no period after the
title, and the journal's abbreviations ("Ann.", "Math.") look like sentence ends to a reader that
cuts the title at the first period. Here the title runs to the comma before the venue, and the
venue is known by what follows it: a volume and a year in parentheses, a year and an issue number,
"to appear", or a publisher (a book in a series); a chapter's book follows "in:".

Physicists and astronomers write titles the same way: "Title, Phys. Rev. Lett. 134, 180601 (2025)"
(volume, page or article number, year in parentheses) and, AAS style with the year after the
authors, "Title, ApJ, 912, 45" (journal, volume and page closing the citation). Geoscientists'
Copernicus style ends with the year instead: "Authors: Title, The Cryosphere, 19, 233–251, 2025."
"""

from __future__ import annotations

import re

from scoring.ingest.books import PUBLISHER

__all__ = ["split_comma_title"]

# one comma-free segment that starts with a capital and holds no sentence end ("Practice. IEEE")
_PIECE = r"[A-Z\u00c0-\u024f](?:(?![a-z]{6,}\.\s+[A-Z])[^,]){0,120}?"
# a volume (not a year) and a page, article number or page range: "134, 180601", "912, L10", "20, 1187–1193"
_VOLUME_PAGE = r"(?!(?:19|20)\d\d\b)\d{1,4}\s*,\s*[A-Za-z]{0,2}\d{1,7}(?:\s*[–-]\s*[A-Za-z]{0,2}\d{1,7})?"
# volume, pages or an article id ("e2023GL104411"), year: the end of a Copernicus citation
_COPERNICUS_TAIL = (
    r"\d{1,4}\s*,\s*[A-Za-z]{0,2}\d[\dA-Z]{0,15}(?:\s*[–-]\s*\d{1,7})?\s*,\s*(?:19|20)\d\d[a-z]?\s*\.?\s*$"
)
_JOURNAL_TAIL = re.compile(
    rf"^(?:[Ii]n:?\s+)?(?P<venue>{_PIECE})\s*,?\s+(?:\d{{1,4}}\s*\(\s*(?:19|20)\d\d\s*\)|(?:19|20)\d\d\s*,\s*no\.)"
    rf"|^(?P<venue2>{_PIECE})\s*,\s*(?:[Tt]o\s+appear|[Ii]n\s+press|[Ff]orthcoming)\b"
    # physics: "Phys. Rev. Lett. 134, 180601 (2025)", "npj Quantum Information 10, 56 (2024)"
    rf"|^(?P<venue3>(?:[a-z]{{1,4}}\s+)?{_PIECE})\s+{_VOLUME_PAGE}\s*\(\s*(?:19|20)\d\d\s*\)"
    # AAS: "ApJ, 912, 45" or "A&A, 650, A12" ends the citation (the year follows the authors)
    rf"|^(?P<venue4>{_PIECE}),\s*{_VOLUME_PAGE}\s*\.?\s*$"
    # Copernicus (EGU journals): "The Cryosphere, 19, 233–251, 2025." closes the citation
    # (its abbreviations end in periods: "Geophys. Res. Lett.", which the piece above stops at)
    rf"|^(?P<venue5>[A-Z\u00c0-\u024f][^,]{{0,120}}?),\s*{_COPERNICUS_TAIL}",
)
# "Title, in preparation.": a status closes the citation, there is no venue
_STATUS_TAIL = re.compile(
    r"^(?:in\s+preparation|in\s+prep\.?|in\s+submission|under\s+review)\W*$", re.IGNORECASE
)
# "in Proc. ...", "in 17th Conference on ...", "in 2024 IEEE Symposium on ..."
_CHAPTER_TAIL = re.compile(
    r"^[Ii]n:?\s+(?=[A-Z\u00c0-\u024f]|(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+[A-Z\u00c0-\u024f])"
)
_THESIS_TAIL = re.compile(
    r"^(?i:Ph\.?\s?D\.?|doctoral|master['’]?s|M\.?\s?Sc\.?|diploma|bachelor['’]?s|habilitation)\s+"
    r"(?i:thesis|dissertation)\s*[,.:]\s*(?=[A-Z\u00c0-\u024f])"
)
_OTHER_VENUE = re.compile(
    r"(?:Proc(?:eedings)?\b|Journal\b|Transactions\b|Conference\b|Symposium\b|Workshop\b|arXiv|"
    r"(?:Vol(?:ume)?|No)\.?\s*\d)",
    re.IGNORECASE,
)
_SERIES_NUMBER = re.compile(r"\s+(?:vol\.\s*)?\d{1,4}\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!]\s")
# Something one of the tails below needs, to skip the search in citations that have none.
_HINT = re.compile(
    r"\(\s*(?:19|20)\d\d\s*\)|,\s*\d{1,4}\s*,\s*[A-Za-z]{0,2}\d{1,7}\s*\.?\s*$|"
    rf",\s*{_COPERNICUS_TAIL}|"
    r"(?:19|20)\d\d\s*,\s*no\.|appear|in\s+press|forthcoming|,\s*in:?\s|thesis|dissertation|"
    r",\s*(?:in\s+prep|in\s+submission|under\s+review)",
    re.IGNORECASE,
)


def split_comma_title(rest: str) -> tuple[str, str] | None:
    """(title, venue text) of *rest* (a citation after its authors) when it is written with commas.

    Returns ``None`` when *rest* is not written so: a title with a sentence end in it, or no venue
    a comma-separated citation would print.

    Examples:
        >>> split_comma_title("Toy curves, genus and all, Ann. of Toys (2) 12 (2021), 1–40.")
        ('Toy curves, genus and all', 'Ann. of Toys (2) 12 (2021), 1–40.')
        >>> split_comma_title("Toy curves. Ann. of Toys 12 (2021), 1–40.") is None
        True
    """
    if re.match(r"\s*[“\"'‘]", rest):
        return None  # a quoted title ends at its quote
    stop = _SENTENCE_END.search(rest)
    head = rest[: stop.start()] if stop else rest  # the title holds no sentence end
    if "," not in head or not (_HINT.search(rest) or PUBLISHER.search(rest)):
        return None
    for comma in re.finditer(r",\s*", head):
        title = rest[: comma.start()].strip()
        if len(title.split()) < 2:
            continue
        tail = rest[comma.end() :]
        if _JOURNAL_TAIL.match(tail) or _STATUS_TAIL.match(tail):
            return title, tail
        thesis = _THESIS_TAIL.match(tail)
        if thesis:
            return title, tail[thesis.end() :]
        if _OTHER_VENUE.match(tail):
            return None  # proceedings and the like: the general reader knows them
        chapter = _CHAPTER_TAIL.match(tail)
        if chapter:
            return title, _before_publisher(tail[chapter.end() :])
        book = _book_venue(tail)
        if book:
            return title, book
    return None


def _pieces(text: str) -> list[str]:
    return [p.strip() for p in re.split(r",\s*", text)]


def _before_publisher(tail: str) -> str:
    """A chapter's book: the pieces before its publisher, without the series number."""
    kept = []
    for piece in _pieces(tail):
        if PUBLISHER.search(piece) or re.match(r"(?:19|20)\d\d\b", piece):
            break
        kept.append(piece)
    return _SERIES_NUMBER.sub("", ", ".join(kept)) if kept else tail


def _book_venue(tail: str) -> str | None:
    """ "Series 298, Publisher, City, 2022" or "Publisher, City, 2022": a book's series and publisher."""
    pieces = _pieces(tail)
    if not pieces or not re.match(r"[A-Z\u00c0-\u024f]", pieces[0]) or re.search(r"[a-z]{4,}\.\s", pieces[0]):
        return None  # not a capitalised series or publisher, or a sentence ends in it
    if _is_publisher(pieces[0]) and len(pieces) >= 2:
        return pieces[0]
    if len(pieces) >= 2 and _SERIES_NUMBER.search(pieces[0]) and _is_publisher(pieces[1]):
        return f"{_SERIES_NUMBER.sub('', pieces[0])}, {pieces[1]}"
    return None


def _is_publisher(piece: str) -> bool:
    return bool(PUBLISHER.search(piece)) and len(piece.split()) <= 6
