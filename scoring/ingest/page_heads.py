"""Running page headers and footers that occur only once, so they cannot be found by recurrence.

``text.blank_running_lines`` finds a running header because it recurs at each page break. A
two-page CV has one page break and prints its header (``Jane Roe — CV      2``) once; left in
place, it glues itself to the entry around it. Such a line says what it is: it carries a page
number set apart from the text, and its text is the CV's title ("Curriculum Vitae", "CV") or the
name printed at the top of the CV.
"""

from __future__ import annotations

import re

__all__ = ["blank_lone_running_heads"]

_PAGE = r"(?:page\s*|p\.\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?"
# "Jane Roe — CV          2", "Curriculum Vitae, Jane Roe      Page 2 of 3", "2      Jane Roe"
_NUMBER_AFTER = re.compile(rf"^(?P<text>\S.{{2,100}}?)(?:\s{{3,}}|\s*[|·•]\s*){_PAGE}$", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(rf"^{_PAGE}(?:\s{{3,}}|\s*[|·•]\s*)(?P<text>\S.{{2,100}})$", re.IGNORECASE)
_NUMBER_WORD = re.compile(
    r"^(?P<text>\S.{2,100}?)[\s,–—-]+(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.IGNORECASE
)
# "Jane Roe · Curriculum Vitae · November 2026": a header dated instead of numbered
_DATE_AFTER = re.compile(
    r"^(?P<text>\S.{2,100}?)[\s,;:|·•–—-]+(?:(?:last\s+)?updated:?\s*|as\s+of\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)(?:\d{1,2},?\s+)?(?:19|20)\d\d$",
    re.IGNORECASE,
)
_CV_WORD = re.compile(r"\b(?:curriculum\s+vitae|vita|cv|r[ée]sum[ée])\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,;:|·•–—-]+")


_PAST_TITLE = 20  # lines: a second page starts well after this


def _title_name(lines: list[str]) -> str | None:
    """The first printed line's first column: the name a running header repeats."""
    first = next((ln.strip() for ln in lines[:10] if ln.strip() and not _CV_WORD.fullmatch(ln.strip())), "")
    column = re.split(r"\s{3,}|\t", first)[0].strip()
    words = column.split()
    return column.casefold() if 2 <= len(words) <= 6 and not re.search(r"\d|@", column) else None


def _is_running_head(text: str, name: str | None) -> bool:
    """Whether the text part of a numbered line is a CV title or the candidate's name."""
    rest = _CV_WORD.sub(" ", text)
    if name and name in text.casefold():
        rest = re.sub(re.escape(name), " ", rest, flags=re.IGNORECASE)
        return not _SEPARATORS.sub("", rest)
    return bool(_CV_WORD.search(text)) and len(_SEPARATORS.sub(" ", rest).split()) <= 5


def blank_lone_running_heads(lines: list[str]) -> list[str]:
    """Blank numbered running-header lines that repeat the CV's title or name; keep line numbers.

    Examples:
        >>> blank_lone_running_heads(["Jane Roe", "x", "Jane Roe — CV        2", "y"])
        ['Jane Roe', 'x', '', 'y']
    """
    name = _title_name(lines)
    out = list(lines)
    for i, line in enumerate(lines):
        s = line.replace("\f", "").strip()
        if i == 0 or not s or len(s) > 120 or (not s[-1:].isdigit() and not s[:1].isdigit()):
            continue
        m = _NUMBER_AFTER.match(s) or _NUMBER_BEFORE.match(s) or _NUMBER_WORD.match(s)
        if m and _is_running_head(m.group("text").strip(), name):
            out[i] = ""
        # a dated header is only known by its CV word, and the CV's title block may print the
        # same line: past the first page's top it is page furniture
        dated = _DATE_AFTER.match(s)
        if (
            dated
            and i >= _PAST_TITLE
            and _CV_WORD.search(dated.group("text"))
            and _is_running_head(dated.group("text").strip(), name)
        ):
            out[i] = ""
    return out
