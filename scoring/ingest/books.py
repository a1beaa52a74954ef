"""Books and book chapters told from papers by their publisher, page count and "In: <book>".

A book prints a publisher (and often a series, a city and its number of pages) where a paper
prints a journal or proceedings; a chapter prints the same after "In" or "in:", with editors or
the pages it spans. Neither carries a journal volume ("12 (2020)", "8(3)") or a conference word.
"""

from __future__ import annotations

import re

__all__ = ["PUBLISHER", "book_kind", "book_venue"]

# Publishers by their own words ("Press", "Verlag", "Publishers") or by name.
PUBLISHER = re.compile(
    r"\b(?:Univ(?:ersity|\.)?\s+Press|Press\b|Verlag\b|Publish(?:ers?|ing)\b|"
    r"Springer\b|Birkh[aä]user|Wiley\b|Elsevier\b|North[- ]Holland|de\s+Gruyter|World\s+Scientific|"
    r"CRC\b|Chapman\s*(?:&|and)\s*Hall|Routledge|Palgrave|Macmillan|Kluwer|SAGE\b|Brill\b|Bloomsbury|"
    r"Morgan\s*(?:&|and)\s*Claypool|Taylor\s*(?:&|and)\s*Francis|Cengage\b|Addison[- ]Wesley|Prentice[- ]Hall|McGraw[- ]Hill|Pearson\b|O['’]Reilly|Edward\s+Elgar|Polity\b|"
    r"Amer\.\s*Math\.\s*Soc\.|American\s+Mathematical\s+Society|Soc\.\s*Math\.\s*France|"
    r"Soci[ée]t[ée]\s+Math[ée]matique)",
)
_PAPER_WORDS = re.compile(
    r"\b(?:proceedings|proc\.|conference|conf\.|symposium|symp\.|workshop|congress|meeting|journal|"
    r"transactions|trans\.|letters|review|magazine|bulletin|quarterly|j\.|lncs|lipics|lecture\s+notes\s+in\s+"
    r"computer\s+science|arxiv|preprint)",
    re.IGNORECASE,
)
# A journal volume: "12 (2020)", "8(3)", "12:3"; not the last page of a range ("411–470 (2013)").
_VOLUME = re.compile(r"(?<![–-])\b\d{1,4}\s*\(\s*[\w.–-]{1,9}\s*\)|\b\d{1,4}\s*:\s*\d")
# A book's length: "xiv+412 pp.", "412 pages", "412 pp." (a single number, not a page range).
_PAGE_COUNT = re.compile(
    r"(?<![\d–-])(?:[ivxlc]+\s*\+\s*)?\d{2,4}\s*(?:pp\b\.?|pages\b)(?!\s*\d)", re.IGNORECASE
)
_PAGE_RANGE = re.compile(r"\b\d{1,5}\s*(?:-{1,2}|[–—])\s*\d{1,5}\b")
_IN_BOOK = re.compile(
    r"(?:^|[.,;]\s*)In:?\s+(?!press\b)(?=\S)|\(eds?\.?\)|\beds?\.\s|\bedited\s+by\b", re.IGNORECASE
)


def book_kind(text: str, venue: str | None) -> str | None:
    """``"book"`` or ``"chapter"`` when the citation *text* reads as one, else ``None``.

    Examples:
        >>> book_kind("Toy Widgets. Northbridge University Press, 2018. 350 pages.", "Northbridge University Press")
        'book'
        >>> book_kind("Toy lectures, in: Toy Geometry 9, Springer, Cham, 2020, 10–80.", "Toy Geometry")
        'chapter'
        >>> book_kind("Toy widgets. Journal of Toys 12 (2020), 1–9.", "Journal of Toys") is None
        True
    """
    if not PUBLISHER.search(text) or _PAPER_WORDS.search(text) or _VOLUME.search(text):
        return None
    if _IN_BOOK.search(text):
        return "chapter"
    if _PAGE_COUNT.search(text) or not _PAGE_RANGE.search(text):
        return "book"
    return None


def book_venue(venue: str) -> str:
    """A book's venue is its publisher: "Lectures on Widgets. Northbridge Press" -> "Northbridge Press".

    The series a book appears in is printed before the publisher; a venue in one piece is kept.
    """
    parts = [p.strip() for p in re.split(r"(?<=[a-z)])\.\s+", venue) if p.strip()]
    last = parts[-1].rstrip(".") if parts else venue
    if len(parts) >= 2 and PUBLISHER.search(last) and len(last.split()) <= 6:
        return last
    return venue
